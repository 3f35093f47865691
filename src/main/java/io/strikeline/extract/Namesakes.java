package io.strikeline.extract;

import io.strikeline.geo.Place;
import java.util.List;
import java.util.Map;

/**
 * A village's name shared with a place far away. The gazetteer holds hundreds of villages of Iraq and Syria from
 * GeoNames, and a story about another country can name a district or a hamlet that one of them shares ("the Hiran region"
 * of Somalia is a village in Erbil too). In an article mostly about another country, a GeoNames hamlet of Iraq or Syria
 * (a town GeoNames gives no population) that is all the article says of Iraq and Syria is such a namesake: the strike
 * told there happened in the other country, and is no event of this campaign. Towns of known size (Quneitra, beside the
 * Golan in an Israeli story) and the villages added by hand are left alone: strike reports name them.
 */
final class Namesakes {

    /** The prefix of the gazetteer ids of towns taken from GeoNames' lists (data/build/build_gazetteer.py). */
    private static final String GEONAMES_TOWN = "gn-";

    private Namesakes() {}

    /**
     * Drops the strikes placed at a lone namesake; {@code countryWeight} is the article's weight of places and
     * nationalities by country, as {@link ArticleAnalysis} counts it.
     */
    static void drop(List<Candidate> events, List<SentenceInfo> sentences, Map<String, Double> countryWeight,
            boolean regionArticle) {
        if (regionArticle) {
            return;
        }
        double campaignWeight = countryWeight.getOrDefault("IQ", 0.0) + countryWeight.getOrDefault("SY", 0.0);
        events.removeIf(e -> {
            Place p = e.place == null ? null : e.place.chosen();
            return p != null && geoNamesHamlet(p) && campaignWeight <= timesNamed(p, sentences);
        });
    }

    private static boolean geoNamesHamlet(Place p) {
        return p.id().startsWith(GEONAMES_TOWN) && p.population() == 0
                && (p.country().equals("IQ") || p.country().equals("SY"));
    }

    private static int timesNamed(Place p, List<SentenceInfo> sentences) {
        int n = 0;
        for (SentenceInfo s : sentences) {
            for (PlaceHit h : s.places) {
                if (h.chosen() != null && h.chosen().id().equals(p.id())) {
                    n++;
                }
            }
        }
        return n;
    }
}
