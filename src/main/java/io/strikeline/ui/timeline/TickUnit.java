package io.strikeline.ui.timeline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * A calendar step of the time axis, from one hour to half a century, in UTC. Used both for labelled
 * ticks and for histogram bins, so bins line up with the grid. Steps are calendar-aligned: months
 * start on the 1st, weeks on Monday, decades on years divisible by ten.
 */
public enum TickUnit {
    HOUR(ChronoUnit.HOURS, 1),
    /** Bins only: as ticks, three-hour labels add clutter between hours and six hours. */
    THREE_HOURS(ChronoUnit.HOURS, 3),
    SIX_HOURS(ChronoUnit.HOURS, 6),
    /** Bins only: as ticks it would win over days, whose labels say more. */
    TWELVE_HOURS(ChronoUnit.HOURS, 12),
    DAY(ChronoUnit.DAYS, 1),
    WEEK(ChronoUnit.WEEKS, 1),
    MONTH(ChronoUnit.MONTHS, 1),
    QUARTER(ChronoUnit.MONTHS, 3),
    YEAR(ChronoUnit.YEARS, 1),
    TWO_YEARS(ChronoUnit.YEARS, 2),
    FIVE_YEARS(ChronoUnit.YEARS, 5),
    DECADE(ChronoUnit.YEARS, 10),
    TWO_DECADES(ChronoUnit.YEARS, 20),
    HALF_CENTURY(ChronoUnit.YEARS, 50);

    private static final long HOUR_MS = 3_600_000L;
    private static final long DAY_MS = 24 * HOUR_MS;
    private static final DateTimeFormatter HOUR_MINUTE = fmt("HH:mm");
    private static final DateTimeFormatter DAY_LONG = fmt("EEE d MMM");
    private static final DateTimeFormatter DAY_MEDIUM = fmt("EEE d");
    private static final DateTimeFormatter DAY_SHORT = fmt("d");
    private static final DateTimeFormatter WEEK_LABEL = fmt("d MMM");
    private static final DateTimeFormatter MONTH_LONG = fmt("MMMM");
    private static final DateTimeFormatter MONTH_SHORT = fmt("MMM");
    private static final DateTimeFormatter YEAR_LABEL = fmt("uuuu");
    private static final DateTimeFormatter DAY_CONTEXT = fmt("EEE d MMM uuuu");
    private static final DateTimeFormatter MONTH_CONTEXT = fmt("MMM uuuu");

    private final ChronoUnit field;
    private final int count;

    TickUnit(ChronoUnit field, int count) {
        this.field = field;
        this.count = count;
    }

    private static DateTimeFormatter fmt(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    /** The shortest this step can be (a month is at least 28 days), so label spacing is never overestimated. */
    public long minMillis() {
        return switch (field) {
            case HOURS -> count * HOUR_MS;
            case DAYS -> count * DAY_MS;
            case WEEKS -> count * 7 * DAY_MS;
            case MONTHS -> count * 28 * DAY_MS;
            default -> count * 365 * DAY_MS;
        };
    }

    /** Whether the axis may label ticks in this unit; the others serve as histogram bins. */
    boolean labelled() {
        return this != THREE_HOURS && this != TWELVE_HOURS;
    }

    /** The start of the step containing {@code epochMillis}. */
    public long floor(long epochMillis) {
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
        LocalDate day = t.toLocalDate();
        LocalDateTime floored = switch (field) {
            case HOURS -> day.atTime(t.getHour() - t.getHour() % count, 0);
            case DAYS -> day.atStartOfDay();
            case WEEKS -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
            case MONTHS -> day.withDayOfMonth(1).withMonth(1 + (t.getMonthValue() - 1) / count * count).atStartOfDay();
            default -> LocalDate.of(t.getYear() - Math.floorMod(t.getYear(), count), 1, 1).atStartOfDay();
        };
        return floored.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** The start of the step after the one starting at {@code stepStart} (a value from {@link #floor}). */
    public long next(long stepStart) {
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(stepStart), ZoneOffset.UTC);
        return t.plus(count, field).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Label variants, longest first; the axis uses the longest one that fits the tick spacing. */
    List<String> samples() {
        return switch (field) {
            case HOURS -> List.of("00:00");
            case DAYS -> List.of("Wed 28 Sep", "Wed 28", "28");
            case WEEKS -> List.of("28 Sep");
            case MONTHS -> count == 1 ? List.of("September", "Sep") : List.of("Q4");
            default -> List.of("2020");
        };
    }

    /** The label of the step starting at {@code epochMillis}, in variant {@code variant} of {@link #samples()}. */
    String label(long epochMillis, int variant) {
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
        return switch (field) {
            case HOURS -> HOUR_MINUTE.format(t);
            case DAYS -> (variant == 0 ? DAY_LONG : variant == 1 ? DAY_MEDIUM : DAY_SHORT).format(t);
            case WEEKS -> WEEK_LABEL.format(t);
            case MONTHS -> count == 1
                    ? (variant == 0 ? MONTH_LONG : MONTH_SHORT).format(t)
                    : "Q" + ((t.getMonthValue() - 1) / 3 + 1);
            default -> YEAR_LABEL.format(t);
        };
    }

    /** The coarser unit that names where the ticks are ("Jan 2020" above days), or null for years. */
    public TickUnit contextUnit() {
        return switch (field) {
            case HOURS -> DAY;
            case DAYS, WEEKS -> MONTH;
            case MONTHS -> YEAR;
            default -> null;
        };
    }

    /** The label this unit gets when used as context for a finer unit. */
    String contextLabel(long epochMillis) {
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
        return switch (field) {
            case DAYS -> DAY_CONTEXT.format(t);
            case MONTHS -> MONTH_CONTEXT.format(t);
            default -> YEAR_LABEL.format(t);
        };
    }
}
