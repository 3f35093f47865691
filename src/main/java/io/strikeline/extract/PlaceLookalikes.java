package io.strikeline.extract;

import io.strikeline.geo.Place;
import java.util.List;
import java.util.Set;

/**
 * Words that read as a gazetteer name but name no place where anything happened: a person ("Abu Bakr al-Baghdadi",
 * "Soran Nouri, a party member"), an adjective ("pro-Damascus"), an armed unit ("the Raqqa Brigade"), a building said to
 * stand elsewhere ("the Hanadi tower in Gaza"), a government by its seat ("Baghdad has protested"), an acronym ("SANA"),
 * a photographer's name in a photo credit ("AP Photo/Felipe Dana").
 */
final class PlaceLookalikes {

    private PlaceLookalikes() {}

    /** Words of a man's name before his other names: "Abu", "bin", "ibn" (and "Bakr" of "Abu Bakr al-Baghdadi"). */
    private static final Set<String> NAME_PARTS = Set.of("bakr", "abu", "bin", "ibn");
    /** A person's title before the name, written out in capitals or cut short with a full stop: "Adviser", "Gen.". */
    private static final Set<String> TITLES = Set.of(
            "president", "minister", "adviser", "advisor", "general", "colonel", "commander", "sheikh", "shaikh", "spokesman",
            "imam", "cleric", "mayor", "governor", "envoy", "ambassador", "lieutenant", "captain", "major", "brigadier");
    private static final Set<String> SHORT_TITLES = Set.of("gen", "col", "brig", "maj", "lt", "capt", "mr", "dr", "sgt");

