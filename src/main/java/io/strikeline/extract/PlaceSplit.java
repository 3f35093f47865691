package io.strikeline.extract;

import io.strikeline.geo.Gazetteer;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.MentionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage: one clause that names several far places ("strikes near Sinjar and in Hasakah") is a strike at each; a toll
 * told for them all is none of them alone.
 */
final class PlaceSplit {

    /** Sites of one clause this close share a strike; farther apart, each is a strike of its own. */
    static final double SHARED_ROW_KM = 25;

    private PlaceSplit() {}

    /** Several distinct places hit in one clause ("Anbar and near Erbil") are several strikes. */
    static List<Candidate> split(Candidate c, ArticleDoc doc) {
        List<Token> tokens = doc.tokens;
        List<PlaceHit> here = new ArrayList<>();
        List<PlaceHit> elsewhere = new ArrayList<>();
        for (PlaceHit p : c.sentence.places) {
            if (p.launchSite()) {
                // where a strike was launched from is not where it hit ("an air raid from the sea off Tartus, targeting
                // ..."): a clause that names only that is placed by the next clause, or left unplaced
                continue;
            }
            if (Clauses.inClause(c, p.from(), p.to())) {
                here.add(p);
            } else if (Clauses.available(c, p.from(), p.to())) {
                elsewhere.add(p);
            }
        }
        for (PlaceHit p : elsewhere) {
            if (!here.isEmpty() && Places.continuesList(tokens, here.get(here.size() - 1), p)) {
                here.add(p);
            }
        }
        List<PlaceHit> pool = here.isEmpty() ? elsewhere : here;
        // "struck a car in Duhok province on Monday, near the town of Zakho": a clause that names only a province or a
        // wider area is placed more finely by a town it holds in the sentence's other clauses
        int provinceRank = Places.rank(LocationPrecision.PROVINCE);
        if (!here.isEmpty() && here.stream().allMatch(p -> Places.rank(p.chosen().precision()) <= provinceRank)) {
            for (PlaceHit p : elsewhere) {
                if (here.stream().anyMatch(h -> Places.contains(h.chosen(), p.chosen())) && !inAttribution(c, tokens, p)) {
                    pool.add(p);
                }
            }
        }
        if (pool.stream().anyMatch(p -> !p.origin())) {
            pool.removeIf(PlaceHit::origin);
        }
        // "hit a school 70 km south of Aleppo, at Hass", "the airfield north of the town of Tabqa": a town named for
        // its bearing only locates the site named beside it
        List<PlaceHit> bearings = pool.stream().filter(p -> p.offTown()
                && pool.stream().anyMatch(o -> !o.offTown() && Places.offTownMayBe(p, o.chosen()))).toList();
        pool.removeAll(bearings);
        List<PlaceHit> kept = new ArrayList<>();
        for (PlaceHit p : pool) {
            doc.mention(MentionKind.PLACE, p.from(), p.to(), p.chosen().id());
            boolean containsOther = pool.stream().anyMatch(o -> o != p && (Places.contains(p.chosen(), o.chosen())
                    || provinceOfTownBefore(tokens, p, o)));
            boolean duplicate = kept.stream().anyMatch(k -> k.chosen().id().equals(p.chosen().id()));
            if (!containsOther && !duplicate) {
                kept.add(p);
            }
        }
        List<Candidate> out = new ArrayList<>();
        if (kept.isEmpty()) {
            out.add(c);
            return out;
        }
        List<PlaceHit> distinct = new ArrayList<>();
        for (PlaceHit p : kept) {
            boolean near = distinct.stream().anyMatch(d -> Gazetteer.distanceKm(d.chosen(), p.chosen()) <= SHARED_ROW_KM);
            if (!near) {
                distinct.add(p);
            }
        }
        if (distinct.size() > 1 && c.killed != null && c.killed > 0) {
            // "strikes on A and B killed 18": a toll of the whole raid is no one site's ("no one was hurt" is every site's)
            c.killed = null;
            c.killedMention = null;
        }
        if (distinct.size() > 1 && c.injured != null && c.injured > 0) {
            c.injured = null;
            c.injuredMention = null;
        }
        for (int i = 0; i < distinct.size(); i++) {
            Candidate copy = i == 0 ? c : c.copy();
            copy.place = asTold(tokens, distinct.get(i), distinct);
            copy.placeMention = doc.mention(MentionKind.PLACE, copy.place.from(), copy.place.to(), copy.place.chosen().id());
            out.add(copy);
        }
        return out;
    }

    /**
     * "the villages of Malah and Orman in the governorate of Suweida": a name after a town, not listed beside it, that may be
     * read as the province holding the town only says where the town lies (a list, "Deir ez-Zor and Albu Kamal", names
     * two sites: {@link #asTold}).
     */
    private static boolean provinceOfTownBefore(List<Token> tokens, PlaceHit p, PlaceHit town) {
        String admin = p.chosen().admin1();
        boolean holds = Places.mayBeProvinceOf(p, town.chosen())
                || toldAsProvince(tokens, p) && !admin.isEmpty() && admin.equals(town.chosen().admin1());
        return town.to() <= p.from() && holds && !Places.continuesList(tokens, town, p);
    }

    /** "the governorate of Suweida", "Suweida province": the text calls the name a province, whatever the gazetteer reads. */
    private static boolean toldAsProvince(List<Token> tokens, PlaceHit p) {
        boolean nounAfter = p.to() < tokens.size() && Places.provinceNoun(tokens.get(p.to()));
        boolean nounBefore = p.from() >= 2 && tokens.get(p.from() - 1).is("of") && Places.provinceNoun(tokens.get(p.from() - 2));
        return nounAfter || nounBefore;
    }

    /** Whether a place lies in the clause that tells who said it ("the mayor of Zakho said"): the speaker's place. */
    private static boolean inAttribution(Candidate c, List<Token> tokens, PlaceHit p) {
        for (int[] clause : c.sentence.clauses) {
            if (p.from() >= clause[0] && p.from() < clause[1]) {
                for (int k = clause[0]; k < clause[1]; k++) {
                    if (tokens.get(k).in(WordClass.REPORTING) || tokens.get(k).is("according")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * "strikes on Deir ez-Zor and Albu Kamal": a name listed beside a town it may be read as the province of is another
     * site, the town its reading names, not the province that holds the other; it keeps that reading alone. ("Erbil's
     * Sidakan" is no list: there the first name may well be the province.)
     */
    private static PlaceHit asTold(List<Token> tokens, PlaceHit p, List<PlaceHit> sites) {
        boolean listed = sites.stream().anyMatch(o -> Places.continuesList(tokens, p, o) || Places.continuesList(tokens, o, p));
        boolean provinceOfAnother = listed && sites.stream().anyMatch(o -> o != p && Places.mayBeProvinceOf(p, o.chosen()));
        return provinceOfAnother
                ? new PlaceHit(p.from(), p.to(), List.of(p.chosen()), p.origin(), p.launchSite(), p.offTown(), p.chosen())
                : p;
    }
}
