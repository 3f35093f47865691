package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.FieldEvidence;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import io.strikeline.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The work of extracting one article; a fresh instance per article, so the extractor stays thread-safe. */
final class ArticleAnalysis {

    private enum Weapon { DRONE, MISSILE, ROCKET, ARTILLERY, AIR }

    private enum Role { PERPETRATOR_STRONG, PERPETRATOR, TARGET, SPEAKER, NONE }

    /** A trigger word or phrase; {@code type} null means "strike"/"attack" whose kind comes from context. */
    private record Trigger(int from, int to, EventType type, Weapon weapon, int strength, boolean baseVerb) {}

    private record PlaceHit(int from, int to, List<Place> options, boolean origin, Place chosen) {}

    private record WeaponHit(int from, int to, Weapon weapon) {}

    /** Everything found in one sentence. */
    private static final class SentenceInfo {
        int index;
        int from;
        int to;
        List<int[]> clauses;
        List<DateExpr> dates;
        List<ActorFinder.Hit> actors;
        List<PlaceHit> places;
        List<CasualtyFinder.Hit> casualties;
        List<Landmarks.Hit> landmarks;
        List<WeaponHit> weapons = new ArrayList<>();
        Set<Integer> ownedClauses = new HashSet<>();
        boolean hasStrikeContext;
    }

    /** One strike reading of one clause, before merging with other readings of the same strike. */
    private static final class Candidate {
        SentenceInfo sentence;
        int clauseFrom;
        int clauseTo;
        Trigger trigger;
        EventType type;
        Mention typeMention;
        boolean referential;
        PlaceHit place;
        Mention placeMention;
        Actor perpetrator;
        Mention perpetratorMention;
        Actor target;
        Mention targetMention;
        Integer killed;
        Mention killedMention;
        Integer injured;
        Mention injuredMention;
        DateExpr dateExpr;
        EventDate date;
        Mention dateMention;
        Landmarks.Hit landmark;
        Place landmarkPlace;
        int merged = 1;
        boolean easternTimeApplied;
        Set<Integer> sentences = new HashSet<>();

        Place placeValue() {
            return place != null ? place.chosen() : landmarkPlace;
        }

        Candidate copy() {
            Candidate c = new Candidate();
            c.sentence = sentence;
            c.clauseFrom = clauseFrom;
            c.clauseTo = clauseTo;
            c.trigger = trigger;
            c.type = type;
            c.typeMention = typeMention;
            c.referential = referential;
            c.perpetrator = perpetrator;
            c.perpetratorMention = perpetratorMention;
            c.target = target;
            c.targetMention = targetMention;
            c.killed = killed;
            c.killedMention = killedMention;
            c.injured = injured;
            c.injuredMention = injuredMention;
            c.dateExpr = dateExpr;
            c.landmark = landmark;
            c.sentences.addAll(sentences);
            return c;
        }
    }