    /**
     * "Abu Bakr al-Baghdadi" is a man, not the town of al-Baghdadi; and so is a name after a title ("National Security
     * Adviser Qassim al-Araji", "Gen. Hamza ...").
     */
    static boolean insidePersonName(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && tokens.get(k).key().isEmpty() && !tokens.get(k).punct()) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        Token t = tokens.get(k);
        return NAME_PARTS.contains(t.lower()) || t.capitalized() && TITLES.contains(t.lower())
                || t.is(".") && k > 0 && SHORT_TITLES.contains(tokens.get(k - 1).lower());
    }

    /**
     * "pro-Damascus forces", "Tehran-backed militias", "a Baghdad-based analyst": a place joined by a hyphen to a word in
     * lower case is an adjective; it names no place where anything happened.
     */
    static boolean inCompoundAdjective(List<Token> tokens, int sentenceFrom, int placeFrom, int placeTo, int sentenceTo) {
        boolean prefixed = placeFrom > sentenceFrom && tokens.get(placeFrom - 1).hyphenAfter()
                && plainWord(tokens.get(placeFrom - 1)) && !PART_OF.contains(tokens.get(placeFrom - 1).lower());
        boolean suffixed = placeTo < sentenceTo && tokens.get(placeTo - 1).hyphenAfter() && plainWord(tokens.get(placeTo))
                && !PLACE_WORDS.contains(tokens.get(placeTo).lower()); // "the Idlib-area hospitals" are in Idlib
        return prefixed || suffixed;
    }

    /** Prefixes that name a part of the place, not a stance toward it: "mid-Euphrates", "north-Baghdad", "greater-Idlib". */
    private static final Set<String> PART_OF = Set.of(
            "mid", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
            "greater", "inner", "outer", "rural");

    /** A word in lower case that is no Arabic article ("al-") and no number: "pro", "backed", "based". */
    private static boolean plainWord(Token t) {
        return !t.punct() && !t.key().isEmpty() && !t.isNumber() && Character.isLowerCase(t.raw().charAt(0));
    }

    /**
     * Capitalised nouns that make a place's name the name of an armed unit, a news outlet, an office or a street: "the Raqqa
     * Brigade", "the Hamza Division", "the Anna News Agency", "the Idlib Media Centre", "Erbil Governor", "Baghdad Street"
     * (in Damascus), "Tahrir Square" (in Baghdad).
     */
    private static final Set<String> NAME_HEAD_NOUNS = Set.of(
            "brigade", "brigades", "battalion", "battalions", "division", "regiment", "corps", "legion", "front", "army",
            "council", "movement", "units", "street", "avenue", "square", "governor", "mayor");
    /** Capitalised nouns that make a place's name an outlet's, told as a source ("according to the Idlib Media Centre"). */
    private static final Set<String> OUTLET_NOUNS = Set.of(
            "news", "media", "agency", "tv", "television", "radio", "channel", "network", "press");
    /** Words before a name that make the outlet a building struck there ("struck the Sinjar Radio station"). */
    private static final Set<String> STRUCK_AT = Set.of(
            "on", "at", "hit", "struck", "strikes", "targeted", "targeting", "bombed", "shelled", "near", "in");

    /**
     * "the Raqqa Brigade", "Haifa Street", "the Anna News Agency said": a place that names an armed unit, an office, a
     * street or an outlet, not where it was; an outlet struck ("a drone hit the Sinjar Radio building") stays a place.
     */
    static boolean namesAUnit(List<Token> tokens, int placeFrom, int placeTo, int sentenceTo) {
        if (placeTo >= sentenceTo || !tokens.get(placeTo).capitalized()) {
            return false;
        }
        String noun = tokens.get(placeTo).lower();
        if (NAME_HEAD_NOUNS.contains(noun)) {
            return true;
        }
        int before = placeFrom - 1;
        while (before >= 0 && tokens.get(before).is("the")) {
            before--;
        }
        return OUTLET_NOUNS.contains(noun) && (before < 0 || !STRUCK_AT.contains(tokens.get(before).lower()));
    }

    /**
     * "Rockets Hit Near U.S. Embassy": in a line set in title case, a one-word town named like a verb of striking ("Hit")
     * right after the weapon that does it, with a capitalised word after it, is that verb.
     */
    static boolean verbAfterWeapon(List<Token> tokens, int sentenceFrom, int placeFrom, int placeTo) {
        return placeTo - placeFrom == 1 && placeFrom > sentenceFrom && placeTo < tokens.size()
                && tokens.get(placeTo).capitalized() && Triggers.ACTION_VERBS.contains(tokens.get(placeFrom).lower())
                && tokens.get(placeFrom - 1).in(WordClass.WEAPON);
    }

    /** Nouns of buildings and streets, which are often named after a place or a family: "the Jalaa tower". */
    static final Set<String> STRUCTURES = Set.of(
            "tower", "towers", "building", "buildings", "hospital", "mosque", "street", "school", "hotel", "church",
            "stadium", "clinic", "bakery", "mall", "square", "roundabout");
    /** How many words after a building's noun the place it stands "in" may be named ("tower, a high-rise in Gaza"). */
    static final int STRUCTURE_PLACE_WORDS = 6;

    /**
     * The index of the place a building named with {@code placeFrom..placeTo} is said to stand in ("the Hanadi tower in
     * Gaza", "the Jalaa tower, a high-rise in Gaza City"), else -1: the first capitalised word after an "in" a few words
     * after the building's noun.
     */
    static int structureLocatedAt(List<Token> tokens, int placeTo, int sentenceTo) {
        if (placeTo >= sentenceTo || !STRUCTURES.contains(tokens.get(placeTo).lower())) {
            return -1;
        }
        for (int k = placeTo + 1; k + 1 < sentenceTo && k <= placeTo + STRUCTURE_PLACE_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.is(";") || t.is(".")) {
                return -1;
            }
            if (t.is("in")) {
                int y = k + 1;
                while (y < sentenceTo && (tokens.get(y).is("the") || tokens.get(y).key().isEmpty() && !tokens.get(y).punct())) {
                    y++;
                }
                Token name = y < sentenceTo ? tokens.get(y) : null;
                boolean placeLike = name != null && name.capitalized() && !name.in(WordClass.MONTH)
                        && !name.in(WordClass.WEEKDAY) && !name.in(WordClass.NATIONALITY);
                return placeLike ? y : -1;
            }
        }
        return -1;
    }

    /** Capitalised words that go on a place's name ("Koya District", "Sinjar Mountains") rather than a person's. */
    private static final Set<String> PLACE_WORDS = Set.of(
            "province", "governorate", "district", "subdistrict", "region", "city", "town", "village", "mountain", "mountains",
            "camp", "base", "airport", "airbase", "countryside", "valley", "river", "dam", "crossing", "area", "plain", "desert",
            "border", "road", "highway", "bridge", "refinery", "field", "hospital", "university", "academy", "prison", "mount",
            "lake", "port");
    /** What follows a person's name and a comma: the role the writer gives ("Soran Nouri, a party spokesman"). */
    private static final Set<String> APPOSITION_LEADS = Set.of("a", "an", "the", "who", "spokesman", "spokesperson", "head");
    private static final Set<String> SPEAKING = Set.of("said", "says", "told", "added", "stated");

    /**
     * "Soran Nouri, a party member, said" and "Halab Ahmed told": a place name that is a person's first name, known by
     * the surname after it and then a comma with the role the writer gives, or a verb of speaking.
     */
    static boolean firstNameOfPerson(List<Token> tokens, int placeTo, int sentenceTo) {
        int at = placeTo;
        while (at < sentenceTo && tokens.get(at).key().isEmpty() && !tokens.get(at).punct()) {
            at++; // "Abu Kamal al-Halabi": the surname after its article
        }
        if (at + 1 >= sentenceTo) {
            return false;
        }
        Token surname = tokens.get(at);
        String word = surname.lower();
        if (!surname.capitalized() || surname.key().isEmpty() || PLACE_WORDS.contains(word)
                || DateFinder.WEEKDAYS.containsKey(word) || DateFinder.MONTHS.containsKey(word)) {
            return false;
        }
        return rolesFollow(tokens, at + 1, sentenceTo);
    }

    /** Whether a verb of speaking, or a comma and the role the writer gives ("..., a militia commander"), is at {@code k}. */
    private static boolean rolesFollow(List<Token> tokens, int k, int sentenceTo) {
        if (k >= sentenceTo) {
            return false;
        }
        if (SPEAKING.contains(tokens.get(k).lower())) {
            return true;
        }
        return tokens.get(k).is(",") && k + 1 < sentenceTo && APPOSITION_LEADS.contains(tokens.get(k + 1).lower());
    }

    /** How many words before a person's first name are looked at to tell prose from a headline in title case. */
    private static final int TITLE_CASE_WORDS = 3;

    /**
     * "killing Hassan Zakho, a local leader": a place name that is a person's surname, known by the capitalised first name
     * before it and the role the writer gives after it. A line in title case ("Jets Hit Sinjar, the ...") says nothing.
     */
    static boolean surnameOfPerson(List<Token> tokens, int sentenceFrom, int placeFrom, int placeTo, int sentenceTo) {
        if (placeFrom - 1 <= sentenceFrom || !rolesFollow(tokens, placeTo, sentenceTo)) {
            return false;
        }
        Token first = tokens.get(placeFrom - 1);
        String word = first.lower();
        // a first name has three letters at least; "As", "At", "An" before a name are its Arabic article ("Aş Şanamayn")
        if (!first.capitalized() || first.key().isEmpty() || first.raw().length() < 3 || first.possessive()
                || PLACE_WORDS.contains(word) || first.in(WordClass.NATIONALITY) || first.in(WordClass.MONTH)
                || first.in(WordClass.WEEKDAY)) {
            return false;
        }
        for (int k = placeFrom - 2; k >= sentenceFrom && k >= placeFrom - 1 - TITLE_CASE_WORDS; k--) {
            if (!tokens.get(k).capitalized() && !tokens.get(k).punct()) {
                return true; // prose: some word before the name is in lower case
            }
        }
        return false;
    }

    /** Words that open or label a photo credit: "(AP Photo/...", "Photo: ...", "Credit: ...", "photo by ...". */
    private static final Set<String> PHOTO_WORDS = Set.of("photo", "photos", "photograph", "picture", "credit", "image");
    /** Agencies a credit names beside the photographer: "AP Photo/Name Surname", "Name Surname/AFP via Getty Images". */
    private static final Set<String> PHOTO_AGENCIES = Set.of(
            "ap", "afp", "reuters", "epa", "getty", "images", "xinhua", "anadolu", "dpa", "upi", "sana", "irna", "anha");
    /** How many names a photographer's name runs to beside the word read as a place ("Felipe", "Hana Maria"). */
    private static final int CREDIT_NAME_WORDS = 2;

    /**
     * "(AP Photo/Felipe Dana)", "Photo: Reuters/Hana Dana", "Hassan Ammar/AP Photo": a photographer's name in a photo
     * credit, which may be a town's name ("Dana"), is no place. The name follows a photo word or an agency that opens a
     * credit and runs to the credit's end, or it runs up to the agency that closes the credit.
     */
    static boolean inPhotoCredit(List<Token> tokens, int sentenceFrom, int placeFrom, int placeTo, int sentenceTo) {
        int before = skipNames(tokens, placeFrom - 1, sentenceFrom, -1);
        if (before >= sentenceFrom && (tokens.get(before).is("by") || tokens.get(before).is(":"))) {
            before--;
        }
        boolean opened = before >= sentenceFrom && (photoWord(tokens.get(before))
                || agency(tokens.get(before)) && opensCredit(tokens, before - 1, sentenceFrom));
        int after = skipNames(tokens, placeTo, sentenceTo - 1, 1);
        boolean closed = after >= sentenceTo || tokens.get(after).is(")") || tokens.get(after).is("]")
                || agency(tokens.get(after)) || tokens.get(after).is("via");
        // "Felipe Dana/AP", "Hassan Ammar/AP Photo": a first name before the surname, the agency right after it
        boolean signed = placeFrom - 1 >= sentenceFrom && nameWord(tokens.get(placeFrom - 1)) && placeTo < sentenceTo
                && agency(tokens.get(placeTo)) && (placeTo + 1 >= sentenceTo || tokens.get(placeTo + 1).punct()
                        || photoWord(tokens.get(placeTo + 1)) || agency(tokens.get(placeTo + 1))
                        || tokens.get(placeTo + 1).is("via"));
        return opened && closed || signed;
    }

    /** The first index from {@code k}, stepping by {@code step}, past at most a few of a person's names, up to {@code end}. */
    private static int skipNames(List<Token> tokens, int k, int end, int step) {
        for (int words = 0; words < CREDIT_NAME_WORDS && (step < 0 ? k >= end : k <= end) && nameWord(tokens.get(k));
                words++) {
            k += step;
        }
        return k;
    }

    /** An agency opens a credit after a bracket, a photo word or "Photo:" ("(Reuters/...", "PHOTO: AFP / ..."). */
    private static boolean opensCredit(List<Token> tokens, int k, int sentenceFrom) {
        if (k < sentenceFrom) {
            return false;
        }
        Token t = tokens.get(k);
        return t.is("(") || t.is("[") || photoWord(t) || t.is(":") && k - 1 >= sentenceFrom && photoWord(tokens.get(k - 1));
    }

    private static boolean nameWord(Token t) {
        return t.capitalized() && !t.punct() && !t.isNumber() && !photoWord(t) && !agency(t);
    }

    private static boolean photoWord(Token t) {
        return PHOTO_WORDS.contains(t.lower());
    }

    private static boolean agency(Token t) {
        return t.capitalized() && PHOTO_AGENCIES.contains(t.lower());
    }

    /** Words between a government's seat and what it says: "Baghdad has long said", "Ankara will not accept". */
    private static final Set<String> AUXILIARIES = Set.of(
            "has", "have", "had", "is", "was", "will", "would", "also", "long", "not", "again", "still");
    /** How many such words may stand there. */
    private static final int AUXILIARY_WORDS = 3;
    /** What a government has, not a place: "Damascus's allies", "Ankara's operation", "Tehran's response". */
    private static final Set<String> GOVERNMENT_NOUNS = Set.of(
            "government", "regime", "allies", "ally", "army", "troops", "forces", "ministry", "officials", "operation",
            "offensive", "campaign", "response", "retaliation", "policy", "envoy", "ambassador", "proxies");

    /**
     * "Damascus condemned the raid", "Ankara generally says", "Baghdad has repeatedly protested", "Damascus's allies": a
     * place that opens its clause and is followed by what a government says or holds, or a place whose possessive names
     * the government's forces or acts, is that government, not where anything hit.
     */
    static boolean governmentByItsSeat(List<Token> tokens, int sentenceFrom, int placeFrom, int placeTo, int sentenceTo,
            List<Place> named) {
        if (tokens.get(placeTo - 1).possessive() && placeTo < sentenceTo
                && GOVERNMENT_NOUNS.contains(tokens.get(placeTo).lower())) {
            return true;
        }
        // a town's "authorities" are local officials, and its "talks" local ones: only a seat of government is the state
        boolean seat = named.stream().anyMatch(p -> SEATS_OF_GOVERNMENT.contains(p.id()));
        if (seat && (placeTo < sentenceTo && SEAT_RULERS.contains(tokens.get(placeTo).lower())
                || partnerOfDealings(tokens, sentenceFrom, placeFrom)
                || heldAnswerable(tokens, sentenceFrom, placeFrom, placeTo, sentenceTo))) {
            return true;
        }
        int verb = placeTo;
        while (verb < sentenceTo && verb - placeTo < AUXILIARY_WORDS && (AUXILIARIES.contains(tokens.get(verb).lower())
                || tokens.get(verb).lower().endsWith("ly"))) {
            verb++;
        }
        if (verb >= sentenceTo || !tokens.get(verb).in(WordClass.STANCE_VERB)) {
            return false;
        }
        int k = placeFrom - 1;
        while (k >= sentenceFrom && (tokens.get(k).is("the") || tokens.get(k).key().isEmpty() && !tokens.get(k).punct())) {
            k--;
        }
        return k < sentenceFrom || tokens.get(k).punct() || tokens.get(k).in(WordClass.CLAUSE_OPENER)
                || tokens.get(k).is("and") || tokens.get(k).is("but");
    }

    /** The capitals copy names for their governments (gazetteer ids): the region's states and the Kurdistan Region's. */
    private static final Set<String> SEATS_OF_GOVERNMENT = Set.of("gn-sy-damascus", "gn-iq-baghdad", "ir-tehran",
            "tr-ankara", "gn-jo-aman", "gn-lb-beirut", "sa-riyadh", "il-jerusalem", "gn-iq-erbil");
    /** Who rules from a seat, named after it: "the Damascus government", "Baghdad government units", "the Ankara regime". */
    private static final Set<String> SEAT_RULERS = Set.of("government", "regime", "authorities", "leadership");
    /** Dealings one government has with another: "coordinated with Damascus", "a message to Baghdad", "ties with Ankara". */
    private static final Set<String> DEALINGS = Set.of("coordinated", "coordination", "cooperation", "cooperated",
            "consultation", "consulted", "message", "messages", "talks", "ties", "relations", "agreement", "deal", "contacts");
    /** How many words may stand between the dealing and the seat: "in complete coordination with the". */
    private static final int DEALING_REACH = 3;

    /**
     * "the strikes were coordinated with Damascus", "a message to Baghdad": a seat that is the other side of a government's
     * dealings ("with", "to" after a word of dealings) is that government.
     */
    private static boolean partnerOfDealings(List<Token> tokens, int sentenceFrom, int placeFrom) {
        int k = placeFrom - 1;
        while (k >= sentenceFrom && tokens.get(k).is("the")) {
            k--;
        }
        if (k < sentenceFrom || !(tokens.get(k).is("with") || tokens.get(k).is("to"))) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(sentenceFrom, k - DEALING_REACH); j--) {
            Token t = tokens.get(j);
            if (DEALINGS.contains(t.lower())) {
                return true;
            }
            if (t.punct()) {
                return false;
            }
        }
        return false;
    }

    /** "holds Damascus responsible", "held Baghdad accountable": the seat answers for what was done, as a government. */
    private static boolean heldAnswerable(List<Token> tokens, int sentenceFrom, int placeFrom, int placeTo, int sentenceTo) {
        int before = placeFrom - 1;
        return before >= sentenceFrom && placeTo < sentenceTo
                && (tokens.get(before).is("holds") || tokens.get(before).is("held") || tokens.get(before).is("hold"))
                && (tokens.get(placeTo).is("responsible") || tokens.get(placeTo).is("accountable"));
    }

    /** How many letters an acronym has at least: "US" and "UK" are countries' names either way. */
    private static final int ACRONYM_LETTERS = 3;

    /**
     * "told SANA", "the state SANA news agency": one word wholly in capitals beside a word in lower case is an acronym (of
     * a news agency, a party, a force), not the town the gazetteer spells in mixed case ("Sana"); a place the gazetteer
     * itself spells in capitals ("BIAP") is one, and so is a name in a line set all in capitals.
     */
    static boolean acronym(List<Token> tokens, int placeFrom, int placeTo, List<Place> options) {
        String raw = tokens.get(placeFrom).raw();
        if (placeTo - placeFrom != 1 || raw.length() < ACRONYM_LETTERS || !capitalsOnly(raw)) {
            return false;
        }
        boolean lowerBeside = placeFrom > 0 && hasLowerCase(tokens.get(placeFrom - 1).raw())
                || placeTo < tokens.size() && hasLowerCase(tokens.get(placeTo).raw());
        return lowerBeside && options.stream().noneMatch(p -> p.name().equals(raw) || p.aliases().contains(raw));
    }

    private static boolean capitalsOnly(String raw) {
        for (int k = 0; k < raw.length(); k++) {
            if (!Character.isLetter(raw.charAt(k)) || !Character.isUpperCase(raw.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLowerCase(String raw) {
        for (int k = 0; k < raw.length(); k++) {
            if (Character.isLowerCase(raw.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
