package io.strikeline.extract;

import io.strikeline.model.EventType;
import io.strikeline.model.MentionKind;
import java.util.List;
import java.util.Set;

/**
 * Stage after {@link HeadlinePerpetrator}: "air strike" is the general word for anything that falls from the sky, and copy
 * that calls a state's strike a drone strike in its headline or in a sentence that tells it often says "the airstrike"
 * everywhere else. A state's air strike is a drone strike when the headline or one of its own sentences names a drone
 * and the article names no aircraft (jets, warplanes, helicopters), which would make "air strike" a raid of its own.
 */
final class DroneToldAirStrike {

    /**
     * The words after a drone word that make it a state's strike: "a drone strike", "drone strikes"; not "drone attacks",
     * the armed groups' ("in retaliation for drone attacks on the base"), nor "killer drones" in a headline.
     */
    /** Headline verbs a drone strikes with: "Turkish drone kills three", "US drone hits car". */
    private static final Set<String> HEADLINE_VERBS = Set.of("kills", "kill", "hits", "hit", "targets", "bombs");

    private DroneToldAirStrike() {}

    static void settle(List<Candidate> events, ArticleDoc doc, String title) {
        List<Token> headline = title == null ? List.of() : Tokenizer.tokenize(title);
        if (namesAircraft(headline, 0, headline.size()) || doc.sentences.stream()
                .anyMatch(s -> s.weapons.stream().anyMatch(w -> w.weapon() == Weapon.AIR))) {
            return;
        }
        boolean droneHeadline = namesDroneStrike(headline, 0, headline.size(), HEADLINE_VERBS);
        for (Candidate e : events) {
            if (e.type != EventType.AIRSTRIKE || e.perpetrator == null || !e.perpetrator.kind().flies()) {
                continue;
            }
            if (droneHeadline || e.sentences.stream().map(doc.sentences::get)
                    .anyMatch(s -> namesDroneStrike(doc.tokens, s.from, s.to, Set.of()))) {
                e.type = EventType.DRONE_STRIKE;
                e.typeMention = doc.mention(MentionKind.TRIGGER, e.trigger.from(), e.trigger.to(), e.type.code());
            }
        }
    }

    /** Whether an aircraft word stands in tokens {@code [from, to)}. */
    private static boolean namesAircraft(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Weapon.namedAt(tokens, i) == Weapon.AIR) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code [from, to)} name a drone strike: a drone word before a strike noun or one of {@code verbs}. */
    private static boolean namesDroneStrike(List<Token> tokens, int from, int to, Set<String> verbs) {
        for (int i = from; i + 1 < to; i++) {
            String next = tokens.get(i + 1).lower();
            if (Weapon.WORDS.get(tokens.get(i).lower()) == Weapon.DRONE
                    && (Triggers.STRIKE_NOUNS.contains(next) || verbs.contains(next))) {
                return true;
            }
        }
        return false;
    }
}
