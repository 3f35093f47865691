package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** How much an event's confidence says; every sentence here is written for the test. */
class ConfidenceTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void oneTollPlacedAtTwoDistantTownsIsDoubted() {
        double alone = events("A U.S. airstrike killed 12 Islamic State fighters near Haditha on Monday.").get(0).confidence();
        List<ExtractedEvent> twice = events("A U.S. airstrike killed 12 Islamic State fighters near Haditha on Monday. "
                + "Separately, a U.S. airstrike near Mosul on Monday killed 12 Islamic State fighters.");
        assertThat(twice).hasSize(2);
        assertThat(twice).allSatisfy(e -> assertThat(e.confidence()).isLessThan(alone));
    }

    @Test
    void aBackgroundStrikeOnAnotherDayIsLessSureThanTheSameStrikeAsTheLead() {
        String background = "On Jan. 20, rockets hit Ain al-Asad air base, injuring two U.S. troops.";
        double asLead = events(background).get(0).confidence();
        List<ExtractedEvent> found = events("U.S. jets struck a militia depot near Albu Kamal on Monday, killing four. "
                + background);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).confidence()).isLessThan(asLead);
    }

    @Test
    void aStrikeAtThePlaceTheHeadlineNamesIsSurer() {
        String text = "Jets struck a weapons depot near Qaim on Monday, killing three militants.";
        double plain = RuleBasedExtractor.standard().extract(new ArticleText("Strikes in western Iraq", text, PUBLISHED))
                .events().get(0).confidence();
        double headlined = RuleBasedExtractor.standard().extract(new ArticleText("Jets hit depot near Qaim", text, PUBLISHED))
                .events().get(0).confidence();
        assertThat(headlined).isGreaterThan(plain);
    }

    @Test
    void aStrikeInAnArticleAboutAnotherCountryIsDoubted() {
        double inRegion = events("Israeli jets struck a depot near Homs on Monday, Syrian media said.").get(0).confidence();
        List<ExtractedEvent> inPassing = events("Israeli jets struck a depot near Homs on Monday, Syrian media said. "
                + "Lebanese and Israeli officials met in Beirut and Tel Aviv. Lebanese leaders in Beirut and Sidon "
                + "spoke of Israeli politics and of Jerusalem, Haifa and Tyre.");
        assertThat(inPassing).hasSize(1);
        assertThat(inPassing.get(0).confidence()).isLessThan(inRegion);
    }

    @Test
    void aStrikeWithNoDayOfItsOwnIsLessSure() {
        double dated = events("Turkish jets bombed rebel hideouts near Koya on Monday.").get(0).confidence();
        double undated = events("Turkish jets bombed rebel hideouts near Koya.").get(0).confidence();
        assertThat(undated).isLessThan(dated);
    }

    @Test
    void aLeadStrikeWithTownTargetAndDayOfItsOwnReachesPointEight() {
        List<ExtractedEvent> found = RuleBasedExtractor.standard().extract(new ArticleText("U.S. jets hit depot near Qaim",
                "U.S. jets struck a Kataib Hezbollah depot near Qaim on Monday, the Pentagon said. "
                + "Residents said the depot burned for hours.", PUBLISHED)).events();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).confidence()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void theSameStrikeToldAfterTheLeadIsLessSureThanAsTheLead() {
        String second = "Jets also bombed a depot near Qaim on Monday, security sources said.";
        double asLead = events(second).get(0).confidence();
        List<ExtractedEvent> found = events("Rockets hit a base near Baghdad on Monday, wounding two soldiers. " + second);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).confidence()).isLessThan(asLead);
    }

    @Test
    void aStrikeFirstToldBelowTheOpeningIsLessSure() {
        String strike = "Turkish drones struck a rebel checkpoint near Amadiya on Thursday, local officials said.";
        double opening = events(strike).get(0).confidence();
        List<ExtractedEvent> below = events("Farmers in the province have complained for years about the price of fuel. "
                + "The regional government promised new subsidies this spring. " + strike);
        assertThat(below).hasSize(1);
        assertThat(below.get(0).confidence()).isLessThan(opening);
    }

    @Test
    void aClauseThatLooksBackIsLessSure() {
        double told = events("Turkish jets bombed rebel hideouts near Koya on Monday.").get(0).confidence();
        double lookedBack = events("Turkish jets had bombed rebel hideouts near Koya on Monday.").get(0).confidence();
        assertThat(lookedBack).isLessThan(told);
    }

    @Test
    void aStrikeToldBesideAWeaponOfAnotherKindStaysUnderTheReviewThreshold() {
        String headline = "U.S. jets hit depot near Qaim";
        String plain = "U.S. jets struck a Kataib Hezbollah depot near Qaim on Monday, the Pentagon said. "
                + "Residents said the depot burned for hours.";
        String shelled = "U.S. jets struck a Kataib Hezbollah depot near Qaim on Monday as artillery pounded the area, "
                + "the Pentagon said. Residents said the depot burned for hours.";
        double alone = RuleBasedExtractor.standard().extract(new ArticleText(headline, plain, PUBLISHED)).events().get(0)
                .confidence();
        List<ExtractedEvent> mixed = RuleBasedExtractor.standard().extract(new ArticleText(headline, shelled, PUBLISHED))
                .events();
        assertThat(alone).isGreaterThanOrEqualTo(0.8);
        assertThat(mixed.get(0).type().code()).isEqualTo("airstrike");
        assertThat(mixed.get(0).confidence()).isLessThan(0.8);
        // a drone that fires missiles is one weapon, not two kinds
        double droneMissile = RuleBasedExtractor.standard().extract(new ArticleText(headline,
                "A U.S. drone fired two missiles at a Kataib Hezbollah depot near Qaim on Monday, the Pentagon said. "
                        + "Residents said the depot burned for hours.", PUBLISHED)).events().get(0).confidence();
        assertThat(droneMissile).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aStrikeWhoseSideIsNamedIsSurer() {
        double named = events("Iranian drones hit a camp of exiled Kurdish rebels near Koya on Tuesday.").get(0).confidence();
        double unnamed = events("Drones hit a camp of exiled Kurdish rebels near Koya on Tuesday.").get(0).confidence();
        assertThat(named).isGreaterThan(unnamed);
    }

    @Test
    void aWellToldStrikeWithAnyReasonForDoubtStaysUnderTheReviewThreshold() {
        String text = "U.S. jets struck a militia weapons depot near Albu Kamal, killing four fighters of Kataib "
                + "Hezbollah. The strike on the depot near Albu Kamal destroyed rockets, officials said. The Albu Kamal "
                + "depot strike was the largest this year, the Pentagon said.";
        RuleBasedExtractor.Explained explained = RuleBasedExtractor.standard()
                .explain(new ArticleText("U.S. jets hit militia depot near Albu Kamal", text, PUBLISHED));
        assertThat(explained.confidenceEvidence().get(0)).contains("NO_DAY_OF_ITS_OWN");
        assertThat(explained.extraction().events().get(0).confidence()).isLessThan(0.8);
        double dated = RuleBasedExtractor.standard().extract(new ArticleText("U.S. jets hit militia depot near Albu Kamal",
                text.replace("near Albu Kamal, killing", "near Albu Kamal on Monday, killing"), PUBLISHED))
                .events().get(0).confidence();
        assertThat(dated).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aHeadlineThatTellsNoStrikeAndACrowdedArticleCountAgainst() {
        String text = "U.S. jets struck a militia depot near Albu Kamal on Monday, killing four fighters.";
        assertThat(Confidence.headlineTellsStrike("Pentagon weighs its options after talks in Baghdad")).isFalse();
        assertThat(Confidence.headlineTellsStrike("U.S. jets pound militia depot")).isTrue();
        assertThat(Confidence.headlineTellsStrike("Four killed near Albu Kamal")).isTrue();
        assertThat(Confidence.headlineTellsStrike("")).isTrue();
        RuleBasedExtractor.Explained quiet = RuleBasedExtractor.standard()
                .explain(new ArticleText("Pentagon weighs its options after talks in Baghdad", text, PUBLISHED));
        assertThat(quiet.confidenceEvidence().get(0)).contains("HEADLINE_TELLS_NO_STRIKE").doesNotContain("CROWDED_ARTICLE");
        RuleBasedExtractor.Explained crowded = RuleBasedExtractor.standard().explain(new ArticleText("Strikes in Syria",
                text + " On Tuesday, Israeli jets hit a depot near Masyaf. On Wednesday, Turkish drones struck a car "
                        + "near Qamishli. On Thursday, Russian jets bombed a market in Ariha.", PUBLISHED));
        assertThat(crowded.confidenceEvidence()).hasSize(4)
                .allSatisfy(names -> assertThat(names).contains("CROWDED_ARTICLE").doesNotContain("HEADLINE_TELLS_NO_STRIKE"));
    }

    @Test
    void aStrikePlacedAtTheCapitalItselfIsDoubtedButNotOneAtASiteThere() {
        List<String> city = RuleBasedExtractor.standard().explain(new ArticleText("Israeli jets strike near Damascus",
                "Israeli jets struck a weapons depot in Damascus on Monday, killing three fighters of Hezbollah.",
                PUBLISHED)).confidenceEvidence().get(0);
        assertThat(city).contains("PLACED_AT_CAPITAL_OR_NAMESAKE");
        List<String> site = RuleBasedExtractor.standard().explain(new ArticleText("Israeli jets strike airport",
                "Israeli jets struck Damascus International Airport on Monday, killing three fighters of Hezbollah.",
                PUBLISHED)).confidenceEvidence().get(0);
        assertThat(site).contains("PLACED_AT_TOWN_OR_SITE").doesNotContain("PLACED_AT_CAPITAL_OR_NAMESAKE");
    }

    @Test
    void aStrikeAtATownNamedLikeItsProvinceIsDoubtedUnlessTheCopySaysCity() {
        String told = " on Monday, killing three fighters of Hurras al-Din, the monitor said.";
        List<String> bare = RuleBasedExtractor.standard().explain(new ArticleText("Drone strike in Idlib",
                "A US drone struck a car in Idlib" + told, PUBLISHED)).confidenceEvidence().get(0);
        assertThat(bare).contains("PLACED_AT_TOWN_OR_SITE", "PLACED_AT_CAPITAL_OR_NAMESAKE");
        List<String> city = RuleBasedExtractor.standard().explain(new ArticleText("Drone strike in Idlib",
                "A US drone struck a car in Idlib city" + told, PUBLISHED)).confidenceEvidence().get(0);
        assertThat(city).contains("PLACED_AT_TOWN_OR_SITE").doesNotContain("PLACED_AT_CAPITAL_OR_NAMESAKE");
        for (String meansTown : List.of("in downtown Idlib", "in Idlib's Qusour district", "in Idlib, the provincial capital,")) {
            List<String> named = RuleBasedExtractor.standard().explain(new ArticleText("Drone strike in Idlib",
                    "A US drone struck a car " + meansTown + told, PUBLISHED)).confidenceEvidence().get(0);
            assertThat(named).as(meansTown).doesNotContain("PLACED_AT_CAPITAL_OR_NAMESAKE");
        }
        List<String> town = RuleBasedExtractor.standard().explain(new ArticleText("Drone strike near Sarmada",
                "A US drone struck a car near Sarmada" + told, PUBLISHED)).confidenceEvidence().get(0);
        assertThat(town).contains("PLACED_AT_TOWN_OR_SITE").doesNotContain("PLACED_AT_CAPITAL_OR_NAMESAKE");
    }

    @Test
    void aWellToldStrikePlacedOnlyInAProvinceOrRegionStaysUnderTheReviewThreshold() {
        String site = "Turkish jets struck a PKK depot near Sinjar on Monday, killing four fighters. The jets hit "
                + "the depot again at dusk, the ministry said. The strike on the depot was the third this month.";
        String region = site.replace("near Sinjar", "in northern Iraq");
        RuleBasedExtractor.Explained atSite = RuleBasedExtractor.standard()
                .explain(new ArticleText("Turkish jets hit PKK depot", site, PUBLISHED));
        RuleBasedExtractor.Explained inRegion = RuleBasedExtractor.standard()
                .explain(new ArticleText("Turkish jets hit PKK depot", region, PUBLISHED));
        assertThat(atSite.extraction().events().get(0).confidence()).isGreaterThanOrEqualTo(0.8);
        assertThat(inRegion.confidenceEvidence().get(0)).doesNotContain("PLACED_AT_TOWN_OR_SITE")
                .noneMatch(name -> Confidence.Evidence.valueOf(name).weight < 0);
        assertThat(inRegion.extraction().events().get(0).confidence()).isLessThan(0.8);
    }

    @Test
    void explainNamesTheEvidenceOfEachEventInOrderAndItAddsUpToTheScore() {
        RuleBasedExtractor.Explained explained = RuleBasedExtractor.standard().explain(new ArticleText("Test",
                "U.S. jets struck a militia depot near Albu Kamal on Monday, killing four. "
                        + "On Jan. 20, rockets hit Ain al-Asad air base, injuring two U.S. troops.", PUBLISHED));
        List<ExtractedEvent> found = explained.extraction().events();
        assertThat(found).hasSize(2);
        assertThat(explained.confidenceEvidence()).hasSize(2);
        assertThat(explained.confidenceEvidence().get(0)).contains("LEAD_STRIKE", "PLACED_AT_TOWN_OR_SITE");
        assertThat(explained.confidenceEvidence().get(1)).doesNotContain("LEAD_STRIKE").contains("OTHER_DAY_THAN_LEAD");
        // what the named weights leave of each score's log-odds is the model's intercept, the same for both events
        assertThat(unexplained(found.get(1), explained.confidenceEvidence().get(1)))
                .isCloseTo(unexplained(found.get(0), explained.confidenceEvidence().get(0)), Offset.offset(1e-9));
    }

    private static double unexplained(ExtractedEvent e, List<String> evidence) {
        double logit = Math.log(e.confidence() / (1 - e.confidence()));
        return logit - evidence.stream().mapToDouble(n -> Confidence.Evidence.valueOf(n).weight).sum();
    }
}
