package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.model.MentionKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage: the party hit by a state's strike that names none, when the article names exactly one of the parties that
 * state's campaigns in the region are waged on, or the one it keeps naming. Copy about a Turkish raid names the PKK
 * and then tells of "positions" and "hideouts"; an Israeli strike's report names Hezbollah and then "targets near
 * Damascus". Two such parties named alike leave the strike's target open: the article does not say which one was
 * hit. A target found so is no evidence for the strike's confidence: the article never told it as hit.
 */
final class NamedEnemy {

    /** For each striking state, the parties its strikes in Iraq and Syria are waged on, by actor name. */
    private static final Map<String, Set<String>> ENEMIES_OF = Map.of(
            "Turkey", Set.of("PKK", "YPG", "Syrian Democratic Forces", "Sinjar Resistance Units", "PJAK"),
            "Israel", Set.of("Hezbollah", "Iran", Actor.IRAN_BACKED),
            "Iran", Set.of("Kurdistan Democratic Party of Iran", "Komala", "PJAK", "Kurdistan Freedom Party",
                    "Islamic State"));

    /** The jihadist groups other than the Islamic State that US strikes in Syria were waged on. */
    private static final Set<String> US_JIHADIST_ENEMIES = Set.of(Actor.AL_QAEDA, "Khorasan Group", "Nusra Front",
            "Hayat Tahrir al-Sham");

    /** How many times the enemy a story keeps naming is named at least, when it names others too. */
    private static final int DOMINANT_MENTIONS = 3;
    /** How many times as often as any other enemy the one a story keeps naming is named. */
    private static final int DOMINANCE = 2;

    private NamedEnemy() {}

    static void fill(List<Candidate> events, List<SentenceInfo> sentences, ArticleDoc doc) {
        for (Candidate e : events) {
            if (e.target != null || e.perpetrator == null) {
                continue;
            }
            ActorFinder.Hit only = onlyEnemyNamed(e.perpetrator, sentences);
            if (only != null) {
                e.target = only.actor();
                e.targetMention = doc.mention(MentionKind.ACTOR, only.fromTok(), only.toTok(), only.actor().name());
                e.targetOnlyEnemyNamed = true;
            }
        }
    }

    /**
     * The first mention of the one enemy of {@code striker} the article names, or of the one it keeps naming (at least
     * {@link #DOMINANT_MENTIONS} times, and {@link #DOMINANCE} times as often as any other: a group named once in a line
     * of background is not the party a story about a raid tells of); null when it names none or several alike.
     */
    static ActorFinder.Hit onlyEnemyNamed(Actor striker, List<SentenceInfo> sentences) {
        Map<String, ActorFinder.Hit> named = new LinkedHashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (SentenceInfo s : sentences) {
            for (ActorFinder.Hit a : s.actors) {
                if (isEnemy(striker, a.actor())) {
                    named.putIfAbsent(a.actor().name(), a);
                    mentions.merge(a.actor().name(), 1, Integer::sum);
                }
            }
        }
        ActorFinder.Hit only = null;
        int most = 0;
        int second = 0;
        for (Map.Entry<String, ActorFinder.Hit> e : named.entrySet()) {
            int n = mentions.get(e.getKey());
            if (n > most) {
                second = most;
                most = n;
                only = e.getValue();
            } else {
                second = Math.max(second, n);
            }
        }
        if (named.size() > 1 && (most < DOMINANT_MENTIONS || most < DOMINANCE * second)) {
            return null;
        }
        // the Islamic State as the only enemy of a US strike is ArticleSides.campaignEnemy's, with its own checks
        boolean campaign = striker.kind() == Kind.US && only != null && only.actor().kind() == Kind.ISLAMIC_STATE;
        return campaign ? null : only;
    }

    /** A US strike's enemies are the militias named by name, the Islamic State and al-Qaeda's groups in Syria. */
    private static boolean isEnemy(Actor striker, Actor party) {
        if (striker.kind() == Kind.US) {
            return party.kind() == Kind.MILITIA || party.kind() == Kind.ISLAMIC_STATE
                    || US_JIHADIST_ENEMIES.contains(party.name());
        }
        return ENEMIES_OF.getOrDefault(striker.name(), Set.of()).contains(party.name());
    }
}
