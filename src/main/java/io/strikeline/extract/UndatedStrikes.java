package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventDate;
import io.strikeline.model.MentionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage: dates the strikes the text leaves undated, once {@link DateResolution} has resolved every date expression and
 * the readings are merged: by the day a strike told at a time of day was reported on, by the article's lead strike, by
 * a nearby sentence that dates a strike or by a statement of the story's day, else the published month; a strike
 * called "overnight" takes the day of its report ({@link NightStrikes} spans the night before it). A merged landmark
 * strike takes the landmark's perpetrator here, when none is named.
 */
final class UndatedStrikes {

    /** How far apart two places are at least to be the places of two strikes. */
    private static final double APART_KM = 25;
    /** Verbs of striking that open no strike reading of their own but say what a dated sentence tells of. */
    static final Set<String> STRIKE_VERBS = Set.of(
            "attacked", "struck", "bombed", "shelled", "raided", "airstrike", "airstrikes", "bombing", "shelling");
    /**
     * A time of day: "at 1:50 p.m.", "2pm", "05:30", "local time", "GMT"; not a clock that stamps a date ("February 28,
     * 2020 8:55 AM", "as of December 1, 7:00 PM"), the time a page or a tally was written.
     */
    private static final Pattern CLOCK_TIME = Pattern.compile(
            "(?<!\\d,?\\s)(?<![\\d:])(?:\\b(\\d{1,2})(?::\\d{2})?\\s*([ap])\\.?m\\b|\\b(\\d{1,2}):\\d{2}\\b)"
                    + "|\\blocal time\\b|\\bGMT\\b",
            Pattern.CASE_INSENSITIVE);
    /** The first hour of the evening: a strike told at it or later may lie on the night before the copy's day. */
    private static final int EVENING = 18;

    /**
     * Strikes with no date of their own but a time of day ("hit at around 2pm local time") happened on the day they were
     * reported on ("SANA reported on Thursday"; the earliest such day of their sentences), else on the day the article is
     * dated. Failing that, they take the date of the article's lead strike, unless told before it at a place far from
     * it (an undated lead is not dated by a background strike told after it), else the published month: a strike told
     * with no day is not given one; one called "overnight" takes the day of the report. Merged strikes that are
     * landmarks get the landmark's perpetrator when none is named.
     */
    void fill(List<Candidate> events) {
        for (Candidate e : events) {
            if (e.date == null) {
                reportedOn(e);
            }
        }
        Candidate lead = null;
        for (Candidate e : events) {
            // a strike told as another than the story's ("in a similar attack on July 5") lends its day to none
            if (e.date != null && e.date.precision() == DatePrecision.DAY && e.landmark == null && e.toldAsAnotherIn < 0) {
                lead = e;
                break;
            }
        }
        landmarkPerpetrators(events);
        for (Candidate e : events) {
            if (e.date != null) {
                continue;
            }
            LocalDate morning = reference == null ? null : overnightUndated(e);
            if (morning != null) {
                // "killed in an overnight strike" with no day: the day of the report, which NightStrikes widens to the
                // night before it unless the copy gives the night's hour
                e.date = EventDate.day(morning);
            } else if (lead != null && (firstSentence(e) >= firstSentence(lead) || !apart(e, lead))) {
                e.date = lead.date;
                e.dateMention = lead.dateMention;
            } else if (reference != null && (datedNearby(e, events) || statedThatDay(e))) {
                // a lead dated only now, by a nearby sentence or its statement's day, dates the strikes told after it
                lead = lead == null && e.toldAsAnotherIn < 0 ? e : lead;
            } else if (reference != null) {
                // the article gives no day for any strike: the month it was published in, never a made-up day
                e.date = EventDate.month(java.time.YearMonth.from(reference));
            }
        }
    }

    /** Whether two strikes are told at places too far apart to be one strike. */
    private static boolean apart(Candidate a, Candidate b) {
        Place p = a.placeValue();
        Place q = b.placeValue();
        return p != null && q != null && !p.id().equals(q.id()) && !Places.contains(p, q) && !Places.contains(q, p)
                && Gazetteer.distanceKm(p, q) > APART_KM;
    }

