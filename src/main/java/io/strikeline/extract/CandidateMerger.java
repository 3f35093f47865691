package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Stage: merges the clause-level readings of one strike within an article into one event, field by field. */
final class CandidateMerger {

    List<Candidate> merge(List<Candidate> candidates) {
        List<Candidate> events = new ArrayList<>();
        List<Candidate> deferred = new ArrayList<>();
        for (Candidate c : candidates) {
            Place p = c.placeValue();
            boolean standsAlone = c.date != null || p != null && (!c.referential || p.precision() != LocationPrecision.COUNTRY)
                    || !c.referential && c.trigger.strength() >= 3 && c.perpetrator != null;
            if (!standsAlone) {
                deferred.add(c);
                continue;
            }
            Candidate into = bestMatch(events, c, true);
            if (into != null) {
                absorb(into, c);
            } else {
                events.add(c);
            }
        }
        for (Candidate c : deferred) {
            Candidate into = bestMatch(events, c, false);
            if (into != null) {
                absorb(into, c);
            }
        }
        new TollChain(doc).attachOrphans(events);
        return events;
    }

    /**
     * A photo caption re-tells a strike of the story: it joins the first event it fits, whatever day it gives, and makes
     * no event of its own, unless the story itself tells of no strike (then the captions are the report), or the caption
     * is an older picture: it names a town or a site and a day no strike of the story is within a day of ("an airstrike
     * on Damascus, July 20, 2020" over a story of this week).
     */
    List<Candidate> withCaptions(List<Candidate> events, List<Candidate> captions) {
        if (events.isEmpty()) {
            return merge(captions);
        }
        List<Candidate> olderPictures = captions.stream().filter(c -> olderPicture(c, events)).toList();
        for (Candidate c : captions) {
            if (olderPictures.contains(c)) {
                continue;
            }
            // a caption's roles are read from a description ("a convoy destroyed by airstrikes"): only its kind and place count
            Candidate probe = c.copy();
            probe.perpetrator = null;
            probe.target = null;
            probe.place = c.place;
            probe.landmarkPlace = c.landmarkPlace;
            probe.placeMention = c.placeMention;
            for (Candidate e : events) {
                if (compatible(e, probe, false)) {
                    EventDate own = e.date;
                    Mention ownMention = e.dateMention;
                    absorb(e, probe);
                    e.date = own != null ? own : e.date;
                    e.dateMention = own != null ? ownMention : e.dateMention;
                    break;
                }
            }
        }
        // not merge(): its toll chain would lend an older picture the story's tolls
        List<Candidate> pictures = new ArrayList<>();
        for (Candidate c : olderPictures) {
            Candidate into = bestMatch(pictures, c, false);
            if (into != null) {
                absorb(into, c);
            } else {
                pictures.add(c);
            }
        }
        events.addAll(pictures);
        return events;
    }

    /**
     * A caption that places its strike at a town or finer, after the strike word ("an airstrike on Damascus", not "mourners
     * in Basra after air strikes": the picture's place), and dates it to a day no event of the story is within a day of.
     */
    private static boolean olderPicture(Candidate caption, List<Candidate> events) {
        Place p = caption.placeValue();
        if (p == null || Places.rank(p.precision()) < Places.rank(LocationPrecision.CITY) || caption.date == null
                || caption.date.precision() != DatePrecision.DAY || caption.place == null
                || caption.place.from() < caption.trigger.to()) {
            return false;
        }
        return events.stream().noneMatch(e -> e.date == null || Coreference.daysAgree(e.date, caption.date));
    }

