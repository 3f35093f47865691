package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.model.EventType;
import io.strikeline.model.MentionKind;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Stage: who struck, told in a sentence of its own that tells no strike anew. Copy tells a rocket attack and then, a few
 * sentences on, that "a group calling itself X claimed responsibility for the attack" or that officials "blamed X": the
 * one party the article says claimed its strike, else the one party it says was blamed (or "was behind the attack"),
 * carried out the strikes that name
 * no one who struck, on the days of the first such strike the story tells. Claims of "an attack" (another one) and
 * parties named by two or more claims are left alone. A group that claimed the strike also stands for the militias the copy
 * blames at large ("an attack by Iran-backed militants ... The Islamic Resistance in Iraq claimed responsibility"): they
 * are the claimant's kind, told without its name.
 */
final class ClaimedBy {

    /** "X claimed responsibility", "X has claimed the attack", "X, ..., claiming responsibility". */
    private static final Set<String> CLAIM_VERBS = Set.of("claimed", "claims", "claim", "claiming");
    /** Words that may stand between a party's name and its claim: the rest of a name, an aside's close, an auxiliary. */
    private static final Set<String> BEFORE_CLAIM = Set.of(",", "(", ")", "has", "have", "had", "later", "also", "quickly",
            "swiftly", "promptly", "on");
    /**
     * How many words may stand between a party's name, or the aside after it, and "claimed" ("X (Guardians of the Blood)
     * Brigades claimed", "X - an alliance of factions - on Monday claimed").
     */
    private static final int CLAIM_GAP = 6;
    /** Words after "responsibility for" that point at a strike already told: "for the attack", "for it". */
    private static final Set<String> TOLD = Set.of("the", "this", "that", "these", "those", "it", "them", "both");

    private ClaimedBy() {}

    static void fill(List<Candidate> events, List<SentenceInfo> sentences, ArticleDoc doc) {
        if (events.stream().noneMatch(ClaimedBy::unnamed)) {
            return;
        }
        List<Token> tokens = doc.tokens;
        Map<Actor, ActorFinder.Hit> claimed = new LinkedHashMap<>();
        Map<Actor, ActorFinder.Hit> blamed = new LinkedHashMap<>();
        for (SentenceInfo s : sentences) {
            int asideEnd = -1;
            for (ActorFinder.Hit a : s.actors) {
                if (a.actor().kind() == Kind.IGNORED || a.fromTok() < asideEnd) {
                    continue; // "X, an alliance of groups close to Iran, claimed": the aside's parties did not claim
                }
                if (claimsAfter(tokens, a, s.to) || claimedBy(tokens, a, s.from)) {
                    claimed.putIfAbsent(a.actor(), a);
                    asideEnd = afterAside(tokens, a, s.to);
                } else if (Roles.blames(tokens, s.from, a.fromTok())) {
                    blamed.putIfAbsent(a.actor(), a);
                } else {
                    int behind = behindTheStrike(tokens, a, s.to);
                    if (behind >= 0) {
                        blamed.putIfAbsent(a.actor(), a);
                        asideEnd = behind; // "X and Y were behind it": the first named
                    }
                }
            }
        }
        Map<Actor, ActorFinder.Hit> named = claimed.isEmpty() ? blamed : claimed;
        if (named.size() != 1) {
            return;
        }
        ActorFinder.Hit party = named.values().iterator().next();
        Actor actor = party.actor();
        boolean namedClaimant = !claimed.isEmpty() && actor.kind() == Kind.MILITIA;
        Predicate<Candidate> open = e -> e.perpetrator == null || namedClaimant && unnamed(e);
        if (events.stream().noneMatch(open)) {
            return;
        }
        // the claim is the story's: it tells of the first strike told with no one who struck, and of strikes on its days
        Candidate lead = events.stream().filter(open).min(Comparator.comparingInt(e -> e.sentence.index)).orElseThrow();
        for (Candidate e : events) {
            // a party with no aircraft carried out no air strike: that report tells another party's strike
            boolean canStrike = e.type != EventType.AIRSTRIKE || actor.kind().flies() || actor.kind() == Kind.IRAN;
            if (open.test(e) && canStrike && !actor.equals(e.target) && Coreference.daysAgree(e.date, lead.date)) {
                e.perpetrator = actor;
                e.perpetratorMention = doc.mention(MentionKind.ACTOR, party.fromTok(), party.toTok(), actor.name());
            }
        }
    }

    /** Whether a strike names no one who struck, or only the militias at large ("Iran-backed militants"). */
    private static boolean unnamed(Candidate e) {
        return e.perpetrator == null || e.perpetrator.kind() == Kind.MILITIA_GENERIC;
    }

    /** "X claimed responsibility for the attack", "X (…) Brigades claimed the strike": the party's own claim follows it. */
    private static boolean claimsAfter(List<Token> tokens, ActorFinder.Hit a, int sentenceTo) {
        int from = afterAside(tokens, a, sentenceTo);
        int k = from;
        while (k < sentenceTo && k < from + CLAIM_GAP && !CLAIM_VERBS.contains(tokens.get(k).lower())) {
            Token t = tokens.get(k);
            if (!(t.capitalized() || BEFORE_CLAIM.contains(t.lower()))) {
                return false;
            }
            k++;
        }
        return k + 1 < sentenceTo && CLAIM_VERBS.contains(tokens.get(k).lower()) && claimOfToldStrike(tokens, k + 1, sentenceTo);
    }

