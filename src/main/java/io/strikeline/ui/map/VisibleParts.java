package io.strikeline.ui.map;

import io.strikeline.ui.map.BasemapShapes.Area;
import io.strikeline.ui.state.GeoBox;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Where to name an area whose usual anchor is off screen: a point inside the part of it that is in view (lon/lat).
 * The answers are kept per visible box (a repaint of the same view, or a return to it, computes nothing), and the two
 * common cases skip the overlay: an area the view does not touch, and an area that holds the whole view (zoomed in
 * well inside a country), where the part in view is the view's own rectangle. Only areas cut by the view's edge are
 * intersected, as before. One instance per painter, used on one thread.
 */
final class VisibleParts {

    /** Visible boxes remembered, most recent last. */
    private static final int VIEWS_KEPT = 16;

    private final Map<GeoBox, Map<Area, Optional<Coordinate>>> byView = new LinkedHashMap<>(VIEWS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<GeoBox, Map<Area, Optional<Coordinate>>> eldest) {
            return size() > VIEWS_KEPT;
        }
    };
    private final Map<Area, PreparedGeometry> validShapes = new IdentityHashMap<>();

    /** A point inside the part of {@code area} within {@code box}, or empty when that part has no area. */
    Optional<Coordinate> anchor(Area area, GeoBox box) {
        return byView.computeIfAbsent(box, b -> new IdentityHashMap<>()).computeIfAbsent(area, a -> compute(a, box));
    }

    private Optional<Coordinate> compute(Area area, GeoBox box) {
        Envelope view = new Envelope(box.minLon(), box.maxLon(), box.minLat(), box.maxLat());
        if (!area.geometry().getEnvelopeInternal().intersects(view)) { // repairing never widens a shape
            return Optional.empty();
        }
        PreparedGeometry shape = validShapes.computeIfAbsent(area, a -> PreparedGeometryFactory.prepare(valid(a.geometry())));
        Geometry rectangle = area.geometry().getFactory().toGeometry(view);
        Geometry part = shape.contains(rectangle) ? rectangle
                : OverlayNGRobust.overlay(shape.getGeometry(), rectangle, OverlayNG.INTERSECTION);
        if (part.isEmpty() || part.getArea() == 0) {
            return Optional.empty();
        }
        return Optional.of(InteriorPointArea.getInteriorPoint(part));
    }

    /**
     * The overlay needs valid polygons, and clipping at build time left a few shipped ones (5 of 228) with
     * self-touching rings. Only the areas a view cuts are checked, and only the invalid ones repaired: repairing every
     * area when the basemap loaded took about a second of a cold start's CPU, the check a tenth of the repair.
     */
    private static Geometry valid(Geometry shape) {
        return shape.isValid() ? shape : GeometryFixer.fix(shape);
    }
}
