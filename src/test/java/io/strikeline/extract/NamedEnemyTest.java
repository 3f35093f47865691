package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one enemy an article names as the party hit by a state's strike that names none; sentences written for the test. */
class NamedEnemyTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 16);

    private static RuleBasedExtractor.Explained explain(String title, String text) {
        return RuleBasedExtractor.standard().explain(new ArticleText(title, text, PUBLISHED));
    }

    @Test
    void aTurkishRaidOnPositionsHitTheOnePartyTheArticleNames() {
        RuleBasedExtractor.Explained found = explain("Turkish jets hit northern Iraq",
                "Turkish warplanes bombed hideouts near Hakurk on Monday, the defence ministry said. "
                        + "Ankara has fought the PKK for four decades.");
        List<ExtractedEvent> events = found.extraction().events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).target()).isEqualTo("PKK");
        // the article never told the PKK as hit, so the score does not rest on it
        assertThat(found.confidenceEvidence().get(0)).doesNotContain("TARGET_NAMED");
    }

    @Test
    void twoEnemiesNamedLeaveTheTargetOpen() {
        List<ExtractedEvent> events = explain("Turkish jets hit northern Syria",
                "Turkish warplanes bombed positions near Qamishli on Monday. Ankara sees the YPG as an offshoot of the "
                        + "PKK.").extraction().events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).target()).isNull();
    }

    @Test
    void anIsraeliStrikeHitTheOneEnemyNamedButNotAPartyOfAnotherCampaign() {
        List<ExtractedEvent> israeli = explain("Israeli strike near Quneitra",
                "Israeli jets struck a site near Quneitra on Monday, a monitor said. Hezbollah has a presence in the "
                        + "area.").extraction().events();
        assertThat(israeli).hasSize(1);
        assertThat(israeli.get(0).target()).isEqualTo("Hezbollah");
        List<ExtractedEvent> russian = explain("Russian strike near Idlib",
                "Russian jets struck a site near Ariha on Monday, a monitor said. Hezbollah has a presence in the "
                        + "province.").extraction().events();
        assertThat(russian).hasSize(1);
        assertThat(russian.get(0).target()).isNull();
    }

    @Test
    void aUsStrikeHitTheOneMilitiaNamedByName() {
        List<ExtractedEvent> events = explain("U.S. strike in Iraq",
                "A U.S. drone struck a vehicle near Kirkuk on Monday, killing five, officials said. The Islamic "
                        + "Resistance in Iraq has claimed attacks on U.S. bases.").extraction().events();
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).target()).isEqualTo("Islamic Resistance in Iraq");
    }
    @Test
    void theEnemyAStoryKeepsNamingWasHitNotOneNamedOnceInBackground() {
        List<ExtractedEvent> events = explain("Turkish drone hits Sinjar",
                "A Turkish drone struck a car near Sinjar on Monday, local officials said. The YBS said the car was "
                        + "carrying two of its members. Ankara says the YBS is tied to the PKK. The YBS has held the "
                        + "district since 2017.").extraction().events();
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).target()).isEqualTo("Sinjar Resistance Units");
    }

    @Test
    void twoEnemiesNamedNearlyAlikeStillLeaveTheTargetOpen() {
        List<ExtractedEvent> events = explain("Turkish jets hit northern Syria",
                "Turkish warplanes bombed positions near Qamishli on Monday. Ankara sees the YPG as an offshoot of the "
                        + "PKK. The YPG denies any tie to the PKK.").extraction().events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).target()).isNull();
    }

    @Test
    void anIranianMissileStrikeInEasternSyriaHitTheIslamicState() {
        List<ExtractedEvent> events = explain("Iran fires missiles into Syria",
                "Iran's Revolutionary Guards fired six ballistic missiles at targets near Albu Kamal on Monday, state "
                        + "television said. Tehran said it was avenging an attack the Islamic State claimed.")
                .extraction().events();
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).perpetrator()).isEqualTo("Iran");
        assertThat(events.get(0).target()).isEqualTo("Islamic State");
    }
}
