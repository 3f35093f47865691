package io.strikeline.extract;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * A date expression found in text, before it is resolved against the article's reference date.
 * {@code fromTok}/{@code toTok} are token indexes; {@code offset} is in days for relative kinds (in months for a month
 * counted back, see {@link #monthsBack}), and for a weekday or a calendar day the days its span runs on after it
 * ("Saturday and Sunday", "the night of 2-3 May": 1); a calendar
 * day's {@code weekday} is the one told with it ("Tuesday, Jan. 30"), or null; {@code statement} marks a date that
 * dates a statement ("said Wednesday"), not a strike.
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

    /** This calendar day told after weekday {@code wd} from token {@code from} on ("on Tuesday, Jan. 30"). */
    DateExpr afterWeekday(DayOfWeek wd, int from) {
        return new DateExpr(kind, from, toTok, year, month, day, wd, offset, statement, anchorFrom, anchorTo);
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
                return days(LocalDate.of(year, month, day));
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
                    return day <= of.lengthOfMonth() ? days(of.atDay(day)) : null;
                }
                LocalDate d = safeDate(ref.getYear(), month, day);
                if (d == null) {
                    return null;
                }
                LocalDate yearBefore = safeDateOrLast(ref.getYear() - 1, month, day);
                // "Saturday, Sept. 17" after a reference inferred from the text's older dates: still in the reference's
                // year when that is the year in which the day falls on its weekday
                boolean after = d.isAfter(ref) && (weekday == null || d.getDayOfWeek() != weekday
                        || yearBefore.getDayOfWeek() == weekday);
                return days(after ? yearBefore : d);
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
                return EventDate.month(YearMonth.from(ref).minusMonths(monthsBack()));
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

    /** How many months before the report's a month told relative to it lies: "last month" one, "three months ago" three. */
    int monthsBack() {
        return Math.max(1, offset);
    }

    /**
     * A calendar day and the days its span runs on after it; told with a weekday of the day before or after it ("Tuesday,
     * December 8" in a year where the 8th is a Wednesday), the text gives both days.
     */
    private EventDate days(LocalDate first) {
        if (weekday != null && offset == 0 && first.minusDays(1).getDayOfWeek() == weekday) {
            return new EventDate(first.minusDays(1), first, DatePrecision.DAY);
        }
        if (weekday != null && offset == 0 && first.plusDays(1).getDayOfWeek() == weekday) {
            return new EventDate(first, first.plusDays(1), DatePrecision.DAY);
        }
        return offset == 0 ? EventDate.day(first) : new EventDate(first, first.plusDays(offset), DatePrecision.DAY);
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
