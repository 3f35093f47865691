package io.strikeline.ui.map;

import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Origin;
import java.util.Collection;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The map's key, drawn by the map's own marker painter so an exported legend matches the markers exactly:
 * one marker per event type shown, and a line on what size, ring and dashed circle mean.
 */
public final class MapLegend {

    private static final double ROW = 20;
    private static final double COLUMNS = 3;

    private final MarkerPainter markers = new MarkerPainter(EventIcons.load());

    /** Paints the key into {@code width} x {@code height} on a light background. */
    public void paint(GraphicsContext gc, double width, double height, Collection<EventType> types) {
        MapPalette p = MapPalette.LIGHT;
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, width, height);
        gc.setFont(Font.font("System", 10.5));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double column = (width - 8) / COLUMNS;
        int k = 0;
        for (EventType type : EventType.values()) {
            if (!types.contains(type)) {
                continue;
            }
            double x = 4 + (k % COLUMNS) * column;
            double y = 4 + ROW / 2 + Math.floor(k / COLUMNS) * ROW;
            markers.paintMarker(gc, sampleOf(type), x + 8, y, 7, p);
            gc.setFill(p.chromeText());
            gc.fillText(type.label(), x + 20, y);
            k++;
        }
        gc.setFill(p.chromeText().deriveColor(0, 1, 1, 0.75));
        gc.setFont(Font.font("System", 9));
        gc.fillText("size = casualties \u00B7 ring = town \u00B7 dashed circle = province or wider", 4, height - 8);
    }

    private static Event sampleOf(EventType type) {
        return new Event(0, type, null, null, null, null, LocationPrecision.SITE, null, null, null, null, null, null,
                null, 1, Origin.MANUAL);
    }
}
