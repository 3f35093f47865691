package io.strikeline.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.strikeline.ui.state.GeoBox;
import org.junit.jupiter.api.Test;

class MapViewportTest {

    private final MapViewport home = MapViewport.home(1200, 800);

    @Test
    void pixelToLatLonRoundTrips() {
        for (double x = 0; x <= 1200; x += 150) {
            for (double y = 0; y <= 800; y += 100) {
                assertThat(home.screenX(home.lon(x))).isCloseTo(x, within(1e-6));
                assertThat(home.screenY(home.lat(y))).isCloseTo(y, within(1e-6));
            }
        }
    }

    @Test
    void northIsUpAndEastIsRight() {
        assertThat(home.lat(0)).isGreaterThan(home.lat(800));
        assertThat(home.lon(1200)).isGreaterThan(home.lon(0));
    }

    @Test
    void zoomAtAPointKeepsThatPointUnderTheCursor() {
        double lat = home.lat(300);
        double lon = home.lon(900);
        MapViewport zoomed = home.zoomedAt(900, 300, 3);
        assertThat(zoomed.unitsPerPixel()).isCloseTo(home.unitsPerPixel() / 3, within(1e-9));
        assertThat(zoomed.screenX(lon)).isCloseTo(900, within(1e-6));
        assertThat(zoomed.screenY(lat)).isCloseTo(300, within(1e-6));
        MapViewport back = zoomed.zoomedAt(900, 300, 1 / 3.0);
        assertThat(back.centerX()).isCloseTo(home.centerX(), within(1e-3));
        assertThat(back.centerY()).isCloseTo(home.centerY(), within(1e-3));
    }

    @Test
    void zoomIsClampedToItsLimits() {
        assertThat(home.zoomedAt(0, 0, 1e9).unitsPerPixel()).isEqualTo(MapViewport.MIN_UNITS_PER_PIXEL);
        assertThat(home.zoomedAt(0, 0, 1e-9).unitsPerPixel()).isEqualTo(MapViewport.MAX_UNITS_PER_PIXEL);
    }

    @Test
    void panMovesContentWithTheDrag() {
        double lat = home.lat(400);
        double lon = home.lon(600);
        MapViewport panned = home.pannedBy(50, -20);
        assertThat(panned.screenX(lon)).isCloseTo(650, within(1e-6));
        assertThat(panned.screenY(lat)).isCloseTo(380, within(1e-6));
    }

    @Test
    void fittedShowsTheWholeBoxAndResizeKeepsCentreAndScale() {
        GeoBox box = new GeoBox(32.0, 40.0, 35.0, 46.0);
        MapViewport fitted = home.fitted(box);
        GeoBox visible = fitted.visibleBox();
        assertThat(visible.minLat()).isLessThanOrEqualTo(32.0 + 1e-9);
        assertThat(visible.maxLat()).isGreaterThanOrEqualTo(35.0 - 1e-9);
        assertThat(visible.minLon()).isLessThanOrEqualTo(40.0 + 1e-9);
        assertThat(visible.maxLon()).isGreaterThanOrEqualTo(46.0 - 1e-9);
        MapViewport resized = fitted.resized(600, 300);
        assertThat(resized.unitsPerPixel()).isEqualTo(fitted.unitsPerPixel());
        assertThat(resized.lat(150)).isCloseTo(fitted.lat(400), within(1e-9));
    }

    @Test
    void centeredOnPutsThePositionInTheMiddle() {
        MapViewport c = home.centeredOn(36.34, 43.13);
        assertThat(c.screenX(43.13)).isCloseTo(600, within(1e-6));
        assertThat(c.screenY(36.34)).isCloseTo(400, within(1e-6));
        assertThat(c.showsWithin(36.34, 43.13, 40)).isTrue();
        assertThat(c.showsWithin(20, 30, 0)).isFalse();
    }

    @Test
    void scaleBarKmAreNiceNumbers() {
        assertThat(MapView.niceKm(137)).isEqualTo(100);
        assertThat(MapView.niceKm(0.31)).isCloseTo(0.2, within(1e-12));
        assertThat(MapView.niceKm(7.9)).isEqualTo(5);
    }
}
