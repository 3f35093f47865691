package io.strikeline.extract;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventDate;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage after {@link UndatedStrikes}: a strike told as in the night, with no day beside the night words, whose day the
 * copy gives as one side of that night, straddles two days (a range):
 * <ul>
 * <li>an "overnight" strike dated by the day it was reported on (the copy's day, or the day of a statement in the sentence
 * that calls it overnight) took place in the night that ended on that day: "an overnight raid drew condemnation on
 * Sunday" spans Saturday and Sunday. Not when the article gives the night's hour ("after midnight", "in the early
 * hours", "at 2:30 a.m."): the copy then puts the strike on that day;</li>
 * <li>a strike given its own day and told as "overnight" or "after midnight", in a report dated the next day by one of its
 * statements, took place in the night between the two: "jets struck on Sunday ... the raid came after midnight, the
 * monitor said on Monday" spans Sunday and Monday.</li>
 * </ul>
 */
final class NightStrikes {

    /** How many tokens before or after a night word a date may stand and be the night's own ("overnight on Sunday"). */
    private static final int OWN_DAY_REACH = 3;
    /** How many tokens from a word of striking a night word may stand and tell when the strike came. */
    private static final int STRIKE_REACH = 10;
    /** An hour of the night: "2:30 a.m.", "4.20 am", "1am"; not the clock of a page's stamp ("June 3, 2024 9:15 AM"). */
    private static final Pattern MORNING_CLOCK = Pattern.compile(
            "(?<!\\d,?\\s)(?<![\\d:])\\b\\d{1,2}(?:[:.]\\d{2})?\\s*a\\.?m\\b", Pattern.CASE_INSENSITIVE);

    private final ArticleDoc doc;
    private final List<Token> tokens;
    private final List<SentenceInfo> sentences;
    private final DateResolution dates;
    /** Whether the article gives the hour of a night; asked once, when a strike first needs it. */
    private Boolean hourGiven;

    NightStrikes(ArticleDoc doc, DateResolution dates) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.sentences = doc.sentences;
        this.dates = dates;
    }

    /** Gives each strike dated to one side of a night it is told in the range of both days. */
    void span(List<Candidate> events) {
        if (dates.reference == null) {
            return;
        }
        Candidate lead = lead(events);
        for (Candidate e : events) {
            EventDate d = e.date;
            if (d == null || d.precision() != DatePrecision.DAY || !d.start().equals(d.end())) {
                continue;
            }
            if (endedOnReportDay(e, d.start())) {
                e.date = new EventDate(d.start().minusDays(1), d.start(), DatePrecision.DAY);
            } else if (e == lead && nightAfter(e, d.start())) {
                e.date = new EventDate(d.start(), d.start().plusDays(1), DatePrecision.DAY);
            }
        }
    }

    /**
     * The story's lead strike: the first with a day of its own (not a landmark's, not one told as another than the
     * story's).
     */
    private static Candidate lead(List<Candidate> events) {
        for (Candidate e : events) {
            if (e.date != null && e.date.precision() == DatePrecision.DAY && e.landmark == null && e.toldAsAnotherIn < 0) {
                return e;
            }
        }
        return null;
    }

    /**
     * Whether a sentence of the strike calls it "overnight" and its day is the day it was reported on (the copy's, or a
     * statement's in that sentence), while the article gives no hour of the night.
     */
    private boolean endedOnReportDay(Candidate e, LocalDate day) {
        boolean reported = false;
        for (int index : e.sentences) {
            SentenceInfo s = sentences.get(index);
            if (nightWord(s, true)) {
                reported |= day.equals(dates.reference) || day.equals(dates.storyDay()) || statementDays(s).contains(day);
            }
        }
        if (!reported) {
            return false;
        }
        if (hourGiven == null) {
            hourGiven = nightHourGiven();
        }
        return !hourGiven;
    }

    /**
     * Whether the article tells the lead strike's night ("overnight", "after midnight") and dates a statement on it, in
     * the sentence of the night words or in a sentence of the strike, the day after its own.
     */
    private boolean nightAfter(Candidate e, LocalDate day) {
        LocalDate next = day.plusDays(1);
        boolean statedNext = e.sentences.stream().anyMatch(i -> statementDays(sentences.get(i)).contains(next));
        for (SentenceInfo s : sentences) {
            if (nightWord(s, false) && (statedNext || statementDays(s).contains(next))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence has a night word ("overnight", or with {@code overnightOnly} false also "after midnight") that
     * tells when a strike came (a word of striking near it) and has no date beside it.
     */
    private boolean nightWord(SentenceInfo s, boolean overnightOnly) {
        for (int i = s.from; i < s.to; i++) {
            boolean word = tokens.get(i).is("overnight") || !overnightOnly && tokens.get(i).is("midnight") && i > s.from
                    && tokens.get(i - 1).is("after");
            if (word && !datedBeside(s, i) && nearStrike(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a date of the sentence stands within reach of token {@code i}: "overnight Tuesday", "Sunday after midnight". */
    private static boolean datedBeside(SentenceInfo s, int i) {
        for (DateExpr d : s.dates) {
            if (d.toTok() > i - OWN_DAY_REACH - 1 && d.fromTok() <= i + OWN_DAY_REACH) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of striking the trigger classes leave out: "the raid came after midnight". */
    private static final Set<String> RAIDS = Set.of("raid", "raids");

    /** Whether a word of striking stands near token {@code i}: "an overnight drone strike", "an attack ... overnight". */
    private boolean nearStrike(SentenceInfo s, int i) {
        for (int k = Math.max(s.from, i - STRIKE_REACH); k < Math.min(s.to, i + STRIKE_REACH + 1); k++) {
            Token t = tokens.get(k);
            if (t.in(WordClass.STRIKE_NOUN) || t.in(WordClass.ATTACK_NOUN) || t.in(WordClass.ACTION_VERB)
                    || UndatedStrikes.STRIKE_VERBS.contains(t.lower()) || RAIDS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The single days the statements of a sentence are dated ("the ministry said on Tuesday"). */
    private Set<LocalDate> statementDays(SentenceInfo s) {
        Set<LocalDate> out = new HashSet<>();
        for (DateExpr d : s.dates) {
            EventDate r = d.statement() ? d.resolve(dates.referenceFor(d)) : null;
            if (r != null && r.precision() == DatePrecision.DAY && r.start().equals(r.end())) {
                out.add(r.start());
            }
        }
        return out;
    }

    /** Whether the article gives the hour of a night: "after midnight", "in the early hours", "at 2:30 a.m.". */
    private boolean nightHourGiven() {
        for (SentenceInfo s : sentences) {
            for (int i = s.from + 1; i < s.to; i++) {
                if (tokens.get(i).is("midnight") && tokens.get(i - 1).is("after")
                        || tokens.get(i).is("hours") && (tokens.get(i - 1).is("early") || tokens.get(i - 1).is("small"))) {
                    return true;
                }
            }
        }
        return MORNING_CLOCK.matcher(doc.text).find();
    }
}
