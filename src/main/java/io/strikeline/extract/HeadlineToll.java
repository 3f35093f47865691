package io.strikeline.extract;

import java.util.List;
import java.util.Set;

/**
 * Stage: the toll a headline gives ("Barrel bombs kill eight in X") belongs to the strike it names (or, naming none, to
 * the lead), when the story's own sentences give that strike no toll: copy often states the figure only in its title.
 * A headline that counts ground fighting or days of strikes gives no strike's toll, nor does one over a raid the story
 * tells on several sites on one day.
 */
final class HeadlineToll {

    /** "Hundreds killed", "kills dozens": a headline's round word is no figure for the strike. */
    private static final Set<String> ROUND_WORDS = Set.of("dozen", "dozens", "hundred", "hundreds", "several", "couple");

    private HeadlineToll() {}

    static void fill(List<Candidate> events, String title) {
        if (events.isEmpty() || title == null || title.isBlank()) {
            return;
        }
        Candidate named = events.stream().filter(e -> e.namedInHeadline).findFirst().orElse(events.get(0));
        boolean raidOnSeveralSites = events.stream().anyMatch(e -> e != named && Coreference.daysAgree(e.date, named.date));
        if (named.killed != null || raidOnSeveralSites) {
            return;
        }
        List<Token> tokens = Tokenizer.tokenize(title);
        int n = tokens.size();
        if (TollContext.countsGroundFighting(tokens, 0, n) || Triggers.overSpan(tokens, 0, n)) {
            return;
        }
        for (CasualtyFinder.Hit h : CasualtyFinder.findInHeadline(tokens)) {
            if (h.killed() && !round(tokens, h) && (named.killed == null || h.count() < named.killed)) {
                named.killed = h.count();
            }
        }
    }

    private static boolean round(List<Token> tokens, CasualtyFinder.Hit h) {
        for (int i = h.fromTok(); i < h.toTok(); i++) {
            if (ROUND_WORDS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
