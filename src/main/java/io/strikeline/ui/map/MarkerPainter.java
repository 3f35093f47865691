package io.strikeline.ui.map;

import io.strikeline.model.Event;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.ui.style.EventStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws event markers and cluster bubbles and records what it drew as hit targets, so a click is
 * resolved against exactly the shapes on screen.
 *
 * <p>Location precision is never hidden: SITE is a solid disc, CITY a disc with a thin ring, and
 * PROVINCE/COUNTRY/REGION a hollow disc inside a dashed translucent circle of the area's true size.
 */
final class MarkerPainter {

    /** Size of a grid cell for clustering, in pixels. */
    static final double CELL_PIXELS = 64;
    /** The largest cluster bubble: big enough for "12k", small enough to leave the map readable around it. */
    static final double MAX_CLUSTER_RADIUS = 22;

    private static final Font COUNT_FONT = Font.font("System", FontWeight.BOLD, 11);
    private static final Font BADGE_FONT = Font.font("System", FontWeight.BOLD, 9);

    /** One drawn thing: an event marker ({@code cluster == null}) or a cluster bubble. */
    record Hit(double x, double y, double radius, int eventIndex, Cluster cluster) {}

    private final EventIcons icons;

    MarkerPainter(EventIcons icons) {
        this.icons = icons;
    }

    /** Radius of an event marker: square root of killed+injured so area tracks casualties, capped. */
    static double markerRadius(Event e) {
        return Math.min(18, 8 + Math.sqrt(EventCatalog.casualties(e)));
    }

    /** Radius in kilometres that an imprecise location stands for; 0 for SITE and CITY. */
    static double areaKm(LocationPrecision precision) {
        if (precision == null) {
            return 0;
        }
        return switch (precision) {
            case PROVINCE -> 60;
            case REGION -> 150;
            case COUNTRY -> 300;
            default -> 0;
        };
    }

    /**
     * Bubble radius relative to the largest cluster on screen (square root, so area tracks count): hot spots
     * stand out and thin background activity stays small instead of filling the map with equal bubbles.
     */
    static double clusterRadius(int count, int maxCount) {
        return 6 + (MAX_CLUSTER_RADIUS - 6) * Math.sqrt((double) count / Math.max(maxCount, 100));
    }

    List<Hit> paint(GraphicsContext gc, MapViewport vp, EventIndex index, List<Cluster> clusters, MapPalette p) {
        gc.clearRect(0, 0, vp.width(), vp.height());
        List<Hit> hits = new ArrayList<>(clusters.size());
        int maxCount = 1;
        for (Cluster c : clusters) {
            maxCount = Math.max(maxCount, c.count());
        }
        // Area halos first so no halo covers another event's marker.
        for (Cluster c : clusters) {
            if (c.single() || c.coincident(vp.unitsPerPixel())) {
                paintArea(gc, vp, index.catalog().get(c.representative()), c.x(), c.y());
            }
        }
        for (Cluster c : clusters) {
            if (c.single() || c.coincident(vp.unitsPerPixel())) {
                Event e = index.catalog().get(c.representative());
                double r = markerRadius(e);
                paintMarker(gc, e, c.x(), c.y(), r, p);
                if (!c.single()) {
                    paintBadge(gc, c.x() + r * 0.75, c.y() - r * 0.75, c.count(), p);
                }
                hits.add(new Hit(c.x(), c.y(), r, c.representative(), c.single() ? null : c));
            } else {
                double r = Math.min(MAX_CLUSTER_RADIUS, clusterRadius(c.count(), maxCount));
                paintCluster(gc, c, r, p);
                hits.add(new Hit(c.x(), c.y(), r, c.representative(), c));
            }
        }
        return hits;
    }

    private static void paintArea(GraphicsContext gc, MapViewport vp, Event e, double x, double y) {
        double km = areaKm(e.locationPrecision());
        if (km == 0) {
            return;
        }
        double r = km / vp.kmPerPixel(e.lat());
        if (r < markerRadius(e) + 4) {
            return;
        }
        Color color = EventStyle.color(e.type());
        gc.setFill(color.deriveColor(0, 1, 1, r > 150 ? 0.05 : 0.09));
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        gc.setStroke(color.deriveColor(0, 1, 1, 0.65));
        gc.setLineWidth(1.2);
        gc.setLineDashes(5, 4);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        gc.setLineDashes();
    }

    void paintMarker(GraphicsContext gc, Event e, double x, double y, double r, MapPalette p) {
        Color color = EventStyle.color(e.type());
        LocationPrecision precision = e.locationPrecision() == null ? LocationPrecision.SITE : e.locationPrecision();
        boolean hollow = areaKm(precision) > 0;
        if (precision == LocationPrecision.CITY) {
            gc.setStroke(color);
            gc.setLineWidth(1.2);
            gc.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
        }
        gc.setFill(hollow ? p.hollowFill() : color);
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        gc.setStroke(hollow ? color : p.markerOutline());
        gc.setLineWidth(hollow ? 2 : 1.2);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        paintIcon(gc, e.type(), x, y, r * 1.45, hollow ? color : Color.WHITE);
    }

    private void paintIcon(GraphicsContext gc, EventType type, double x, double y, double size, Color color) {
        IconShape shape = icons.shape(type);
        if (shape.isEmpty()) {
            return;
        }
        double s = size / EventIcons.VIEW_BOX;
        gc.save();
        gc.translate(x - size / 2, y - size / 2);
        gc.scale(s, s);
        gc.beginPath();
        shape.append(gc);
        gc.setFill(color);
        gc.fill();
        gc.restore();
    }

    private static void paintCluster(GraphicsContext gc, Cluster c, double r, MapPalette p) {
        double x = c.x();
        double y = c.y();
        // A pie of the types: which kinds of strike dominate is readable at a glance.
        double start = 90;
        for (EventType type : EventType.values()) {
            int n = c.countOf(type);
            if (n == 0) {
                continue;
            }
            double extent = 360.0 * n / c.count();
            gc.setFill(EventStyle.color(type));
            gc.fillArc(x - r, y - r, 2 * r, 2 * r, start, extent, ArcType.ROUND);
            start += extent;
        }
        gc.setStroke(p.markerOutline());
        gc.setLineWidth(1.5);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        double inner = r * 0.64;
        gc.setFill(p.clusterCenter());
        gc.fillOval(x - inner, y - inner, 2 * inner, 2 * inner);
        if (r < 11.5) {
            // Too small for legible digits: the bubble size says "few"; hovering shows nothing, a click zooms.
            return;
        }
        gc.setFill(p.clusterText());
        gc.setFont(COUNT_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(countText(c.count()), x, y);
    }

    private static void paintBadge(GraphicsContext gc, double x, double y, int count, MapPalette p) {
        String text = countText(count);
        double w = Math.max(12, 6 * text.length() + 4);
        gc.setFill(p.clusterText());
        gc.fillRoundRect(x - w / 2, y - 6, w, 12, 12, 12);
        gc.setFill(p.clusterCenter());
        gc.setFont(BADGE_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x, y);
    }

    /** "7", "950", "1.2k", "12k". */
    static String countText(int n) {
        if (n < 1000) {
            return Integer.toString(n);
        }
        if (n < 10_000) {
            return String.format(Locale.ROOT, "%.1fk", n / 1000.0);
        }
        return (n / 1000) + "k";
    }
}
