package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.geo.NameFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds and normalises actor names (states, armed groups) by folded word sequences. */
final class ActorFinder {

    record Hit(int fromTok, int toTok, Actor actor) {}

    private static final Map<String, Actor> PHRASES = new HashMap<>();
    private static final Set<String> PREFIXES = new HashSet<>();
    private static final int MAX_WORDS;
    private static final Map<String, Actor> COORDINATED_ADJECTIVES = Map.of(
            "iraqi", new Actor("Iraqi forces", Kind.IRAQI_FORCES), "syrian", new Actor("Syrian government", Kind.STATE));

    private static final List<String> AIRCRAFT = List.of("jets", "jet", "warplanes", "warplane", "aircraft", "planes",
            "helicopters", "helicopter", "fighter jets", "f 16s", "f 16", "drones", "drone", "air force");

    static {
        add(new Actor(Actor.UNITED_STATES, Kind.US), "u s", "us", "united states", "american", "americans", "america",
                "pentagon", "centcom", "central command", "u s central command", "coalition", "u s led coalition",
                "american led coalition", "washington", "u s military", "u s forces", "u s troops", "american forces",
                "american troops", "u s army", "u s air force", "u s navy", "u s personnel", "u s service members",
                "u s servicemembers", "u s soldiers", "u s military forces", "u s special forces", "u s aircraft",
                "u s warplanes", "u s fighter jets", "operation inherent resolve", "combined joint task force",
                "international coalition", "u s government", "department of defense", "defense department", "u s officials",
                "u s base", "u s bases", "u s embassy", "american embassy", "u s led forces", "coalition forces",
                "u s and coalition forces", "cia", "central intelligence agency");
        add(new Actor("Iran", Kind.IRAN), "iran", "iranian", "islamic republic", "tehran", "irgc",
                "islamic revolutionary guard corps", "islamic revolution guards corps", "islamic revolutionary guards corps",
                "revolutionary guards", "revolutionary guard", "revolutionary guard corps", "quds force", "iranian military",
                "iranian forces", "iranian revolutionary guards", "iranian revolutionary guard");
        for (String patron : List.of("iran", "iranian", "tehran", "irgc")) {
            // "Tehran-allied", "Iran-affiliated": the patron's name describes its proxies, it is not the party itself
            for (String tie : List.of("backed", "allied", "aligned", "linked", "affiliated", "supported", "sponsored",
                    "funded", "armed")) {
                add(new Actor(Actor.IRAN_BACKED, Kind.MILITIA_GENERIC), patron + " " + tie);
            }
        }
        add(new Actor(Actor.IRAN_BACKED, Kind.MILITIA_GENERIC), "pro iran", "pro iranian", "pro tehran",
                "iran backed militia", "iran backed militias", "iran backed groups", "iran backed militia groups",
                "iranian backed militia", "iranian backed militias",
                "iran backed militants", "iran backed fighters", "iran linked militias", "iran supported militias");
        add(new Actor("Kata'ib Hezbollah", Kind.MILITIA), "kataib hezbollah", "kataib hizbollah", "kataib hizballah",
                "kataeb hezbollah", "kataib hezbolah", "kata ib hezbollah", "hezbollah brigades", "kataib hizbullah",
                "kataeb hizbollah", "kh");
        add(new Actor("Kata'ib Sayyid al-Shuhada", Kind.MILITIA), "kataib sayyid al shuhada", "kataib sayid shuhada",
                "kataeb sayyid al shuhada", "kataib sayyed al shuhada", "kataeb sayed al shuhada", "kataib sayyid shuhada",
                "ksS");
        add(new Actor("Harakat al-Nujaba", Kind.MILITIA), "harakat al nujaba", "harakat nujaba", "nujaba",
                "harakat hezbollah al nujaba", "al nujaba movement", "nujaba movement", "nujaba militia");
        add(new Actor("Asa'ib Ahl al-Haq", Kind.MILITIA), "asaib ahl al haq", "asaib ahl haq", "asaib", "asaeb ahl al haq",
                "league of the righteous", "league of people of righteousness", "asaib ahl al hak");
        add(new Actor("Kata'ib al-Imam Ali", Kind.MILITIA), "kataib al imam ali", "kataib imam ali");
        add(new Actor("Badr Organization", Kind.MILITIA), "badr organization", "badr organisation", "badr brigade");
        add(new Actor("Islamic Resistance in Iraq", Kind.MILITIA), "islamic resistance in iraq", "islamic resistance of iraq");
        // the names under which militias claimed rocket and drone attacks on US sites from 2019 on
        add(new Actor("Awliya al-Dam", Kind.MILITIA), "awliya al dam", "saraya awliya al dam", "awliyaa al dam",
                "guardians of the blood", "guardians of blood brigade");
        add(new Actor("Ashab al-Kahf", Kind.MILITIA), "ashab al kahf", "ashab al kahaf", "companions of the cave");
        add(new Actor("Usbat al-Thaireen", Kind.MILITIA), "usbat al thaireen", "usbat al thairin", "osbat al thaereen",
                "league of revolutionaries");
        add(new Actor("Saraya Thar al-Muhandis", Kind.MILITIA), "saraya thar al muhandis", "thar al muhandis");
        add(new Actor("Popular Mobilization Forces", Kind.MILITIA), "popular mobilization forces",
                "popular mobilisation forces", "popular mobilization units", "popular mobilisation units",
                "popular mobilization", "popular mobilisation", "pmf", "pmu", "hashd al shaabi", "hashd shaabi",
                "al hashd al shaabi", "hashd", "hashed al shaabi");
        add(new Actor("Islamic State", Kind.ISLAMIC_STATE), "islamic state", "isis", "isil", "daesh", "islamic state group",
                "islamic state militants", "isis militants", "is group", "is");
        add(new Actor("Israel", Kind.STATE), "israel", "israeli", "idf", "israel defense forces", "israeli military",
                "israeli air force", "israeli army", "israeli warplanes", "israeli jets");
        add(new Actor("Turkey", Kind.STATE), "turkey", "turkish", "turkiye", "turkish military", "turkish armed forces",
                "turkish army", "turkish warplanes", "turkish drones", "turkish air force", "turkish air forces");
        add(new Actor("Russia", Kind.STATE), "russia", "russian", "russian military", "russian warplanes", "russian jets",
                "moscow", "russian air force", "russian aerospace forces");
        add(new Actor("Syrian government", Kind.STATE), "syrian government", "syrian army", "syrian regime",
                "syrian government forces", "syrian regime forces", "assad regime", "syrian military", "syrian forces",
                "syrian troops", "pro government forces", "pro regime forces", "syrian arab army", "syrian soldiers",
                "syrian army soldiers", "syrian regime soldiers",
                // "regime warplanes", "Russian and regime jets": Syria's in the copy of its war (another state's regime is
                // named with its nationality, matched below as that state)
                "regime forces", "regime warplanes", "regime jets", "regime helicopters", "regime aircraft", "regime troops",
                "regime artillery", "regime air force");
        add(new Actor("Iran", Kind.IRAN), "iranian regime", "tehran regime");
        add(new Actor("Israel", Kind.STATE), "israeli regime", "zionist regime");
        add(new Actor("Turkey", Kind.STATE), "turkish regime");
        add(new Actor("Iraqi forces", Kind.IRAQI_FORCES), "iraqi forces", "iraqi security forces", "iraqi army",
                "iraqi military", "iraqi troops", "iraqi soldiers", "counter terrorism service", "iraqi air force",
                "iraqi government", "iraqi government forces", "iraqi federal police", "peshmerga", "kurdish peshmerga",
                "peshmerga forces");
        for (String craft : AIRCRAFT) {
            // "Iraqi F-16s", "Syrian warplanes": a nationality before its aircraft names the state's air arm, while "Iraqi"
            // alone mostly names the ground forces a strike supports
            add(new Actor("Iraqi forces", Kind.IRAQI_FORCES), "iraqi " + craft);
            add(new Actor("Syrian government", Kind.STATE), "syrian " + craft);
        }
        Map<String, Actor> armedForcesOf = Map.of("iraq", new Actor("Iraqi forces", Kind.IRAQI_FORCES),
                "syria", new Actor("Syrian government", Kind.STATE), "jordan", new Actor("Jordan", Kind.STATE));
        armedForcesOf.forEach((country, state) -> {
            // "Iraq's air force", "Jordan's warplanes": the possessive folds away, and the country's name alone is a place
            // (its army or military is left out: "Syria's army said" names a speaker more often than a side that struck)
            for (String arm : AIRCRAFT) {
                add(state, country + " " + arm);
            }
        });
        Map<String, Actor> guardsOf = Map.of("iraqi", new Actor("Iraqi forces", Kind.IRAQI_FORCES),
                "syrian", new Actor("Syrian government", Kind.STATE), "turkish", new Actor("Turkey", Kind.STATE),
                "iranian", new Actor("Iran", Kind.IRAN), "jordanian", new Actor("Jordan", Kind.STATE));
        guardsOf.forEach((nationality, state) -> {
            // "Iraqi border guards": a force, where "the Iraqi border" alone is a place
            for (String unit : List.of("guards", "guard", "police", "forces", "troops")) {
                add(state, nationality + " border " + unit);
            }
        });
        Map<String, Actor> sitesOf = Map.of("syrian", new Actor("Syrian government", Kind.STATE),
                "turkish", new Actor("Turkey", Kind.STATE), "iranian", new Actor("Iran", Kind.IRAN));
        sitesOf.forEach((nationality, state) -> {
            // "the Syrian airbase", "Turkish military posts": a state's site names its forces where it is struck ("Iraqi"
            // is left out: an Iraqi base struck is mostly told for the US troops it hosts)
            for (String site : List.of("airbase", "airbases", "air base", "air bases", "airport", "military airport", "base",
                    "bases", "military base", "military bases", "army base", "army bases", "military positions",
                    "army positions", "positions", "military facilities", "facilities", "military sites", "military posts",
                    "military post", "posts", "outposts", "military outpost", "military targets")) {
                add(state, nationality + " " + site);
            }
        });
        // "Jordan struck smugglers' hideouts": the state, where "in Jordan" stays a place (PlaceReader.resolveActorOverlap)
        add(new Actor("Jordan", Kind.STATE), "jordan", "jordanian", "jordanian air force", "jordanian military",
                "jordanian army");
        add(new Actor("United Kingdom", Kind.STATE), "britain", "british", "united kingdom", "uk", "royal air force", "raf");
        add(new Actor("France", Kind.STATE), "france", "french");
        add(new Actor("Canada", Kind.STATE), "canada", "canadian", "canadian forces", "royal canadian air force",
                "canadian jets", "canadian military");
        add(new Actor("Netherlands", Kind.STATE), "netherlands", "dutch", "royal netherlands air force", "dutch military");
        add(new Actor("Australia", Kind.STATE), "australia", "australian", "royal australian air force");
        add(new Actor("Kurdistan Democratic Party of Iran", Kind.NON_STATE), "kurdistan democratic party of iran", "kdpi",
                "pdki", "democratic party of iranian kurdistan", "kdp iran", "kdp i");
        add(new Actor("Komala", Kind.NON_STATE), "komala", "komala party");
        add(new Actor("Houthis", Kind.NON_STATE), "houthi", "houthis", "ansar allah", "houthi rebels", "houthi militants");
        add(new Actor("Syrian Democratic Forces", Kind.NON_STATE), "syrian democratic forces", "sdf", "kurdish led sdf");
        add(new Actor("PKK", Kind.NON_STATE), "pkk", "kurdistan workers party", "kurdistan workers");
        add(new Actor("YPG", Kind.NON_STATE), "ypg", "people's protection units", "kurdish people's protection units",
                "peoples protection units", "yekineyen parastina gel");
        add(new Actor("Sinjar Resistance Units", Kind.NON_STATE), "sinjar resistance units", "shingal resistance units",
                "ybs", "ybsh");
        add(new Actor("PJAK", Kind.NON_STATE), "pjak", "free life party of kurdistan", "party of free life of kurdistan",
                "kurdistan free life party");
        add(new Actor("Kurdistan Freedom Party", Kind.NON_STATE), "kurdistan freedom party", "pak");
        add(new Actor("Hezbollah", Kind.NON_STATE), "hezbollah", "hizbollah", "hizballah", "lebanese hezbollah");
        add(new Actor("Hamas", Kind.NON_STATE), "hamas");
        // the jihadist and rebel groups of Syria's war that US, Russian and Syrian strikes are told against; Hurras
        // al-Din is al-Qaeda's Syrian branch and is told as al-Qaeda where it is hit
        add(new Actor(Actor.AL_QAEDA, Kind.NON_STATE), "al qaeda", "al qaida", "al qa ida", "al qaeda in syria",
                "hurras al din", "huras al din", "horas al din", "hurras al deen", "tanzim hurras al din",
                "guardians of religion", "guardians of the religion", "guardians of religion organization");
        for (String tie : List.of("linked", "affiliated", "allied", "aligned", "inspired", "breakaway", "offshoot",
                "splinter")) {
            // "the al-Qaeda-linked Hayat Tahrir al-Sham": the tie describes the group named next, it is not al-Qaeda
            add(new Actor("", Kind.IGNORED), "al qaeda " + tie, "al qaida " + tie);
        }
        add(new Actor("Khorasan Group", Kind.NON_STATE), "khorasan group");
        add(new Actor("Nusra Front", Kind.NON_STATE), "nusra front", "al nusra front", "jabhat al nusra", "al nusra",
                "nusra", "jabhat fateh al sham", "fateh al sham");
        add(new Actor("Hayat Tahrir al-Sham", Kind.NON_STATE), "hayat tahrir al sham", "hayat tahrir al sham hts",
                "hayat tahrir al shams", "tahrir al sham", "hts");
        add(new Actor("Jaysh al-Islam", Kind.NON_STATE), "jaysh al islam", "jaish al islam", "army of islam");
        add(new Actor("Syrian National Army", Kind.NON_STATE), "syrian national army", "sna");
        add(new Actor("Free Syrian Army", Kind.NON_STATE), "free syrian army", "fsa");
        add(new Actor("Free Alawite Movement", Kind.NON_STATE), "free alawite movement", "free alawites movement");
        add(new Actor("Asayish", Kind.NON_STATE), "asayish", "asayesh", "asaish");
        add(new Actor("Faylaq al-Sham", Kind.NON_STATE), "faylaq al sham", "failaq al sham", "feylaq al sham",
                "faylaq al shams", "faylaq ash sham", "failaq ash sham", "sham legion", "al sham legion");
        // parties of wars elsewhere that US and other strikes are told against
        add(new Actor("al-Shabaab", Kind.NON_STATE), "al shabaab", "al shabab", "shabaab", "al shebab", "harakat al shabaab");
        add(new Actor("Taliban", Kind.NON_STATE), "taliban", "afghan taliban", "pakistani taliban", "tehreek e taliban");
        // "U.S.-backed" describes someone else; matched so that it is not read as the United States
        add(new Actor("", Kind.IGNORED), "u s backed", "u s trained", "u s allied", "american backed",
                "coalition backed", "russian backed", "turkish backed", "turkey backed", "u s made", "american made",
                "iranian made", "iran made", "russian made");
        // "Iranian Kurdish parties", "Syrian Kurdish fighters": Kurds of that country, not its state
        add(new Actor("", Kind.IGNORED), "iranian kurdish", "iranian kurds", "iranian kurdistan", "syrian kurdish",
                "syrian kurds", "turkish kurdish", "iraqi kurdish", "iraqi kurds");
        // "an Iranian opposition group", "Syrian rebels": the state's opponents, not the state
        for (String nationality : List.of("iranian", "syrian", "turkish", "iraqi", "russian")) {
            add(new Actor("", Kind.IGNORED), nationality + " opposition", nationality + " dissident",
                    nationality + " dissidents", nationality + " rebel", nationality + " rebels", nationality + " exiles",
                    nationality + " exile");
        }
        int longest = 1;
        for (String k : PHRASES.keySet()) {
            longest = Math.max(longest, k.split(" ").length);
        }
        MAX_WORDS = longest;
    }

