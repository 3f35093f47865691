package io.strikeline.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WebMercatorTest {

    private final WebMercator mercator = new WebMercator();

    @Test
    void projectsAndInvertsPositionsInTheRegion() {
        for (double lat = 12; lat <= 43; lat += 3.1) {
            for (double lon = 25; lon <= 63; lon += 4.7) {
                assertThat(mercator.lat(mercator.y(lat))).isCloseTo(lat, within(1e-9));
                assertThat(mercator.lon(mercator.x(lon))).isCloseTo(lon, within(1e-9));
            }
        }
    }

    @Test
    void groundScaleShrinksWithLatitudeAsOnAMercatorMap() {
        // One degree of longitude is about 111.3 km at the equator and about 93 km at Baghdad (33.3 N).
        double unitsPerDegree = mercator.x(45) - mercator.x(44);
        assertThat(unitsPerDegree * mercator.groundMetresPerUnit(0) / 1000).isCloseTo(111.3, within(0.1));
        assertThat(unitsPerDegree * mercator.groundMetresPerUnit(33.3) / 1000).isCloseTo(93.0, within(0.3));
    }

    @Test
    void mgrsOfBaghdadIsInGridZone38S() {
        assertThat(Mgrs.format(33.3152, 44.3661)).startsWith("38SMB").hasSize(13);
        assertThat(Mgrs.format(89, 0)).isEmpty();
    }
}