    /** The first sentence that tells of an event. */
    private static int firstSentence(Candidate e) {
        return e.sentences.stream().min(Integer::compare).orElse(e.sentence.index);
    }

    /**
     * A strike that is a known landmark and whose reports, all merged, name no one who struck takes the landmark's
     * perpetrator; one the article names (even only as blamed) comes first, so this runs after merging.
     */
    private void landmarkPerpetrators(List<Candidate> events) {
        for (Candidate e : events) {
            String perp = e.landmark == null ? null : e.landmark.landmark().perpetrator();
            if (e.perpetrator == null && perp != null) {
                Token key = tokens.get(e.landmark.tokenIndex());
                e.perpetrator = new Actor(perp, perp.equals(Actor.UNITED_STATES) ? Kind.US : Kind.NON_STATE);
                e.perpetratorMention = doc.mention(MentionKind.ACTOR, key.index(), key.index() + 1, perp);
            }
        }
    }

    /**
     * The morning after the night of a strike a sentence calls "overnight" and dates no other way: the day of its
     * statement ("said on Monday"), else the published day; null when no such sentence tells of the strike.
     */
    private LocalDate overnightUndated(Candidate e) {
        for (int index : e.sentences) {
            SentenceInfo s = sentences.get(index);
            LocalDate stated = null;
            boolean strikeDated = false;
            for (DateExpr d : s.dates) {
                EventDate r = d.statement() ? d.resolve(dates.referenceFor(d)) : null;
                strikeDated |= !d.statement();
                stated = r != null && r.precision() == DatePrecision.DAY && !r.start().isAfter(reference) ? r.start() : stated;
            }
            if (strikeDated || !s.dates.isEmpty() && stated == null) {
                continue;
            }
            for (int i = s.from; i < s.to; i++) {
                if (tokens.get(i).is("overnight")) {
                    // "... overnight, state media said on Monday": the night that ended on the day of the statement
                    return stated != null ? stated : reference;
                }
            }
        }
        return null;
    }

    /**
     * "Iran has attacked a group in northern Iraq on Wednesday. The missile attacks focused on ...": a strike the article
     * dates only in a sentence that makes no reading of its own takes the day of the first sentence near its reports
     * that tells of a strike with a day of its own (not a statement's, not one after the published date, not the day of
     * another event far from it). Returns whether it did.
     */
    private boolean datedNearby(Candidate e, List<Candidate> events) {
        int first = firstSentence(e);
        for (int i = Math.max(0, first - 1); i < sentences.size() && i <= first + DateResolution.DAY_REACH; i++) {
            SentenceInfo s = sentences.get(i);
            if (s.caption || !tellsOfStrike(s)) {
                continue;
            }
            for (DateExpr d : s.dates) {
                boolean dayKind = d.kind() == DateExpr.Kind.WEEKDAY || d.kind() == DateExpr.Kind.REL_DAYS
                        || d.kind() == DateExpr.Kind.PARTIAL || d.kind() == DateExpr.Kind.ABSOLUTE;
                boolean another = events.stream().anyMatch(o -> o != e && d.equals(o.dateExpr) && apart(o, e));
                EventDate r = dayKind && !d.statement() && !another && !dates.datesAnotherEvent(d) && !dates.opensPeriod(d)
                        && d.toTok() > Tokenizer.datelineEnd(tokens, s.from, s.to)
                        ? d.resolve(dates.referenceFor(d)) : null;
                if (r != null && r.precision() == DatePrecision.DAY && r.start().equals(r.end())
                        && !r.start().isAfter(reference)) {
                    e.date = r;
                    e.dateMention = doc.mention(MentionKind.DATE, d.fromTok(), d.toTok(), r.format());
                    return true;
                }
            }
        }
        return false;
    }

