package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventDate;
import io.strikeline.model.MentionKind;
import io.strikeline.model.Mention;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage: attaches dates. Infers the published date when the article has none, resolves each candidate's date
 * expression against it (weekdays, "two days later", landmark strikes, US Eastern time after midnight in Iraq),
 * and dates the strikes the text leaves undated.
 */
final class DateResolution {

    /** Infers the published date of a page that shows none: see {@link PublishedDateInference}. */
    void inferPublished() {
        PublishedDateInference.Inferred p = PublishedDateInference.infer(doc);
        if (p != null) {
            inferred = p.date();
            inferenceReason = p.reason();
        }
    }

    /** How far before a year "since" may open the period it starts ("since the civil war began in 2011"). */
    private static final int SINCE_REACH = 6;

    /** Whether a "since" opens the phrase the year ends ("since 2011" too), with no punctuation between them. */
    private boolean sincePeriod(DateExpr d) {
        for (int k = d.fromTok(); k >= 0 && k >= d.fromTok() - SINCE_REACH; k--) {
            Token x = tokens.get(k);
            if (x.is("since")) {
                return true;
            }
            if (x.punct() && !x.is("'")) {
                return false;
            }
        }
        return false;
    }

    void resolveDates(List<Candidate> candidates) {
        LocalDate discourse = null;
        Mention discourseMention = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.dateExpr != null && c.dateExpr.kind() == DateExpr.Kind.YEAR && sincePeriod(c.dateExpr)) {
                c.dateExpr = null; // "the worst crisis since the war's start in 2011": the year opens a period
            }
            if (c.referential && c.dateExpr != null && c.dateExpr.kind() == DateExpr.Kind.YEAR
                    && !Clauses.inClause(c, c.dateExpr.fromTok(), c.dateExpr.toTok())) {
                // "the strikes" retells a strike told before: a bare year from another clause of its sentence (an aside's
                // "set up in 2014") is history, not its day, which it takes from the strike it retells
                c.dateExpr = null;
            }
            if (c.dateExpr != null && datesAnotherEvent(c.dateExpr)) {
                c.dateExpr = null; // "the attack comes after the election held last month": the election's day
            }
            DateExpr d = c.dateExpr;
            EventDate date = null;
            String note = null;
            if (d != null) {
                date = resolve(d, c, candidates, i, discourse);
                note = date == null ? null : date.format();
            }
            if (c.landmark != null) {
                LocalDate l = c.landmark.landmark().date();
                boolean consistent = date == null ? c.landmark.landmark().unique()
                        : date.precision() != DatePrecision.DAY && !l.isBefore(date.start()) && !l.isAfter(date.end())
                        || date.precision() == DatePrecision.DAY && date.start().equals(l);
                if (consistent) {
                    boolean sameDay = date != null && date.precision() == DatePrecision.DAY;
                    date = EventDate.day(l);
                    Token key = tokens.get(c.landmark.tokenIndex());
                    if (!sameDay) {
                        c.dateMention = doc.mention(MentionKind.DATE, key.index(), key.index() + 1, l.toString());
                        note = null;
                    }
                    if (c.place == null && c.landmark.landmark().placeId() != null) {
                        c.landmarkPlace = gazetteer.byId(c.landmark.landmark().placeId()).orElse(null);
                        if (c.landmarkPlace != null) {
                            c.placeMention = doc.mention(MentionKind.PLACE, key.index(), key.index() + 1, c.landmarkPlace.id());
                        }
                    }
                } else {
                    c.landmark = null;
                }
            }
            if (date != null && note != null) {
                EventDate shifted = easternTime.shift(c.sentence, date);
                c.easternTimeApplied = !shifted.equals(date);
                date = shifted;
                c.dateMention = doc.mention(MentionKind.DATE, d.fromTok(), d.toTok(), date.format());
            }
            if (date == null && d == null && c.landmark == null) {
                date = beforeTheAnchoredStrike(c, discourse);
            }
            if (date == null && d == null && c.landmark == null && !c.referential && discourse != null) {
                date = EventDate.day(discourse);
                c.dateMention = discourseMention;
            }
            c.date = date;
            // a known strike the text names but does not date ("after the general's killing") is history: the sentences
            // after it tell of the story's own day
            if (date != null && date.precision() == DatePrecision.DAY && (d != null || c.landmark == null)) {
                discourse = date.start();
                discourseMention = c.dateMention;
            }
        }
        easternTime.shiftToLocalDay(candidates);
    }

    /** Participles of events that are no strike and are told with their day: "held", "signed", "agreed". */
    private static final java.util.Set<String> OTHER_EVENT_PARTICIPLES = java.util.Set.of(
            "held", "signed", "agreed", "reached", "elected", "scheduled", "sworn", "adopted", "approved", "brokered");

    /**
     * Whether a date is told with the participle of an event that is no strike ("the election held last month", "a truce
     * agreed on Friday"): it is that event's day.
     */
    private boolean datesAnotherEvent(DateExpr d) {
        int k = d.fromTok() - 1;
        if (k > 0 && (tokens.get(k).is("on") || tokens.get(k).is("in"))) {
            k--;
        }
        return k >= 0 && OTHER_EVENT_PARTICIPLES.contains(tokens.get(k).lower());
    }

    /** How many days before publication a dateline's day may lie to be the day a story was written. */
    private static final int DATELINE_LAG = 7;
    /** The day the story's dateline names ("BAGHDAD, Feb. 4 (Wire) -"), when before the published date; else null. */
    private LocalDate datelineDay;
    private boolean datelineRead;

    /**
     * The day "today", "yesterday" and "last night" count from: the dateline's day when the story was written before the
     * copy was published (a reprint a day or more later), else the published date. A weekday counts from the dateline's
     * day only in a reprint two or more days later: a day later it may be the next day where the strike took place
     * ("WASHINGTON, March 4 -- ... shortly after 1 a.m. Thursday Iraq time").
     */
    private LocalDate referenceFor(DateExpr d) {
        if (d.kind() == DateExpr.Kind.WEEKDAY) {
            LocalDate story = storyDay();
            return story != null && story.isBefore(reference.minusDays(1)) ? story : reference;
        }
        return d.kind() == DateExpr.Kind.REL_DAYS ? storyDay() : reference;
    }

    /** The day the story was written: its dateline's day, else the published date. */
    private LocalDate storyDay() {
        if (reference == null) {
            return null;
        }
        if (!datelineRead) {
            datelineRead = true;
            datelineDay = datelineDay();
        }
        return datelineDay != null ? datelineDay : reference;
    }

    private LocalDate datelineDay() {
        for (SentenceInfo s : sentences.subList(0, Math.min(sentences.size(), DAY_REACH + 1))) {
            int end = Tokenizer.datelineEnd(tokens, s.from, s.to);
            for (DateExpr d : s.dates) {
                boolean calendar = d.kind() == DateExpr.Kind.PARTIAL || d.kind() == DateExpr.Kind.ABSOLUTE;
                EventDate r = calendar && d.fromTok() > s.from && d.toTok() <= end ? d.resolve(reference) : null;
                if (r != null && r.start().isBefore(reference) && !r.start().isBefore(reference.minusDays(DATELINE_LAG))) {
                    return r.start();
                }
            }
        }
        return null;
    }

    private EventDate resolve(DateExpr d, Candidate c, List<Candidate> all, int index, LocalDate discourse) {
        switch (d.kind()) {
            case SAME_AS_ANCHOR: {
                for (DateExpr other : c.sentence.dates) {
                    if (other != d && other.kind() != DateExpr.Kind.SAME_AS_ANCHOR && other.kind() != DateExpr.Kind.AFTER_EVENT) {
                        EventDate r = other.resolve(referenceFor(other));
                        if (r != null) {
                            return r;
                        }
                    }
                }
                // "earlier in the day" with no day told before it: the day the story was written
                LocalDate story = discourse != null ? discourse : storyDay();
                return story == null ? null : EventDate.day(story);
            }
            case AFTER_EVENT: {
                LocalDate anchor = null;
                if (d.anchorFrom() >= 0) {
                    for (Landmarks.Hit h : c.sentence.landmarks) {
                        if (h.tokenIndex() >= d.anchorFrom() && h.tokenIndex() < d.anchorTo()) {
                            anchor = h.landmark().date();
                        }
                    }
                    for (DateExpr other : c.sentence.dates) {
                        if (anchor == null && other.fromTok() >= d.anchorFrom() && other.toTok() <= d.anchorTo()) {
                            EventDate r = other.resolve(referenceFor(other));
                            anchor = r != null && r.precision() == DatePrecision.DAY ? r.start() : null;
                        }
                    }
                }
                for (int k = index - 1; k >= 0 && anchor == null; k--) {
                    EventDate prior = all.get(k).date;
                    if (prior != null && prior.precision() == DatePrecision.DAY && all.get(k).sentence != c.sentence) {
                        anchor = prior.start();
                    }
                }
                if (anchor == null) {
                    anchor = discourse;
                }
                if (anchor == null && d.offset() < 0) {
                    anchor = dayOfStatement(c.sentence);
                }
                return anchor == null ? null : EventDate.day(anchor.plusDays(d.offset()));
            }
            default:
                LocalDate quoted = d.kind() == DateExpr.Kind.REL_DAYS ? dayOfQuote(c.sentence, d) : null;
                return d.resolve(quoted != null ? quoted : referenceFor(d));
        }
    }

    /**
     * "... on Monday, posting: 'Rockets hit Erbil tonight'": a relative day inside a quotation counts from the day the
     * words were said, the single day the sentence names outside the quotation; null when it is not quoted or the
     * sentence names no such day.
     */
    private LocalDate dayOfQuote(SentenceInfo s, DateExpr d) {
        if (!SentenceForm.insideQuote(tokens, s, d.fromTok())) {
            return null;
        }
        for (DateExpr o : s.dates) {
            boolean day = o.kind() == DateExpr.Kind.WEEKDAY || o.kind() == DateExpr.Kind.PARTIAL
                    || o.kind() == DateExpr.Kind.ABSOLUTE;
            EventDate r = day && !SentenceForm.insideQuote(tokens, s, o.fromTok()) ? o.resolve(referenceFor(o)) : null;
            if (r != null && r.precision() == DatePrecision.DAY && r.start().equals(r.end())) {
                return r.start();
            }
        }
        return null;
    }


    /**
     * "... a day earlier, officials said on Thursday": with no strike told before to count from, a day counted back
     * counts from the day the sentence's statement is dated, else from the day the story was written.
     */
    private LocalDate dayOfStatement(SentenceInfo s) {
        for (DateExpr d : s.dates) {
            EventDate r = d.statement() ? d.resolve(referenceFor(d)) : null;
            if (r != null && r.precision() == DatePrecision.DAY) {
                return r.start();
            }
        }
        return storyDay();
    }

    /**
     * "... on Monday, two days after drones attacked Erbil": a strike told inside the anchor of "N days after" happened
     * N days before the day the rest of the sentence gives (or the day under discussion).
     */
    private EventDate beforeTheAnchoredStrike(Candidate c, LocalDate discourse) {
        for (DateExpr anchor : c.sentence.dates) {
            if (anchor.kind() != DateExpr.Kind.AFTER_EVENT || !Triggers.insideAnchor(anchor, c.trigger.from())) {
                continue;
            }
            LocalDate outer = discourse;
            for (DateExpr o : c.sentence.dates) {
                EventDate r = o == anchor || o.statement() || Triggers.insideAnchor(anchor, o.fromTok())
                        || o.kind() == DateExpr.Kind.AFTER_EVENT || o.kind() == DateExpr.Kind.SAME_AS_ANCHOR
                        ? null : o.resolve(referenceFor(o));
                if (r != null && r.precision() == DatePrecision.DAY) {
                    outer = r.start();
                    break;
                }
            }
            if (outer == null) {
                return null;
            }
            EventDate date = EventDate.day(outer.minusDays(anchor.offset()));
            c.dateMention = doc.mention(MentionKind.DATE, anchor.fromTok(), anchor.toTok(), date.format());
            return date;
        }
        return null;
    }

    /** See {@link EasternTime#shiftEvent}: an event timed in ET past midnight in Iraq and Syria. */
    void shiftEventForEasternTime(Candidate e) {
        easternTime.shiftEvent(e);
    }

    /**
     * Strikes with no date of their own but a time of day ("hit at around 2pm local time") happened on the day they were
     * reported on ("SANA reported on Thursday"; the earliest such day of their sentences), else on the day the article is
     * dated. Failing that, they take the date of the article's lead strike, unless told before it at a place far from
     * it (an undated lead is not dated by a background strike told after it), else the published month: a strike told
     * with no day is not given one; one called "overnight" spans the night before the report. Merged strikes that are
     * landmarks get the landmark's perpetrator when none is named.
     */
    void fillUndated(List<Candidate> events) {
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
                // "killed in an overnight strike" with no day: the night before the report, which straddles two days
                e.date = new EventDate(morning.minusDays(1), morning, DatePrecision.DAY);
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

    /** How far apart two places are at least to be the places of two strikes. */
    private static final double APART_KM = 25;

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
                EventDate r = d.statement() ? d.resolve(referenceFor(d)) : null;
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

    /** How many sentences after a strike's first report a sentence that gives its day may stand. */
    static final int DAY_REACH = 3;
    /** Verbs of striking that open no strike reading of their own but say what a dated sentence tells of. */
    private static final java.util.Set<String> STRIKE_VERBS = java.util.Set.of(
            "attacked", "struck", "bombed", "shelled", "raided", "airstrike", "airstrikes", "bombing", "shelling");

    /**
     * "Iran has attacked a group in northern Iraq on Wednesday. The missile attacks focused on ...": a strike the article
     * dates only in a sentence that makes no reading of its own takes the day of the first sentence near its reports
     * that tells of a strike with a day of its own (not a statement's, not one after the published date, not the day of
     * another event far from it). Returns whether it did.
     */
    private boolean datedNearby(Candidate e, List<Candidate> events) {
        int first = firstSentence(e);
        for (int i = Math.max(0, first - 1); i < sentences.size() && i <= first + DAY_REACH; i++) {
            SentenceInfo s = sentences.get(i);
            if (s.caption || !tellsOfStrike(s)) {
                continue;
            }
            for (DateExpr d : s.dates) {
                boolean dayKind = d.kind() == DateExpr.Kind.WEEKDAY || d.kind() == DateExpr.Kind.REL_DAYS
                        || d.kind() == DateExpr.Kind.PARTIAL || d.kind() == DateExpr.Kind.ABSOLUTE;
                boolean another = events.stream().anyMatch(o -> o != e && d.equals(o.dateExpr) && apart(o, e));
                EventDate r = dayKind && !d.statement() && !another && !datesAnotherEvent(d)
                        && d.toTok() > Tokenizer.datelineEnd(tokens, s.from, s.to)
                        ? d.resolve(referenceFor(d)) : null;
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
            e.date = EventDate.month(java.time.YearMonth.from(storyDay()));
        } else if (reference != null) {
            e.date = EventDate.day(storyDay());
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
        EventDate r = d.statement() && !copyDate ? d.resolve(referenceFor(d)) : null;
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
        LocalDate story = storyDay();
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

    private final EasternTime easternTime;
    private final ArticleDoc doc;
    private final Gazetteer gazetteer;
    private final String text;
    private final List<Token> tokens;
    private final List<SentenceInfo> sentences;
    LocalDate reference;
    LocalDate inferred;
    String inferenceReason;

    DateResolution(ArticleDoc doc, Gazetteer gazetteer) {
        this.easternTime = new EasternTime(doc, this::referenceFor);
        this.doc = doc;
        this.gazetteer = gazetteer;
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.sentences = doc.sentences;
    }
}
