package io.strikeline.extract;

import io.strikeline.extract.DateExpr.Kind;
import java.util.List;
import java.util.Locale;

/**
 * Stage of {@link DateFinder}: the dates that tell when a report was filed or a statement made, not when a strike took
 * place: a weekday or "today" right after a verb of speaking ("said Wednesday") or after the source of "according to",
 * the day a tally was counted up to ("as of Sunday"), a dateline's date, a full date stamped with a clock time, and a
 * page's date that runs into its text. The date is kept, marked as a statement's.
 */
final class StatementDates {

    /** How many capitalised words (a site's or a section's name) may stand before a page's date. */
    private static final int STAMP_LEAD = 4;
    /** How many words the source of "according to" may take before a weekday that dates it. */
    private static final int SOURCE_REACH = 6;

    /**
     * Whether the date {@code e}, found in the sentence from {@code sentenceFrom}, dates the telling rather than the strike:
     * a statement's day, a dateline, a timestamp or a page's date.
     */
    static boolean datesTheTelling(List<Token> t, int sentenceFrom, DateExpr e, int to) {
        return isStatementDate(t, sentenceFrom, e) || isDateline(t, sentenceFrom, e) || isTimestamp(t, e, to)
                || isPageStamp(t, sentenceFrom, e, to) || insideDateline(t, sentenceFrom, e, to);
    }

    /**
     * A date inside the dateline that opens the sentence, with only its place, state or agency before it
     * ("DAMASCUS (Agency - 24th September, 2019)", "TAMPA, Fla., Aug. 19, 2014 -"). A lower-case word before the date
     * makes the opening a sentence of its own ("US, British and French jets struck ... on Saturday - ...").
     */
    private static boolean insideDateline(List<Token> t, int sentenceFrom, DateExpr e, int to) {
        if (e.fromTok() <= sentenceFrom || e.toTok() >= Tokenizer.datelineEnd(t, sentenceFrom, to)) {
            return false;
        }
        for (int k = sentenceFrom; k < e.fromTok(); k++) {
            Token x = t.get(k);
            if (!x.punct() && !x.capitalized() && !x.isNumber()) {
                return false;
            }
        }
        return true;
    }

    /** A weekday or "today" right after a reporting verb ("said Wednesday") dates the statement, not the strike. */
    private static boolean isStatementDate(List<Token> t, int sentenceFrom, DateExpr e) {
        if (e.kind() != Kind.WEEKDAY && e.kind() != Kind.REL_DAYS && e.kind() != Kind.PARTIAL && e.kind() != Kind.ABSOLUTE) {
            return false;
        }
        int k = e.fromTok() - 1;
        if (k >= sentenceFrom && t.get(k).is("on")) {
            k--;
        }
        boolean possessive = t.get(e.toTok() - 1).raw().endsWith("'s"); // "condemned last night's strike"
        if (k >= sentenceFrom && t.get(k).in(WordClass.REPORTING) && !possessive || e.kind() == Kind.WEEKDAY
                && afterSource(t, sentenceFrom, e.fromTok())) {
            return true;
        }
        // "a toll of 20 dead as of Sunday": the day a tally was counted up to
        if (k > sentenceFrom && t.get(k).is("of") && t.get(k - 1).is("as")) {
            return true;
        }
        // "the ministry on Tuesday condemned the strikes": a weekday between a speaker and its verb ("a strike on Sunday
        // claimed four lives" is no statement); "the group - an alliance of militias - on Sunday claimed responsibility"
        // is one even after the aside's dash
        int after = e.toTok();
        if (e.kind() != Kind.WEEKDAY || after >= t.size() || !t.get(after).in(WordClass.REPORTING)) {
            return false;
        }
        return claimsResponsibility(t, after) || !t.get(after).is("claimed") && e.fromTok() > sentenceFrom
                && !t.get(e.fromTok() - 1).punct();
    }

