package io.strikeline.extract;

import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage: coreference of event mentions within one article, after clause readings are merged. A strike the
 * article also names only by its country or region ("the strikes in Iraq") is the precise strike it holds; and
 * one place hit on one day is one strike even when two sentences name different weapons.
 */
final class Coreference {

    /** Two sites this close on the same day are one target area. */
    private static final double SAME_SITE_KM = 5;

    /** What a statement calls the places a strike hit: "the targets were near ...". */
    static final Set<String> SITE_NOUNS = Set.of("targets", "sites", "facilities", "locations");

    /** Nouns by which an article names again a site it has named: "the camp was hit again on Saturday". */
    static final Set<String> SITE_ANAPHORS = Set.of("camp", "base", "airbase", "airport", "compound", "airfield");

    private Coreference() {}

    /**
     * A strike the article places nowhere but at "the camp" or "the base" is at the site the article last placed a
     * strike at ("another drone hit the camp on Saturday"): a news report names a site once and then calls it by its kind.
     */
    static void placeFromSiteAnaphor(List<Candidate> events, List<Token> tokens) {
        for (int i = 1; i < events.size(); i++) {
            Candidate e = events.get(i);
            if (e.placeValue() != null || !namesSiteAgain(e, tokens)) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Candidate p = events.get(j);
                Place where = p.placeValue();
                if (where != null && where.precision() == LocationPrecision.SITE && p.place != null) {
                    e.place = p.place;
                    e.placeMention = p.placeMention;
                    break;
                }
            }
        }
    }

    /** "the camp", "the air base", "the same base" in the strike's clause. */
    private static boolean namesSiteAgain(Candidate e, List<Token> tokens) {
        for (int k = Math.max(e.clauseFrom, 1); k < e.clauseTo && k < tokens.size(); k++) {
            Token before = tokens.get(k - 1);
            // "the camp", "the air base", "the same base"
            boolean definite = before.is("the")
                    || (before.is("air") || before.is("same")) && k > 1 && tokens.get(k - 2).is("the");
            if (definite && tokens.get(k).in(WordClass.SITE_ANAPHOR)) {
                return true;
            }
        }
        return false;
    }

    /** {@code reference}: the day the article's dates are read against, or null. */
    static List<Candidate> resolve(List<Candidate> events, LocalDate reference) {
        List<Candidate> out = new ArrayList<>(events);
        absorbUndatedMentions(out, reference);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Candidate e : out) {
                Candidate into = antecedent(out, e);
                if (into != null) {
                    CandidateMerger.absorb(into, e);
                    out.remove(e);
                    changed = true;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A mention the article gives no date of its own, placed only by a country or a region or named as one already
     * told of ("the attacks"), is a re-mention of a dated strike: it joins the first one it is compatible with. A strike
     * with no date of its own that joins none is background told without a day, which is no event ("after shelling on
     * the camp", "the strikes came as leaders met"), unless it names a town or a site of its own and a kind of strike and
     * is the story's lead or told in a sentence that also tells a dated strike or the lead: then it is another place of
     * that strike ("the strikes hit two sites: A and B"; "the attacks have hit A, B and C" is a summary). Kept when no
     * strike of the article has a date of its own: then it is what the article reports.
     */
    static void absorbUndatedMentions(List<Candidate> events, LocalDate reference) {
        if (events.stream().allMatch(e -> e.dateBorrowed || OlderMentions.olderEvent(e, reference))) {
            return;
        }
        Candidate lead = events.get(0);
        for (Candidate e : new ArrayList<>(events)) {
            if (!e.dateBorrowed) {
                continue;
            }
            boolean absorbed = false;
            if (e.referential || vaguelyPlaced(e)) {
                for (Candidate p : events) {
                    if (!p.dateBorrowed && !OlderMentions.olderEvent(p, reference) && sidesAgree(p, e)
                            && CandidateMerger.compatible(p, e)) {
                        CandidateMerger.absorb(p, e);
                        absorbed = true;
                        break;
                    }
                }
            }
            if (absorbed || vaguelyPlaced(e) || e.type == EventType.OTHER
                    || e != lead && !toldWithADatedStrike(e, events) && !toldWithTheLead(e, lead)) {
                events.remove(e);
            }
        }
    }

    /**
     * "The strikes hit sites near Damascus and in Tartus province": a strike told in a sentence that also tells the
     * story's lead strike (split from it by place) is another site of that strike, dated or not. The lead is the story's
     * first strike, which this stage never removes.
     */
    private static boolean toldWithTheLead(Candidate e, Candidate lead) {
        return e.sentences.stream().anyMatch(lead.sentences::contains);
    }

    /** Whether a sentence of {@code e} also tells a strike the article dates (the strikes of one sentence, split by place). */
    private static boolean toldWithADatedStrike(Candidate e, List<Candidate> events) {
        for (Candidate p : events) {
            if (p != e && !p.dateBorrowed && p.sentences.stream().anyMatch(e.sentences::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "All of the targets were near the Qaim crossing": a sentence with no strike of its own that says where the strikes'
     * targets were places the first strike the article placed only by a country or a region that holds that place.
     */
    static void placeFromTargetSentence(List<Candidate> events, List<SentenceInfo> sentences, List<Token> tokens) {
        if (events.stream().noneMatch(Coreference::vaguelyPlaced)) {
            return;
        }
        for (SentenceInfo s : sentences) {
            PlaceHit where = s.ownedClauses.isEmpty() && !s.places.isEmpty() ? targetsWhere(s, tokens) : null;
            if (where == null) {
                continue;
            }
            for (Candidate e : events) {
                Place p = e.placeValue();
                // a border crossing lies in both countries it joins
                boolean crossing = p != null && p.precision() == LocationPrecision.COUNTRY
                        && where.chosen().category().equals("crossing");
                if (vaguelyPlaced(e) && (p == null || crossing || Places.contains(p, where.chosen()))) {
                    e.place = where;
                    e.landmarkPlace = null;
                    break;
                }
            }
        }
    }

    /**
     * The place in "the targets were near X", "the sites are located in X", "the targets have been the group's
     * headquarters in the city of X", or null: the first place after "in", "near" and the like in the clause that tells
     * what the targets were.
     */
    private static PlaceHit targetsWhere(SentenceInfo s, List<Token> tokens) {
        for (int i = s.from + 1; i + 2 < s.to; i++) {
            if (!tokens.get(i).in(WordClass.SITE_NOUN) || !tokens.get(i - 1).is("the")) {
                continue;
            }
            int k = afterCopula(tokens, i + 1, s.to);
            for (PlaceHit h : k < 0 ? List.<PlaceHit>of() : s.places) {
                if (h.from() >= k && h.from() - k <= TARGETS_REACH && locatedBy(tokens, k, h.from())) {
                    return h;
                }
            }
        }
        return null;
    }

    /** How many words after "the targets were" the place may stand ("the headquarters of the group in the city of X"). */
    private static final int TARGETS_REACH = 12;

    /** The index after "were", "are", "included" or "have been" at {@code k}, or -1. */
    private static int afterCopula(List<Token> tokens, int k, int to) {
        Token t = tokens.get(k);
        if (t.is("were") || t.is("are") || t.is("included") || t.is("include")) {
            return k + 1;
        }
        boolean perfect = t.is("have") || t.is("had");
        return perfect && k + 1 < to && tokens.get(k + 1).is("been") ? k + 2 : -1;
    }

    /** Whether "in", "near", "at", "along" or "outside" leads to the place at {@code placeFrom}, with no comma before it. */
    private static boolean locatedBy(List<Token> tokens, int from, int placeFrom) {
        boolean located = false;
        for (int k = from; k < placeFrom; k++) {
            Token t = tokens.get(k);
            if (t.punct()) {
                return false;
            }
            located |= t.is("near") || t.is("in") || t.is("at") || t.is("along") || t.is("outside");
        }
        return located;
    }

    /**
     * Whether the sentence calls the strike it tells another than one told before: "similar", "separate" or "another"
     * before a strike word or "incident" ("in a similar attack", "a separate drone strike", "another rocket").
     */
    static boolean toldAsAnother(List<Token> tokens, SentenceInfo s) {
        for (int k = s.from; k + 1 < s.to; k++) {
            if (!tokens.get(k).in(WordClass.ANOTHER_CUE)) {
                continue;
            }
            for (int j = k + 1; j < Math.min(s.to, k + ANOTHER_REACH); j++) {
                Token t = tokens.get(j);
                if (t.in(WordClass.TRIGGER_START) || t.is("incident") || t.is("incidents")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many words after "similar" or "another" the strike word may stand ("a similar Turkish drone strike"). */
    private static final int ANOTHER_REACH = 4;

    /** Words that tell a strike apart from one told before. */
    static final Set<String> ANOTHER_CUES = Set.of("similar", "separate", "another");

    /** Verbs by which a strike told before is said to have happened: "the attack occurred", "the raid took place". */
    private static final Set<String> HAPPENED = Set.of("occurred", "happened", "took", "unfolded");
    /**
     * "The attack occurred on Monday after a meeting in Amman": what it is set beside is another happening, with its own
     * place ("as" only right after the verb: "took place as the man drove through Idlib" tells the strike's own where).
     */
    private static final Set<String> BESIDE_ANOTHER = Set.of("after", "following", "before", "amid", "despite");
    /**
     * How many words (and commas) may stand between the strike word and the verb: "the attack on the suspect, named as
     * Abu Ali al-Halabi, occurred".
     */
    private static final int HAPPENED_REACH = 14;

    /**
     * "The attack on the leader occurred Monday while he rode through Idlib": a strike word the article tells again as what
     * happened, whose when and where may stand in the clauses after it ("took" only as "took place").
     */
    static boolean toldAsHappened(List<Token> tokens, Trigger t, int sentenceTo) {
        for (int k = t.to(); k < Math.min(sentenceTo, t.to() + HAPPENED_REACH + 1); k++) {
            Token w = tokens.get(k);
            if (w.punct() && !w.is(",") || w.is("not") || w.is("never") || w.lower().endsWith("n't")) {
                return false; // "the attack never happened in Idlib": a denial places nothing
            }
            if (HAPPENED.contains(w.lower())) {
                boolean tookPlace = w.is("took") && k + 1 < sentenceTo && tokens.get(k + 1).is("place");
                int after = tookPlace ? k + 2 : k + 1;
                return (tookPlace || !w.is("took")) && (after >= sentenceTo || !tokens.get(after).is("as"))
                        && !besideAnother(tokens, after, sentenceTo);
            }
        }
        return false;
    }

    /** Whether the clauses after the verb set the strike beside another happening ("occurred on Monday after a meeting"). */
    private static boolean besideAnother(List<Token> tokens, int from, int sentenceTo) {
        for (int k = from; k < sentenceTo; k++) {
            if (BESIDE_ANOTHER.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean vaguelyPlaced(Candidate e) {
        Place p = e.placeValue();
        // a named mountain area (Qandil) is a place of its own, not a wide region like "northern Iraq"
        return p == null || Places.rank(p.precision()) <= Places.rank(LocationPrecision.REGION) && !Places.mountains(p);
    }

    /**
     * The event {@code e} re-describes: a more precise one it contains, or the same site on the same day. Strikes on one
     * site on one day are one event even when the copy calls one "another" ("yet another drone attack on the airport
     * tonight", "a second rocket hit the base an hour later"): "another" parts strikes of different days or places.
     */
    private static Candidate antecedent(List<Candidate> events, Candidate e) {
        for (Candidate p : events) {
            if (p == e || !sidesAgree(p, e)) {
                continue;
            }
            // days a day apart (daysAgree) are one strike's when one of them is only the paper's "today"
            boolean paperDayOff = paperDay(e) || paperDay(p);
            if (coarser(e, p) && daysAgree(p.date, e.date) && (CandidateMerger.compatible(p, e)
                    || paperDayOff && CandidateMerger.compatibleAnyDay(p, e)
                    || retoldByAVerb(e) && CandidateMerger.compatibleButKind(p, e))) {
                return p;
            }
            if (retoldInAReaction(e, p)) {
                return p;
            }
            if (sameSite(p, e) && sameDay(p.date, e.date) && events.indexOf(p) < events.indexOf(e)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether the mention is dated only by the paper's own day: "today", "hours ago", "tonight". Copy filed late at night,
     * or published the next morning, tells a strike of the evening before so, while another sentence names its weekday:
     * an area's retelling a day off its strike is then that strike.
     */
    private static boolean paperDay(Candidate c) {
        return c.dateExpr != null && c.dateExpr.kind() == DateExpr.Kind.REL_DAYS && c.dateExpr.offset() == 0;
    }

    /**
     * "Turkish forces bombarded border areas of the Kurdistan Region" over "artillery shells landed near Sidakan": a strike
     * told over an area by a verb alone, with no weapon word, takes its kind from the verb and who struck, a guess; the
     * weapon told at a town in the area is the kind. Told over no area at all, it is no retelling of a strike elsewhere
     * ("in response to Israeli strikes").
     */
    private static boolean retoldByAVerb(Candidate e) {
        return e.kindFromVerb && e.placeValue() != null;
    }

    /**
     * "Baghdad demanded an apology from Ankara on Saturday over the shelling of the airport", "Moscow on Friday condemned the
     * Israeli airstrikes on Damascus": a strike named as one already known ("the shelling"), at the site of a strike the
     * article tells, in an area that holds it or at the town by the site, dated the day of that strike or the day after
     * by a date that is not the strike's own (not "the airstrike on Monday"), is that strike, whatever kind the reaction
     * calls it: the day is the reaction's. A day before it, or told by its own date, it is another strike.
     */
    private static boolean retoldInAReaction(Candidate e, Candidate p) {
        if (!e.referential || p.referential || CandidateMerger.toldApart(p, e)
                || !(sameSite(p, e) || coarser(e, p) || townOfTheSite(e, p))) {
            return false;
        }
        if (e.date == null || p.date == null) {
            return e.date == null;
        }
        boolean dayAfter = e.date.precision() == DatePrecision.DAY && p.date.precision() == DatePrecision.DAY
                && ChronoUnit.DAYS.between(p.date.start(), e.date.start()) == 1;
        // an area's retelling is no event of its own unless the article leads with it: only a day right by its strike word
        // ("the strikes in northern Iraq on Tuesday" may be Tuesday's condemnation) keeps it apart
        boolean own = coarser(e, p) ? datedRightByIt(e) : datedInItsOwnPhrase(e);
        return (e.date.overlaps(p.date.start(), p.date.end()) || dayAfter) && !own;
    }

    /** How far from a town a site may lie that copy names by the town ("the strikes on Damascus" for its airport). */
    private static final double TOWN_SITE_KM = 25;

    /** Whether {@code e} is placed at a town and {@code p} at a site near it: its airport, its base. */
    private static boolean townOfTheSite(Candidate e, Candidate p) {
        Place town = e.placeValue();
        Place site = p.placeValue();
        return town != null && site != null && town.precision() == LocationPrecision.CITY
                && site.precision() == LocationPrecision.SITE && Gazetteer.distanceKm(town, site) <= TOWN_SITE_KM;
    }

    /**
     * Whether the mention's date is its own: after its strike word in its clause ("the strike on a market in Sinjar on
     * Tuesday"; "condemned the strike on Tuesday" may date either, and is left apart), or right before it ("Monday's
     * attack"). A reaction's day stands before the strike it names: "Iraq on Saturday condemned the strike".
     */
    private static boolean datedInItsOwnPhrase(Candidate e) {
        DateExpr d = e.dateExpr;
        return d != null && d.fromTok() >= e.trigger.to() && d.toTok() <= e.clauseTo || datedRightByIt(e);
    }

    /** How many words may stand between a strike word and a date right after it ("the airstrike late on Monday"). */
    private static final int OWN_DATE_REACH = 2;

    /** Whether the mention's date stands right by its strike word: "the airstrike on Monday", "Monday's attack". */
    private static boolean datedRightByIt(Candidate e) {
        DateExpr d = e.dateExpr;
        Trigger t = e.trigger;
        return d != null && (d.fromTok() >= t.to() && d.fromTok() - t.to() <= OWN_DATE_REACH
                || d.toTok() <= t.from() && t.from() - d.toTok() <= 1);
    }

    /** Whether {@code e} is placed only as an area that holds {@code p}'s place (or not at all). */
    static boolean coarser(Candidate e, Candidate p) {
        Place coarse = e.placeValue();
        Place fine = p.placeValue();
        if (fine == null) {
            return false;
        }
        // "south of Baghdad" and a town that lies there
        boolean offTownHolds = e.place != null && coarse == e.place.chosen() && !offTown(p) && Places.offTownMayBe(e.place, fine);
        if (coarse == null || offTownHolds) {
            return true;
        }
        // a named mountain area (Qandil) is finer than the wide region that holds it, though both are regions
        boolean mountainsIn = Places.mountains(fine) && !Places.mountains(coarse);
        if (Places.rank(coarse.precision()) > Places.rank(fine.precision())
                || Places.rank(coarse.precision()) == Places.rank(fine.precision()) && !mountainsIn) {
            return false;
        }
        return Places.contains(coarse, fine)
                || coarse.precision() == LocationPrecision.COUNTRY && coarse.country().equals(fine.country());
    }

    private static boolean offTown(Candidate c) {
        return c.place != null && c.place.offTown();
    }

    private static boolean sameSite(Candidate a, Candidate b) {
        Place x = a.placeValue();
        Place y = b.placeValue();
        return x != null && y != null && Places.rank(x.precision()) >= Places.rank(LocationPrecision.CITY)
                && (x.id().equals(y.id()) || Gazetteer.distanceKm(x, y) <= SAME_SITE_KM);
    }

    private static boolean sidesAgree(Candidate a, Candidate b) {
        boolean swapped = a.perpetrator != null && b.target != null && a.perpetrator.name().equals(b.target.name())
                || b.perpetrator != null && a.target != null && b.perpetrator.name().equals(a.target.name());
        return !swapped && CandidateMerger.perpetratorsAgree(a.perpetrator, b.perpetrator);
    }

    /** Day dates at most a day apart, or overlapping spans; an undated mention agrees with any date. */
    static boolean daysAgree(EventDate a, EventDate b) {
        if (a == null || b == null) {
            return true;
        }
        if (a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY) {
            return Math.abs(ChronoUnit.DAYS.between(a.start(), b.start())) <= 1;
        }
        return a.overlaps(b.start(), b.end());
    }

    private static boolean sameDay(EventDate a, EventDate b) {
        return a != null && b != null && a.precision() == DatePrecision.DAY && a.equals(b);
    }
}
