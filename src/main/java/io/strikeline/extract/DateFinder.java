package io.strikeline.extract;

import io.strikeline.extract.DateExpr.Kind;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stage: finds the date expressions of one sentence: calendar days ("March 3", "3/14/2024", "May 2-4"), weekdays and the
 * nights and spans around them, months and years, and through {@link RelativeDates} the dates told relative to another
 * day; {@link StatementDates} marks those that date the telling, not the strike.
 */
final class DateFinder {

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));
    static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);
    /** "Friday's strikes", with the apostrophe as tokens carry it. */
    static final Set<String> WEEKDAY_POSSESSIVES = WEEKDAYS.keySet().stream().map(d -> d + "'s")
            .collect(Collectors.toUnmodifiableSet());
    static final Set<String> MONTH_LEADS = Set.of(
            "in", "since", "during", "by", "early", "late", "mid", "until", "last", "this", "of", "between", "from", "through");
    static final Set<String> SPAN_JOINERS = Set.of("into", "and", "to", "through", "until", "till", "or");
    static final Set<String> PART_OF_DAY = Set.of("night", "morning", "evening", "afternoon", "overnight");
    static final Set<String> REPORTING = Set.of(
            "said", "says", "announced", "told", "stated", "reported", "added", "noted", "confirmed", "tweeted", "wrote",
            "statement", "claimed", "denied", "warned", "vowed", "pledged", "declared", "acknowledged", "insisted",
            "condemned", "accused", "blamed", "announces", "confirms", "denounced", "released", "issued", "published");

    private DateFinder() {}

    static List<DateExpr> find(List<Token> tokens, int from, int to) {
        List<DateExpr> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            DateExpr e = match(tokens, i, to);
            if (e != null) {
                if (StatementDates.datesTheTelling(tokens, from, e, to)) {
                    e = e.asStatement();
                }
                out.add(e);
                i = e.toTok();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The classes of every word a date may begin with, besides figures and "yesterday's". In a holder of its own: this
     * class's initialiser may run inside {@link WordClass}'s, which reads its word sets.
     */
    private static final class DateStarts {
        static final long BITS = WordClass.MONTH.bit | WordClass.WEEKDAY.bit | WordClass.WEEKDAY_POSSESSIVE.bit
                | WordClass.RELATIVE_DATE_START.bit;
    }

    private static DateExpr match(List<Token> t, int i, int to) {
        Token tok = t.get(i);
        // most words begin no date: one test of the class bits passes them over before the rules below
        if (tok.punct() || (tok.classes() & DateStarts.BITS) == 0 && !tok.isNumber() && !tok.is("yesterday's")) {
            return null;
        }
        String w = tok.lower();
        Integer month = tok.in(WordClass.MONTH) ? MONTHS.get(w) : null;
        if (month != null && tok.capitalized() && (!w.equals("may") && !w.equals("march") || looksLikeMonth(t, i, to))) {
            return monthFirst(t, i, to, month);
        }
        DateExpr figures = tok.isNumber() ? inFigures(t, i, to, null) : null;
        if (figures != null) {
            return figures;
        }
        if (tok.isNumber() && i + 1 < to) {
            int day = leadingInt(tok.raw());
            int[] range = dayRange(t, i, to, day);
            int j = range == null ? i + 1 : range[0];
            if (j < to && (t.get(j).is("of"))) {
                j++;
            }
            Integer m2 = j < to && t.get(j).in(WordClass.MONTH) ? MONTHS.get(t.get(j).lower()) : null;
            if (day >= 1 && day <= 31 && m2 != null && t.get(j).capitalized()) {
                int k = j + 1;
                int span = range == null ? 0 : range[1] - day;
                if (k < to && isYear(t.get(k))) {
                    return calendar(Kind.ABSOLUTE, i, k + 1, Integer.parseInt(t.get(k).raw()), m2, day, span);
                }
                if (k + 1 < to && t.get(k).is(",") && isYear(t.get(k + 1))) {
                    // "12th of January, 2020"
                    return calendar(Kind.ABSOLUTE, i, k + 2, Integer.parseInt(t.get(k + 1).raw()), m2, day, span);
                }
                return calendar(Kind.PARTIAL, i, k, 0, m2, day, span);
            }
        }
        if (ordinalDay(t, i)) {
            // "on the 24th": a day of the month the story is in, or of the month before
            return expr(Kind.PARTIAL, i - 2, i + 1, 0, 0, leadingInt(tok.raw()));
        }
        if (tok.in(WordClass.WEEKDAY_POSSESSIVE) && tok.capitalized()) {
            // "Friday's strikes": the day the strikes the noun names were carried out
            DayOfWeek possessive = WEEKDAYS.get(w.substring(0, w.length() - 2));
            return new DateExpr(Kind.WEEKDAY, i, i + 1, 0, 0, 0, possessive, 0, false, -1, -1);
        }
        if (w.equals("yesterday's")) {
            return RelativeDates.rel(i, i + 1, -1);
        }
        DayOfWeek wd = tok.in(WordClass.WEEKDAY) ? WEEKDAYS.get(w) : null;
        if (wd != null && tok.capitalized()) {
            int start = i;
            if (i > 0 && (t.get(i - 1).is("late") || t.get(i - 1).is("early") || t.get(i - 1).is("on") || t.get(i - 1).is("last")
                    || t.get(i - 1).is("overnight"))) {
                start = i - 1;
            }
            int end = i + 1;
            if (end < to && t.get(end).in(WordClass.PART_OF_DAY)) {
                end++;
            }
            int night = nightBefore(t, i);
            if (night >= 0) {
                // "overnight into Tuesday", "in the night to Sunday": the night that ends on the day named
                return new DateExpr(Kind.WEEKDAY, night, end, 0, 0, 0, wd.minus(1), 1, false, -1, -1);
            }
            DateExpr calendar = calendarAfter(t, end, to, wd);
            if (calendar != null) {
                // "on Tuesday, Jan. 30": the calendar day names the day, the weekday only repeats it
                return calendar.afterWeekday(wd, start);
            }
            int[] span = straddle(t, end, to, wd);
            return new DateExpr(Kind.WEEKDAY, start, span == null ? end : span[0], 0, 0, 0, wd, span == null ? 0 : span[1],
                    false, -1, -1);
        }
        if (isYear(tok) && i > 0 && (t.get(i - 1).in(WordClass.MONTH_LEAD))) {
            return expr(Kind.YEAR, i - 1, i + 1, Integer.parseInt(tok.raw()), 0, 0);
        }
        DateExpr relative = RelativeDates.read(t, i, to);
        DateExpr bracketed = relative != null && relative.kind() == Kind.REL_DAYS ? bracketedDay(t, relative, to) : null;
        return bracketed != null ? bracketed : relative;
    }

    /**
     * "today (12th of January, 2020)", "yesterday evening (October 23)": a calendar day in brackets right after a day
     * told relative to the report names that day, whatever the report's date; null when none follows.
     */
    private static DateExpr bracketedDay(List<Token> t, DateExpr relative, int to) {
        int k = relative.toTok();
        if (k < to && t.get(k).in(WordClass.PART_OF_DAY)) {
            k++;
        }
        if (k + 1 >= to || !t.get(k).is("(") || !t.get(k + 1).isNumber() && !t.get(k + 1).in(WordClass.MONTH)) {
            return null;
        }
        DateExpr e = match(t, k + 1, to);
        boolean day = e != null && e.fromTok() == k + 1 && (e.kind() == Kind.PARTIAL || e.kind() == Kind.ABSOLUTE);
        return day ? new DateExpr(e.kind(), relative.fromTok(), e.toTok(), e.year(), e.month(), e.day(), null, e.offset(),
                false, -1, -1) : null;
    }

    /**
     * The token of "overnight" or "night" that opens "overnight into (early) Tuesday" or "the night to Sunday" before the
     * weekday at {@code i}, or -1.
     */
    private static int nightBefore(List<Token> t, int i) {
        int k = i - 1;
        if (k > 0 && t.get(k).is("early")) {
            k--;
        }
        boolean into = k > 0 && (t.get(k).is("into") || t.get(k).is("to"));
        return into && (t.get(k - 1).is("overnight") || t.get(k - 1).is("night")) ? k - 1 : -1;
    }

    /**
     * "late Tuesday into early Wednesday", "on Saturday and Sunday": a second weekday joined to the first names the
     * days the strikes spread over. Returns the end token and the number of days after the first, or null.
     */
    private static int[] straddle(List<Token> t, int i, int to, DayOfWeek first) {
        boolean hyphen = t.get(i - 1).hyphenAfter(); // "on the Saturday-Sunday night"
        if (i >= to || !hyphen && !t.get(i).in(WordClass.SPAN_JOINER)) {
            return null;
        }
        int j = hyphen ? i : i + 1;
        if (t.get(i).is("and") && j < to && t.get(j).in(WordClass.SPAN_JOINER)) {
            j++; // "late Tuesday and into early Wednesday"
        }
        while (j < to && j < i + 3 && (t.get(j).is("early") || t.get(j).is("late") || t.get(j).is("on"))) {
            j++;
        }
        DayOfWeek second = j < to && t.get(j).capitalized() && t.get(j).in(WordClass.WEEKDAY)
                ? WEEKDAYS.get(t.get(j).lower()) : null;
        int days = second == null ? 0 : (second.getValue() - first.getValue() + 7) % 7;
        if (days < 1 || days > 2) {
            return null;
        }
        int end = j + 1;
        if (end < to && t.get(end).in(WordClass.PART_OF_DAY)) {
            end++;
        }
        return new int[] {end, days};
    }

    /**
     * A calendar day told right after weekday {@code wd}, after a comma or in brackets ("Tuesday, Jan. 30", "Tuesday (30
     * January)", "Tuesday (7/3/2023)"), or null.
     */
    private static DateExpr calendarAfter(List<Token> t, int i, int to, DayOfWeek wd) {
        int k = i < to && (t.get(i).is(",") || t.get(i).is("(")) ? i + 1 : i;
        DateExpr e = k < to && (t.get(k).isNumber() || t.get(k).in(WordClass.MONTH)) ? match(t, k, to) : null;
        if (e == null && k < to && t.get(k).isNumber()) {
            e = inFigures(t, k, to, wd);
        }
        return e != null && e.fromTok() == k && (e.kind() == Kind.PARTIAL || e.kind() == Kind.ABSOLUTE) ? e : null;
    }

    /**
     * "14/1/2024", "12/20/2022": a day, a month and a year in figures with one mark between them, read only when a
     * figure over 12 tells which of the first two is the day, or when only one of the two readings falls on the weekday
     * {@code wd} told with it ("Tuesday (7/3/2023)"); {@code wd} is null when none is.
     */
    private static DateExpr inFigures(List<Token> t, int i, int to, DayOfWeek wd) {
        if (i + 2 >= to || !t.get(i + 1).isNumber() || !isYear(t.get(i + 2)) || !oneMarkApart(t.get(i), t.get(i + 1))
                || !oneMarkApart(t.get(i + 1), t.get(i + 2)) || t.get(i).raw().length() > 2
                || t.get(i + 1).raw().length() > 2) {
            return null;
        }
        int first = leadingInt(t.get(i).raw());
        int second = leadingInt(t.get(i + 1).raw());
        int year = Integer.parseInt(t.get(i + 2).raw());
        if (first <= 12 && second <= 12 && wd != null) {
            boolean dayFirst = fallsOn(year, second, first, wd);
            if (dayFirst == fallsOn(year, first, second, wd)) {
                return null;
            }
            return dayFirst ? expr(Kind.ABSOLUTE, i, i + 3, year, second, first)
                    : expr(Kind.ABSOLUTE, i, i + 3, year, first, second);
        }
        int day = first > 12 ? first : second;
        int month = first > 12 ? second : first;
        if (first > 12 == second > 12 || month < 1 || day > 31) {
            return null;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth() ? expr(Kind.ABSOLUTE, i, i + 3, year, month, day)
                : null;
    }

    /** Whether the given day is a real date on weekday {@code wd}. */
    private static boolean fallsOn(int year, int month, int day, DayOfWeek wd) {
        return month >= 1 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()
                && java.time.LocalDate.of(year, month, day).getDayOfWeek() == wd;
    }

    private static boolean oneMarkApart(Token a, Token b) {
        return b.start() == a.end() + 1 && !a.hyphenAfter();
    }

    /** How many days after its first a range of days of one month ("May 2-4") may run on. */
    private static final int MAX_DAY_RANGE = 6;

    /**
     * "2-3", "2 - 3" (or an en dash), "2 to 3", "2 and 3": the days of one month from day {@code first} at token
     * {@code i} to the day after the dash. Returns the token after the last day and that day, or null.
     */
    private static int[] dayRange(List<Token> t, int i, int to, int first) {
        int j = i + 1;
        boolean and = j < to && t.get(j).is("and");
        if (!t.get(i).hyphenAfter()) {
            if (j >= to || !t.get(j).is("-") && !t.get(j).is("\u2013") && !t.get(j).is("to") && !and) {
                return null;
            }
            j++;
        }
        int last = j < to && t.get(j).isNumber() && t.get(j).raw().length() <= 2 ? leadingInt(t.get(j).raw()) : -1;
        // "4 and 5 January" spans two days that follow each other; days further apart are strikes of their own
        int reach = and ? 1 : MAX_DAY_RANGE;
        return last > first && last - first <= reach ? new int[] {j + 1, last} : null;
    }

    private static boolean looksLikeMonth(List<Token> t, int i, int to) {
        boolean numberNext = i + 1 < to && (t.get(i + 1).isNumber()
                || t.get(i + 1).is(".") && i + 2 < to && t.get(i + 2).isNumber());
        boolean leadBefore = i > 0 && t.get(i - 1).in(WordClass.MONTH_LEAD);
        return numberNext || leadBefore;
    }

    private static DateExpr monthFirst(List<Token> t, int i, int to, int month) {
        int j = i + 1;
        if (j < to && t.get(j).is(".")) {
            j++;
        }
        if (j < to && t.get(j).isNumber()) {
            int day = leadingInt(t.get(j).raw());
            if (isYear(t.get(j))) {
                return expr(Kind.MONTH_YEAR, i, j + 1, Integer.parseInt(t.get(j).raw()), month, 0);
            }
            if (day >= 1 && day <= 31) {
                int[] range = dayRange(t, j, to, day);
                int k = range == null ? j + 1 : range[0];
                int span = range == null ? 0 : range[1] - day;
                if (k + 1 < to && t.get(k).is(",") && isYear(t.get(k + 1))) {
                    return calendar(Kind.ABSOLUTE, i, k + 2, Integer.parseInt(t.get(k + 1).raw()), month, day, span);
                }
                if (k < to && isYear(t.get(k))) {
                    return calendar(Kind.ABSOLUTE, i, k + 1, Integer.parseInt(t.get(k).raw()), month, day, span);
                }
                return calendar(Kind.PARTIAL, i, k, 0, month, day, span);
            }
        }
        if (j < to && t.get(j).is(",") && j + 1 < to && isYear(t.get(j + 1))) {
            return expr(Kind.MONTH_YEAR, i, j + 2, Integer.parseInt(t.get(j + 1).raw()), month, 0);
        }
        if (i > 0 && t.get(i - 1).in(WordClass.MONTH_LEAD)) {
            return expr(Kind.MONTH_ONLY, i - 1, i + 1, 0, month, 0);
        }
        return null;
    }

    private static DateExpr expr(Kind kind, int from, int to, int year, int month, int day) {
        return new DateExpr(kind, from, to, year, month, day, null, 0, false, -1, -1);
    }

    /** A calendar day and the days its span runs on after it. */
    private static DateExpr calendar(Kind kind, int from, int to, int year, int month, int day, int span) {
        return new DateExpr(kind, from, to, year, month, day, null, span, false, -1, -1);
    }

    static boolean isYear(Token t) {
        if (!t.isNumber() || t.raw().length() != 4) {
            return false;
        }
        int y = leadingInt(t.raw());
        return y >= 1900 && y <= 2100;
    }

    /** "on the 24th", "on the 3rd": an ordinal day of the month with no month named. */
    private static boolean ordinalDay(List<Token> t, int i) {
        String raw = t.get(i).raw();
        int day = leadingInt(raw);
        boolean ordinal = raw.endsWith("th") || raw.endsWith("st") || raw.endsWith("nd") || raw.endsWith("rd");
        return ordinal && day >= 1 && day <= 31 && raw.length() <= 4 && i >= 2 && t.get(i - 1).is("the")
                && t.get(i - 2).is("on");
    }

    static int leadingInt(String s) {
        int v = 0;
        int k = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k)) && k < 9) {
            v = v * 10 + (s.charAt(k) - '0');
            k++;
        }
        return k == 0 ? -1 : v;
    }

}
