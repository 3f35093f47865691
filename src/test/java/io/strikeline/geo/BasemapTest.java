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

    @Test
    void readsMultiGeometriesWhateverTheOrderOfTheirMembersAndKeepsOnlyNumbersAndText() throws Exception {
        String json = "{\"features\":[{\"geometry\":{\"coordinates\":[[[[0,0],[2,0],[2,2],[0,0]]],"
                + "[[[5,5],[6,5],[6,6],[5,5]]]],\"type\":\"MultiPolygon\"},\"type\":\"Feature\","
                + "\"properties\":{\"name\":\"B\",\"iso\":null,\"flag\":true,\"area\":2.5,\"tags\":[\"x\"]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"kind\":\"coast\"},\"geometry\":{\"type\":\"MultiLineString\","
                + "\"coordinates\":[[[1,1,9],[2,2,9]],[[3,3],[4,4],[5,4]]]}}],\"type\":\"FeatureCollection\"}";
        List<BasemapFeature> features = Basemap.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(features).hasSize(2);
        BasemapFeature area = features.get(0);
        assertThat(area.geometry().getNumGeometries()).isEqualTo(2);
        assertThat(area.geometry().getArea()).isEqualTo(2.5);
        assertThat(area.properties()).containsOnlyKeys("name", "area").containsEntry("area", 2.5);
        BasemapFeature lines = features.get(1);
        assertThat(lines.text("kind")).isEqualTo("coast");
        assertThat(lines.geometry().getNumGeometries()).isEqualTo(2);
        assertThat(lines.geometry().getCoordinates()).hasSize(5);
        assertThat(lines.geometry().getCoordinates()[1]).isEqualTo(new Coordinate(2, 2));
    }
}
