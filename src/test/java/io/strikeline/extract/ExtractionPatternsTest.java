package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One pattern per test: each sentence is written for the test, in the way wire reports phrase things. */
class ExtractionPatternsTest {

    private static final Extractor EXTRACTOR = RuleBasedExtractor.standard();
    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return EXTRACTOR.extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    private static ExtractedEvent single(String text) {
        List<ExtractedEvent> found = events(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "U.S. warplanes struck a militia depot near al-Qaim on Monday.|2024-02-05",
        "U.S. warplanes struck a militia depot near al-Qaim on Wednesday.|2024-02-07",
        "U.S. warplanes struck a militia depot near al-Qaim late Thursday.|2024-02-01",
        "U.S. warplanes struck a militia depot near al-Qaim yesterday.|2024-02-06",
        "U.S. warplanes struck a militia depot near al-Qaim last night.|2024-02-06",
        "U.S. warplanes struck a militia depot near al-Qaim earlier today.|2024-02-07",
        "U.S. warplanes struck a militia depot near al-Qaim on Jan. 30.|2024-01-30",
        "U.S. warplanes struck a militia depot near al-Qaim on Dec. 29.|2023-12-29",
        "U.S. warplanes struck a militia depot near al-Qaim on 3 January 2020.|2020-01-03",
        "U.S. warplanes struck a militia depot near al-Qaim on Jan. 3, 2020.|2020-01-03",
        "U.S. warplanes struck a militia depot near al-Qaim last month.|2024-01",
        "U.S. warplanes struck a militia depot near al-Qaim last year.|2023",
        "U.S. warplanes struck a militia depot near al-Qaim in March.|2023-03",
        "U.S. warplanes struck a militia depot near al-Qaim three days ago.|2024-02-04"})
    void datesResolveAgainstThePublishedDate(String sentence, String expected) {
        assertThat(single(sentence).date().format()).isEqualTo(expected);
    }

    @Test
    void monthAndYearPrecisionIsKeptNotPaddedToADay() {
        ExtractedEvent e = single("Iranian missiles hit Erbil last month.");
        assertThat(e.date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(e.date().end()).isEqualTo(LocalDate.of(2024, 1, 31));
    }

    @Test
    void easternTimeAfterMidnightInIraqSpansTheUsAndTheLocalDay() {
        ExtractedEvent e = single("U.S. aircraft struck targets near al-Qaim on Friday at 5 p.m. ET, the Pentagon said.");
        assertThat(e.date().format()).isEqualTo("2024-02-02..2024-02-03");
        ExtractedEvent early = single("U.S. aircraft struck targets near al-Qaim on Friday at 10 a.m. EST, officials said.");
        assertThat(early.date().format()).isEqualTo("2024-02-02");
    }

    @Test
    void relativeToAnotherStrikeInTheArticle() {
        List<ExtractedEvent> found = events("U.S. jets bombed a militia camp near Albu Kamal on Monday. "
                + "Two days later, rockets hit the Green Village base at the al-Omar oil field.");
        assertThat(found).extracting(e -> e.date().format()).containsExactlyInAnyOrder("2024-02-05", "2024-02-07");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Rockets struck Ayn al-Assad air base on Monday.|Ain al-Asad Air Base|IQ",
        "Rockets struck Al Asad Airbase on Monday.|Ain al-Asad Air Base|IQ",
        "A drone attack hit Irbil airport on Monday.|Erbil International Airport|IQ",
        "U.S. jets struck targets near Al Bukamal on Monday.|Albu Kamal|SY",
        "U.S. jets struck targets near Abu Kamal on Monday.|Albu Kamal|SY",
        "Rockets hit a U.S. base in Deir al-Zour on Monday.|Deir ez-Zor|SY",
        "Rockets hit the Conoco gas field on Monday.|Conoco gas field|SY",
        "A drone attacked the al-Tanf garrison on Monday.|Al-Tanf garrison|SY",
        "Katyusha rockets landed in the Green Zone on Monday.|Green Zone|IQ",
        "A one-way attack drone struck Tower 22 on Monday.|Tower 22|JO"})
    void placeSpellingsResolveToTheirGazetteerEntry(String sentence, String place, String country) {
        ExtractedEvent e = single(sentence);
        assertThat(e.place()).isEqualTo(place);
        assertThat(e.country()).isEqualTo(country);
    }

    @Test
    void regionsGetRegionPrecisionAndTheMostSpecificPlaceWins() {
        assertThat(single("Rockets targeted U.S. forces in eastern Syria on Monday.").locationPrecision())
                .isEqualTo(LocationPrecision.REGION);
        assertThat(single("Rockets struck Ain al-Asad air base in Iraq's Anbar province on Monday.").place())
                .isEqualTo("Ain al-Asad Air Base");
    }