    /** Words between a party and "behind" that hedge or conjugate it: "were clearly behind", "is believed to be behind". */
    private static final Set<String> BEFORE_BEHIND = Set.of("was", "were", "is", "are", "be", "been", "has", "have",
            "clearly", "likely", "probably", "apparently", "reportedly", "allegedly", "believed", "thought", "said", "to");
    /** How many such words may stand between a party and "behind". */
    private static final int BEHIND_GAP = 5;

    /** Nouns a nationality names a party's forces with: "Russian forces were behind it". */
    private static final Set<String> FORCES = Set.of("forces", "troops", "military", "army", "jets", "warplanes");
    /** How many words the second party of "X and the Y were behind it" may take. */
    private static final int SECOND_PARTY_WORDS = 5;

    /**
     * "X were clearly behind the strike", "X is believed to be behind it", "X and the Y were behind the attack": a party
     * held to have carried out a told strike. Returns the token of "behind", or -1.
     */
    private static int behindTheStrike(List<Token> tokens, ActorFinder.Hit a, int sentenceTo) {
        int k = a.toTok();
        if (k + 1 < sentenceTo && FORCES.contains(tokens.get(k).lower())) {
            k++; // "Russian forces"
        }
        if (k < sentenceTo && tokens.get(k).is("and")) {
            int second = k + 1;
            k = second;
            while (k < sentenceTo && k < second + SECOND_PARTY_WORDS && !BEFORE_BEHIND.contains(tokens.get(k).lower())
                    && !tokens.get(k).punct()) {
                k++;
            }
        }
        int from = k;
        while (k < sentenceTo && k < from + BEHIND_GAP && BEFORE_BEHIND.contains(tokens.get(k).lower())) {
            k++;
        }
        boolean behind = k > from && k + 1 < sentenceTo && tokens.get(k).is("behind") && told(tokens.get(k + 1));
        return behind ? k : -1;
    }

    /** Punctuation that opens an aside after a party's name and closes it again: "X, an alliance ..., claimed", "X - ... -". */
    private static final Set<String> ASIDE_MARKS = Set.of(",", "-", "\u2013", "\u2014");
    /** How many words an aside that says who a party is may take ("which is a loose alliance of ... fighters opposed to"). */
    private static final int ASIDE_WORDS = 24;

    /**
     * Where the words after a party go on past an aside that says who it is ("X, an alliance of armed groups, claimed", "X -
     * an umbrella of groups - on Monday claimed"): after the mark that closes it, the one that opened it, with no other
     * punctuation between.
     */
    private static int afterAside(List<Token> tokens, ActorFinder.Hit a, int sentenceTo) {
        int k = a.toTok();
        if (k + 1 >= sentenceTo || !ASIDE_MARKS.contains(tokens.get(k).raw())) {
            return k;
        }
        String mark = tokens.get(k).raw();
        for (int j = k + 1; j < Math.min(sentenceTo, k + 1 + ASIDE_WORDS); j++) {
            Token t = tokens.get(j);
            if (t.is("-") && tokens.get(j - 1).hyphenAfter()) {
                continue; // "pro-Iran": a word's own hyphen
            }
            if (t.raw().equals(mark)) {
                return j + 1;
            }
            if (t.punct() && !t.is("'")) {
                return k;
            }
        }
        return k;
    }

    /** Whether the words from {@code k}, after "claimed", name a strike already told ("responsibility", "the attack"). */
    private static boolean claimOfToldStrike(List<Token> tokens, int k, int sentenceTo) {
        Token next = tokens.get(k);
        if (next.is("responsibility") || next.is("credit")) {
            // "claimed responsibility." or "... for the attack", not "for an attack" told nowhere else
            return k + 2 >= sentenceTo || !tokens.get(k + 1).is("for") || told(tokens.get(k + 2));
        }
        boolean pointed = told(next) || (next.is("a") || next.is("an")) && dayNamed(tokens, k, sentenceTo);
        return pointed && k + 1 < sentenceTo && tokens.get(k + 1).in(WordClass.TRIGGER_START)
                || pointed && k + 2 < sentenceTo && tokens.get(k + 2).in(WordClass.TRIGGER_START);
    }

    /** "claimed a drone attack on Sunday": a claim that gives its strike's day points at a strike of that day. */
    private static boolean dayNamed(List<Token> tokens, int from, int sentenceTo) {
        for (int k = from; k < sentenceTo; k++) {
            if (tokens.get(k).in(WordClass.WEEKDAY)) {
                return true;
            }
        }
        return false;
    }

    /** "the", "it", "Monday's": a word that points at a strike the article has told. */
    private static boolean told(Token t) {
        return TOLD.contains(t.lower()) || t.in(WordClass.WEEKDAY) || t.lower().endsWith("'s");
    }

    /** "the attack, claimed by X", "a strike claimed by the X": "claimed by" names the party that struck. */
    private static boolean claimedBy(List<Token> tokens, ActorFinder.Hit a, int sentenceFrom) {
        int k = a.fromTok() - 1;
        while (k > sentenceFrom && (tokens.get(k).in(WordClass.DEFINITE) || tokens.get(k).is("a"))) {
            k--;
        }
        return k > sentenceFrom && tokens.get(k).is("by") && tokens.get(k - 1).is("claimed");
    }
}
