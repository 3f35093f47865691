package io.strikeline.extract;

import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.MentionKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** How places relate: precision rank and containment (a country holds its towns, a province its districts). */
final class Places {

    private static final Set<String> COMPASS = Set.of(
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
            "south-east", "south-west");

    /** How far back over a list of names ("on Manbij, Tabqa and Raqqa") a topic's "on" or "about" is looked for. */
    private static final int LIST_WORDS = 8;
    /** Words for what is said or written; a place "on" or "about" which they are is their topic. */
    private static final Set<String> TALK = Set.of(
            "report", "reports", "statement", "statements", "briefing", "update", "talks", "meeting", "conference", "debate",
            "resolution", "comments", "remarks", "questions", "study", "investigation", "inquiry");

    /** How far off a town a strike "south of" it may lie (Jurf al-Sakhar is some 60 km south of Baghdad). */
    static final int OFF_TOWN_REACH_KM = 80;
    /** How many times smaller than that town a place must be to be named by its bearing from it. */
    private static final int OFF_TOWN_SIZE_RATIO = 10;
    /** A place this far from the named town is not "at" it. */
    private static final int FAR_KM = 25;
    /** How far from its point a mountain range (Qandil, Sinjar) still holds a place named with it. */
    private static final int MOUNTAIN_REACH_KM = 40;

    /** How many title-case words a dateline's place or agency may run to ("Deir ez-Zor", "Kurdistan 24"). */
    private static final int DATELINE_NAME_WORDS = 3;
    /** How far a bracketed agency runs before its closing bracket. */
    private static final int AGENCY_WORDS = 6;

    /** Verbs that say where a strike set off from: "fired from", "launched from", "came from". */
    static final Set<String> LAUNCH_VERBS = Set.of("fired", "launched", "shot", "came", "originated", "flew", "took");
    /** Words after which a launch clause goes on to say what was hit ("... from Syria at a base near Erbil"). */
    static final Set<String> TARGET_TURNS = Set.of("at", "on", "into", "toward", "towards", "targeting", "targeted", "hit",
            "hitting", "struck", "striking", "landed", "fell", "and", "against");
    /** What a government does in words: "Damascus condemned", "Ankara says", "Baghdad accused". */
    static final Set<String> STANCE_VERBS = Set.of(
            "condemned", "condemns", "denied", "denies", "accused", "accuses", "blamed", "blames", "justifies", "justified",
            "believes", "insists", "insisted", "rejected", "rejects", "protested", "protests", "demanded", "demands",
            "says", "said", "claims", "claimed", "warned", "warns", "vowed", "vows", "urged", "urges", "responded", "summoned",
            "maintains", "considers", "views", "regards", "argues", "argued", "denounced", "denounces", "criticised",
            "criticized", "criticises", "criticizes", "threatened", "threatens");
    /** Words for a road named by the towns it joins: "the Damascus-Quneitra road". */
    static final Set<String> ROADS = Set.of("road", "highway", "motorway", "expressway");
    /** How far back from a place the "from" of a launch is looked for. */
    private static final int LAUNCH_REACH = 12;

    private Places() {}

    /** Nouns of a strike whose "from" says where it came from: "an air aggression from the sea", "rocket fire from Syria". */
    private static final Set<String> STRIKE_FROM_NOUNS = Set.of(
            "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "aggression", "raid", "raids", "fire",
            "bombardment", "barrage", "salvo");

    /**
     * A place named as where a strike set off from, not where it hit: in the words a launch verb's or a strike noun's
     * "from" opens ("fired from Syria", "an air aggression from the sea west of Latakia"), or "from the direction of",
     * before they turn to the target.
     */
    static boolean launchedFrom(List<Token> tokens, int sentenceFrom, int i) {
        return launchedFrom(tokens, sentenceFrom, i, LAUNCH_REACH);
    }

    private static boolean launchedFrom(List<Token> tokens, int sentenceFrom, int i, int reach) {
        for (int k = i - 1; k > sentenceFrom && k >= i - reach; k--) {
            Token t = tokens.get(k);
            boolean strikingDistance = t.is("striking") && (tokens.get(k + 1).is("distance") || tokens.get(k + 1).is("range"));
            if (t.in(WordClass.TARGET_TURN) && !strikingDistance) {
                return false; // "within striking distance of" is no turn to what was hit
            }
            if (t.is("from")) {
                Token before = tokens.get(k - 1);
                boolean direction = k + 2 < i && tokens.get(k + 1).is("the") && tokens.get(k + 2).is("direction");
                if (before.is("and") && k - 1 > sentenceFrom) {
                    // "launched from the coast, where the air base lies, and from the outskirts of Aleppo"
                    return launchedFrom(tokens, sentenceFrom, k - 1, 2 * LAUNCH_REACH);
                }
                return before.in(WordClass.LAUNCH_VERB) || STRIKE_FROM_NOUNS.contains(before.lower()) || direction
                        || launchedWeapon(tokens, sentenceFrom, k - 1);
            }
        }
        return false;
    }