    @Test
    void twoPlacesHitInOneSalvoAreTwoStrikes() {
        assertThat(events("Iran fired ballistic missiles on Monday at bases in Anbar province and near the city of Erbil."))
                .extracting(ExtractedEvent::place).containsExactlyInAnyOrder("Anbar Governorate", "Erbil");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "U.S. forces struck a depot near al-Qaim on Monday.|United States|airstrike",
        "CENTCOM said a U.S. drone killed two militants in Baghdad on Monday.|United States|drone_strike",
        "Kata'ib Hezbollah fired rockets at a base near Erbil on Monday.|Kata'ib Hezbollah|rocket_attack",
        "Kataib Hezbollah launched a drone attack on Erbil airport on Monday.|Kata'ib Hezbollah|drone_attack",
        "The Islamic Revolutionary Guard Corps fired ballistic missiles at Erbil on Monday.|Iran|missile_strike",
        "Turkish warplanes pounded targets near Sinjar on Monday.|Turkey|airstrike",
        "Israeli jets struck the Damascus airport on Monday.|Israel|airstrike",
        "Mortar rounds fired by Syrian government forces hit Idlib on Monday.|Syrian government|artillery"})
    void actorsAreNormalisedAndTypesFollowWhoStruckWithWhat(String sentence, String perpetrator, String type) {
        ExtractedEvent e = single(sentence);
        assertThat(e.perpetrator()).isEqualTo(perpetrator);
        assertThat(e.type()).isEqualTo(EventType.fromCode(type));
    }

    @Test
    void aMilitiaDroneAgainstUsForcesIsADroneAttack() {
        ExtractedEvent e = single("A drone attacked U.S. forces at the al-Tanf garrison on Monday.");
        assertThat(e.type()).isEqualTo(EventType.DRONE_ATTACK);
        assertThat(e.target()).isEqualTo("US forces");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Rockets hit a base near Erbil on Monday, killing four soldiers.|4|",
        "At least 17 people were killed when missiles struck Erbil on Monday.|17|",
        "A dozen civilians were wounded when rockets hit Erbil on Monday.||12",
        "Rockets hit a base near Erbil on Monday. There were no casualties.|0|0",
        "Rockets hit a base near Erbil on Monday. No troops were killed.|0|",
        "A U.S. drone struck a car in Baghdad on Monday, killing Abu Ali al-Tamimi and Hassan Karim.|2|"})
    void casualtiesInDigitsWordsAndNamesAttachToTheStrike(String text, Integer killed, Integer injured) {
        ExtractedEvent e = single(text);
        assertThat(e.killed()).isEqualTo(killed);
        assertThat(e.injured()).isEqualTo(injured);
    }

    @Test
    void noReportsOfCasualtiesIsAZeroTollButNoImmediateReportsOrNoWordIsUnknown() {
        ExtractedEvent none = single("Rockets hit a base near Erbil on Monday. There were no reports of casualties.");
        assertThat(none.killed()).isZero();
        assertThat(none.injured()).isZero();
        assertThat(single("Rockets hit a base near Erbil on Monday; no casualties were reported.").killed()).isZero();
        assertThat(single("Rockets hit a base near Erbil on Monday. There were no immediate reports of casualties.").killed())
                .isNull();
        assertThat(single("Rockets hit a base near Erbil on Monday. There was no word on casualties.").killed()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kata'ib Hezbollah vowed to strike U.S. bases in Iraq.",
        "The militia threatened further rocket attacks on the Green Zone.",
        "Iran will respond with missile strikes if Israel attacks, a commander said on Monday.",
        "The Pentagon denied that it carried out an airstrike near al-Qaim on Monday.",
        "Drone strikes on U.S. bases in Iraq have become more common in recent months.",
        "Militias have launched more than 150 attacks on American bases across Iraq and Syria since October.",
        "Officials are considering airstrikes on militia targets in Syria.",
        "No attacks on U.S. forces were reported in Iraq on Monday."})
    void threatsDenialsHypothesesAndGeneralisationsAreNotEvents(String text) {
        assertThat(events(text)).isEmpty();
    }

    @Test
    void severalSentencesAboutOneStrikeMakeOneEvent() {
        List<ExtractedEvent> found = events("Rockets struck the Green Zone in Baghdad on Monday. "
                + "The rocket attack damaged a building near the U.S. Embassy. "
                + "The attack wounded two guards, officials said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).injured()).isEqualTo(2);
    }

    @Test
    void aBackgroundStrikeKeepsItsOwnLandmarkDate() {
        List<ExtractedEvent> found = events("Rockets hit Ain al-Asad on Monday. "
                + "Tensions have been high since a U.S. drone strike killed Qassem Soleimani in 2020.");
        assertThat(found).extracting(e -> e.date().format()).containsExactlyInAnyOrder("2024-02-05", "2020-01-03");
    }

    @Test
    void undatedArticleTakesItsDateFromTheDatelineAndSaysWhy() {
        Extraction x = EXTRACTOR.extract(new ArticleText("Rockets hit Erbil",
                "ERBIL, Iraq, March 4, 2023 (Reuters) - Rockets hit a base near Erbil on Friday, officials said.", null));
        assertThat(x.inferredPublished()).isEqualTo(LocalDate.of(2023, 3, 4));
        assertThat(x.inferenceReason()).contains("2023-03-04");
        assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.date().format()).isEqualTo("2023-03-03"));
    }

    @Test
    void barrelBombsDroppedFromHelicoptersAreAnAirStrike() {
        ExtractedEvent e = single("Syrian army helicopters dropped barrel bombs on a market in Aleppo on Monday.");
        assertThat(e.type()).isEqualTo(EventType.AIRSTRIKE);
        assertThat(e.perpetrator()).isEqualTo("Syrian government");
    }

    @Test
    void aBarrelOfOilIsNoWeapon() {
        assertThat(events("A barrel of oil hit a new high in Baghdad on Monday.")).isEmpty();
    }

    @Test
    void theCityOfADatelineWithTheAgencyInBracketsIsNoStrikePlace() {
        List<ExtractedEvent> found = events("BAGHDAD (Wire Service) \u2014 A drone strike hit a car near Qaim on Monday.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Al-Qaim");
    }

    @Test
    void theCityOfADatelineEndedByAColonIsNoStrikePlace() {
        List<ExtractedEvent> found = events("BAGHDAD: Rockets hit a base hosting U.S. troops near Qaim on Monday.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Al-Qaim");
    }
}