    private Candidate bestMatch(List<Candidate> events, Candidate c, boolean requirePlaceOrDate) {
        Candidate best = null;
        int bestScore = Integer.MIN_VALUE;
        int cPos = c.trigger.from();
        for (Candidate e : events) {
            if (!compatible(e, c) || OlderMentions.toldApart(e, c, reference)) {
                continue;
            }
            Place a = e.placeValue();
            Place b = c.placeValue();
            int score = 0;
            if (a != null && b != null) {
                score += a.id().equals(b.id()) ? 40 : 20;
            }
            if (e.date != null && c.date != null) {
                score += 20;
            }
            if (requirePlaceOrDate && score == 0 && (a != null && b != null || c.landmark != null)) {
                continue;
            }
            int ePos = e.trigger.from();
            score += ePos <= cPos ? 10 - Math.min(9, (cPos - ePos) / 50) : -Math.min(9, (ePos - cPos) / 50);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    static boolean compatible(Candidate e, Candidate c) {
        return compatible(e, c, true);
    }

    /**
     * Whether the readings may tell one strike whatever days they give: for callers that weigh the days themselves (an area's
     * retelling dated a day off its strike by a "today" read against the next day's paper).
     */
    static boolean compatibleAnyDay(Candidate e, Candidate c) {
        return compatible(e, c, false);
    }

    /** Whether the readings may tell one strike in all but its kind. */
    static boolean compatibleButKind(Candidate e, Candidate c) {
        return !toldApart(e, c) && agreeButKind(e, c, true);
    }

    private static boolean compatible(Candidate e, Candidate c, boolean datesMustOverlap) {
        if (toldApart(e, c)) {
            return false;
        }
        boolean droneEitherWay = (e.type == EventType.DRONE_STRIKE || e.type == EventType.DRONE_ATTACK)
                && (c.type == EventType.DRONE_STRIKE || c.type == EventType.DRONE_ATTACK)
                && (e.perpetrator == null || c.perpetrator == null);
        boolean pairTellsOther = e.pairedType != null && StrikeClass.compatible(e.pairedType, c.type)
                || c.pairedType != null && StrikeClass.compatible(c.pairedType, e.type);
        if (!StrikeClass.compatible(e.type, c.type) && !droneEitherWay && !pairTellsOther && !sameAirForce(e, c)
                && !rocketsCalledMissiles(e, c) && !kindGuessed(e, c)) {
            return false;
        }
        if (StrikeClass.aerial(e.type) && StrikeClass.aerial(c.type) && e.type != c.type && e.perpetrator != null
                && c.perpetrator != null && !e.perpetrator.name().equals(c.perpetrator.name())) {
            return false;
        }
        return agreeButKind(e, c, datesMustOverlap);
    }

    /** Day, place, landmark and sides agree. */
    private static boolean agreeButKind(Candidate e, Candidate c, boolean datesMustOverlap) {
        if (datesMustOverlap && e.date != null && c.date != null && !e.date.overlaps(c.date.start(), c.date.end())) {
            return false;
        }
        Place a = e.placeValue();
        Place b = c.placeValue();
        // a name that may be read as the province holding the other place ("Idlib") is no second site
        if (a != null && b != null && !a.id().equals(b.id()) && !Places.contains(a, b) && !Places.contains(b, a)
                && !Places.mayBeProvinceOf(e.place, b) && !Places.mayBeProvinceOf(c.place, a)) {
            double d = Gazetteer.distanceKm(a, b);
            boolean bothSites = a.precision() == LocationPrecision.SITE && b.precision() == LocationPrecision.SITE;
            boolean offTown = Places.offTownMayBe(e.place, b) || Places.offTownMayBe(c.place, a);
            if (!offTown && (bothSites ? d > 5 : d > 25)) {
                return false;
            }
        }
        if (e.landmark != null && c.landmark != null && e.landmark.landmark() != c.landmark.landmark()) {
            return false;
        }
        if (e.perpetrator != null && c.target != null && e.perpetrator.name().equals(c.target.name())
                || c.perpetrator != null && e.target != null && c.perpetrator.name().equals(e.target.name())) {
            return false;
        }
        return perpetratorsAgree(e.perpetrator, c.perpetrator);
    }

    /** Whether either strike is told as another than one the other's sentences told before ("a similar attack"). */
    static boolean toldApart(Candidate a, Candidate b) {
        return anotherAfter(a, b) || anotherAfter(b, a);
    }

    private static boolean anotherAfter(Candidate another, Candidate earlier) {
        if (another.toldAsAnotherIn < 0) {
            return false;
        }
        for (int s : earlier.sentences) {
            if (s < another.toldAsAnotherIn) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Israeli jets struck the airports" and "Israel launched missile strikes on the airports": a state whose aircraft
     * fire the missiles tells one strike both ways (the missile strike is settled as an airstrike later).
     */
    private static boolean sameAirForce(Candidate e, Candidate c) {
        boolean missileAndAerial = e.type == EventType.MISSILE_STRIKE && StrikeClass.aerial(c.type)
                || c.type == EventType.MISSILE_STRIKE && StrikeClass.aerial(e.type);
        return missileAndAerial && e.perpetrator != null && c.perpetrator != null && e.perpetrator.kind().flies()
                && e.perpetrator.name().equals(c.perpetrator.name());
    }

    /**
     * "Iran fired missiles at the base" and "the rockets fired at the base": copy calls one barrage rockets and missiles
     * both; a missile reading and a rocket reading of one day and place are one strike, a missile strike.
     */
    private static boolean rocketsCalledMissiles(Candidate e, Candidate c) {
        return (e.type == EventType.ROCKET_ATTACK && c.type == EventType.MISSILE_STRIKE
                || e.type == EventType.MISSILE_STRIKE && c.type == EventType.ROCKET_ATTACK)
                && e.placeValue() != null && c.placeValue() != null;
    }

    /**
     * "The camp near Koya was struck" and "missiles hit the party's camps": a strike told by a verb alone has a guessed
     * kind, and another reading names the weapon; they are one strike unless they hit different parties. (A kind guessed
     * from who struck, "Turkish F-16s struck", is no weaker than a weapon: a state's air force struck.)
     */
    private static boolean kindGuessed(Candidate e, Candidate c) {
        return (e.typeGuessed || c.typeGuessed)
                && (e.target == null || c.target == null || e.target.name().equals(c.target.name()));
    }

    static boolean perpetratorsAgree(Actor a, Actor b) {
        if (a == null || b == null || a.name().equals(b.name())) {
            return true;
        }
        boolean aMilitia = a.kind() == Kind.MILITIA || a.kind() == Kind.MILITIA_GENERIC;
        boolean bMilitia = b.kind() == Kind.MILITIA || b.kind() == Kind.MILITIA_GENERIC;
        return aMilitia && bMilitia && (a.kind() == Kind.MILITIA_GENERIC || b.kind() == Kind.MILITIA_GENERIC);
    }

    static void absorb(Candidate e, Candidate c) {
        e.merged++;
        e.sentences.add(c.sentence.index);
        e.toldAsAnotherIn = e.toldAsAnotherIn >= 0 ? e.toldAsAnotherIn : c.toldAsAnotherIn;
        e.kindFromVerb &= c.kindFromVerb;
        if (evidenceScore(c) > evidenceScore(e)) {
            e.trigger = c.trigger;
            e.sentence = c.sentence;
            e.clauseFrom = c.clauseFrom;
            e.clauseTo = c.clauseTo;
        }
        if (e.pairedType == null && c.pairedType != null && StrikeClass.compatible(c.pairedType, e.type)) {
            // the pair names the strike's first weapon: "drone attacks" told later are part of "missile and drone attacks"
            e.type = c.type;
            e.pairedType = c.pairedType;
            e.typeMention = c.typeMention;
        } else if (e.typeGuessed && !c.typeGuessed || e.type == EventType.OTHER && c.type != EventType.OTHER
                || e.type == EventType.ROCKET_ATTACK && c.type == EventType.MISSILE_STRIKE
                || e.type == EventType.AIRSTRIKE && c.type == EventType.DRONE_STRIKE
                || e.perpetrator == null && c.perpetrator != null && e.type == EventType.DRONE_STRIKE
                && c.type == EventType.DRONE_ATTACK) {
            e.type = c.type;
            e.typeMention = c.typeMention;
            e.typeGuessed = c.typeGuessed;
        }
        Place a = e.placeValue();
        Place b = c.placeValue();
        // the finer place wins: a town over its province, the Qandil mountains over "northern Iraq", a town over a
        // name that is also its province's ("Idlib"), and a small town over the city a strike was said to be off
        boolean finer = a != null && b != null && (Places.rank(b.precision()) > Places.rank(a.precision())
                || Places.contains(a, b) || Places.mayBeProvinceOf(e.place, b) || Places.offTownMayBe(e.place, b));
        if (b != null && (a == null || finer)) {
            e.place = c.place;
            e.landmarkPlace = c.landmarkPlace;
            e.placeMention = c.placeMention;
        }
        if (c.date != null && (e.date == null || rank(c.date) > rank(e.date))) {
            e.date = c.date;
            e.easternTimeApplied = c.easternTimeApplied;
            e.dateMention = c.dateMention;
        }
        if (e.perpetrator == null || e.perpetrator.kind() == Kind.MILITIA_GENERIC && c.perpetrator != null
                && c.perpetrator.kind() == Kind.MILITIA) {
            if (c.perpetrator != null) {
                e.perpetrator = c.perpetrator;
                e.perpetratorMention = c.perpetratorMention;
            }
        }
        if (e.target == null && c.target != null) {
            e.target = c.target;
            e.targetMention = c.targetMention;
        }
        TollWeighing.absorbKilled(e, c);
        if (c.injured != null && (e.injured == null || c.injured > e.injured)) {
            e.injured = c.injured;
            e.injuredMention = c.injuredMention;
        }
        if (e.landmark == null) {
            e.landmark = c.landmark;
        }
    }

    private static int evidenceScore(Candidate c) {
        return c.trigger.strength() + (c.date != null ? 1 : 0) + (c.placeValue() != null ? 1 : 0) + (c.killed != null ? 1 : 0)
                - (c.referential ? 3 : 0);
    }

    static int rank(EventDate d) {
        return switch (d.precision()) {
            case DAY -> 3;
            case MONTH -> 2;
            case YEAR -> 1;
        };
    }

    private final ArticleDoc doc;
    /** The day the article's dates are read against, or null. */
    private final LocalDate reference;

    CandidateMerger(ArticleDoc doc, LocalDate reference) {
        this.doc = doc;
        this.reference = reference;
    }
}
