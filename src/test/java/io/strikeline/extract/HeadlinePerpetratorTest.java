package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who struck, when only the headline says it; every headline and sentence here is written for the test. */
class HeadlinePerpetratorTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 15);

    private static List<ExtractedEvent> events(String title, String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText(title, text, PUBLISHED)).events();
    }

    @Test
    void theStateTheHeadlineNamesStruckWhenTheStoryNamesNoOne() {
        List<ExtractedEvent> found = events("Two shepherds hurt in Turkish shelling near Amadiya",
                "Artillery shells landed near a village outside Amadiya on Tuesday, wounding two shepherds, the mayor said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("Turkey");
    }

    @Test
    void aStateThatLaunchesStrikesInTheHeadlineStruck() {
        List<ExtractedEvent> found = events("Turkey launches fresh airstrikes on northern Iraq",
                "Warplanes bombed caves in the Gara mountains on Tuesday, a local official said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("Turkey");
        found = events("Iran fires missiles at Kurdish groups in Iraq",
                "Missiles hit two camps outside Koya on Wednesday, killing three people, the party said.");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).perpetrator()).isEqualTo("Iran");
        // the state that launches talks, not strikes, struck nothing
        found = events("Turkey launches talks after drone strike in Sinjar",
                "A drone struck a car near Sinjar on Tuesday, killing two men, local officials said.");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).perpetrator()).isNull();
    }

    @Test
    void aHeadlineGivesNoPartyWhenTheStoryNamesAnother() {
        List<ExtractedEvent> found = events("Iranian drones hit Kurdish camps; rockets strike base",
                "Iranian drones struck two camps near Koya on Tuesday. Militants fired three rockets at Harir air base "
                        + "on Wednesday, officials said, and the Islamic State claimed the attack.");
        assertThat(found).filteredOn(e -> e.type() == io.strikeline.model.EventType.ROCKET_ATTACK)
                .extracting(ExtractedEvent::perpetrator).doesNotContain("Iran");
    }

    @Test
    void aMilitiaInTheHeadlineGivesNoAirStrike() {
        List<ExtractedEvent> found = events("Kataib Hezbollah attack: jets strike depot",
                "Jets struck an arms depot near Jurf al-Sakhar on Tuesday, security sources said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isNotEqualTo("Kata'ib Hezbollah");
    }
}
