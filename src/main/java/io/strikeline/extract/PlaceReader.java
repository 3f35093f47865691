package io.strikeline.extract;

import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import io.strikeline.model.LocationPrecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Stage: the place names of a sentence, read by the longest gazetteer name that begins at a word (or a facility a city
 * names), leaving out those that are no place of a strike (a dateline, a person's name, a reference point, a government
 * by its seat, a road); and which of a name's options the article means, by the weight of each country in it.
 */
final class PlaceReader {

    private static final Set<String> LOCATIVE = Set.of(
            "in", "inside", "into", "across", "near", "throughout", "from", "within", "over", "at", "toward", "towards");

    private final Gazetteer gazetteer;
    private final List<Token> tokens;
    /** How much the article's places and nationalities speak of each country, by its code. */
    private final Map<String, Double> countryWeight;

    PlaceReader(Gazetteer gazetteer, List<Token> tokens, Map<String, Double> countryWeight) {
        this.gazetteer = gazetteer;
        this.tokens = tokens;
        this.countryWeight = countryWeight;
    }

    /** The places a sentence names as where something happened, each with its options (chosen later by {@link #choose}). */
    List<PlaceHit> find(SentenceInfo s) {
        List<PlaceHit> out = new ArrayList<>();
        int datelineEnd = Places.datelineEnd(tokens, s.index, s.from, s.to);
        int i = s.from;
        while (i < s.to) {
            String key = tokens.get(i).key();
            // most words begin no place's name, and the gazetteer's prefixes say so at once
            i = key.isEmpty() || !gazetteer.isPrefix(key) ? i + 1 : placeAt(s, i, datelineEnd, out);
        }
        return out;
    }

    /**
     * The country of the place a sentence's dateline names ("ERBIL, Iraq (AP) -"), or null: no place of a strike, but where
     * the story was filed tells which country it is about.
     */
    String datelineCountry(SentenceInfo s) {
        List<Place> found = longestNameAt(s.from, Places.datelineEnd(tokens, s.index, s.from, s.to));
        return found != null && oneCountry(found) ? found.get(0).country() : null;
    }

    /** The readings of the longest gazetteer name that begins at {@code from} and ends before {@code to}, or null. */
    private List<Place> longestNameAt(int from, int to) {
        String key = null;
        List<Place> found = null;
        for (int j = from; j < to && j < from + gazetteer.maxWords(); j++) {
            Token t = tokens.get(j);
            if (t.punct()) {
                break;
            }
            if (t.key().isEmpty()) {
                continue;
            }
            key = key == null ? t.key() : key + ' ' + t.key();
            if (!gazetteer.isPrefix(key)) {
                break;
            }
            List<Place> named = gazetteer.lookup(key);
            found = named.isEmpty() ? found : named;
        }
        return found;
    }

    /**
     * "the Hanadi tower in Gaza": a building named like a place but said to stand in a place that is not that one, nor
     * holds it, nor lies within reach of it. The name is the building's, not where it is.
     */
    private boolean buildingNamedElsewhere(SentenceInfo s, int placeTo, List<Place> named) {
        int at = PlaceLookalikes.structureLocatedAt(tokens, placeTo, s.to);
        if (at < 0) {
            return false;
        }
        List<Place> standsIn = longestNameAt(at, s.to);
        return standsIn == null || !Places.sameArea(standsIn, named);
    }

    /**
     * The longest place name (or a facility a city names) that begins with the word at {@code i}, added to {@code out}
     * unless it is no place of the strike; returns the index after it, or {@code i + 1} when there is none.
     */
    private int placeAt(SentenceInfo s, int i, int datelineEnd, List<PlaceHit> out) {
        int max = gazetteer.maxWords();
        String k = null;
        int words = 0;
        int bestEnd = -1;
        List<Place> best = null;
        String bestKey = null;
        String prefixKey = null;
        int prefixEnd = -1;
        boolean capital = false;
        for (int j = i; j < s.to && words < max; j++) {
            Token t = tokens.get(j);
            if (t.punct()) {
                break;
            }
            if (t.key().isEmpty()) {
                continue;
            }
            capital |= t.capitalized() || Character.getType(t.raw().charAt(0)) == Character.OTHER_LETTER;
            // the first word is looked up by the token's own key, whose hash is kept: most words end there
            k = k == null ? t.key() : k + ' ' + t.key();
            words++;
            if (!gazetteer.isPrefix(k)) {
                break;
            }
            prefixKey = k;
            prefixEnd = j + 1;
            List<Place> found = gazetteer.lookup(k);
            if (!found.isEmpty() && capital) {
                best = found;
                bestKey = k;
                bestEnd = j + 1;
            }
        }
        List<Place> facility = capital ? Places.facilityNamedWithCity(tokens, s.from, i,
                best != null ? bestKey : prefixKey, gazetteer) : null;
        if (facility != null) {
            bestEnd = best != null ? bestEnd : prefixEnd;
            best = facility;
        }
        int start = i;
        // "al-Qaim", "Al Hasakah": the article the lookup passed over begins the name
        while (start > s.from && tokens.get(start - 1).key().isEmpty() && !tokens.get(start - 1).punct()) {
            start--;
        }
        if (best != null && i >= datelineEnd && !Places.referencePoint(tokens, s.from, i)
                && !Places.topicOfTalk(tokens, s.from, i) && !Places.namesARoad(tokens, i, bestEnd, s.to)
                && !lookalike(s, i, start, bestEnd, best)) {
            boolean launchSite = Places.launchedFrom(tokens, s.from, start);
            boolean origin = launchSite || start > s.from && tokens.get(start - 1).is("from");
            PlaceHit hit = new PlaceHit(start, bestEnd, best, origin, launchSite, Places.compassOf(tokens, s.from, start), null);
            boolean actorName = resolveActorOverlap(s, hit);
            if (!out.isEmpty() && Places.locates(tokens, out.get(out.size() - 1), hit)) {
                return bestEnd; // "Tower 22 in Jordan": the country says where the site is, and is no side there
            }
            if (!actorName) {
                out.add(hit);
            }
            return bestEnd;
        }
        return i + 1;
    }

