package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.model.EventType;
import java.util.List;

/** Helpers the stage tests share: a word's token, a one-word party or strike at it, and the tolls of a sentence. */
final class TokenFixtures {

    private TokenFixtures() {}

    /** The index of the first token whose text is {@code word}. */
    static int at(List<Token> tokens, String word) {
        return tokens.stream().filter(t -> t.raw().equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(word)).index();
    }

    /** The party named by the one word {@code word}. */
    static ActorFinder.Hit party(List<Token> tokens, String word, Kind kind) {
        int i = at(tokens, word);
        return new ActorFinder.Hit(i, i + 1, new Actor(word, kind));
    }

    /** An air strike told by the one word {@code word}. */
    static Trigger strikeAt(List<Token> tokens, String word) {
        int i = at(tokens, word);
        return new Trigger(i, i + 1, EventType.AIRSTRIKE, null, 1, false);
    }

    static List<CasualtyFinder.Hit> tolls(String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        return CasualtyFinder.find(tokens, 0, tokens.size());
    }

    static List<Integer> killed(String sentence) {
        return tolls(sentence).stream().filter(CasualtyFinder.Hit::killed).map(CasualtyFinder.Hit::count).toList();
    }

    static List<Integer> injured(String sentence) {
        return tolls(sentence).stream().filter(h -> !h.killed()).map(CasualtyFinder.Hit::count).toList();
    }
}
