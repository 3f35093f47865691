package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Photo captions re-tell the story and make no event of their own; every sentence here is written for the test. */
class CaptionsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void linesEndingWithACreditOrOpeningAsACaptionAreCaptions() {
        String text = "Mourners carry a coffin in Basra on Jan. 2 after earlier raids. (Staff Photographer/Wire)\n"
                + "A U.S. drone strike hit a car in Kirkuk on Monday.\n"
                + "This photo released by the army shows a burnt truck.\n"
                + "Smoke rises over a village on Friday.  AFP";
        ArticleDoc doc = new ArticleDoc(text);
        assertThat(doc.inCaption(0)).isTrue();
        assertThat(doc.inCaption(text.indexOf("A U.S."))).isFalse();
        assertThat(doc.inCaption(text.indexOf("This photo"))).isTrue();
        assertThat(doc.inCaption(text.indexOf("Smoke"))).isTrue();
    }

    @Test
    void aLineOpeningWithAGrabFromVideoIsACaption() {
        String text = "An image grab from state television shows a burning truck, May 3, 2022\n"
                + "Screen grab shows smoke over the town\n"
                + "A screen at the airport showed delays after the strike.";
        ArticleDoc doc = new ArticleDoc(text);
        assertThat(doc.inCaption(0)).isTrue();
        assertThat(doc.inCaption(text.indexOf("Screen grab"))).isTrue();
        assertThat(doc.inCaption(text.indexOf("A screen"))).isFalse();
    }

    @Test
    void aCaptionWithAnotherDayMakesNoSecondEvent() {
        List<ExtractedEvent> found = events("Mourners carry coffins in Basra on Jan. 2 after American air strikes.  AP\n"
                + "A U.S. air strike killed four militants near Kirkuk on Monday, the U.S. military said.");
        assertThat(found).extracting(e -> e.place() + " " + e.date().format()).containsExactly("Kirkuk 2024-02-05");
    }

    @Test
    void aCaptionDoesNotDateTheSentencesAfterIt() {
        List<ExtractedEvent> found = events("Smoke rises over a base near Kirkuk on Jan. 2 after a strike.  AP\n"
                + "A U.S. air strike killed four militants near Kirkuk, the U.S. military said on Monday.");
        assertThat(found).extracting(e -> e.date().format()).doesNotContain("2024-01-02");
    }

    @Test
    void aCaptionIsTheReportWhenTheStoryTellsOfNoStrike() {
        List<ExtractedEvent> found = events("Officials met in Baghdad on Tuesday to discuss the border.\n"
                + "This image shows a truck destroyed by air strikes near Tikrit on Feb. 5.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Tikrit");
    }

    @Test
    void aFilePhotoTellsNoStrikeAndDatesNone() {
        List<ExtractedEvent> found = events("AFP/File | Medics carry a man from rubble after a raid on Aleppo on May 3, 2016\n"
                + "A drone strike killed two commanders near Albu Kamal on Monday, a monitor said.\n"
                + "In this Jan. 3, 2020 file photo, smoke rises over a base near Kirkuk.\n"
                + "Fire trucks stand by the gate of a base in Balad. (File) / AP Archive");
        assertThat(found).extracting(e -> e.place() + " " + e.date().format()).containsExactly("Albu Kamal 2024-02-05");
    }

    @Test
    void onlyTheSentenceThatSaysFilePhotoIsBlankedAndOffsetsStay() {
        String text = "State television aired a file photo of the commander. He was killed by a drone in Kirkuk on Monday.";
        ArticleDoc doc = new ArticleDoc(text);
        assertThat(doc.text).hasSameSizeAs(text).startsWith("      ").endsWith("on Monday.");
        assertThat(events(text)).extracting(ExtractedEvent::place).containsExactly("Kirkuk");
    }

    @Test
    void aLowerCaseFileInAPathOrASentenceIsNoCredit() {
        String text = "The report was saved as strikes/file (draft). A drone struck a truck near Kirkuk on Monday.";
        assertThat(new ArticleDoc(text).text).isEqualTo(text);
    }

    @Test
    void aFileCreditInAStoryOfOneLineBlanksOnlyItsSentence() {
        String text = "A drone struck a truck near Kirkuk on Monday, police said. Smoke over the town in 2019. (File)";
        assertThat(events(text)).extracting(ExtractedEvent::place).containsExactly("Kirkuk");
    }
}