    /** Whether the name read at {@code i} (its article from {@code start}) names something else ({@link PlaceLookalikes}). */
    private boolean lookalike(SentenceInfo s, int i, int start, int end, List<Place> named) {
        return PlaceLookalikes.insidePersonName(tokens, i) || PlaceLookalikes.firstNameOfPerson(tokens, end, s.to)
                || PlaceLookalikes.surnameOfPerson(tokens, s.from, start, end, s.to)
                || PlaceLookalikes.governmentByItsSeat(tokens, s.from, i, end, s.to, named)
                || PlaceLookalikes.acronym(tokens, i, end, named)
                || PlaceLookalikes.inPhotoCredit(tokens, s.from, start, end, s.to)
                || PlaceLookalikes.inCompoundAdjective(tokens, s.from, start, end, s.to)
                || PlaceLookalikes.namesAUnit(tokens, start, end, s.to) || PlaceLookalikes.verbAfterWeapon(tokens, s.from, i, end)
                || buildingNamedElsewhere(s, end, named);
    }

    /** A name that is both an actor and a place ("Iran", "Israel") is a place only after "in", "near" and the like. */
    private boolean resolveActorOverlap(SentenceInfo s, PlaceHit hit) {
        for (int a = 0; a < s.actors.size(); a++) {
            ActorFinder.Hit ah = s.actors.get(a);
            if (ah.fromTok() < hit.to() && hit.from() < ah.toTok()) {
                boolean locative = hit.from() > s.from && LOCATIVE.contains(tokens.get(hit.from() - 1).lower());
                boolean wholeCountry = hit.options().stream().allMatch(p -> p.precision() == LocationPrecision.COUNTRY);
                if (locative && wholeCountry && ah.toTok() == hit.to() && ah.fromTok() == hit.from()) {
                    s.actors.remove(a);
                    return false;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The options a name may mean as the text names it: "Idlib city", "the city of Kirkuk" name the city, never the
     * province of the same name, which would hold every town around.
     */
    List<Place> asNamed(List<Place> options, int fromTok, int endTok) {
        boolean cityWord = endTok < tokens.size() && tokens.get(endTok).is("city")
                || fromTok >= 2 && tokens.get(fromTok - 1).is("of") && tokens.get(fromTok - 2).is("city");
        List<Place> towns = options.stream().filter(p -> p.precision() != LocationPrecision.PROVINCE).toList();
        return cityWord && !towns.isEmpty() ? towns : options;
    }

    /** The option a name most likely means in this article: its country's weight, size and precision. */
    Place choose(List<Place> options, int endTok) {
        if (options.size() == 1) {
            return options.get(0);
        }
        boolean provinceWord = endTok < tokens.size() && Places.provinceNoun(tokens.get(endTok));
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Place p : options) {
            double score = countryWeight.getOrDefault(p.country(), 0.0) * 3
                    + (p.country().equals("IQ") || p.country().equals("SY") ? 2 : 0)
                    + Math.log10(p.population() + 10) * 0.5
                    + switch (p.precision()) {
                        case SITE -> 5;
                        case CITY -> 4;
                        case PROVINCE -> provinceWord ? 6 : 3;
                        case REGION -> 2;
                        case COUNTRY -> 1;
                    };
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return best;
    }

    /** Whether the options, more than one, all lie in one country. */
    static boolean oneCountry(List<Place> options) {
        for (Place p : options) {
            if (!Objects.equals(p.country(), options.get(0).country())) {
                return false;
            }
        }
        return !options.isEmpty();
    }
}