    private boolean tellsOfStrike(SentenceInfo s) {
        for (int i = s.from; i < s.to; i++) {
            Token t = tokens.get(i);
            if (t.in(WordClass.STRIKE_NOUN) || t.in(WordClass.ATTACK_NOUN) || t.in(WordClass.ACTION_VERB)
                    || STRIKE_VERBS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Dates a strike told at a time of day by the earliest day one of its sentences was reported on, or else by the
     * article's day when the hour is before the evening; one told at an evening hour ("at 10 p.m.") and no day may have
     * been struck the night before the copy was written: it gets the month.
     */
    private void reportedOn(Candidate e) {
        boolean timeOfDay = false;
        int hour = -1;
        for (int index : e.sentences) {
            SentenceInfo s = sentences.get(index);
            Matcher m = CLOCK_TIME.matcher(text.substring(tokens.get(s.from).start(), tokens.get(s.to - 1).end()));
            if (m.find()) {
                timeOfDay = true;
                hour = hour < 0 ? hourOf(m) : hour;
            }
        }
        if (!timeOfDay) {
            return;
        }
        DateExpr earliest = null;
        EventDate day = null;
        for (int index : e.sentences) {
            SentenceInfo s = sentences.get(index);
            for (DateExpr d : s.dates) {
                EventDate r = reportDay(s, d);
                if (r != null && (day == null || r.start().isBefore(day.start()))) {
                    day = r;
                    earliest = d;
                }
            }
        }
        if (day != null) {
            e.date = day;
            e.dateMention = doc.mention(MentionKind.DATE, earliest.fromTok(), earliest.toTok(), day.format());
        } else if (reference != null && hour >= EVENING) {
            e.date = EventDate.month(java.time.YearMonth.from(dates.storyDay()));
        } else if (reference != null) {
            e.date = EventDate.day(dates.storyDay());
        }
    }

    /** The hour (0-23) of a {@link #CLOCK_TIME} match, or -1 when it names none ("local time"). */
    private static int hourOf(Matcher m) {
        if (m.group(1) != null) {
            return Integer.parseInt(m.group(1)) % 12 + (m.group(2).equalsIgnoreCase("p") ? 12 : 0);
        }
        return m.group(3) != null ? Integer.parseInt(m.group(3)) : -1;
    }

    /**
     * The single day a statement date of a sentence reports on ("officials said on Sunday"), not after the published
     * date; null for any other date, and for a dateline's or an editor's update's date, which dates the copy.
     */
    private EventDate reportDay(SentenceInfo s, DateExpr d) {
        boolean copyDate = d.toTok() <= Tokenizer.datelineEnd(tokens, s.from, s.to) || d.fromTok() > s.from
                && tokens.get(d.fromTok() - 1).lower().startsWith("update");
        EventDate r = d.statement() && !copyDate ? d.resolve(dates.referenceFor(d)) : null;
        boolean usable = r != null && r.precision() == DatePrecision.DAY && r.start().equals(r.end())
                && (reference == null || !r.start().isAfter(reference));
        return usable ? r : null;
    }

    /**
     * "Rockets hit the base, officials said on Wednesday" in Wednesday's copy: a strike the article dates no other way,
     * told in a sentence whose only date is a statement's of the day the story was written, took place that day (breaking
     * news reports the day's strike). A statement dated before the story's day does not date it: the strike may lie
     * any day before the statement. Returns whether it dated the strike.
     */
    private boolean statedThatDay(Candidate e) {
        LocalDate story = dates.storyDay();
        for (int index : e.sentences) {
            SentenceInfo s = sentences.get(index);
            DateExpr stated = null;
            boolean other = false;
            for (DateExpr d : s.dates) {
                // a full date with its year is how a page or a tally stamps itself, not how copy dates the day's statement
                EventDate r = d.kind() == DateExpr.Kind.ABSOLUTE ? null : reportDay(s, d);
                other |= !d.statement();
                stated = r != null && r.start().equals(story) ? d : stated;
            }
            if (stated != null && !other && !s.caption && !SentenceForm.perfect(tokens, s)) {
                e.date = EventDate.day(story);
                e.dateMention = doc.mention(MentionKind.DATE, stated.fromTok(), stated.toTok(), e.date.format());
                return true;
            }
        }
        return false;
    }

    private final DateResolution dates;
    private final ArticleDoc doc;
    private final String text;
    private final List<Token> tokens;
    private final List<SentenceInfo> sentences;
    /** The published date, or the inferred one; null when neither is known. */
    private final LocalDate reference;

    UndatedStrikes(ArticleDoc doc, DateResolution dates) {
        this.dates = dates;
        this.doc = doc;
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.sentences = doc.sentences;
        this.reference = dates.reference;
    }
}