    /** Whether the "claimed" at {@code k} claims a deed ("claimed responsibility", "claimed credit"), not lives. */
    private static boolean claimsResponsibility(List<Token> t, int k) {
        return t.get(k).is("claimed") && k + 1 < t.size()
                && (t.get(k + 1).is("responsibility") || t.get(k + 1).is("credit"));
    }

    /**
     * "February 28, 2020 8:55 AM", "6 January 2024, 10:42": a full date stamped with a clock time is when a page or a
     * statement was put out, not when a strike took place.
     */
    private static boolean isTimestamp(List<Token> t, DateExpr e, int to) {
        int k = e.toTok() < to && t.get(e.toTok()).is(",") ? e.toTok() + 1 : e.toTok();
        if (e.kind() != Kind.ABSOLUTE || k + 1 >= to || !t.get(k).isNumber() || t.get(k).raw().length() > 2) {
            return false;
        }
        Token next = t.get(k + 1);
        return next.is(":") && k + 2 < to && t.get(k + 2).isNumber() || next.is("am") || next.is("pm");
    }

    /**
     * "12/20/2022 Israeli jets struck ...", "Wire | September 17, 2016 Coalition jets ...": a full date that opens its
     * sentence, or follows only a name in capitals, and runs into the text with no comma is the page's date, not a day
     * the text gives.
     */
    private static boolean isPageStamp(List<Token> t, int sentenceFrom, DateExpr e, int to) {
        if (e.kind() != Kind.ABSOLUTE || e.toTok() >= to || e.fromTok() - sentenceFrom > STAMP_LEAD
                || !t.get(e.toTok()).capitalized()) {
            return false;
        }
        for (int k = sentenceFrom; k < e.fromTok(); k++) {
            if (!t.get(k).capitalized() && !t.get(k).is(",")) {
                return false;
            }
        }
        return true;
    }

    /** "according to the defence minister Saturday": a weekday that ends the source of "according to" dates the source. */
    private static boolean afterSource(List<Token> t, int sentenceFrom, int at) {
        for (int k = at - 1; k > sentenceFrom && k >= at - SOURCE_REACH; k--) {
            if (t.get(k).punct() && !t.get(k).is("'")) {
                return false;
            }
            if (t.get(k).is("to") && t.get(k - 1).is("according")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "BAGHDAD, March 3 (Reuters) -", "DAMASCUS, November 24, 2015 -", "Damascus, September 1:", "TAMPA, Fla., Aug. 19,
     * 2014 -", "STEPANAKERT, SEPTEMBER 1, AGENCY:": the date after the place that opens a report is when it was filed,
     * not when the strike happened.
     */
    private static boolean isDateline(List<Token> t, int sentenceFrom, DateExpr e) {
        int k = e.fromTok() - 1;
        if (k <= sentenceFrom || k > sentenceFrom + 4 || !t.get(k).is(",") || e.toTok() + 1 >= t.size()) {
            return false;
        }
        boolean capitals = true;
        for (int j = sentenceFrom; j < k; j++) {
            String raw = t.get(j).raw();
            if (t.get(j).punct()) {
                // a place's state or country after a comma ("TAMPA, Fla.")
                capitals &= raw.equals(",") || raw.equals(".");
                continue;
            }
            capitals &= raw.length() >= 2 && raw.equals(raw.toUpperCase(Locale.ROOT));
            if (!Character.isUpperCase(raw.charAt(0))) {
                return false;
            }
        }
        String after = t.get(e.toTok()).raw();
        boolean dash = after.equals("(") || after.equals("-") || after.equals("\u2013") || after.equals("\u2014")
                || after.equals("--");
        // a place in title case dates the copy only before the agency's brackets, a dash or a colon: "Damascus, March 3,"
        // may open a sentence that goes on to tell the day's events
        String next = t.get(e.toTok() + 1).raw();
        boolean agency = after.equals(",") && next.length() >= 2 && next.equals(next.toUpperCase(Locale.ROOT))
                && Character.isLetter(next.charAt(0));
        return dash || after.equals(":") || capitals && agency;
    }

    private StatementDates() {}
}
