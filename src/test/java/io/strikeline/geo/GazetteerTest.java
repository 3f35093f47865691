package io.strikeline.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.strikeline.model.LocationPrecision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "Ain al-Asad, Ain Al Asad",
        "ʿAyn al-Asad, Ayn al Asad",
        "Deir ez-Zor, Deir Zor",
        "Al-Qa’im, al-Qaim",
        "Kata’ib Hezbollah, Kataib hezbollah",
        "Baghdad's Green Zone, baghdad green zone",
        "Jurf as-Sakhar, Jurf al-Sakhar",
        "Ālbū Kamāl, Albu Kamal"})
    void foldingMakesTransliterationVariantsMeet(String a, String b) {
        assertThat(Gazetteer.fold(a)).isEqualTo(Gazetteer.fold(b));
    }

    @Test
    void foldingKeepsDifferentNamesApart() {
        assertThat(Gazetteer.fold("Erbil")).isNotEqualTo(Gazetteer.fold("Irbid"));
        assertThat(Gazetteer.fold("Deir ez-Zor")).isEqualTo("deir zor");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Ayn al-Asad, iq-ain-al-asad, 33.79, 42.44",
        "Irbil, gn-iq-erbil, 36.19, 44.01",
        "Arbil, gn-iq-erbil, 36.19, 44.01",
        "Al Bukamal, gn-sy-albu-kamal, 34.45, 40.92",
        "Abu Kamal, gn-sy-albu-kamal, 34.45, 40.92",
        "Qaim, gn-iq-qaim, 34.39, 40.99",
        "Deir al-Zour, gn-sy-deir-zor, 35.34, 40.14",
        "al-Tanf, sy-tanf, 33.50, 38.63",
        "Baghdad International Airport, iq-biap, 33.26, 44.23",
        "Camp Taji, iq-taji, 33.52, 44.26",
        "Green Zone, iq-green-zone, 33.30, 44.39",
        "Conoco gas field, sy-conoco, 35.36, 40.30",
        "al-Omar oil field, sy-omar, 34.92, 40.56",
        "Tower 22, jo-tower-22, 33.32, 38.70",
        "Harir base, iq-harir, 36.54, 44.35",
        "Victory Base, iq-victory, 33.29, 44.25",
        "مطار بغداد الدولي, iq-biap, 33.26, 44.23",
        "Derik, gn-sy-malikiyah, 37.18, 42.14",
        "Koi Sanjaq, gn-iq-koya, 36.08, 44.63",
        "Qadisiyah Airbase, iq-ain-al-asad, 33.79, 42.44",
        "Camp Anaconda, iq-balad, 33.94, 44.36",
        "H3 Air Base, oa-iq-h3-air-base, 32.93, 39.75",
        "Tall Afar Army Air Field, oa-iq-tal-afar-army-air-field, 36.28, 42.40",
        "Sidikan, iq-sidakan, 36.80, 44.67",
        "Biradost, reg-bradost, 36.90, 44.60",
        "Mount Asos, reg-asos, 36.05, 45.40",
        "Banqa, iq-banqa, 37.20, 43.00",
        "Kandil mountains, reg-qandil, 36.45, 44.95",
        "Karacak, reg-qarachogh, 35.82, 43.65",
        "Zlikan base, iq-bashiqa, 36.45, 43.35",
        "Amerli, iq-amirli, 34.72, 44.59",
        "Haftanin, reg-haftanin, 37.27, 42.95",
        "Hass, sy-hass, 35.62, 36.60"})
    void knownSpellingsFindTheRightPlace(String name, String id, double lat, double lon) {
        Place p = GAZETTEER.find(name).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError(name + " did not find " + id + ": " + GAZETTEER.find(name)));
        assertThat(p.lat()).isCloseTo(lat, within(0.05));
        assertThat(p.lon()).isCloseTo(lon, within(0.05));
    }

    @Test
    void governoratesHaveCentroidsAndProvincePrecision() {
        Place anbar = GAZETTEER.find("Anbar province").get(0);
        assertThat(anbar.precision()).isEqualTo(LocationPrecision.PROVINCE);
        assertThat(anbar.country()).isEqualTo("IQ");
        assertThat(anbar.lat()).isBetween(31.5, 34.5);
        assertThat(anbar.lon()).isBetween(39.5, 43.5);
    }

    @Test
    void placesOutsideIraqAndSyriaKeepTheirCountry() {
        assertThat(GAZETTEER.find("Tower 22")).singleElement().extracting(Place::country).isEqualTo("JO");
        assertThat(GAZETTEER.find("Sanaa")).singleElement().extracting(Place::country).isEqualTo("YE");
    }

    @Test
    void countriesBeyondTheRegionAreWholeCountries() {
        for (String name : List.of("Pakistan", "Afghanistan", "Ukraine", "Somalia", "UAE", "United States")) {
            assertThat(GAZETTEER.find(name)).as(name).singleElement().satisfies(p -> {
                assertThat(p.precision()).isEqualTo(LocationPrecision.COUNTRY);
                assertThat(p.country()).isNotIn("IQ", "SY", "JO");
            });
        }
        // Iran's provinces named for Azerbaijan are Iran's, not the country's
        assertThat(GAZETTEER.find("West Azerbaijan province")).singleElement().satisfies(p -> {
            assertThat(p.country()).isEqualTo("IR");
            assertThat(p.precision()).isEqualTo(LocationPrecision.PROVINCE);
        });
    }

    @Test
    void prefixesAllowWordByWordMatching() {
        assertThat(GAZETTEER.isPrefix("ain")).isTrue();
        assertThat(GAZETTEER.isPrefix("ain asad")).isTrue();
        assertThat(GAZETTEER.isPrefix("ain asad air")).isTrue();
        assertThat(GAZETTEER.lookup("ain asad air base")).extracting(Place::id).containsExactly("iq-ain-al-asad");
    }

    @Test
    void bundledFileIsSmallAndEveryRowParses() throws Exception {
        Path file = Path.of("data", "gazetteer.tsv");
        assertThat(Files.size(file)).isLessThan(2_000_000);
        assertThat(Gazetteer.load(file).all()).hasSize(GAZETTEER.all().size()).hasSizeGreaterThan(500);
    }

    @Test
    void smallPlacesNamedLikeAWordOrAGivenNameAreLeftOut() {
        assertThat(GAZETTEER.find("Hatim")).isEmpty();
        assertThat(GAZETTEER.find("Rabiah")).isEmpty();
        assertThat(GAZETTEER.find("Shin")).isEmpty();
        assertThat(GAZETTEER.find("Sham")).extracting(Place::id).doesNotContain("gn-sy-damascus");
    }

    @Test
    void aWellKnownTownTakesTheBareNameFromAMuchSmallerNamesake() {
        Place known = town("big", "Qaryat", 40_000);
        Place village = town("small", "Qaryat", 5_000, "Qaryat (Hama)");
        Gazetteer gazetteer = new Gazetteer(List.of(village, known));
        assertThat(gazetteer.find("Qaryat")).containsExactly(known);
        assertThat(gazetteer.find("Qaryat (Hama)")).containsExactly(village);
    }

    @Test
    void namesakesOfComparableOrUnknownSizeAndSitesKeepTheName() {
        Place known = town("big", "Qaryat", 40_000);
        Place comparable = town("peer", "Qaryat", 9_000);
        Place unknown = town("unknown", "Qaryat", 0);
        Place site = new Place("site", "Qaryat", "airbase", LocationPrecision.SITE, "IQ", "", 33, 43, 0, List.of(), "");
        Gazetteer gazetteer = new Gazetteer(List.of(known, comparable, unknown, site));
        assertThat(gazetteer.find("Qaryat")).containsExactlyInAnyOrder(known, comparable, unknown, site);
    }

    @Test
    void namesakesWithNoWellKnownTownAmongThemKeepTheName() {
        Place one = town("one", "Qaryat", 6_000);
        Place two = town("two", "Qaryat", 1_000);
        assertThat(new Gazetteer(List.of(one, two)).find("Qaryat")).containsExactlyInAnyOrder(one, two);
    }

    private static Place town(String id, String name, long population, String... aliases) {
        return new Place(id, name, "town", LocationPrecision.CITY, "SY", "", 35, 37, population, List.of(aliases), "");
    }

    @Test
    void distanceIsGreatCircleKilometres() {
        assertThat(Gazetteer.distanceKm(33.3128, 44.3615, 36.1912, 44.0094)).isCloseTo(321, within(5.0));
    }

    @Test
    void withinKmAgreesWithTheGreatCircleDistanceNearAndFarAndAtTheLimit() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double lat1 = random.nextDouble(29, 38);
            double lon1 = random.nextDouble(35, 49);
            double lat2 = lat1 + random.nextDouble(-3, 3);
            double lon2 = lon1 + random.nextDouble(-3, 3);
            double km = random.nextInt(4) == 0 ? Gazetteer.distanceKm(lat1, lon1, lat2, lon2) : random.nextDouble(1, 300);
            assertThat(Gazetteer.withinKm(lat1, lon1, lat2, lon2, km))
                    .isEqualTo(Gazetteer.distanceKm(lat1, lon1, lat2, lon2) <= km);
        }
        // due north, where the latitude alone gives the whole distance
        double north = Gazetteer.distanceKm(33, 44, 33.4, 44);
        assertThat(Gazetteer.withinKm(33, 44, 33.4, 44, north)).isTrue();
        assertThat(Gazetteer.withinKm(33, 44, 33.4, 44, north - 0.01)).isFalse();
    }
}