    private static final Map<String, Weapon> WEAPONS = Map.ofEntries(
            Map.entry("drone", Weapon.DRONE), Map.entry("drones", Weapon.DRONE), Map.entry("uav", Weapon.DRONE),
            Map.entry("uavs", Weapon.DRONE), Map.entry("unmanned", Weapon.DRONE), Map.entry("unpiloted", Weapon.DRONE),
            Map.entry("quadcopter", Weapon.DRONE), Map.entry("quadcopters", Weapon.DRONE), Map.entry("reaper", Weapon.DRONE),
            Map.entry("missile", Weapon.MISSILE), Map.entry("missiles", Weapon.MISSILE), Map.entry("ballistic", Weapon.MISSILE),
            Map.entry("tomahawk", Weapon.MISSILE), Map.entry("tomahawks", Weapon.MISSILE), Map.entry("cruise", Weapon.MISSILE),
            Map.entry("rocket", Weapon.ROCKET), Map.entry("rockets", Weapon.ROCKET), Map.entry("katyusha", Weapon.ROCKET),
            Map.entry("katyushas", Weapon.ROCKET), Map.entry("mortar", Weapon.ARTILLERY), Map.entry("mortars", Weapon.ARTILLERY),
            Map.entry("artillery", Weapon.ARTILLERY), Map.entry("howitzer", Weapon.ARTILLERY),
            Map.entry("howitzers", Weapon.ARTILLERY), Map.entry("warplane", Weapon.AIR), Map.entry("warplanes", Weapon.AIR),
            Map.entry("jets", Weapon.AIR), Map.entry("jet", Weapon.AIR), Map.entry("aircraft", Weapon.AIR),
            Map.entry("bomber", Weapon.AIR), Map.entry("bombers", Weapon.AIR), Map.entry("helicopter", Weapon.AIR),
            Map.entry("helicopters", Weapon.AIR), Map.entry("gunship", Weapon.AIR), Map.entry("gunships", Weapon.AIR),
            Map.entry("fighter", Weapon.AIR));
    private static final Set<String> STRIKE_NOUNS = Set.of("strike", "strikes");
    private static final Set<String> ATTACK_NOUNS = Set.of("attack", "attacks");
    private static final Set<String> ACTION_VERBS = Set.of(
            "hit", "hits", "hitting", "targeted", "targeting", "pounded", "fired", "launched", "landed", "slammed", "crashed",
            "exploded", "killed", "destroyed", "carried", "conducted", "impacted", "fell", "rained", "bombarded");
    private static final Set<String> BASE_VERBS = Set.of(
            "strike", "attack", "hit", "target", "bomb", "launch", "fire", "retaliate");
    private static final Set<String> MODAL_CUES = Set.of(
            "will", "would", "could", "might", "may", "should", "shall", "threaten", "threatened", "threatens", "threatening",
            "vow", "vowed", "vows", "vowing", "pledge", "pledged", "pledges", "pledging", "promise", "promised", "promises",
            "promising", "warn", "warned", "warns", "warning", "plan", "plans", "planned", "planning", "intends", "intend",
            "prepared", "ready", "considering", "consider", "if", "whether", "possible", "potential", "possibility", "option",
            "options", "any", "unless", "deter", "prevent", "avoid", "future", "further", "seeks",
            "want", "wants", "calls", "called", "urged", "demand", "demanded", "'ll", "preparing", "prepare", "attempt",
            "attempted", "trying", "tried", "plotting");
    private static final Set<String> NEGATION_CUES = Set.of(
            "no", "not", "never", "denied", "deny", "denies", "denying", "without", "neither", "nor", "rejected", "dismissed",
            "didn't", "suspend", "suspending", "suspended", "halt", "halting", "stop", "stopping", "cease", "ceasing",
            "wasn't", "weren't", "hasn't", "haven't", "isn't", "aren't", "don't", "doesn't", "false");
    private static final Set<String> GENERIC_CUES = Set.of(
            "become", "became", "common", "increasingly", "frequent", "frequently", "routinely", "regularly", "often",
            "repeatedly", "arsenal", "capabilities", "capability", "program", "programme", "spate", "engage", "engaged",
            "engaging", "usually", "typically", "tactic", "tactics", "hundreds", "dozens", "scores", "campaign", "string", "wave",
            "flurry", "repeated", "times", "rarely", "seldom", "individual");
    private static final Set<String> TALLY_CUES = Set.of("since", "past", "than", "total", "far", "year", "months");
    private static final Set<String> DEFINITE = Set.of("the", "that", "this", "those", "these", "its", "their", "his", "her");
    private static final Set<String> MODIFIERS = Set.of(
            "u", "s", "us", "american", "iranian", "israeli", "turkish", "deadly", "recent", "latest", "retaliatory",
            "precision", "air", "drone", "missile", "rocket", "coalition", "overnight", "weekend", "previous", "earlier",
            "initial", "first", "second", "last", "twin", "two", "three", "iraqi", "syrian", "jordanian", "russian", "british",
            "massive", "fatal", "apparent", "suspected", "alleged", "daring", "separate", "new", "ballistic");
    private static final Set<String> REPORTING = Set.of(
            "said", "says", "say", "announced", "told", "stated", "reported", "added", "noted", "confirmed", "tweeted", "wrote",
            "statement", "denied", "warned", "vowed", "pledged", "declared", "acknowledged", "insisted", "has", "have",
            "spokesman", "spokesperson", "officials", "official", "condemned", "believes", "believed", "accused", "blamed",
            "urged", "called", "pointed", "did", "does", "is", "was", "argued", "contended", "responded");
    private static final Set<String> TARGET_LEAD = Set.of(
            "against", "targeting", "targeted", "at", "on", "housing", "hosting", "hitting", "struck", "hit", "killing",
            "toward", "towards", "near", "upon", "attacked", "bombed", "pounded", "into");
    private static final Set<String> LOCATIVE = Set.of(
            "in", "inside", "into", "across", "near", "throughout", "from", "within", "over", "at", "toward", "towards");
    private static final Set<String> NOT_AIR_BOMBING = Set.of("suicide", "car", "roadside", "truck", "bomb");
    private static final Set<String> NOT_MILITARY_STRIKE = Set.of("hunger", "general", "labor", "labour", "workers");
    private static final Set<String> STRUCK_IDIOMS = Set.of("deal", "agreement", "chord", "balance", "tone", "note", "out");
    /** "backed by Iran", "used by the militia": "by" that does not name who struck. */
    private static final Set<String> NOT_AGENT_BY = Set.of(
            "backed", "funded", "supported", "trained", "armed", "allied", "founded", "sponsored", "aligned", "led", "run",
            "controlled", "claimed", "reported", "announced", "said", "used", "operated", "owned", "held", "occupied", "manned",
            "housed");
    private static final Set<String> PERSON_TITLES = Set.of(
            "gen", "general", "commander", "leader", "leaders", "cleric", "official", "officials", "president", "minister",
            "spokesman", "spokesperson", "lawmaker", "lawmakers", "politician", "diplomat", "envoy", "ambassador", "adviser",
            "advisor", "colonel", "col", "maj", "lt", "brig", "chief", "analyst", "journalist", "foreign", "prime", "supreme",
            "militia", "line", "military");
    private static final Set<String> PERSON_QUALIFIERS = Set.of("militia", "military", "hard", "line", "top", "senior");
    private static final Map<String, String> NATIONALITY = Map.of(
            "iraqi", "IQ", "syrian", "SY", "jordanian", "JO", "iranian", "IR", "turkish", "TR", "yemeni", "YE",
            "lebanese", "LB", "israeli", "IL", "kuwaiti", "KW", "saudi", "SA");
    private static final Pattern EASTERN_TIME = Pattern.compile(
            "(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am|pm)\\s*\\(?(ET|EST|EDT|Eastern)\\b", Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;
    private final Landmarks landmarks;
    private final ArticleText article;
    private final String text;
    private final List<Token> tokens;
    private final List<SentenceInfo> sentences = new ArrayList<>();
    private final Map<String, Double> countryWeight = new HashMap<>();
    private final Map<String, Mention> mentions = new LinkedHashMap<>();
    private LocalDate reference;
    private LocalDate inferred;
    private String inferenceReason;

    ArticleAnalysis(Gazetteer gazetteer, Landmarks landmarks, ArticleText article) {
        this.gazetteer = gazetteer;
        this.landmarks = landmarks;
        this.article = article;
        this.text = article.text() == null ? "" : article.text();
        this.tokens = Tokenizer.tokenize(text);
    }

    Extraction run() {
        scanSentences();
        List<Candidate> candidates = new ArrayList<>();
        for (SentenceInfo s : sentences) {
            candidates.addAll(candidatesOf(s));
        }
        reference = article.published();
        if (reference == null) {
            inferPublished();
            reference = inferred;
        }
        resolveDates(candidates);
        List<Candidate> events = merge(candidates);
        for (Candidate e : events) {
            shiftEventForEasternTime(e);
        }
        fillUndated(events);
        List<ExtractedEvent> out = new ArrayList<>();
        for (Candidate e : events) {
            out.add(toEvent(e));
        }
        List<Mention> all = new ArrayList<>(mentions.values());
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return new Extraction(out, all, inferred, inferenceReason);
    }

    // ---------------------------------------------------------------- scanning

    private void scanSentences() {
        List<int[]> ranges = Tokenizer.sentences(text, tokens);
        for (int[] r : ranges) {
            SentenceInfo s = new SentenceInfo();
            s.index = sentences.size();
            s.from = r[0];
            s.to = r[1];
            s.clauses = Tokenizer.clauses(tokens, r[0], r[1]);
            s.dates = DateFinder.find(tokens, r[0], r[1]);
            if (s.index == 0) {
                s.dates.replaceAll(d -> d.fromTok() <= 6 && d.fromTok() > 0 && tokens.get(d.fromTok() - 1).is(",")
                        ? d.asStatement() : d);
            }
            s.actors = new ArrayList<>(ActorFinder.find(tokens, r[0], r[1]));
            s.places = findPlaces(s);
            s.casualties = CasualtyFinder.find(tokens, r[0], r[1]);
            Set<String> keys = new HashSet<>();
            for (int i = r[0]; i < r[1]; i++) {
                Token t = tokens.get(i);
                if (!t.key().isEmpty()) {
                    keys.add(t.key());
                }
                Weapon w = WEAPONS.get(t.lower());
                if (w != null && !(w == Weapon.AIR && t.is("fighter") && !nextIs(i, "jet", "jets"))) {
                    s.weapons.add(new WeaponHit(i, i + 1, w));
                }
                String nat = NATIONALITY.get(t.lower());
                if (nat != null) {
                    countryWeight.merge(nat, 0.5, Double::sum);
                }
            }
            s.landmarks = landmarks.find(tokens, r[0], r[1], s.index, keys);
            sentences.add(s);
        }
        for (SentenceInfo s : sentences) {
            for (PlaceHit p : s.places) {
                if (p.options().size() == 1 || p.options().stream().map(Place::country).distinct().count() == 1) {
                    countryWeight.merge(p.options().get(0).country(), 1.0, Double::sum);
                }
            }
        }
        for (SentenceInfo s : sentences) {
            s.places.replaceAll(p -> new PlaceHit(p.from(), p.to(), p.options(), p.origin(), choose(p.options(), p.to())));
        }
    }

    private boolean nextIs(int i, String... words) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        for (String w : words) {
            if (tokens.get(i + 1).is(w)) {
                return true;
            }
        }
        return false;
    }

