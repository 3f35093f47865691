package io.strikeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage of {@link DateResolution}: the published date of a page that shows none, inferred from the days its text names
 * (the latest full date, a known strike and how the text places it in time, the weekday a statement is dated).
 */
final class PublishedDateInference {

    /** The inferred date and why it was taken. */
    record Inferred(LocalDate date, String reason) {}

    private PublishedDateInference() {}

    static Inferred infer(ArticleDoc doc) {
        List<SentenceInfo> sentences = doc.sentences;
        LocalDate lo = null;
        LocalDate hi = null;
        List<String> reasons = new ArrayList<>();
        java.time.DayOfWeek statementDay = null;
        for (SentenceInfo s : sentences) {
            for (DateExpr d : s.dates) {
                if (d.kind() == DateExpr.Kind.ABSOLUTE) {
                    LocalDate day = LocalDate.of(d.year(), d.month(), d.day());
                    if (lo == null || day.isAfter(lo)) {
                        lo = day;
                        reasons.add("the text names " + day);
                    }
                }
                if (d.statement() && d.kind() == DateExpr.Kind.WEEKDAY && statementDay == null) {
                    statementDay = d.weekday();
                }
            }
        }
        for (SentenceInfo s : sentences) {
            for (Landmarks.Hit h : s.landmarks) {
                LocalDate l = h.landmark().date();
                DateExpr rel = null;
                int dist = Integer.MAX_VALUE;
                for (DateExpr d : s.dates) {
                    if (d.relativeToPublished() && !d.statement() && Math.abs(d.fromTok() - h.tokenIndex()) < dist) {
                        rel = d;
                        dist = Math.abs(d.fromTok() - h.tokenIndex());
                    }
                }
                LocalDate[] window = rel == null ? null : window(rel, l);
                String name = h.landmark().name() + " (" + l + ")";
                if (window != null) {
                    LocalDate newLo = lo == null || window[0].isAfter(lo) ? window[0] : lo;
                    LocalDate newHi = hi == null || window[1].isBefore(hi) ? window[1] : hi;
                    if (!newHi.isBefore(newLo)) {
                        lo = newLo;
                        hi = newHi;
                        reasons.add(name + " is described as \"" + surface(doc, rel) + "\"");
                        continue;
                    }
                }
                if (lo == null || l.isAfter(lo)) {
                    lo = l;
                    if (hi != null && hi.isBefore(lo)) {
                        hi = null;
                    }
                    reasons.add("it mentions " + name);
                }
            }
        }
        if (lo == null) {
            return null;
        }
        LocalDate told = dayOfItsWeekday(sentences, lo);
        if (told != null) {
            lo = told;
            hi = hi != null && hi.isBefore(lo) ? null : hi;
            reasons.add("it names " + told + " by its weekday");
        }
        LocalDate pick = lo;
        if (statementDay != null) {
            LocalDate limit = hi == null ? lo.plusDays(6) : hi;
            for (LocalDate d = lo; !d.isAfter(limit) && !d.isAfter(lo.plusDays(6)); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == statementDay) {
                    pick = d;
                    reasons.add("a statement is dated " + statementDay.getDisplayName(java.time.format.TextStyle.FULL,
                            java.util.Locale.ENGLISH));
                    break;
                }
            }
        }
        String range = hi == null ? "no earlier than " + lo : lo.equals(hi) ? "on " + lo : "between " + lo + " and " + hi;
        return new Inferred(pick, "Published " + range + " (taken as " + pick + ") because " + String.join("; ", reasons)
                + ".");
    }

    /** How many years after the text's latest full date a day told with its weekday is looked for. */
    private static final int WEEKDAY_YEARS = 6;

    /**
     * "on Tuesday, March 12" with no year, on a page whose latest full date is {@code lo}: the first such day on or after
     * {@code lo} that falls on its weekday (the latest of them, when the text tells several), or null when none is after
     * {@code lo} or none falls on its weekday within a few years.
     */
    private static LocalDate dayOfItsWeekday(List<SentenceInfo> sentences, LocalDate lo) {
        LocalDate latest = null;
        for (SentenceInfo s : sentences) {
            for (DateExpr d : s.dates) {
                if (d.kind() != DateExpr.Kind.PARTIAL || d.weekday() == null || d.month() == 0 || d.offset() != 0) {
                    continue;
                }
                for (int y = lo.getYear(); y <= lo.getYear() + WEEKDAY_YEARS; y++) {
                    LocalDate day = d.day() <= java.time.YearMonth.of(y, d.month()).lengthOfMonth()
                            ? LocalDate.of(y, d.month(), d.day()) : null;
                    if (day != null && !day.isBefore(lo) && day.getDayOfWeek() == d.weekday()) {
                        latest = latest == null || day.isAfter(latest) ? day : latest;
                        break;
                    }
                }
            }
        }
        return latest != null && latest.isAfter(lo) ? latest : null;
    }

    /** The published dates for which expression {@code d} would name landmark day {@code l}. */
    private static LocalDate[] window(DateExpr d, LocalDate l) {
        return switch (d.kind()) {
            case REL_DAYS -> new LocalDate[] {l.minusDays(d.offset()), l.minusDays(d.offset())};
            case WEEKDAY -> l.getDayOfWeek() == d.weekday() ? new LocalDate[] {l, l.plusDays(6)} : null;
            case LAST_WEEK -> new LocalDate[] {l.plusDays(1), l.plusDays(13)};
            case THIS_WEEK -> new LocalDate[] {l, l.plusDays(6)};
            case LAST_MONTH -> monthOf(l.plusMonths(d.monthsBack()));
            case THIS_MONTH -> new LocalDate[] {l, l.withDayOfMonth(l.lengthOfMonth())};
            case LAST_YEAR -> new LocalDate[] {LocalDate.of(l.getYear() + 1, 1, 1), LocalDate.of(l.getYear() + 1, 12, 31)};
            case THIS_YEAR -> new LocalDate[] {l, LocalDate.of(l.getYear(), 12, 31)};
            default -> null;
        };
    }

    /** The first and last day of the month of {@code day}. */
    private static LocalDate[] monthOf(LocalDate day) {
        return new LocalDate[] {day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth())};
    }

    private static String surface(ArticleDoc doc, DateExpr d) {
        return doc.text.substring(doc.tokens.get(d.fromTok()).start(), doc.tokens.get(d.toTok() - 1).end());
    }
}
