package io.strikeline.extract;

import io.strikeline.geo.Gazetteer;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventDate;
import io.strikeline.model.MentionKind;
import io.strikeline.model.Mention;
import java.time.LocalDate;
import java.util.List;

/**
 * Stage: attaches dates. Infers the published date when the article has none and resolves each candidate's date
 * expression against it (weekdays, "two days later", landmark strikes, US Eastern time after midnight in Iraq); the
 * strikes the text leaves undated are {@link UndatedStrikes}'.
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

    /**
     * Whether a calendar date opens a period after "since" ("the worst crisis since the war's start in 2011", "58 attacks
     * since October 17"), and so is no strike's day, unless a "when" clause tells what happened on it.
     */
    boolean opensPeriod(DateExpr d) {
        return calendar(d) && sincePeriod(d) && !toldInWhenClause(d);
    }

    /** Whether a date names a calendar day, month or year ("October 17", "May 2014", "2011"), not a weekday or "today". */
    private static boolean calendar(DateExpr d) {
        return switch (d.kind()) {
            case ABSOLUTE, PARTIAL, MONTH_YEAR, MONTH_ONLY, YEAR -> true;
            default -> false;
        };
    }

    /** "the first attack since September, when shells hit the zone": the "when" clause tells what happened on the date. */
    private boolean toldInWhenClause(DateExpr d) {
        int k = d.toTok();
        return k + 1 < tokens.size() && tokens.get(k).is(",") && tokens.get(k + 1).is("when");
    }

    /** Whether a "since" opens the phrase the date ends ("since 2011" too), with no punctuation between them. */
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
            if (c.dateExpr != null && opensPeriod(c.dateExpr)) {
                c.dateExpr = null;
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

    /**
     * See {@link OtherEventDates#datesAnotherEvent}: "the election held last month", "the dam, which the militants seized
     * on August 7".
     */
    boolean datesAnotherEvent(DateExpr d) {
        return otherEvents.datesAnotherEvent(d);
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
    LocalDate referenceFor(DateExpr d) {
        if (d.kind() == DateExpr.Kind.WEEKDAY) {
            LocalDate story = storyDay();
            return story != null && story.isBefore(reference.minusDays(1)) ? story : reference;
        }
        return d.kind() == DateExpr.Kind.REL_DAYS ? storyDay() : reference;
    }

    /** The day the story was written: its dateline's day, else the published date. */
    LocalDate storyDay() {
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

    /** How many sentences after a strike's first report a sentence that gives its day may stand. */
    static final int DAY_REACH = 3;

    private final EasternTime easternTime;
    private final OtherEventDates otherEvents;
    private final ArticleDoc doc;
    private final Gazetteer gazetteer;
    private final List<Token> tokens;
    private final List<SentenceInfo> sentences;
    LocalDate reference;
    LocalDate inferred;
    String inferenceReason;

    DateResolution(ArticleDoc doc, Gazetteer gazetteer) {
        this.easternTime = new EasternTime(doc, this::referenceFor);
        this.otherEvents = new OtherEventDates(doc.tokens);
        this.doc = doc;
        this.gazetteer = gazetteer;
        this.tokens = doc.tokens;
        this.sentences = doc.sentences;
    }
}