    /** How many words a launched weapon may stand after its launch verb: "fired two more rockets". */
    private static final int LAUNCHED_WEAPON_WORDS = 3;

    /** "launched their missiles from", "fired two rockets from": a weapon at {@code w} a launch verb just before sends off. */
    private static boolean launchedWeapon(List<Token> tokens, int sentenceFrom, int w) {
        if (!tokens.get(w).in(WordClass.WEAPON)) {
            return false;
        }
        for (int k = w - 1; k >= sentenceFrom && k >= w - LAUNCHED_WEAPON_WORDS; k--) {
            if (tokens.get(k).in(WordClass.LAUNCH_VERB)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the dateline of a sentence ends, or its first token: the place a story was filed from is not where the strike
     * was. Beside the wire's forms the tokenizer knows, the article's first sentence may open with the place and a dash
     * ("SULAIMANI -"), or in title case with the agency after the place: "Damascus, SANA -", "Erbil (Rudaw) -".
     */
    static int datelineEnd(List<Token> tokens, int sentenceIndex, int from, int to) {
        int end = Tokenizer.datelineEnd(tokens, from, to);
        if (end > from) {
            return end;
        }
        int k = capitalizedRun(tokens, from, to);
        if (k == from || k >= to) {
            return from;
        }
        if (dash(tokens.get(k)) && (sentenceIndex == 0 || shouted(tokens, from, k))) {
            return k + 1; // "SULAIMANI - Iranian artillery shelled ..."
        }
        if (sentenceIndex != 0) {
            return from;
        }
        if (tokens.get(k).is("(")) {
            for (int j = k + 1; j < Math.min(to, k + AGENCY_WORDS); j++) {
                if (tokens.get(j).is(")")) {
                    return j + 1 < to && dash(tokens.get(j + 1)) ? j + 2 : from;
                }
            }
            return from;
        }
        if (tokens.get(k).is(",")) {
            int j = capitalizedRun(tokens, k + 1, to);
            return j > k + 1 && j < to && dash(tokens.get(j)) ? j + 1 : from;
        }
        return from;
    }

    private static boolean shouted(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String raw = tokens.get(k).raw();
            if (raw.length() < 2 || !raw.equals(raw.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static int capitalizedRun(List<Token> tokens, int from, int to) {
        int k = from;
        while (k < to && k - from < DATELINE_NAME_WORDS && (tokens.get(k).capitalized() || tokens.get(k).isNumber())) {
            k++;
        }
        return k;
    }

    /** "province", "governorate": the word that makes the name before it (or after "of") a province's. */
    static boolean provinceNoun(Token t) {
        return t.is("province") || t.is("governorate");
    }

    /** A hyphen or dash standing as its own token: a dateline's or an aside's mark. */
    static boolean dash(Token t) {
        return t.is("-") || t.is("\u2013") || t.is("\u2014");
    }

    /**
     * "160 km west of Baghdad": a town named to locate a place far from it, not where the strike was. Without a
     * distance ("east of Ramadi") the town is the best place the text gives and is kept.
     */
    static boolean referencePoint(List<Token> tokens, int sentenceFrom, int i) {
        int k = compassOfAt(tokens, sentenceFrom, i);
        if (k - 3 < sentenceFrom) {
            return false;
        }
        String unit = tokens.get(k - 2).lower();
        boolean distanceUnit = unit.equals("km") || unit.startsWith("kilomet") || unit.startsWith("mile");
        return distanceUnit && Numbers.value(tokens.get(k - 3)) > FAR_KM;
    }

    /**
     * "south of Baghdad", "west of the capital, Baghdad": a strike somewhere off the town in that direction, not in it.
     * The town is the best place such a clause gives, but a town another mention of the strike names there is better.
     */
    static boolean compassOf(List<Token> tokens, int sentenceFrom, int i) {
        return compassOfAt(tokens, sentenceFrom, i) > sentenceFrom;
    }

    /**
     * Whether a place named only as off a town ("south of Baghdad") may be the town or site {@code fine}: a site, or a
     * town of a tenth of its size or less, within {@value #OFF_TOWN_REACH_KM} km ("east of Ramadi" is not Fallujah, a
     * city itself, but may be a village between them).
     */
    static boolean offTownMayBe(PlaceHit off, Place fine) {
        if (off == null || !off.offTown() || off.chosen() == null || fine == null
                || rank(fine.precision()) < rank(LocationPrecision.CITY)) {
            return false;
        }
        boolean smaller = fine.precision() == LocationPrecision.SITE
                || fine.population() * OFF_TOWN_SIZE_RATIO <= off.chosen().population();
        return smaller && Gazetteer.distanceKm(off.chosen(), fine) <= OFF_TOWN_REACH_KM;
    }

    /**
     * "Jurf al-Sakhar, south of Baghdad" after "strikes south of Baghdad": whether the place {@code named} is itself said to
     * lie on the same bearing from the same town as {@code off}, a strike placed only off that town. Then it is the place
     * the story means, when it may be one ({@link #offTownMayBe}).
     */
    static boolean onTheSameBearing(List<Token> tokens, PlaceHit off, PlaceHit named) {
        int of = compassOfAt(tokens, 0, off.from());
        int k = named.to();
        if (of < 0 || k < tokens.size() && tokens.get(k).is(",")) {
            k++;
        }
        if (of < 0 || k + 2 >= tokens.size() || !tokens.get(k).is(tokens.get(of - 1).lower()) || !tokens.get(k + 1).is("of")) {
            return false;
        }
        int town = k + 2;
        while (town < tokens.size() && (tokens.get(town).is("the") || tokens.get(town).is("capital")
                || tokens.get(town).is(","))) {
            town++;
        }
        return town < tokens.size() && tokens.get(town).key().equals(tokens.get(off.from()).key())
                && offTownMayBe(off, named.chosen());
    }

    /** Strikes placed only off a town take the place the story names on the same bearing from it ({@link #onTheSameBearing}). */
    static void placeOnTheSameBearing(List<Candidate> events, ArticleDoc doc) {
        for (Candidate e : events) {
            if (e.place == null || !e.place.offTown()) {
                continue;
            }
            for (SentenceInfo s : doc.sentences) {
                for (PlaceHit p : s.places) {
                    if (!p.origin() && p.chosen() != null && onTheSameBearing(doc.tokens, e.place, p)) {
                        e.place = p;
                        e.placeMention = doc.mention(MentionKind.PLACE, p.from(), p.to(), p.chosen().id());
                        break;
                    }
                }
            }
        }
    }

    /** Nouns a town's name may follow in "the airfield north of the Syrian town of Tabqa". */
    private static final Set<String> TOWN_NOUNS = Set.of("capital", "city", "town", "port");

    /** The index of the "of" of "south of" before the place at {@code i} (passing "the capital,", "the city of"), else -1. */
    private static int compassOfAt(List<Token> tokens, int sentenceFrom, int i) {
        int k = i - 1;
        while (k > sentenceFrom && (tokens.get(k).key().isEmpty() && !tokens.get(k).punct() || tokens.get(k).is("the")
                || TOWN_NOUNS.contains(tokens.get(k).lower()) || Roles.NATIONALITY.containsKey(tokens.get(k).lower())
                || tokens.get(k).is(",") || tokens.get(k).is("of") && TOWN_NOUNS.contains(tokens.get(k - 1).lower()))) {
            k--;
        }
        return k - 1 >= sentenceFrom && tokens.get(k).is("of") && COMPASS.contains(tokens.get(k - 1).lower()) ? k : -1;
    }

    /** Whether some reading of {@code a} is, holds, lies in or lies within {@value #FAR_KM} km of some reading of {@code b}. */
    static boolean sameArea(List<Place> a, List<Place> b) {
        for (Place x : a) {
            for (Place y : b) {
                if (x.id().equals(y.id()) || contains(x, y) || contains(y, x) || Gazetteer.distanceKm(x, y) <= FAR_KM) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A facility a city names ("the airports of Damascus and Aleppo"), and how the gazetteer names such a facility. */
    private static final List<String> AIRPORT_NAMES = List.of("airport", "air base");
    private static final List<String> AIR_BASE_NAMES = List.of("air base", "airbase", "airport");
    /** A plain "base" is the facility only where the gazetteer calls it the city's base ("Erbil base"). */
    private static final List<String> BASE_NAMES = List.of("base");
    private static final Map<String, List<String>> FACILITY_NAMES = Map.of(
            "airport", AIRPORT_NAMES, "airports", AIRPORT_NAMES, "base", BASE_NAMES, "bases", BASE_NAMES,
            "airbase", AIR_BASE_NAMES, "airbases", AIR_BASE_NAMES);
    /** How far back over a list of names ("air bases in Erbil and Al Asad") the facility's noun is looked for. */
    private static final int FACILITY_LIST_WORDS = 6;

    /**
     * "the airports of Damascus and Aleppo", "air bases in Irbil and Al Asad": the facility the city names, when the
     * gazetteer knows it ("Aleppo airport"), else null. {@code key} is the folded name read at {@code placeFrom}.
     */
    static List<Place> facilityNamedWithCity(List<Token> tokens, int sentenceFrom, int placeFrom, String key,
            Gazetteer gazetteer) {
        if (key == null) {
            return null;
        }
        int k = placeFrom - 1;
        for (int walked = 0; k > sentenceFrom && walked < FACILITY_LIST_WORDS
                && (tokens.get(k).is("and") || tokens.get(k).is(",") || tokens.get(k).capitalized()
                || tokens.get(k).key().isEmpty() && !tokens.get(k).punct()); walked++) {
            k--;
        }
        if (k <= sentenceFrom || !(tokens.get(k).is("of") || tokens.get(k).is("in") || tokens.get(k).is("at"))) {
            return null;
        }
        List<String> names = FACILITY_NAMES.get(tokens.get(k - 1).lower());
        if (names == null) {
            return null;
        }
        if (names == BASE_NAMES && k - 2 >= sentenceFrom && tokens.get(k - 2).is("air")) {
            names = AIR_BASE_NAMES;
        }
        for (String name : names) {
            List<Place> found = gazetteer.lookup(key + " " + name);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return null;
    }

    /** "the Damascus-Quneitra road": a town that names a road with another town, not the place of the strike. */
    static boolean namesARoad(List<Token> tokens, int placeFrom, int placeTo, int sentenceTo) {
        boolean joinedAfter = tokens.get(placeTo - 1).hyphenAfter() && placeTo + 1 < sentenceTo
                && (tokens.get(placeTo + 1).in(WordClass.ROAD)
                        || placeTo + 2 < sentenceTo && tokens.get(placeTo + 2).in(WordClass.ROAD));
        boolean joinedBefore = placeFrom > 0 && tokens.get(placeFrom - 1).hyphenAfter() && placeTo < sentenceTo
                && tokens.get(placeTo).in(WordClass.ROAD);
        return joinedAfter || joinedBefore;
    }

    /**
     * "a situation report on Manbij", "talks about Idlib and Raqqa": the place is what is talked about, not where
     * anything hit; a list of names after "on" or "about" is one topic.
     */
    static boolean topicOfTalk(List<Token> tokens, int sentenceFrom, int placeFrom) {
        int k = placeFrom - 1;
        int listWords = 0;
        while (k > sentenceFrom && listWords < LIST_WORDS && (tokens.get(k).is("the") || tokens.get(k).is("and")
                || tokens.get(k).is(",") || tokens.get(k).capitalized())) {
            k--;
            listWords++;
        }
        return k - 1 >= sentenceFrom && (tokens.get(k).is("on") || tokens.get(k).is("about"))
                && TALK.contains(tokens.get(k - 1).lower());
    }

    static int rank(LocationPrecision p) {
        return switch (p) {
            case SITE -> 5;
            case CITY -> 4;
            case PROVINCE -> 3;
            case REGION -> 2;
            case COUNTRY -> 1;
        };
    }

    /** Whether {@code outer} is a wider area that holds {@code inner} (a country its cities, a province its towns). */
    static boolean contains(Place outer, Place inner) {
        if (rank(outer.precision()) >= rank(inner.precision()) && outer.precision() != LocationPrecision.REGION) {
            return false;
        }
        if (outer.precision() == LocationPrecision.REGION && rank(inner.precision()) <= rank(LocationPrecision.REGION)) {
            // "northern Iraq" holds the Qandil mountains; a compass region is the wider of two regions, and any wide
            // region ("the Kurdistan Region") is wider than a mountain area in it
            boolean wider = compass(outer) && !compass(inner) || mountains(inner) && !mountains(outer);
            return inner.precision() == LocationPrecision.REGION && wider && Gazetteer.distanceKm(outer, inner) < 250;
        }
        double d = Gazetteer.distanceKm(outer, inner);
        return switch (outer.precision()) {
            case COUNTRY -> outer.country().equals(inner.country());
            case PROVINCE -> outer.country().equals(inner.country())
                    && (sameAdmin(outer, inner) || inner.admin1().isEmpty() && d < 60);
            // a mountain range is a small area of its own: it holds the villages on its slopes, not the wider north
            case REGION -> mountains(outer) ? d < MOUNTAIN_REACH_KM : d < 250 || onCompassSide(outer, inner);
            default -> false;
        };
    }

    /**
     * Whether {@code next} only locates the place named just before it: "Al-Qaim in Anbar", "Najaf, Iraq", "Jurf
     * al-Sakhar south of Baghdad", "the Green Village base in Deir ez-Zor". The second name says where the first is; it
     * is no second site. A comma between two towns is a list ("Mosul, Tikrit and Baiji"), so after a comma only a wider
     * area that holds the first place locates it.
     */
    static boolean locates(List<Token> tokens, PlaceHit previous, PlaceHit next) {
        int gap = next.from() - previous.to();
        int finest = previous.options().stream().mapToInt(p -> rank(p.precision())).max().orElse(0);
        int widest = next.options().stream().mapToInt(p -> rank(p.precision())).min().orElse(0);
        Token first = tokens.get(previous.to());
        if (gap == 1) {
            return first.is("in") && widest <= finest || first.is(",") && widest < finest && holds(next, previous, finest);
        }
        if (gap != 2) {
            return false;
        }
        Token second = tokens.get(previous.to() + 1);
        // "the Green Village base in Deir ez-Zor": a head noun between the name and "in"
        boolean headNoun = !first.punct() && !first.capitalized() && second.is("in") && widest <= finest;
        return headNoun || COMPASS.contains(first.lower()) && second.is("of");
    }

    /**
     * Whether a reading of {@code outer} wider than {@code finest} holds a reading of {@code inner}: "Najaf, Iraq" and
     * "Hit, Anbar" locate the town, while in "Raqqa, Deir ez-Zor and Abu Kamal" the second name, though also a
     * province, is the next town of a list.
     */
    private static boolean holds(PlaceHit outer, PlaceHit inner, int finest) {
        for (Place o : outer.options()) {
            if (rank(o.precision()) < finest && inner.options().stream().anyMatch(i -> contains(o, i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code next} is the next name of a list that {@code last} is in: "in Mosul, Baiji and Albu Kamal". */
    static boolean continuesList(List<Token> tokens, PlaceHit last, PlaceHit next) {
        int gap = next.from() - last.to();
        Token first = tokens.get(last.to());
        return gap == 1 && (first.is(",") || first.is("and")) || gap == 2 && first.is(",") && tokens.get(last.to() + 1).is("and");
    }

    /**
     * Whether the name read as {@code hit} can also be read as a province that holds {@code town} ("Idlib", "Kirkuk");
     * false without a hit.
     */
    static boolean mayBeProvinceOf(PlaceHit hit, Place town) {
        return hit != null && !hit.chosen().id().equals(town.id()) && hit.options().stream()
                .anyMatch(o -> o.precision() == LocationPrecision.PROVINCE && contains(o, town));
    }

    /** A mountain range or a named mountain zone (Qandil, Sinjar, Metina): a small area, not a compass region. */
    static boolean mountains(Place p) {
        return p.category().equals("mountains");
    }

    /** How far (in degrees) a place may lie short of a compass region's point and still be on its side of the country. */
    private static final double COMPASS_SLACK_DEG = 0.6;

    /**
     * "northern Syria" holds Qamishli and Hasakah, far east of its point by Aleppo: a compass region of a country holds a
     * place of that country on its side (a northern region, a place not south of the region's point by more than
     * {@value #COMPASS_SLACK_DEG} degrees; "northeastern", both sides).
     */
    private static boolean onCompassSide(Place region, Place inner) {
        String n = region.name().toLowerCase(java.util.Locale.ROOT);
        if (!compass(region) || n.startsWith("central") || !region.country().equals(inner.country())) {
            return false;
        }
        boolean north = n.startsWith("north");
        boolean south = n.startsWith("south");
        String rest = n.replaceFirst("^(north|south)-?", "");
        return (!north || inner.lat() >= region.lat() - COMPASS_SLACK_DEG)
                && (!south || inner.lat() <= region.lat() + COMPASS_SLACK_DEG)
                && (!rest.startsWith("east") || inner.lon() >= region.lon() - COMPASS_SLACK_DEG)
                && (!rest.startsWith("west") || inner.lon() <= region.lon() + COMPASS_SLACK_DEG);
    }

    private static boolean compass(Place p) {
        String n = p.name().toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("north") || n.startsWith("south") || n.startsWith("east") || n.startsWith("west")
                || n.startsWith("central");
    }

    private static boolean sameAdmin(Place province, Place inner) {
        String a = Gazetteer.fold(province.admin1());
        String b = Gazetteer.fold(inner.admin1());
        return !a.isEmpty() && (a.equals(b) || province.aliases().stream().anyMatch(x -> Gazetteer.fold(x).equals(b)));
    }
}
