package io.strikeline.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.ui.map.BasemapShapes.Area;
import io.strikeline.ui.state.GeoBox;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

class VisiblePartsTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** An L-shaped country: a wide base from 38 to 48 east and a tall arm in the west. */
    private static Area country() {
        Geometry shape = GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(38, 30), new Coordinate(48, 30),
            new Coordinate(48, 33), new Coordinate(41, 33), new Coordinate(41, 37), new Coordinate(38, 37),
            new Coordinate(38, 30)});
        return new Area("Testland", true, shape, List.of(), 0, 0, 0, 0, 0, 0);
    }

    /** The answer the painter computed on every paint before: the intersection's interior point. */
    private static Optional<Coordinate> overlaid(Area area, GeoBox box) {
        Geometry part = OverlayNGRobust.overlay(area.geometry(), GEOMETRY.toGeometry(
                new Envelope(box.minLon(), box.maxLon(), box.minLat(), box.maxLat())), OverlayNG.INTERSECTION);
        return part.isEmpty() || part.getArea() == 0 ? Optional.empty()
                : Optional.of(InteriorPointArea.getInteriorPoint(part));
    }

    @Test
    void theAnchorIsTheOverlaysAnswerInsideAcrossTheEdgeAndOutside() {
        Area area = country();
        VisibleParts parts = new VisibleParts();
        List<GeoBox> views = List.of(
                new GeoBox(31, 42, 32, 44.5),    // well inside the base
                new GeoBox(32, 40, 35, 43),      // across the inner corner
                new GeoBox(29, 47, 31, 49),      // across the east edge
                new GeoBox(34, 43, 36, 46),      // in the notch of the L: no land
                new GeoBox(10, 10, 11, 11));     // far away
        for (GeoBox view : views) {
            Optional<Coordinate> expected = overlaid(area, view);
            assertThat(parts.anchor(area, view)).as(view.toString()).isEqualTo(expected);
            assertThat(parts.anchor(area, view)).as("again " + view).isEqualTo(expected);
        }
        assertThat(parts.anchor(area, views.get(0))).contains(new Coordinate(43.25, 31.5));
        assertThat(parts.anchor(area, views.get(3))).isEmpty();
    }

    @Test
    void aSelfTouchingShapeIsRepairedBeforeItIsCut() {
        // a bow tie: two triangles of land meeting at (43, 33), drawn as one ring that crosses itself there
        Geometry bowTie = GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(38, 30), new Coordinate(48, 36),
            new Coordinate(48, 30), new Coordinate(38, 36), new Coordinate(38, 30)});
        assertThat(bowTie.isValid()).isFalse();
        Area area = new Area("Bowland", true, bowTie, List.of(), 0, 0, 0, 0, 0, 0);
        Area repaired = new Area("Bowland", true, GeometryFixer.fix(bowTie), List.of(), 0, 0, 0, 0, 0, 0);
        GeoBox acrossTheWestTriangle = new GeoBox(31, 37, 35, 41);

        Optional<Coordinate> anchor = new VisibleParts().anchor(area, acrossTheWestTriangle);

        assertThat(anchor).isPresent().isEqualTo(overlaid(repaired, acrossTheWestTriangle));
        assertThat(GeometryFixer.fix(bowTie).contains(GEOMETRY.createPoint(anchor.get()))).isTrue();
    }
}
