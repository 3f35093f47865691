package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.geo.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A photographer's name in a photo credit is no place, though a surname may spell a town ("Dana" is a town in Idlib);
 * the same town named in the story stays one. Every line here is written for the test.
 */
class PhotoCreditsTest {

    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

    /** The names of the places the reader finds in the text, sentence by sentence, in order. */
    private static List<String> placesRead(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        PlaceReader reader = new PlaceReader(GAZETTEER, tokens, new HashMap<>());
        List<String> names = new ArrayList<>();
        int index = 0;
        for (int[] range : Tokenizer.sentences(text, tokens)) {
            SentenceInfo s = new SentenceInfo();
            s.index = index++;
            s.from = range[0];
            s.to = range[1];
            s.actors = new ArrayList<>(ActorFinder.find(tokens, range[0], range[1]));
            reader.find(s).forEach(p -> names.add(p.options().get(0).name()));
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Jets struck a depot near Baiji on Tuesday. (AP Photo/Rami Dana)",
        "Jets struck a depot near Baiji on Tuesday. Photo: Reuters/Lina Dana",
        "Jets struck a depot near Baiji on Tuesday. PHOTO: AFP / Lina Dana",
        "Jets struck a depot near Baiji on Tuesday. (Reuters/Rami Dana)",
        "Jets struck a depot near Baiji on Tuesday. (AFP photo / Lina Dana)",
        "Jets struck a depot near Baiji on Tuesday. (Photo by Rami Dana/AFP via Getty Images)",
        "Jets struck a depot near Baiji on Tuesday. (Photo credit: Rami Dana/Reuters)",
        "Jets struck a depot near Baiji on Tuesday. Credit: Lina Dana/Reuters",
        "Jets struck a depot near Baiji on Tuesday, in a photo taken by Rami Dana/AP.",
        "Rami Dana/AP Photo\nJets struck a depot near Baiji on Tuesday."})
    void aPhotographersSurnameInACreditIsNoPlace(String text) {
        assertThat(placesRead(text)).containsExactly("Baiji");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Jets struck the town of Dana on Tuesday, the monitor told Reuters.",
        "BAGHDAD (Reuters) - Jets struck Dana on Tuesday.",
        "Jets struck Dana on Tuesday. Photo: Dana residents flee after the raid.",
        "Jets bombed Sarmada and Dana on Tuesday, AFP said."})
    void theTownNamedInTheStoryBesideAnAgencyOrAPhotoWordIsStillAPlace(String text) {
        assertThat(placesRead(text)).contains("Ad Dānā");
    }

    @Test
    void aStrikeToldOnlyInACaptionIsNotPlacedAtThePhotographersName() {
        String text = "Smoke rises after an airstrike on Tuesday, in a photo taken by Rami Dana/Reuters.";
        List<ExtractedEvent> found = RuleBasedExtractor.standard()
                .extract(new ArticleText("Airstrike", text, LocalDate.of(2024, 5, 14))).events();
        assertThat(found).extracting(ExtractedEvent::place).doesNotContain("Ad Dānā");
    }
}
