package io.strikeline.extract;

import static io.strikeline.extract.TokenFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a toll is one strike's ({@link TollContext}); every sentence here is written for the test. */
class TollContextTest {

    @Test
    void aTollOfAClauseOpenedByAfterIsTheEarlierIncidents() {
        List<Token> tokens = Tokenizer.tokenize("Jets hit the depot on Monday, after gunmen killed 12 people.");
        int after = at(tokens, "after");
        CasualtyFinder.Hit toll = CasualtyFinder.find(tokens, 0, tokens.size()).get(0);
        List<int[]> clauses = List.of(new int[] {0, after}, new int[] {after, tokens.size()});
        assertThat(TollContext.inBackgroundClause(tokens, clauses, List.of(), toll, at(tokens, "hit"))).isTrue();
    }

    @Test
    void aTollOfTheStrikesOwnClauseIsItsOwn() {
        List<Token> tokens = Tokenizer.tokenize("Jets hit the depot on Monday and killed 12 people.");
        CasualtyFinder.Hit toll = CasualtyFinder.find(tokens, 0, tokens.size()).get(0);
        List<int[]> clauses = List.<int[]>of(new int[] {0, tokens.size()});
        assertThat(TollContext.inBackgroundClause(tokens, clauses, List.of(), toll, at(tokens, "hit"))).isFalse();
    }

    @Test
    void aTallyOfStrikesAndClashesCountsGroundFighting() {
        List<Token> mixed = Tokenizer.tokenize("Nine were killed in airstrikes and clashes near the town.");
        assertThat(TollContext.countsGroundFighting(mixed, 0, mixed.size())).isTrue();
        List<Token> strikes = Tokenizer.tokenize("Nine were killed in airstrikes near the town.");
        assertThat(TollContext.countsGroundFighting(strikes, 0, strikes.size())).isFalse();
    }
}
