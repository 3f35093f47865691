package io.strikeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class BasemapTest {

    @Test
    void shippedBasemapHasIraqiGovernoratesRiversAndCities() {
        Basemap basemap = Basemap.load();
        List<BasemapFeature> iraq = basemap.admin1().stream().filter(f -> f.text("country").equals("IRQ")).toList();
        assertThat(iraq).hasSize(18);
        assertThat(iraq).extracting(BasemapFeature::name).contains("Al-Anbar", "Ninawa", "Baghdad");
        assertThat(basemap.rivers()).extracting(BasemapFeature::name).contains("Tigris", "Euphrates");
        assertThat(basemap.countries()).extracting(BasemapFeature::name).contains("Iraq", "Syria", "Jordan");
        assertThat(basemap.boundaries()).anyMatch(f -> f.text("kind").equals("border"));
        BasemapFeature first = basemap.cities().get(0);
        assertThat(first.number("population")).isGreaterThan(1_000_000);
        // Mosul lies inside Ninawa: geometry and names line up.
        BasemapFeature ninawa = iraq.stream().filter(f -> f.name().equals("Ninawa")).findFirst().orElseThrow();
        assertThat(ninawa.geometry().contains(ninawa.geometry().getFactory().createPoint(
                new Coordinate(43.13, 36.34)))).isTrue();
    }

    @Test
    void parsesGeoJsonGeometriesAndProperties() throws Exception {
        String json = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"A\",\"population\":5},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[44.4,33.3]}},"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}},"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"GeometryCollection\"}}]}";
        List<BasemapFeature> features = Basemap.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(features).hasSize(2);
        assertThat(features.get(0).name()).isEqualTo("A");
        assertThat(features.get(0).number("population")).isEqualTo(5);
        assertThat(features.get(0).geometry().getCoordinate().y).isEqualTo(33.3);
        assertThat(features.get(1).geometry().getArea()).isEqualTo(0.5);
    }

    @Test
    void placesAreTownsAndSitesNeverInstitutions() {
        Basemap basemap = Basemap.load();
        assertThat(basemap.cities()).extracting(BasemapFeature::name)
                .noneMatch(name -> name.matches(".*\\b(Branch|University|Campus)\\b.*"));
        assertThat(basemap.places()).extracting(f -> f.text("kind"))
                .contains("airbase", "airport", "crossing", "oilfield", "camp", "town");
        assertThat(basemap.places()).extracting(BasemapFeature::name)
                .contains("Ain al-Asad Air Base", "Al-Qaim border crossing", "Al-Omar oil field");
    }
}