    private List<PlaceHit> findPlaces(SentenceInfo s) {
        List<PlaceHit> out = new ArrayList<>();
        int max = gazetteer.maxWords();
        int i = s.from;
        while (i < s.to) {
            Token first = tokens.get(i);
            if (first.key().isEmpty()) {
                i++;
                continue;
            }
            StringBuilder key = new StringBuilder();
            int words = 0;
            int bestEnd = -1;
            List<Place> best = null;
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
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(t.key());
                words++;
                String k = key.toString();
                if (!gazetteer.isPrefix(k)) {
                    break;
                }
                List<Place> found = gazetteer.lookup(k);
                if (!found.isEmpty() && capital) {
                    best = found;
                    bestEnd = j + 1;
                }
            }
            if (best != null && !insidePersonName(i) && !dateline(i, bestEnd)) {
                int start = i;
                while (start > s.from && tokens.get(start - 1).key().isEmpty() && !tokens.get(start - 1).punct()
                        && tokens.get(start - 1).hyphenAfter()) {
                    start--;
                }
                PlaceHit hit = new PlaceHit(start, bestEnd, best, start > s.from && tokens.get(start - 1).is("from"), null);
                if (!resolveActorOverlap(s, hit)) {
                    out.add(hit);
                }
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out;
    }

    /** "AMMAN, Jan. 29 (AFP) -": the place a report was filed from, not where anything happened. */
    private boolean dateline(int from, int to) {
        if (from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String raw = tokens.get(k).raw();
            if (raw.length() > 1 && !raw.equals(raw.toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return to < tokens.size() && tokens.get(to).is(",");
    }

    /** "Abu Bakr al-Baghdadi" is a man, not the town of al-Baghdadi. */
    private boolean insidePersonName(int i) {
        int k = i - 1;
        while (k >= 0 && tokens.get(k).key().isEmpty() && !tokens.get(k).punct()) {
            k--;
        }
        return k >= 0 && (tokens.get(k).is("bakr") || tokens.get(k).is("abu") || tokens.get(k).is("bin")
                || tokens.get(k).is("ibn"));
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

    private Place choose(List<Place> options, int endTok) {
        if (options.size() == 1) {
            return options.get(0);
        }
        boolean provinceWord = endTok < tokens.size()
                && (tokens.get(endTok).is("province") || tokens.get(endTok).is("governorate"));
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

    // ---------------------------------------------------------------- triggers

    private List<Trigger> triggersIn(SentenceInfo s, int from, int to) {
        List<Trigger> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.punct() || insideDate(s, i)) {
                continue;
            }
            String w = t.lower();
            String next = i + 1 < to ? tokens.get(i + 1).lower() : "";
            String prev = i > from ? tokens.get(i - 1).lower() : "";
            Weapon weapon = WEAPONS.get(w);
            if (w.equals("air") && (STRIKE_NOUNS.contains(next) || next.equals("raid") || next.equals("raids"))) {
                out.add(new Trigger(i, i + 2, EventType.AIRSTRIKE, Weapon.AIR, 3, false));
                i++;
            } else if (w.equals("airstrike") || w.equals("airstrikes") || w.equals("airstrike's") || w.equals("airraid")) {
                out.add(new Trigger(i, i + 1, EventType.AIRSTRIKE, Weapon.AIR, 3, false));
            } else if (weapon == Weapon.DRONE && (STRIKE_NOUNS.contains(next) || ATTACK_NOUNS.contains(next))) {
                out.add(new Trigger(i, i + 2, STRIKE_NOUNS.contains(next) ? EventType.DRONE_STRIKE : EventType.DRONE_ATTACK,
                        Weapon.DRONE, 3, false));
                i++;
            } else if (ATTACK_NOUNS.contains(w) && (next.equals("drone") || next.equals("drones"))) {
                out.add(new Trigger(i, i + 2, EventType.DRONE_ATTACK, Weapon.DRONE, 3, false));
                i++;
            } else if (weapon == Weapon.MISSILE && (STRIKE_NOUNS.contains(next) || ATTACK_NOUNS.contains(next)
                    || next.equals("barrage") || next.equals("salvo"))) {
                out.add(new Trigger(i, i + 2, EventType.MISSILE_STRIKE, Weapon.MISSILE, 3, false));
                i++;
            } else if (weapon == Weapon.ROCKET && (STRIKE_NOUNS.contains(next) || ATTACK_NOUNS.contains(next)
                    || next.equals("fire") || next.equals("barrage") || next.equals("salvo") || next.equals("launches"))) {
                out.add(new Trigger(i, i + 2, EventType.ROCKET_ATTACK, Weapon.ROCKET, 3, false));
                i++;
            } else if (weapon == Weapon.ARTILLERY && (ATTACK_NOUNS.contains(next) || STRIKE_NOUNS.contains(next)
                    || next.equals("fire") || next.equals("shelling") || next.equals("rounds") || next.equals("shells"))) {
                out.add(new Trigger(i, i + 2, EventType.ARTILLERY, Weapon.ARTILLERY, 3, false));
                i++;
            } else if (w.equals("shelling") || w.equals("shelled") || w.equals("bombardment")) {
                out.add(new Trigger(i, i + 1, EventType.ARTILLERY, Weapon.ARTILLERY, 3, false));
            } else if ((w.equals("bombing") || w.equals("bombings") || w.equals("bombed") || w.equals("bombarded"))
                    && !NOT_AIR_BOMBING.contains(prev)) {
                out.add(new Trigger(i, i + 1, null, Weapon.AIR, 2, false));
            } else if ((STRIKE_NOUNS.contains(w) || w.equals("struck") || w.equals("striking"))
                    && !NOT_MILITARY_STRIKE.contains(prev)
                    && !STRUCK_IDIOMS.contains(
                            next.equals("a") && i + 2 < to ? tokens.get(i + 2).lower() : next)) {
                out.add(new Trigger(i, i + 1, null, null, 2, w.equals("strike")));
            } else if ((w.equals("raid") || w.equals("raids")) && !prev.equals("police")) {
                out.add(new Trigger(i, i + 1, EventType.OTHER, null, 2, false));
            } else if (ATTACK_NOUNS.contains(w) || w.equals("attacked") || w.equals("attacking")) {
                out.add(new Trigger(i, i + 1, null, null, 1, w.equals("attack")));
            } else if (ACTION_VERBS.contains(w)) {
                out.add(new Trigger(i, i + 1, null, null, 0, w.equals("hit")));
            }
        }
        return out;
    }

    /** Tokens of a date phrase, or a known strike named as its anchor ("the day after the strikes"), trigger nothing. */
    private boolean insideDate(SentenceInfo s, int i) {
        for (DateExpr d : s.dates) {
            if (i >= d.fromTok() && i < d.toTok() || insideAnchor(d, i) && definite(i, d.anchorFrom())) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAnchor(DateExpr d, int i) {
        return d.anchorFrom() >= 0 && i >= d.anchorFrom() && i < d.anchorTo();
    }

    /** Whether token {@code i} is on the same side of any "N days after X" anchor as the candidate's trigger. */
    private boolean sameAnchorSide(Candidate c, int i) {
        for (DateExpr d : c.sentence.dates) {
            if (insideAnchor(d, i) != insideAnchor(d, c.trigger.from())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a trigger reports a strike that happened: not a threat, denial, hypothesis or generalisation. */
    private boolean factual(Trigger trig, int clauseFrom, int clauseTo, List<Trigger> all) {
        int prevEnd = clauseFrom;
        int nextStart = clauseTo;
        for (Trigger o : all) {
            if (o.to() <= trig.from() && o.strength() >= 1) {
                prevEnd = Math.max(prevEnd, o.to());
            }
            if (o.from() >= trig.to() && o.strength() >= 1) {
                nextStart = Math.min(nextStart, o.from());
            }
        }
        boolean definite = definite(trig.from(), clauseFrom);
        for (int k = trig.from() - 1; k >= Math.max(prevEnd, trig.from() - 9); k--) {
            String w = tokens.get(k).lower();
            if (NEGATION_CUES.contains(w) || w.endsWith("n't")) {
                return false;
            }
            if (!definite && MODAL_CUES.contains(w)) {
                return false;
            }
            if (w.equals("to") && k == trig.from() - 1 && trig.baseVerb()) {
                return false;
            }
        }
        int lookFrom = Math.max(prevEnd, trig.from() - 9);
        int words = 0;
        for (int k = lookFrom; k < nextStart && words < 12; k++) {
            Token t = tokens.get(k);
            if (k >= trig.to() && !t.punct()) {
                words++;
            }
            if (k >= trig.to() && (t.is("that") || t.is("which") || t.is("who"))) {
                break;
            }
            boolean spanOf = (t.is("weeks") || t.is("months") || t.is("years")) && k + 1 < clauseTo && tokens.get(k + 1).is("of");
            if (GENERIC_CUES.contains(t.lower()) || spanOf || t.is("used") && k + 1 < clauseTo && tokens.get(k + 1).is("to")) {
                return false;
            }
        }
        // "more than 150 attacks since October" is a tally; "14 airstrikes on Sunday" is one day's raid
        Token head = tokens.get(trig.to() - 1);
        if (head.lower().endsWith("s") && trig.from() > 0 && Numbers.value(tokens.get(trig.from() - 1)) > 10) {
            for (int k = clauseFrom; k < clauseTo; k++) {
                if (TALLY_CUES.contains(tokens.get(k).lower())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "the U.S. airstrike", "those strikes": a strike already known to the reader. */
    private boolean definite(int from, int clauseFrom) {
        for (int k = from - 1; k >= Math.max(clauseFrom, from - 5); k--) {
            Token t = tokens.get(k);
            if (DEFINITE.contains(t.lower())) {
                return true;
            }
            if (!MODIFIERS.contains(t.lower()) && !t.punct() && !t.capitalized()) {
                return false;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- candidates

    private List<Candidate> candidatesOf(SentenceInfo s) {
        List<Candidate> out = new ArrayList<>();
        SentenceInfo previous = s.index > 0 ? sentences.get(s.index - 1) : null;
        boolean contextWeapon = !s.weapons.isEmpty() || previous != null && (!previous.weapons.isEmpty()
                || previous.hasStrikeContext);
        for (int c = 0; c < s.clauses.size(); c++) {
            int[] clause = s.clauses.get(c);
            List<Trigger> all = triggersIn(s, clause[0], clause[1]);
            if (all.isEmpty()) {
                continue;
            }
            List<Trigger> kept = new ArrayList<>();
            boolean rejected = false;
            for (Trigger t : all) {
                if (factual(t, clause[0], clause[1], all)) {
                    kept.add(t);
                } else if (t.strength() >= 1) {
                    rejected = true;
                }
            }
            if (rejected) {
                kept.removeIf(t -> t.strength() == 0);
            }
            if (all.stream().anyMatch(t -> t.strength() >= 2)) {
                s.hasStrikeContext = true;
                s.ownedClauses.add(c);
            }
            Trigger primary = pickPrimary(s, clause, kept, contextWeapon);
            if (primary == null) {
                continue;
            }
            s.ownedClauses.add(c);
            Candidate cand = new Candidate();
            cand.sentence = s;
            cand.clauseFrom = clause[0];
            cand.clauseTo = clause[1];
            cand.trigger = primary;
            cand.referential = definite(primary.from(), clause[0]);
            cand.sentences.add(s.index);
            out.add(cand);
        }
        for (Candidate cand : out) {
            fillFromSentence(cand, previous);
        }
        List<Candidate> split = new ArrayList<>();
        for (Candidate cand : out) {
            split.addAll(splitByPlace(cand));
        }
        return split;
    }

    private Trigger pickPrimary(SentenceInfo s, int[] clause, List<Trigger> kept, boolean contextWeapon) {
        Trigger best = null;
        for (Trigger t : kept) {
            if (best == null || t.strength() > best.strength()) {
                best = t;
            }
        }
        if (best == null) {
            return null;
        }
        if (best.strength() >= 2) {
            return best;
        }
        boolean weaponNear = nearestWeapon(s, best) != null;
        boolean hasPlace = s.places.stream().anyMatch(p -> p.from() >= clause[0] && p.to() <= clause[1]);
        boolean hasActor = s.actors.stream().anyMatch(a -> a.fromTok() >= clause[0] && a.toTok() <= clause[1]
                && a.actor().kind() != Kind.IGNORED);
        int trigFrom = best.from();
        boolean stateSubject = s.actors.stream().anyMatch(a -> a.fromTok() >= clause[0] && a.toTok() <= trigFrom
                && a.actor().kind().flies());
        boolean killedOnly = tokens.get(best.from()).is("killed") || tokens.get(best.from()).is("exploded");
        if (weaponNear) {
            return best;
        }
        if (killedOnly) {
            return null;
        }
        if (best.strength() == 1 && (hasActor || hasPlace) && (contextWeapon || definite(best.from(), clause[0]))) {
            return best;
        }
        if (best.strength() == 0 && contextWeapon && hasPlace) {
            return best;
        }
        if (stateSubject && (best.strength() == 1 || tokens.get(best.from()).is("hit") || tokens.get(best.from()).is("targeted")
                || tokens.get(best.from()).is("pounded"))) {
            return best;
        }
        return null;
    }

    private WeaponHit nearestWeapon(SentenceInfo s, Trigger t) {
        WeaponHit best = null;
        int bestDist = Integer.MAX_VALUE;
        for (WeaponHit w : s.weapons) {
            int dist = w.from() >= t.to() ? w.from() - t.to() + 3 : t.from() - w.to();
            if (w.from() >= t.from() && w.to() <= t.to()) {
                dist = -1;
            }
            if (dist <= 8 && dist < bestDist) {
                best = w;
                bestDist = dist;
            }
        }
        return best;
    }

    private boolean inClause(Candidate c, int from, int to) {
        return from >= c.clauseFrom && to <= c.clauseTo && sameAnchorSide(c, from);
    }

    /** Whether tokens [from, to) lie in the candidate's clause or in a clause of its sentence no other candidate owns. */
    private boolean available(Candidate c, int from, int to) {
        if (!sameAnchorSide(c, from)) {
            return false;
        }
        if (from >= c.clauseFrom && from < c.clauseTo) {
            return true;
        }
        List<int[]> clauses = c.sentence.clauses;
        for (int k = 0; k < clauses.size(); k++) {
            if (from >= clauses.get(k)[0] && from < clauses.get(k)[1]) {
                return !c.sentence.ownedClauses.contains(k);
            }
        }
        return false;
    }

    private void fillFromSentence(Candidate c, SentenceInfo previous) {
        SentenceInfo s = c.sentence;
        Trigger t = c.trigger;
        WeaponHit weapon = nearestWeapon(s, t);
        // actors
        ActorFinder.Hit perp = null;
        int perpScore = 0;
        ActorFinder.Hit target = null;
        int targetDistance = Integer.MAX_VALUE;
        for (ActorFinder.Hit a : s.actors) {
            if (a.actor().kind() == Kind.IGNORED || describesPerson(a)) {
                continue;
            }
            mention(MentionKind.ACTOR, a.fromTok(), a.toTok(), a.actor().name());
            Role role = role(a, c);
            boolean here = inClause(c, a.fromTok(), a.toTok());
            boolean usable = here || available(c, a.fromTok(), a.toTok());
            if (!usable && role != Role.PERPETRATOR_STRONG) {
                continue;
            }
            int score = switch (role) {
                case PERPETRATOR_STRONG -> 4;
                case PERPETRATOR -> here ? 3 : 1;
                default -> 0;
            };
            if (score > perpScore) {
                perp = a;
                perpScore = score;
            }
            if (role == Role.TARGET && here) {
                int dist = Math.abs(a.fromTok() - t.from());
                if (target == null || a.fromTok() > t.from() && target.fromTok() < t.from() || dist < targetDistance) {
                    target = a;
                    targetDistance = dist;
                }
            }
        }
        if (target != null && target.actor().kind() == Kind.MILITIA_GENERIC) {
            for (ActorFinder.Hit a : s.actors) {
                if (a.fromTok() >= target.toTok() && a.fromTok() <= target.toTok() + 3 && a.actor().kind() == Kind.MILITIA) {
                    target = a;
                    break;
                }
            }
        }
        if (perp != null) {
            c.perpetrator = perp.actor();
            c.perpetratorMention = mention(MentionKind.ACTOR, perp.fromTok(), perp.toTok(), perp.actor().name());
        }
        if (target != null && (perp == null || !target.actor().equals(perp.actor()))) {
            c.target = target.actor();
            c.targetMention = mention(MentionKind.ACTOR, target.fromTok(), target.toTok(), target.actor().asTarget());
        }
        // type
        Weapon w = t.weapon();
        if (w == null && weapon != null) {
            w = weapon.weapon();
        }
        if (weapon != null) {
            mention(MentionKind.WEAPON, weapon.from(), weapon.to(), weapon.weapon().name().toLowerCase(java.util.Locale.ROOT));
        }
        boolean strikeWord = t.strength() != 1;
        if (w == null && t.type() == null && previous != null && !inClauseHasActor(c) && !c.referential && strikeWord) {
            w = contextWeapon(previous);
        }
        c.type = typeOf(t, w, c.perpetrator, c.target, c.referential);
        c.typeMention = mention(MentionKind.TRIGGER, t.from(), t.to(), c.type.code());
        // date
        DateExpr best = null;
        int bestDist = Integer.MAX_VALUE;
        for (DateExpr d : s.dates) {
            if (d.statement() || !available(c, d.fromTok(), d.toTok()) || insideAnchor(d, t.from())) {
                continue;
            }
            int dist = (inClause(c, d.fromTok(), d.toTok()) ? 0 : 1000) + Math.abs(d.fromTok() - t.from());
            if (dist < bestDist) {
                best = d;
                bestDist = dist;
            }
        }
        c.dateExpr = best;
        // casualties
        for (CasualtyFinder.Hit h : s.casualties) {
            if (!available(c, h.fromTok(), h.toTok())) {
                continue;
            }
            Mention m = mention(MentionKind.CASUALTY, h.fromTok(), h.toTok(), (h.killed() ? "killed=" : "injured=") + h.count());
            if (h.killed() && (c.killed == null || h.count() > c.killed)) {
                c.killed = h.count();
                c.killedMention = m;
            } else if (!h.killed() && (c.injured == null || h.count() > c.injured)) {
                c.injured = h.count();
                c.injuredMention = m;
            }
        }
        // landmark
        for (Landmarks.Hit h : s.landmarks) {
            if (h.landmark().type() != null && available(c, h.tokenIndex(), h.tokenIndex() + 1)
                    && StrikeClass.compatible(h.landmark().type(), c.type)) {
                c.landmark = h;
                break;
            }
        }
    }

    /** "Iranian Gen. Qassem Soleimani", "Iraqi militia leader": a nationality describing a person is not a party. */
    private boolean describesPerson(ActorFinder.Hit a) {
        if (a.toTok() - a.fromTok() != 1 || !NATIONALITY.containsKey(tokens.get(a.fromTok()).lower())) {
            return false;
        }
        int k = a.toTok();
        while (k < tokens.size() && k < a.toTok() + 2 && PERSON_QUALIFIERS.contains(tokens.get(k).lower())) {
            k++;
        }
        return k < tokens.size() && (PERSON_TITLES.contains(tokens.get(k).lower()) || isName(k));
    }

    private boolean isName(int i) {
        return i + 1 < tokens.size() && tokens.get(i).capitalized() && tokens.get(i + 1).capitalized()
                && ActorFinder.find(tokens, i, i + 2).isEmpty() && gazetteer.lookup(tokens.get(i).key()).isEmpty();
    }

    private boolean inClauseHasActor(Candidate c) {
        return c.perpetrator != null && c.perpetrator.kind() == Kind.US;
    }

    private Weapon contextWeapon(SentenceInfo previous) {
        return previous.weapons.isEmpty() ? null : previous.weapons.get(previous.weapons.size() - 1).weapon();
    }

    private Role role(ActorFinder.Hit a, Candidate c) {
        int from = a.fromTok();
        int sentenceFrom = c.sentence.from;
        int sentenceTo = c.sentence.to;
        for (int k = from - 1; k >= Math.max(sentenceFrom, from - 3); k--) {
            String w = tokens.get(k).lower();
            if (w.equals("by")) {
                String before = k > sentenceFrom ? tokens.get(k - 1).lower() : "";
                if (NOT_AGENT_BY.contains(before)) {
                    return before.equals("led") ? Role.PERPETRATOR : Role.NONE;
                }
                return Role.PERPETRATOR_STRONG;
            }
            if (w.equals("blamed") || w.equals("accused") || w.equals("attributed") || (w.equals("to") && k > sentenceFrom
                    && tokens.get(k - 1).is("pointed"))) {
                return Role.PERPETRATOR_STRONG;
            }
            if (!tokens.get(k).punct() && !DEFINITE.contains(w) && !MODIFIERS.contains(w)) {
                break;
            }
        }
        int prevIdx = from - 1;
        while (prevIdx >= sentenceFrom && (DEFINITE.contains(tokens.get(prevIdx).lower()) || tokens.get(prevIdx).is("a"))) {
            prevIdx--;
        }
        if (prevIdx >= sentenceFrom && TARGET_LEAD.contains(tokens.get(prevIdx).lower())) {
            return Role.TARGET;
        }
        for (int k = a.toTok(); k < Math.min(sentenceTo, a.toTok() + 5); k++) {
            String w = tokens.get(k).lower();
            if ((w.equals("claimed") || w.equals("claims")) && k + 1 < sentenceTo && (tokens.get(k + 1).is("responsibility")
                    || tokens.get(k + 1).is("the"))) {
                return Role.PERPETRATOR_STRONG;
            }
            if ((w.equals("targeted") || w.equals("attacked") || w.equals("hit") || w.equals("struck") || w.equals("wounded")
                    || w.equals("killed") || w.equals("injured")) && k > a.toTok()
                    && (tokens.get(k - 1).is("were") || tokens.get(k - 1).is("was") || tokens.get(k - 1).is("been"))) {
                return Role.TARGET;
            }
            if (w.equals("suffered") || w.equals("came") && k + 1 < sentenceTo && tokens.get(k + 1).is("under")) {
                return Role.TARGET;
            }
            if (k == a.toTok() && REPORTING.contains(w) && !w.equals("has") && !w.equals("have") || k == a.toTok() + 1
                    && (tokens.get(k - 1).is("has") || tokens.get(k - 1).is("have")) && REPORTING.contains(w)) {
                return Role.SPEAKER;
            }
        }
        Trigger t = c.trigger;
        if (a.toTok() <= t.from() && a.toTok() >= t.from() - 2) {
            return Role.PERPETRATOR;
        }
        if (inClause(c, from, a.toTok())) {
            if (a.toTok() <= t.from()) {
                return a.actor().kind() == Kind.IRAQI_FORCES ? Role.NONE : Role.PERPETRATOR;
            }
            if (a.toTok() <= t.from() + 1 && t.weapon() != null) {
                return Role.PERPETRATOR;
            }
            return Role.TARGET;
        }
        return Role.NONE;
    }

    private static EventType typeOf(Trigger t, Weapon w, Actor perp, Actor target, boolean referential) {
        EventType type = t.type();
        boolean drone = type == EventType.DRONE_STRIKE || type == EventType.DRONE_ATTACK || type == null && w == Weapon.DRONE;
        if (drone) {
            if (perp != null) {
                return perp.kind().flies() ? EventType.DRONE_STRIKE : EventType.DRONE_ATTACK;
            }
            if (target != null && (target.kind() == Kind.US || target.kind() == Kind.IRAQI_FORCES)) {
                return EventType.DRONE_ATTACK;
            }
            return type == null ? EventType.DRONE_STRIKE : type;
        }
        if (type != null) {
            return type;
        }
        if (w != null) {
            return switch (w) {
                case MISSILE -> EventType.MISSILE_STRIKE;
                case ROCKET -> EventType.ROCKET_ATTACK;
                case ARTILLERY -> EventType.ARTILLERY;
                case AIR -> EventType.AIRSTRIKE;
                case DRONE -> EventType.DRONE_STRIKE;
            };
        }
        if (referential && perp == null) {
            // "the strikes" with nothing else said: whatever strike it refers to
            return EventType.OTHER;
        }
        if (perp != null) {
            return switch (perp.kind()) {
                case US, STATE, IRAQI_FORCES -> EventType.AIRSTRIKE;
                case IRAN -> EventType.MISSILE_STRIKE;
                default -> EventType.OTHER;
            };
        }
        return t.strength() >= 2 ? EventType.AIRSTRIKE : EventType.OTHER;
    }

    /** Several distinct places hit in one clause ("Anbar and near Erbil") are several strikes. */
    private List<Candidate> splitByPlace(Candidate c) {
        List<PlaceHit> here = new ArrayList<>();
        List<PlaceHit> elsewhere = new ArrayList<>();
        for (PlaceHit p : c.sentence.places) {
            if (inClause(c, p.from(), p.to())) {
                here.add(p);
            } else if (available(c, p.from(), p.to())) {
                elsewhere.add(p);
            }
        }
        List<PlaceHit> pool = here.isEmpty() ? elsewhere : here;
        if (!here.isEmpty() && here.stream().allMatch(p -> rank(p.chosen().precision()) <= rank(LocationPrecision.REGION))) {
            for (PlaceHit p : elsewhere) {
                if (here.stream().anyMatch(h -> contains(h.chosen(), p.chosen()))) {
                    pool.add(p);
                }
            }
        }
        if (pool.stream().anyMatch(p -> !p.origin())) {
            pool.removeIf(PlaceHit::origin);
        }
        List<PlaceHit> kept = new ArrayList<>();
        for (PlaceHit p : pool) {
            mention(MentionKind.PLACE, p.from(), p.to(), p.chosen().id());
            boolean containsOther = pool.stream().anyMatch(o -> o != p && contains(p.chosen(), o.chosen()));
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
            boolean near = distinct.stream().anyMatch(d -> Gazetteer.distanceKm(d.chosen(), p.chosen()) < 30);
            if (!near) {
                distinct.add(p);
            }
        }
        for (int i = 0; i < distinct.size(); i++) {
            Candidate copy = i == 0 ? c : c.copy();
            copy.place = distinct.get(i);
            copy.placeMention = mention(MentionKind.PLACE, copy.place.from(), copy.place.to(), copy.place.chosen().id());
            out.add(copy);
        }
        return out;
    }

    private static int rank(LocationPrecision p) {
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
            // "northern Iraq" holds the Qandil mountains; a compass region is the wider of two regions
            return inner.precision() == LocationPrecision.REGION && compass(outer) && !compass(inner)
                    && Gazetteer.distanceKm(outer, inner) < 250;
        }
        double d = Gazetteer.distanceKm(outer, inner);
        return switch (outer.precision()) {
            case COUNTRY -> outer.country().equals(inner.country());
            case PROVINCE -> outer.country().equals(inner.country())
                    && (sameAdmin(outer, inner) || inner.admin1().isEmpty() && d < 60);
            case REGION -> d < 250;
            default -> false;
        };
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

    // ---------------------------------------------------------------- dates

    private void inferPublished() {
        LocalDate lo = null;
        LocalDate hi = null;
        List<String> reasons = new ArrayList<>();
        java.time.DayOfWeek statementDay = null;
        for (SentenceInfo s : sentences) {
            for (DateExpr d : s.dates) {
                if (d.kind() == DateExpr.Kind.ABSOLUTE) {
                    LocalDate day = LocalDate.of(d.year(), d.month(), d.day());
                    if (lo == null || day.isAfter(lo)) {
                        lo = day;
                        reasons.add("the text names " + day);
                    }
                }
                if (d.statement() && d.kind() == DateExpr.Kind.WEEKDAY && statementDay == null) {
                    statementDay = d.weekday();
                }
            }
        }
        for (SentenceInfo s : sentences) {
            for (Landmarks.Hit h : s.landmarks) {
                LocalDate l = h.landmark().date();
                DateExpr rel = null;
                int dist = Integer.MAX_VALUE;
                for (DateExpr d : s.dates) {
                    if (d.relativeToPublished() && !d.statement() && Math.abs(d.fromTok() - h.tokenIndex()) < dist) {
                        rel = d;
                        dist = Math.abs(d.fromTok() - h.tokenIndex());
                    }
                }
                LocalDate[] window = rel == null ? null : window(rel, l);
                String name = h.landmark().name() + " (" + l + ")";
                if (window != null) {
                    LocalDate newLo = lo == null || window[0].isAfter(lo) ? window[0] : lo;
                    LocalDate newHi = hi == null || window[1].isBefore(hi) ? window[1] : hi;
                    if (!newHi.isBefore(newLo)) {
                        lo = newLo;
                        hi = newHi;
                        reasons.add(name + " is described as \"" + surface(rel) + "\"");
                        continue;
                    }
                }
                if (lo == null || l.isAfter(lo)) {
                    lo = l;
                    if (hi != null && hi.isBefore(lo)) {
                        hi = null;
                    }
                    reasons.add("it mentions " + name);
                }
            }
        }
        if (lo == null) {
            return;
        }
        LocalDate pick = lo;
        if (statementDay != null) {
            LocalDate limit = hi == null ? lo.plusDays(6) : hi;
            for (LocalDate d = lo; !d.isAfter(limit) && !d.isAfter(lo.plusDays(6)); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == statementDay) {
                    pick = d;
                    reasons.add("a statement is dated " + statementDay.getDisplayName(java.time.format.TextStyle.FULL,
                            java.util.Locale.ENGLISH));
                    break;
                }
            }
        }
        inferred = pick;
        String range = hi == null ? "no earlier than " + lo : lo.equals(hi) ? "on " + lo : "between " + lo + " and " + hi;
        inferenceReason = "Published " + range + " (taken as " + pick + ") because " + String.join("; ", reasons) + ".";
    }

    /** The published dates for which expression {@code d} would name landmark day {@code l}. */
    private static LocalDate[] window(DateExpr d, LocalDate l) {
        return switch (d.kind()) {
            case REL_DAYS -> new LocalDate[] {l.minusDays(d.offset()), l.minusDays(d.offset())};
            case WEEKDAY -> l.getDayOfWeek() == d.weekday() ? new LocalDate[] {l, l.plusDays(6)} : null;
            case LAST_WEEK -> new LocalDate[] {l.plusDays(1), l.plusDays(13)};
            case THIS_WEEK -> new LocalDate[] {l, l.plusDays(6)};
            case LAST_MONTH -> new LocalDate[] {l.plusMonths(1).withDayOfMonth(1),
                l.plusMonths(1).withDayOfMonth(l.plusMonths(1).lengthOfMonth())};
            case THIS_MONTH -> new LocalDate[] {l, l.withDayOfMonth(l.lengthOfMonth())};
            case LAST_YEAR -> new LocalDate[] {LocalDate.of(l.getYear() + 1, 1, 1), LocalDate.of(l.getYear() + 1, 12, 31)};
            case THIS_YEAR -> new LocalDate[] {l, LocalDate.of(l.getYear(), 12, 31)};
            default -> null;
        };
    }

    private String surface(DateExpr d) {
        return text.substring(tokens.get(d.fromTok()).start(), tokens.get(d.toTok() - 1).end());
    }

    private void resolveDates(List<Candidate> candidates) {
        LocalDate discourse = null;
        Mention discourseMention = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
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
                        c.dateMention = mention(MentionKind.DATE, key.index(), key.index() + 1, l.toString());
                        note = null;
                    }
                    if (c.place == null && c.landmark.landmark().placeId() != null) {
                        c.landmarkPlace = gazetteer.byId(c.landmark.landmark().placeId()).orElse(null);
                        if (c.landmarkPlace != null) {
                            c.placeMention = mention(MentionKind.PLACE, key.index(), key.index() + 1, c.landmarkPlace.id());
                        }
                    }
                    String perp = c.landmark.landmark().perpetrator();
                    if (c.perpetrator == null && perp != null) {
                        c.perpetrator = new Actor(perp, perp.equals(Actor.UNITED_STATES) ? Kind.US : Kind.NON_STATE);
                        c.perpetratorMention = mention(MentionKind.ACTOR, key.index(), key.index() + 1, perp);
                    }
                } else {
                    c.landmark = null;
                }
            }
            if (date != null && note != null) {
                EventDate shifted = shiftForEasternTime(c, date);
                c.easternTimeApplied = !shifted.equals(date);
                date = shifted;
                c.dateMention = mention(MentionKind.DATE, d.fromTok(), d.toTok(), date.format());
            }
            if (date == null && d == null && c.landmark == null && !c.referential && discourse != null) {
                date = EventDate.day(discourse);
                c.dateMention = discourseMention;
            }
            c.date = date;
            if (date != null && date.precision() == DatePrecision.DAY) {
                discourse = date.start();
                discourseMention = c.dateMention;
            }
        }
    }

    private EventDate resolve(DateExpr d, Candidate c, List<Candidate> all, int index, LocalDate discourse) {
        switch (d.kind()) {
            case SAME_AS_ANCHOR: {
                for (DateExpr other : c.sentence.dates) {
                    if (other != d && other.kind() != DateExpr.Kind.SAME_AS_ANCHOR && other.kind() != DateExpr.Kind.AFTER_EVENT) {
                        EventDate r = other.resolve(reference);
                        if (r != null) {
                            return r;
                        }
                    }
                }
                return discourse == null ? null : EventDate.day(discourse);
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
                            EventDate r = other.resolve(reference);
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
                return anchor == null ? null : EventDate.day(anchor.plusDays(d.offset()));
            }
            default:
                return d.resolve(reference);
        }
    }

    /** A statement in US Eastern time about a strike after midnight in Iraq/Syria (UTC+3): keep the local date. */
    private EventDate shiftForEasternTime(Candidate c, EventDate date) {
        if (date.precision() != DatePrecision.DAY) {
            return date;
        }
        SentenceInfo s = c.sentence;
        String sentence = text.substring(tokens.get(s.from).start(), tokens.get(s.to - 1).end());
        Matcher m = EASTERN_TIME.matcher(sentence);
        if (!m.find()) {
            return date;
        }
        int hour = Integer.parseInt(m.group(1)) % 12;
        if (m.group(3).toLowerCase(java.util.Locale.ROOT).startsWith("p")) {
            hour += 12;
        }
        String zone = m.group(4).toUpperCase(java.util.Locale.ROOT);
        boolean summer = zone.equals("EDT") || !zone.equals("EST") && usDaylightTime(date.start());
        int local = hour + (summer ? 7 : 8);
        int start = tokens.get(s.from).start() + m.start();
        mentionAt(MentionKind.DATE, start, tokens.get(s.from).start() + m.end(), date.format() + " " + m.group().trim());
        return local >= 24 ? EventDate.day(date.start().plusDays(1)) : date;
    }

    /** An event dated from one sentence and timed in ET in another ("began at about 4 p.m. ET"). */
    private void shiftEventForEasternTime(Candidate e) {
        if (e.date == null || e.easternTimeApplied) {
            return;
        }
        for (int idx : e.sentences) {
            Candidate probe = new Candidate();
            probe.sentence = sentences.get(idx);
            EventDate shifted = shiftForEasternTime(probe, e.date);
            if (!shifted.equals(e.date)) {
                e.date = shifted;
                return;
            }
        }
    }

    private static boolean usDaylightTime(LocalDate d) {
        LocalDate start = LocalDate.of(d.getYear(), 3, 1).with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2,
                java.time.DayOfWeek.SUNDAY));
        LocalDate end = LocalDate.of(d.getYear(), 11, 1).with(java.time.temporal.TemporalAdjusters.firstInMonth(
                java.time.DayOfWeek.SUNDAY));
        return !d.isBefore(start) && d.isBefore(end);
    }

    // ---------------------------------------------------------------- merging

    private List<Candidate> merge(List<Candidate> candidates) {
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
        attachOrphanCasualties(events);
        return events;
    }

    private Candidate bestMatch(List<Candidate> events, Candidate c, boolean requirePlaceOrDate) {
        Candidate best = null;
        int bestScore = Integer.MIN_VALUE;
        int cPos = c.trigger.from();
        for (Candidate e : events) {
            if (!compatible(e, c)) {
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

    private boolean compatible(Candidate e, Candidate c) {
        boolean droneEitherWay = (e.type == EventType.DRONE_STRIKE || e.type == EventType.DRONE_ATTACK)
                && (c.type == EventType.DRONE_STRIKE || c.type == EventType.DRONE_ATTACK)
                && (e.perpetrator == null || c.perpetrator == null);
        if (!StrikeClass.compatible(e.type, c.type) && !droneEitherWay) {
            return false;
        }
        if (StrikeClass.aerial(e.type) && StrikeClass.aerial(c.type) && e.type != c.type && e.perpetrator != null
                && c.perpetrator != null && !e.perpetrator.name().equals(c.perpetrator.name())) {
            return false;
        }
        if (e.date != null && c.date != null && !e.date.overlaps(c.date.start(), c.date.end())) {
            return false;
        }
        Place a = e.placeValue();
        Place b = c.placeValue();
        if (a != null && b != null && !a.id().equals(b.id()) && !contains(a, b) && !contains(b, a)) {
            double d = Gazetteer.distanceKm(a, b);
            boolean bothSites = a.precision() == LocationPrecision.SITE && b.precision() == LocationPrecision.SITE;
            if (bothSites ? d > 5 : d > 50) {
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

    static boolean perpetratorsAgree(Actor a, Actor b) {
        if (a == null || b == null || a.name().equals(b.name())) {
            return true;
        }
        boolean aMilitia = a.kind() == Kind.MILITIA || a.kind() == Kind.MILITIA_GENERIC;
        boolean bMilitia = b.kind() == Kind.MILITIA || b.kind() == Kind.MILITIA_GENERIC;
        return aMilitia && bMilitia && (a.kind() == Kind.MILITIA_GENERIC || b.kind() == Kind.MILITIA_GENERIC);
    }

    private void absorb(Candidate e, Candidate c) {
        e.merged++;
        e.sentences.add(c.sentence.index);
        if (evidenceScore(c) > evidenceScore(e)) {
            e.trigger = c.trigger;
            e.sentence = c.sentence;
            e.clauseFrom = c.clauseFrom;
            e.clauseTo = c.clauseTo;
        }
        if (e.type == EventType.OTHER && c.type != EventType.OTHER
                || e.type == EventType.AIRSTRIKE && c.type == EventType.DRONE_STRIKE
                || e.perpetrator == null && c.perpetrator != null && e.type == EventType.DRONE_STRIKE
                && c.type == EventType.DRONE_ATTACK) {
            e.type = c.type;
            e.typeMention = c.typeMention;
        }
        Place a = e.placeValue();
        Place b = c.placeValue();
        if (b != null && (a == null || rank(b.precision()) > rank(a.precision()))) {
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
        if (c.killed != null && (e.killed == null || c.killed > e.killed)) {
            e.killed = c.killed;
            e.killedMention = c.killedMention;
        }
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

    private static int rank(EventDate d) {
        return switch (d.precision()) {
            case DAY -> 3;
            case MONTH -> 2;
            case YEAR -> 1;
        };
    }

    /** "No troops were killed." after the strike sentence: figures in a sentence with no strike go to the one before. */
    private void attachOrphanCasualties(List<Candidate> events) {
        Set<Integer> withEvents = new HashSet<>();
        for (Candidate e : events) {
            withEvents.add(e.sentence.index);
        }
        for (SentenceInfo s : sentences) {
            if (s.casualties.isEmpty() || !s.ownedClauses.isEmpty() || s.index == 0) {
                continue;
            }
            SentenceInfo prev = sentences.get(s.index - 1);
            List<Candidate> targets = new ArrayList<>();
            for (Candidate e : events) {
                if (e.sentence == prev || e.sentences.contains(prev.index)) {
                    targets.add(e);
                }
            }
            if (targets.isEmpty()) {
                continue;
            }
            for (CasualtyFinder.Hit h : s.casualties) {
                Mention m = mention(MentionKind.CASUALTY, h.fromTok(), h.toTok(),
                        (h.killed() ? "killed=" : "injured=") + h.count());
                for (Candidate e : targets) {
                    if (h.killed() && e.killed == null) {
                        e.killed = h.count();
                        e.killedMention = m;
                    } else if (!h.killed() && e.injured == null) {
                        e.injured = h.count();
                        e.injuredMention = m;
                    }
                }
            }
        }
    }

    /** Strikes with no date of their own take the date of the article's lead strike, else the published date. */
    private void fillUndated(List<Candidate> events) {
        Candidate lead = null;
        for (Candidate e : events) {
            if (e.date != null && e.date.precision() == DatePrecision.DAY && e.landmark == null) {
                lead = e;
                break;
            }
        }
        for (Candidate e : events) {
            if (e.date != null) {
                continue;
            }
            if (lead != null) {
                e.date = lead.date;
                e.dateMention = lead.dateMention;
            } else if (reference != null) {
                e.date = EventDate.day(reference);
            }
        }
    }

    // ---------------------------------------------------------------- output

    private ExtractedEvent toEvent(Candidate e) {
        List<FieldEvidence> fields = new ArrayList<>();
        fields.add(new FieldEvidence("type", e.typeMention));
        if (e.dateMention != null && e.date != null) {
            fields.add(new FieldEvidence("date", e.dateMention));
        }
        Place p = e.placeValue();
        if (p != null && e.placeMention != null) {
            fields.add(new FieldEvidence("place", e.placeMention));
        }
        if (e.perpetrator != null && e.perpetratorMention != null) {
            fields.add(new FieldEvidence("perpetrator", e.perpetratorMention));
        }
        if (e.target != null) {
            fields.add(new FieldEvidence("target", e.targetMention));
        }
        if (e.killed != null) {
            fields.add(new FieldEvidence("killed", e.killedMention));
        }
        if (e.injured != null) {
            fields.add(new FieldEvidence("injured", e.injuredMention));
        }
        SentenceInfo s = e.sentence;
        Span sentence = new Span(tokens.get(s.from).start(), tokens.get(s.to - 1).end());
        return new ExtractedEvent(e.type, e.date, p == null ? null : p.name(), p == null ? null : p.lat(),
                p == null ? null : p.lon(), p == null ? null : p.precision(), p == null ? null : p.country(),
                e.perpetrator == null ? null : e.perpetrator.name(), e.target == null ? null : e.target.asTarget(),
                e.killed, e.injured, confidence(e), sentence, fields);
    }

    private double confidence(Candidate e) {
        double c = switch (e.trigger.strength()) {
            case 3 -> 0.55;
            case 2 -> 0.45;
            default -> 0.35;
        };
        if (e.date != null) {
            c += e.date.precision() == DatePrecision.DAY ? 0.15 : 0.07;
        }
        Place p = e.placeValue();
        if (p != null) {
            c += rank(p.precision()) >= 4 ? 0.15 : 0.08;
        }
        if (e.perpetrator != null) {
            c += 0.05;
        }
        if (e.merged > 1) {
            c += 0.05;
        }
        if (e.referential) {
            c -= 0.05;
        }
        return Math.max(0.05, Math.min(0.98, c));
    }

    private Mention mention(MentionKind kind, int fromTok, int toTok, String normalized) {
        int start = tokens.get(fromTok).start();
        int end = tokens.get(toTok - 1).end();
        return mentionAt(kind, start, end, normalized);
    }

    private Mention mentionAt(MentionKind kind, int start, int end, String normalized) {
        String key = kind.code() + ':' + start + ':' + end + ':' + normalized;
        return mentions.computeIfAbsent(key, k -> new Mention(kind, start, end, text.substring(start, end), normalized));
    }
}
