package io.strikeline.extract;

import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Mention;
import java.util.List;
import java.util.Set;

/**
 * Stage: a toll told of strikes in the plural with no site of its own ("the strikes caused nine deaths", "the US raids
 * killed six") counts every site struck in the raid. When the story tells of a strike of the same kind on another site
 * the same day, the figure is shared by several strikes and is no one strike's toll, so the strike holding it drops it.
 */
final class SharedTolls {

    /** Plural nouns for strikes: the toll they open counts more than one. */
    private static final Set<String> PLURAL_STRIKES = Set.of(
            "strikes", "airstrikes", "raids", "attacks", "bombings", "bombardments", "missiles", "rockets", "drones");

    /** A town or site this near the strike's place is the strike's own (an airport and its city). */
    private static final double NEAR_KM = 25;
    /** How many words may stand between a determiner and its plural noun ("the US air raids"). */
    private static final int DETERMINER_REACH = 3;

    private SharedTolls() {}

    /** Drops from each strike the toll told of plural strikes when the story tells of another site struck that day. */
    static void drop(ArticleDoc doc, List<Candidate> events) {
        for (Candidate e : events) {
            if (!otherPlaceSameDay(e, events)) {
                continue;
            }
            if (e.killed != null && e.killed > 0 && toldOfSeveral(doc, e.killedMention, e)) {
                e.killed = null;
                e.killedMention = null;
            }
            if (e.injured != null && e.injured > 0 && toldOfSeveral(doc, e.injuredMention, e)) {
                e.injured = null;
                e.injuredMention = null;
            }
        }
    }

    /**
     * Whether the toll's sentence speaks of strikes in the plural and names no town or site in the strike's country: a
     * sentence naming its site ("the raids on Koya killed nine") gives that site's toll.
     */
    private static boolean toldOfSeveral(ArticleDoc doc, Mention toll, Candidate e) {
        SentenceInfo s = sentenceOf(doc, toll);
        Place own = e.placeValue();
        if (s == null || own == null) {
            return false;
        }
        for (PlaceHit p : s.places) {
            Place named = p.chosen();
            if (named != null && !p.origin() && named.country().equals(own.country())
                    && named.precision().compareTo(LocationPrecision.CITY) <= 0) {
                return false;
            }
        }
        for (int k = s.from; k < s.to; k++) {
            if (PLURAL_STRIKES.contains(doc.tokens.get(k).lower()) && definite(doc.tokens, s.from, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the plural noun at {@code k} is definite ("the strikes", "the US air raids", "these attacks"): it points back
     * to the strikes told, where a bare plural ("Turkish airstrikes killed two") may yet be placed by the next sentence.
     */
    private static boolean definite(List<Token> t, int from, int k) {
        for (int m = k - 1; m >= Math.max(from, k - DETERMINER_REACH); m--) {
            Token x = t.get(m);
            if (x.punct()) {
                return false;
            }
            if (x.is("the") || x.is("these") || x.is("those") || x.is("both")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the story tells of a strike of the same kind on the same day at a place apart from this one's. */
    private static boolean otherPlaceSameDay(Candidate e, List<Candidate> events) {
        Place a = e.placeValue();
        for (Candidate o : events) {
            Place b = o.placeValue();
            if (o != e && a != null && b != null && b.precision().compareTo(LocationPrecision.PROVINCE) <= 0
                    && !a.id().equals(b.id()) && !Places.contains(a, b) && !Places.contains(b, a)
                    && (b.precision() == LocationPrecision.PROVINCE || Gazetteer.distanceKm(a, b) > NEAR_KM)
                    && StrikeClass.compatible(o.type, e.type) && Coreference.daysAgree(o.date, e.date)) {
                return true;
            }
        }
        return false;
    }

    private static SentenceInfo sentenceOf(ArticleDoc doc, Mention m) {
        if (m == null) {
            return null;
        }
        for (SentenceInfo s : doc.sentences) {
            if (doc.tokens.get(s.from).start() <= m.start() && m.start() < doc.tokens.get(s.to - 1).end()) {
                return s;
            }
        }
        return null;
    }
}
