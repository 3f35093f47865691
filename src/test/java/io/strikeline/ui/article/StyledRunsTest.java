package io.strikeline.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import io.strikeline.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class StyledRunsTest {

    private static Mention m(MentionKind kind, int start, int end) {
        return new Mention(kind, start, end, "", "");
    }

    @Test
    void plainTextIsOneRun() {
        List<StyledRuns.Run> runs = StyledRuns.split("no marks here", null, List.of(), List.of(), List.of());
        assertThat(StyledRuns.describe(runs)).isEqualTo("0-13");
    }

    @Test
    void overlappingEvidenceMentionsGiveNonOverlappingRunsAndTheShorterKindWins() {
        String text = "0123456789abcdefghij";
        List<StyledRuns.Run> runs = StyledRuns.split(text, new Span(2, 15),
                List.of(m(MentionKind.ACTOR, 4, 12), m(MentionKind.PLACE, 6, 9)),
                List.of(), List.of());
        assertThat(StyledRuns.describe(runs)).isEqualTo("0-2 2-4:E 4-6:E:actor 6-9:E:place 9-12:E:actor 12-15:E 15-20");
        assertContiguous(runs, text.length());
    }

    @Test
    void otherMentionsAndSearchHitsLayerIndependentlyAndEqualNeighboursMerge() {
        String text = "aaaa bbbb cccc dddd";
        List<StyledRuns.Run> runs = StyledRuns.split(text, new Span(0, 9), List.of(),
                List.of(m(MentionKind.PLACE, 5, 9), m(MentionKind.DATE, 7, 14)),
                List.of(new Span(10, 14), new Span(15, 19)));
        assertThat(StyledRuns.describe(runs)).isEqualTo("0-5:E 5-9:E:m 9-10:m 10-14:m:S 14-15 15-19:S");
        assertContiguous(runs, text.length());
    }

    @Test
    void spansAreClippedToTheTextAndEmptySpansIgnored() {
        List<StyledRuns.Run> runs = StyledRuns.split("short", new Span(3, 40), List.of(m(MentionKind.DATE, 9, 12)),
                List.of(m(MentionKind.PLACE, 2, 2)), List.of());
        assertThat(StyledRuns.describe(runs)).isEqualTo("0-3 3-5:E");
    }

    @Test
    void cutsNeverSplitAnArabicWord() {
        String text = "near " + ArticleFixtures.AIN_AL_ASAD + " base";
        int asad = text.indexOf("\u0627\u0644\u0623");
        // a mention that starts two letters into the second Arabic word and ends mid-word
        List<StyledRuns.Run> runs = StyledRuns.split(text, null, List.of(m(MentionKind.PLACE, asad + 2, asad + 4)),
                List.of(), List.of(new Span(6, 7)));
        for (StyledRuns.Run r : runs) {
            boolean insideWord = r.start() > 0 && StyledRuns.joins(text.charAt(r.start() - 1))
                    && StyledRuns.joins(text.charAt(r.start()));
            assertThat(insideWord).as("run starting at %d cuts a word", r.start()).isFalse();
        }
        assertThat(runs).anySatisfy(r -> {
            assertThat(text.substring(r.start(), r.end())).isEqualTo("\u0627\u0644\u0623\u0633\u062f");
            assertThat(r.kind()).isEqualTo(MentionKind.PLACE);
        });
        assertThat(runs).anySatisfy(r -> {
            assertThat(text.substring(r.start(), r.end())).isEqualTo("\u0639\u064a\u0646");
            assertThat(r.searchHit()).isTrue();
        });
    }

    @Test
    void latinSpansAreNotWidened() {
        List<StyledRuns.Run> runs = StyledRuns.split("Ramadi", null, List.of(), List.of(), List.of(new Span(0, 3)));
        assertThat(StyledRuns.describe(runs)).isEqualTo("0-3:S 3-6");
    }

    private static void assertContiguous(List<StyledRuns.Run> runs, int length) {
        int at = 0;
        for (StyledRuns.Run r : runs) {
            assertThat(r.start()).isEqualTo(at);
            assertThat(r.end()).isGreaterThan(r.start());
            at = r.end();
        }
        assertThat(at).isEqualTo(length);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).sameStyle(runs.get(i - 1))).isFalse();
        }
    }
}
