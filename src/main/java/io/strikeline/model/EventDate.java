package io.strikeline.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A possibly imprecise date: a day, a month or a year, held as the inclusive range it covers so
 * that a month-precision event is never padded to a fake day.
 */
public record EventDate(LocalDate start, LocalDate end, DatePrecision precision) {

    public EventDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("date range ends before it starts: " + start + " .. " + end);
        }
    }

    public static EventDate day(LocalDate day) {
        return new EventDate(day, day, DatePrecision.DAY);
    }

    public static EventDate month(YearMonth month) {
        return new EventDate(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
    }

    public static EventDate year(int year) {
        return new EventDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
    }

    /**
     * Parses "YYYY-MM-DD", "YYYY-MM", "YYYY" or a range of days "YYYY-MM-DD..YYYY-MM-DD"; throws
     * {@link IllegalArgumentException} naming the text otherwise.
     */
    public static EventDate parse(String text) {
        String t = text == null ? "" : text.trim();
        int dots = t.indexOf("..");
        if (dots >= 0) {
            EventDate from = parse(t.substring(0, dots));
            EventDate to = parse(t.substring(dots + 2));
            return new EventDate(from.start(), to.end(), DatePrecision.DAY);
        }
        try {
            return switch (t.length()) {
                case 10 -> day(LocalDate.parse(t));
                case 7 -> month(YearMonth.parse(t));
                case 4 -> year(Integer.parseInt(t));
                default -> throw new IllegalArgumentException("not a date (want YYYY-MM-DD, YYYY-MM or YYYY): '" + t + "'");
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a valid date: '" + t + "'", e);
        }
    }

    /** The date as exports write it: YYYY-MM-DD, YYYY-MM or YYYY by precision; a range of days as FROM..TO. */
    public String format() {
        return switch (precision) {
            case DAY -> start.equals(end) ? start.toString() : start + ".." + end;
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !end.isBefore(from) && !start.isAfter(to);
    }

    @Override
    public String toString() {
        return format();
    }
}