    private ActorFinder() {}

    private static void add(Actor actor, String... phrases) {
        for (String p : phrases) {
            String key = NameFolding.fold(p);
            if (key.startsWith("u s ")) {
                // "US Central Command", "US forces": the dotless spelling of every "U.S." name
                addKey(actor, "us " + key.substring(4));
            }
            addKey(actor, key);
        }
    }

    private static void addKey(Actor actor, String key) {
        PHRASES.put(key, actor);
        StringBuilder prefix = new StringBuilder();
        for (String w : key.split(" ")) {
            if (prefix.length() > 0) {
                prefix.append(' ');
            }
            prefix.append(w);
            PREFIXES.add(prefix.toString());
        }
    }

    /** All actor hits in tokens {@code [from, to)}, longest match first, non-overlapping. */
    static List<Hit> find(List<Token> tokens, int from, int to) {
        List<Hit> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Token first = tokens.get(i);
            // most words begin no actor's name: the prefixes say so at once
            if (first.key().isEmpty() || !PREFIXES.contains(first.key()) && !COORDINATED_ADJECTIVES.containsKey(first.key())) {
                i++;
                continue;
            }
            String k = null;
            int bestEnd = -1;
            Actor best = null;
            int words = 0;
            for (int j = i; j < to && words < MAX_WORDS; j++) {
                Token t = tokens.get(j);
                if (t.punct()) {
                    // the full stops inside "U.S." or "U.K." do not end a name
                    if (t.is(".") && j > i && tokens.get(j - 1).raw().length() == 1 && t.start() == tokens.get(j - 1).end()) {
                        continue;
                    }
                    break;
                }
                if (t.key().isEmpty()) {
                    continue;
                }
                // the first word is looked up by the token's own key, whose hash is kept: most words end there
                k = k == null ? t.key() : k + ' ' + t.key();
                words++;
                if (!PREFIXES.contains(k)) {
                    break;
                }
                Actor a = PHRASES.get(k);
                if (a != null && acceptable(k, tokens, i, j)) {
                    best = a;
                    bestEnd = j + 1;
                }
            }
            if (best == null && COORDINATED_ADJECTIVES.containsKey(first.key()) && coordinatedWithActor(tokens, i, to)) {
                best = COORDINATED_ADJECTIVES.get(first.key());
                bestEnd = i + 1;
            }
            if (best != null) {
                out.add(new Hit(i, bestEnd, best));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out;
    }

    /** "Iraqi and coalition aircraft": a nationality joined by "and" to a named party is a party of its own. */
    private static boolean coordinatedWithActor(List<Token> tokens, int i, int to) {
        if (i + 2 >= to || !tokens.get(i + 1).is("and")) {
            return false;
        }
        int j = tokens.get(i + 2).punct() || tokens.get(i + 2).key().isEmpty() ? i + 3 : i + 2;
        while (j < to && tokens.get(j).punct()) {
            j++;
        }
        StringBuilder key = new StringBuilder();
        for (int k = j; k < to && k < j + 2; k++) {
            if (tokens.get(k).key().isEmpty()) {
                continue;
            }
            key.append(key.length() > 0 ? " " : "").append(tokens.get(k).key());
            if (PHRASES.containsKey(key.toString()) && acceptable(key.toString(), tokens, j, k)) {
                return true;
            }
        }
        return false;
    }

    /** Short keys that are also ordinary words count only in capitals ("US" not "us", "KH" not "kh"). */
    private static final Set<String> CAPITALS_ONLY = Set.of(
            "us", "kh", "uk", "raf", "sdf", "pmf", "pmu", "isis", "isil", "kdpi", "pdki", "pak", "is", "hts", "sna", "fsa",
            "cia");

    private static boolean acceptable(String key, List<Token> tokens, int from, int to) {
        if (CAPITALS_ONLY.contains(key)) {
            String raw = tokens.get(from).raw();
            if (raw.endsWith("'s") || raw.endsWith("\u2019s")) {
                raw = raw.substring(0, raw.length() - 2); // "KH's", "the SDF's": the possessive is no part of the name
            }
            return raw.equals(raw.toUpperCase(java.util.Locale.ROOT));
        }
        return true;
    }
}
