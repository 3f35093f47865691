package io.strikeline.extract;

import io.strikeline.extract.DateExpr.Kind;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stage of {@link DateFinder}: reads the dates a sentence gives relative to another day: to the day of the report
 * ("today", "yesterday", "two days ago", "last week"), to the strike told before ("the next day", "three days later",
 * "earlier that day"), or to an event named after it ("two days after the attack on ..."). {@link DateResolution} gives
 * them their day.
 */
final class RelativeDates {

    /** The words a relative date ("yesterday", "two days ago", "the next day", "later that night") can open with. */
    static final Set<String> RELATIVE_STARTS = Stream.concat(Numbers.WORDS.keySet().stream(), Stream.of(
            "today", "tonight", "yesterday", "earlier", "later", "this", "last", "that", "same", "next", "following", "the",
            "a", "one")).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> NIGHT_OR_DAY = Set.of("day", "night", "morning", "evening");
    private static final int HOURS_A_DAY = 24;

    /**
     * The relative date that opens at token {@code i} ("yesterday", "two days ago", "the next day", "last week", "earlier
     * that day", "48 hours later"), or null.
     */
    static DateExpr read(List<Token> t, int i, int to) {
        if (!t.get(i).in(WordClass.RELATIVE_DATE_START) && !t.get(i).isNumber()) {
            return null;
        }
        String w = t.get(i).lower();
        String w1 = i + 1 < to ? t.get(i + 1).lower() : "";
        String w2 = i + 2 < to ? t.get(i + 2).lower() : "";
        String w3 = i + 3 < to ? t.get(i + 3).lower() : "";
        if ((w.equals("the") || w.equals("this") || w.equals("last")) && unit(w1, "weekend")) {
            // "over the weekend", "last weekend's strikes": the Saturday and Sunday before the report
            return new DateExpr(Kind.WEEKDAY, i, i + 2, 0, 0, 0, DayOfWeek.SATURDAY, 1, false, -1, -1);
        }
        if (w.equals("the") && (w1.equals("previous") || w1.equals("preceding")) && NIGHT_OR_DAY.contains(w2)) {
            // "the previous day": one day before the strike told before, or before the day of the statement
            return new DateExpr(Kind.AFTER_EVENT, i, i + 3, 0, 0, 0, null, -1, false, -1, -1);
        }
        switch (w) {
            case "today", "tonight":
                return rel(i, i + 1, 0);
            case "yesterday":
                return rel(i, i + 1, -1);
            case "earlier":
            case "later":
                if (w1.equals("today") || w1.equals("tonight")) {
                    return rel(i, i + 2, 0);
                }
                if (w1.equals("in") && w2.equals("the") && w3.equals("day")) {
                    // "earlier in the day": the day the story tells of, which a report of yesterday's strike is not
                    return DateExpr.of(Kind.SAME_AS_ANCHOR, i, i + 4);
                }
                if (w1.equals("that") && NIGHT_OR_DAY.contains(w2)) {
                    return DateExpr.of(Kind.SAME_AS_ANCHOR, i, i + 3);
                }
                if (w1.equals("this")) {
                    Kind kind = w2.equals("week") ? Kind.THIS_WEEK : w2.equals("month") ? Kind.THIS_MONTH
                            : w2.equals("year") ? Kind.THIS_YEAR : null;
                    if (kind != null) {
                        return DateExpr.of(kind, i, i + 3);
                    }
                }
                return null;
            case "this":
                if (w1.equals("morning") || w1.equals("afternoon") || w1.equals("evening")) {
                    return rel(i, i + 2, 0);
                }
                if (unit(w1, "week")) {
                    return DateExpr.of(Kind.THIS_WEEK, i, i + 2);
                }
                if (unit(w1, "month")) {
                    return DateExpr.of(Kind.THIS_MONTH, i, i + 2);
                }
                if (unit(w1, "year")) {
                    return DateExpr.of(Kind.THIS_YEAR, i, i + 2);
                }
                return null;
            case "last":
                if (w1.equals("night") || w1.equals("evening") || w1.equals("night's")) {
                    return rel(i, i + 2, -1);
                }
                if (unit(w1, "week")) {
                    return DateExpr.of(Kind.LAST_WEEK, i, i + 2);
                }
                if (unit(w1, "month")) {
                    return DateExpr.of(Kind.LAST_MONTH, i, i + 2);
                }
                if (unit(w1, "year")) {
                    return DateExpr.of(Kind.LAST_YEAR, i, i + 2);
                }
                return null;
            case "that", "same":
                if ((w.equals("that") || i > 0 && t.get(i - 1).is("the")) && (w1.equals("day") || w1.equals("night"))) {
                    int start = w.equals("same") ? i - 1 : i;
                    return DateExpr.of(Kind.SAME_AS_ANCHOR, start, i + 2);
                }
                return null;
            case "next", "following":
                if ((w1.equals("day") || w1.equals("morning")) && i > 0 && t.get(i - 1).is("the")) {
                    return new DateExpr(Kind.AFTER_EVENT, i - 1, i + 2, 0, 0, 0, null, 1, false, -1, -1);
                }
                return null;
            default:
                break;
        }
        int n = smallNumber(t.get(i));
        boolean article = w.equals("the") || w.equals("a") || w.equals("one");
        if ((n > 0 || article) && !w.equals("the") && w2.equals("ago") && (unit(w1, "month") || w1.equals("months"))) {
            // "two months ago": the month that many months before the report's, never a made-up day
            return new DateExpr(Kind.LAST_MONTH, i, i + 3, 0, 0, 0, null, n > 0 ? n : 1, false, -1, -1);
        }
        if (n > 0 || article) {
            String unit = w1;
            boolean hours = unit.equals("hours") || unit.equals("hour");
            int days = unit.equals("day") || unit.equals("days") ? 1 : unit.equals("week") || unit.equals("weeks") ? 7
                    : hours ? 0 : -1;
            if (days >= 0) {
                int count = n > 0 ? n : 1;
                // "48 hours ago", "24 hours earlier": whole days of hours are days
                int offset = hours ? count / HOURS_A_DAY : days * count;
                if (w2.equals("ago") && !w.equals("the")) {
                    return rel(i, i + 3, -offset);
                }
                if (w2.equals("later") && !w.equals("the")) {
                    return new DateExpr(Kind.AFTER_EVENT, i, i + 3, 0, 0, 0, null, offset, false, -1, -1);
                }
                if (w2.equals("earlier") && !w.equals("the")) {
                    return new DateExpr(Kind.AFTER_EVENT, i, i + 3, 0, 0, 0, null, -offset, false, -1, -1);
                }
                if (w2.equals("after") || w2.equals("before")) {
                    int anchorEnd = i + 3;
                    while (anchorEnd < to && !isClauseEnd(t.get(anchorEnd))) {
                        anchorEnd++;
                    }
                    int signed = w2.equals("after") ? offset : -offset;
                    return new DateExpr(Kind.AFTER_EVENT, i, i + 3, 0, 0, 0, null, signed, false, i + 3, anchorEnd);
                }
            }
        }
        return null;
    }

    /** "month" or "month's": "last month's strike" dates the strike as "last month" does. */
    private static boolean unit(String word, String unit) {
        return word.startsWith(unit) && (word.length() == unit.length()
                || word.length() == unit.length() + 2 && word.endsWith("'s"));
    }

    private static boolean isClauseEnd(Token t) {
        return t.punct() && (t.is(",") || t.is(";") || t.is(".") || t.is(":") || t.is("\u2014") || t.is("("));
    }

    /** A day {@code offset} days from the day of the report ("yesterday": -1). */
    static DateExpr rel(int from, int to, int offset) {
        return new DateExpr(Kind.REL_DAYS, from, to, 0, 0, 0, null, offset, false, -1, -1);
    }

    private static int smallNumber(Token t) {
        if (t.isNumber()) {
            return t.raw().length() <= 3 ? DateFinder.leadingInt(t.raw()) : -1;
        }
        return Numbers.WORDS.getOrDefault(t.lower(), -1);
    }

    private RelativeDates() {}
}
