package io.strikeline.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.geo.WebMercator;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.state.GeoBox;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClustersTest {

    private final EventCatalog catalog = EventCatalog.of(SyntheticEvents.generate(20_000, 3));
    private final EventIndex index = new EventIndex(catalog, new WebMercator());

    @Test
    void everyLocatedVisibleEventOnScreenIsInExactlyOneCluster() {
        MapViewport vp = MapViewport.home(1400, 900).fitted(new GeoBox(20, 25, 43, 63));
        EventSet visible = catalog.all();
        List<Cluster> clusters = Clusters.compute(index, visible, vp, 64);
        int total = clusters.stream().mapToInt(Cluster::count).sum();
        assertThat(total).isEqualTo(index.locatedCount()).isLessThan(catalog.size());
        for (Cluster c : clusters) {
            assertThat(Arrays.stream(c.typeCounts()).sum()).isEqualTo(c.count());
        }
    }

    @Test
    void onlyVisibleEventsAreCountedAndZoomingInSplitsClusters() {
        EventSet airstrikes = catalog.all().filter(i -> catalog.get(i).type() == EventType.AIRSTRIKE);
        MapViewport far = MapViewport.home(1400, 900);
        List<Cluster> coarse = Clusters.compute(index, airstrikes, far, 64);
        assertThat(coarse).allMatch(c -> c.dominantType() == EventType.AIRSTRIKE);
        MapViewport near = far.centeredOn(33.31, 44.37).zoomedAt(700, 450, 8);
        List<Cluster> fine = Clusters.compute(index, airstrikes, near, 64);
        int onScreenNear = fine.stream().mapToInt(Cluster::count).sum();
        int biggestNear = fine.stream().mapToInt(Cluster::count).max().orElse(0);
        int biggestFar = coarse.stream().mapToInt(Cluster::count).max().orElse(0);
        assertThat(onScreenNear).isPositive();
        assertThat(biggestNear).isLessThan(biggestFar);
    }

    @Test
    void coincidentEventsStayOneStackedMarker() {
        Event a = SyntheticEvents.event(1, EventType.ARTILLERY, 36.34, 43.13, LocationPrecision.CITY, 0, 0);
        Event b = SyntheticEvents.event(2, EventType.ARTILLERY, 36.34, 43.13, LocationPrecision.CITY, 9, 0);
        EventCatalog two = EventCatalog.of(List.of(a, b));
        MapViewport vp = MapViewport.home(800, 600).centeredOn(36.34, 43.13).zoomedAt(400, 300, 1000);
        List<Cluster> clusters = Clusters.compute(new EventIndex(two, vp.projection()), two.all(), vp, 64);
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).coincident(vp.unitsPerPixel())).isTrue();
        assertThat(two.get(clusters.get(0).representative()).id()).isEqualTo(2);
    }

    @Test
    void markerSizeGrowsWithCasualtiesAndIsCapped() {
        Event none = SyntheticEvents.event(1, EventType.AIRSTRIKE, 33.0, 44.0, LocationPrecision.SITE, 0, 0);
        Event some = SyntheticEvents.event(2, EventType.AIRSTRIKE, 33.0, 44.0, LocationPrecision.SITE, 20, 5);
        Event huge = SyntheticEvents.event(3, EventType.AIRSTRIKE, 33.0, 44.0, LocationPrecision.SITE, 5000, 0);
        assertThat(MarkerPainter.markerRadius(some)).isGreaterThan(MarkerPainter.markerRadius(none));
        assertThat(MarkerPainter.markerRadius(huge)).isEqualTo(18);
        assertThat(MarkerPainter.areaKm(LocationPrecision.PROVINCE)).isEqualTo(60);
        assertThat(MarkerPainter.areaKm(LocationPrecision.SITE)).isZero();
        assertThat(MarkerPainter.countText(12_345)).isEqualTo("12k");
    }

    @Test
    void bubblesAndMarkersNeverOverlapAfterSeparation() {
        for (MapViewport vp : List.of(MapViewport.home(1400, 900), MapViewport.home(900, 560).centeredOn(33.31, 44.37)
                .zoomedAt(450, 280, 3))) {
            List<Cluster> raw = Clusters.compute(index, catalog.all(), vp, MarkerPainter.CELL_PIXELS);
            List<Cluster> drawn = BubbleLayout.separate(raw, vp.unitsPerPixel(), index);
            assertThat(drawn.stream().mapToInt(Cluster::count).sum()).isEqualTo(raw.stream().mapToInt(Cluster::count).sum());
            int maxCount = drawn.stream().mapToInt(Cluster::count).max().orElse(1);
            for (int i = 0; i < drawn.size(); i++) {
                for (int j = i + 1; j < drawn.size(); j++) {
                    Cluster a = drawn.get(i);
                    Cluster b = drawn.get(j);
                    double reach = BubbleLayout.radius(a, maxCount, vp.unitsPerPixel(), index)
                            + BubbleLayout.radius(b, maxCount, vp.unitsPerPixel(), index);
                    assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).isGreaterThanOrEqualTo(reach);
                }
            }
        }
    }
}
