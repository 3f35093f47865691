package io.strikeline.extract;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventDate;
import io.strikeline.model.MentionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of {@link DateResolution}: strikes told by their day in US Eastern time ("at 9 p.m. ET on Tuesday", "9 p.m.
 * Washington time") at an hour past midnight in Iraq and Syria (UTC+3) span that day and the local day after it; told in
 * GMT ("at 2307 GMT Monday") they took place on the local day after it; and a Washington story that also gives the local
 * day of its strikes ("1:40 a.m. Friday Syria time") dates them by both days.
 */
final class EasternTime {

    private static final Pattern EASTERN_TIME = Pattern.compile(
            "(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am|pm)\\s*\\(?(ET|EST|EDT|Eastern|Washington time)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A 24-hour GMT or UTC clock and the weekday it is told with: "2307 GMT Monday", "23:10 GMT on Monday". */
    private static final Pattern GMT_TIME = Pattern.compile(
            "\\b([01]?\\d|2[0-3]):?([0-5]\\d)\\s*(?:GMT|UTC)\\s*(?:on\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                    + "|Sunday)\\b");
    /**
     * The first GMT hour past midnight in both Iraq (UTC+3) and Syria (UTC+2 in winters before 2022), so that the local
     * day is the one after the GMT day in either.
     */
    private static final int GMT_PAST_MIDNIGHT = 22;

    private final ArticleDoc doc;
    private final String text;
    private final List<Token> tokens;
    private final List<SentenceInfo> sentences;
    /** The day a date expression counts from (the published date, or the dateline's for "yesterday"). */
    private final Function<DateExpr, LocalDate> reference;

    EasternTime(ArticleDoc doc, Function<DateExpr, LocalDate> reference) {
        this.doc = doc;
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.sentences = doc.sentences;
        this.reference = reference;
    }

    /**
     * A strike told by its day in US Eastern time at an hour past midnight in Iraq/Syria (UTC+3) spans the US day and
     * the local day after it, as the copy's words straddle both; told by its day in GMT, it took place on the local day.
     */
    EventDate shift(SentenceInfo s, EventDate date) {
        if (date.precision() != DatePrecision.DAY || !date.start().equals(date.end())) {
            return date;
        }
        EventDate local = localDate(s, date.start());
        return local != null ? local : date;
    }

    /**
     * The date in Iraq/Syria of a strike the sentence times past midnight there: the local day after {@code usDay} for
     * a GMT clock with its weekday, the US day and the one after it for a US Eastern clock; null when the sentence gives
     * no such clock or the hour is before midnight locally.
     */
    private EventDate localDate(SentenceInfo s, LocalDate usDay) {
        String sentence = text.substring(tokens.get(s.from).start(), tokens.get(s.to - 1).end());
        Boolean gmt = gmtPastMidnight(s, sentence, usDay);
        if (gmt != null) {
            return gmt ? EventDate.day(usDay.plusDays(1)) : null;
        }
        return pastMidnightEastern(s, sentence, usDay) == Boolean.TRUE
                ? new EventDate(usDay, usDay.plusDays(1), DatePrecision.DAY) : null;
    }

    /**
     * Whether the clock hour the sentence gives in US Eastern time on {@code usDay} is past midnight in Iraq/Syria; null
     * when it gives none.
     */
    private Boolean pastMidnightEastern(SentenceInfo s, String sentence, LocalDate usDay) {
        if (s.clockHour == null) {
            s.clockHour = hasClockHour(sentence); // each candidate of the sentence and each event it tells of asks again
        }
        if (!s.clockHour) {
            return null;
        }
        Matcher m = EASTERN_TIME.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1)) % 12;
        if (m.group(3).toLowerCase(java.util.Locale.ROOT).startsWith("p")) {
            hour += 12;
        }
        String zone = m.group(4).toUpperCase(java.util.Locale.ROOT);
        boolean summer = zone.equals("EDT") || !zone.equals("EST") && usDaylightTime(usDay);
        int local = hour + (summer ? 7 : 8);
        int start = tokens.get(s.from).start() + m.start();
        doc.mentionAt(MentionKind.DATE, start, tokens.get(s.from).start() + m.end(), usDay + " " + m.group().trim());
        return local >= 24;
    }

    /**
     * Whether the GMT clock the sentence tells with the weekday of {@code day} is past midnight in Iraq/Syria; null when
     * it tells none with that weekday (a local day told beside the GMT one is already the local day).
     */
    private Boolean gmtPastMidnight(SentenceInfo s, String sentence, LocalDate day) {
        if (!sentence.contains("GMT") && !sentence.contains("UTC")) {
            return null;
        }
        Matcher g = GMT_TIME.matcher(sentence);
        if (!g.find() || day.getDayOfWeek() != DateFinder.WEEKDAYS.get(g.group(3).toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int start = tokens.get(s.from).start();
        doc.mentionAt(MentionKind.DATE, start + g.start(), start + g.end(), day + " " + g.group().trim());
        return Integer.parseInt(g.group(1)) >= GMT_PAST_MIDNIGHT;
    }

    /**
     * Whether a digit, spaces and "am", "pm", "a.m." or "p.m." follow each other somewhere in {@code s}, as every
     * {@link #EASTERN_TIME} match begins: a scan without a regex that most sentences fail.
     */
    static boolean hasClockHour(String s) {
        for (int i = 1; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if (c != 'a' && c != 'A' && c != 'p' && c != 'P') {
                continue;
            }
            char next = s.charAt(i + 1);
            boolean meridiem = next == 'm' || next == 'M'
                    || next == '.' && i + 2 < s.length() && (s.charAt(i + 2) == 'm' || s.charAt(i + 2) == 'M');
            int j = i - 1;
            while (j > 0 && Character.isWhitespace(s.charAt(j))) {
                j--;
            }
            if (meridiem && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * An event dated from one sentence and timed in ET in another ("began at about 4 p.m. ET"): past midnight locally, it
     * spans the US day and the local day after it; so does one whose ET sentence names the US day itself ("at 6 p.m. ET on
     * March 3") while the event holds the local day after it ("early Thursday local time"): the article gives both days.
     */
    void shiftEvent(Candidate e) {
        if (e.date == null || e.easternTimeApplied || e.date.precision() != DatePrecision.DAY
                || !e.date.start().equals(e.date.end())) {
            return;
        }
        for (int idx : e.sentences) {
            SentenceInfo s = sentences.get(idx);
            LocalDate own = ownDay(s);
            boolean bothGiven = own != null && own.plusDays(1).equals(e.date.start());
            if (own != null && !bothGiven && !own.equals(e.date.start())) {
                continue;
            }
            if (bothGiven && gmtPastMidnight(s, text.substring(tokens.get(s.from).start(), tokens.get(s.to - 1).end()), own)
                    != null) {
                return; // "at 0207 (2307 GMT Monday)": one moment told in two zones, and the event holds the local day
            }
            LocalDate usDay = bothGiven ? own : e.date.start();
            EventDate local = localDate(s, usDay);
            if (local != null) {
                e.date = local; // with both days given, the span of the US day and the event's local day
                return;
            }
        }
    }

    /** The first single day a sentence names for a strike (not for a statement), or null. */
    private LocalDate ownDay(SentenceInfo s) {
        for (DateExpr d : s.dates) {
            EventDate r = d.statement() || d.kind() == DateExpr.Kind.AFTER_EVENT || d.kind() == DateExpr.Kind.SAME_AS_ANCHOR
                    ? null : d.resolve(reference.apply(d));
            if (r != null && r.precision() == DatePrecision.DAY && r.start().equals(r.end())) {
                return r.start();
            }
        }
        return null;
    }

    /** Words naming the strike zone's clock in "near 1:40 a.m. Friday Syria time". */
    private static final java.util.Set<String> LOCAL_CLOCKS = java.util.Set.of(
            "iraq", "syria", "local", "baghdad", "damascus", "jordan");

    /**
     * "WASHINGTON -- American jets hit depots on Thursday ... near 1:40 a.m. Friday Syria time": a Washington story tells a
     * night strike by its own day, one before the local day the article also gives; strikes it dates to that earlier day
     * by a weekday or "yesterday" span both days, as the copy's words straddle them (ADR 18).
     */
    void shiftToLocalDay(List<Candidate> candidates) {
        LocalDate local = localDay();
        if (local == null || !washingtonDateline()) {
            return;
        }
        for (Candidate c : candidates) {
            boolean relative = c.dateExpr != null && (c.dateExpr.kind() == DateExpr.Kind.WEEKDAY
                    || c.dateExpr.kind() == DateExpr.Kind.REL_DAYS);
            if (relative && c.date != null && c.date.precision() == DatePrecision.DAY
                    && c.date.start().equals(local.minusDays(1)) && c.date.end().equals(c.date.start())) {
                c.date = new EventDate(local.minusDays(1), local, DatePrecision.DAY);
                c.dateMention = doc.mention(MentionKind.DATE, c.dateExpr.fromTok(), c.dateExpr.toTok(), c.date.format());
            }
        }
    }

    /** The day of a weekday told with a clock time and the strike zone's clock ("1 a.m. Friday Syria time"), or null. */
    private LocalDate localDay() {
        for (SentenceInfo s : sentences) {
            for (DateExpr d : s.dates) {
                int k = d.toTok();
                boolean zone = d.kind() == DateExpr.Kind.WEEKDAY && k + 1 < s.to
                        && LOCAL_CLOCKS.contains(tokens.get(k).lower()) && tokens.get(k + 1).is("time");
                EventDate r = zone ? d.resolve(reference.apply(d)) : null;
                if (r != null && r.precision() == DatePrecision.DAY) {
                    return r.start();
                }
            }
        }
        return null;
    }

    /** Whether a dateline of the article's first sentences is Washington's. */
    private boolean washingtonDateline() {
        for (SentenceInfo s : sentences.subList(0, Math.min(sentences.size(), DateResolution.DAY_REACH + 1))) {
            for (int i = s.from; i < Tokenizer.datelineEnd(tokens, s.from, s.to); i++) {
                if (tokens.get(i).raw().equals("WASHINGTON")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean usDaylightTime(LocalDate d) {
        LocalDate start = LocalDate.of(d.getYear(), 3, 1).with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2,
                java.time.DayOfWeek.SUNDAY));
        LocalDate end = LocalDate.of(d.getYear(), 11, 1).with(java.time.temporal.TemporalAdjusters.firstInMonth(
                java.time.DayOfWeek.SUNDAY));
        return !d.isBefore(start) && d.isBefore(end);
    }
}
