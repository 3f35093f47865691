package io.strikeline.extract;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * A date expression found in text, before it is resolved against the article's reference date.
 * {@code fromTok}/{@code toTok} are token indexes; {@code offset} is in days for relative kinds, and for a weekday the
 * days its span runs on after it ("Saturday and Sunday": 1);
 * {@code statement} marks a date that dates a statement ("said Wednesday"), not a strike.
 */
record DateExpr(Kind kind, int fromTok, int toTok, int year, int month, int day, DayOfWeek weekday, int offset,
        boolean statement, int anchorFrom, int anchorTo) {

    enum Kind {
        ABSOLUTE, PARTIAL, MONTH_YEAR, MONTH_ONLY, YEAR, WEEKDAY, REL_DAYS, LAST_WEEK, THIS_WEEK, LAST_MONTH, THIS_MONTH,
        LAST_YEAR, THIS_YEAR, SAME_AS_ANCHOR, AFTER_EVENT
    }

    static DateExpr of(Kind kind, int from, int to) {
        return new DateExpr(kind, from, to, 0, 0, 0, null, 0, false, -1, -1);
    }

    DateExpr asStatement() {
        return new DateExpr(kind, fromTok, toTok, year, month, day, weekday, offset, true, anchorFrom, anchorTo);
    }

    /** Whether resolving needs a reference (published) date. */
    boolean needsReference() {
        return kind != Kind.ABSOLUTE && kind != Kind.MONTH_YEAR && kind != Kind.YEAR && kind != Kind.SAME_AS_ANCHOR
                && kind != Kind.AFTER_EVENT;
    }

    /** Whether the expression counts back from the article's own date (today, on Friday, last month...). */
    boolean relativeToPublished() {
        return switch (kind) {
            case WEEKDAY, REL_DAYS, LAST_WEEK, THIS_WEEK, LAST_MONTH, THIS_MONTH, LAST_YEAR, THIS_YEAR -> true;
            default -> false;
        };
    }

    /**
     * The date this expression names given the reference date {@code ref} (the published date), or null
     * when it cannot be resolved (no reference, or an anchor-relative kind the caller must resolve).
     * Weeks are stored as their day range with month precision, never as a made-up single day.
     */
    EventDate resolve(LocalDate ref) {
        switch (kind) {
            case ABSOLUTE:
                return EventDate.day(LocalDate.of(year, month, day));
            case MONTH_YEAR:
                return EventDate.month(YearMonth.of(year, month));
            case YEAR:
                return EventDate.year(year);
            default:
                break;
        }
        if (ref == null) {
            return null;
        }
        switch (kind) {
            case PARTIAL: {
                if (month == 0) {
                    // "on the 24th": that day of the reference's month, or of the month before when still to come
                    YearMonth ym = YearMonth.from(ref);
                    YearMonth of = day <= ref.getDayOfMonth() ? ym : ym.minusMonths(1);
                    return day <= of.lengthOfMonth() ? EventDate.day(of.atDay(day)) : null;
                }
                LocalDate d = safeDate(ref.getYear(), month, day);
                if (d == null) {
                    return null;
                }
                return EventDate.day(d.isAfter(ref) ? safeDateOrLast(ref.getYear() - 1, month, day) : d);
            }
            case MONTH_ONLY: {
                YearMonth ym = YearMonth.of(ref.getYear(), month);
                return EventDate.month(ym.isAfter(YearMonth.from(ref)) ? ym.minusYears(1) : ym);
            }
            case WEEKDAY: {
                // for "Saturday and Sunday" the last of the days is the one on or before the reference
                DayOfWeek last = weekday.plus(offset);
                int back = (ref.getDayOfWeek().getValue() - last.getValue() + 7) % 7;
                LocalDate end = ref.minusDays(back);
                return new EventDate(end.minusDays(offset), end, DatePrecision.DAY);
            }
            case REL_DAYS:
                return EventDate.day(ref.plusDays(offset));
            case LAST_WEEK: {
                LocalDate monday = ref.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new EventDate(monday, monday.plusDays(6), DatePrecision.MONTH);
            }
            case THIS_WEEK:
                return new EventDate(ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), ref, DatePrecision.MONTH);
            case LAST_MONTH:
                return EventDate.month(YearMonth.from(ref).minusMonths(1));
            case THIS_MONTH:
                return EventDate.month(YearMonth.from(ref));
            case LAST_YEAR:
                return EventDate.year(ref.getYear() - 1);
            case THIS_YEAR:
                return EventDate.year(ref.getYear());
            default:
                return null;
        }
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static LocalDate safeDateOrLast(int y, int m, int d) {
        LocalDate date = safeDate(y, m, d);
        return date != null ? date : YearMonth.of(y, m).atEndOfMonth();
    }
}
