package io.strikeline.ui.map;

import io.strikeline.model.Event;
import io.strikeline.ui.style.EventStyle;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.Rectangle;

/**
 * The selected event's marker and ring, on a canvas of its own just big enough for them, moved to the marker.
 * A canvas that changes is repainted whole by the renderer with every layer under it; on the full-size overlay a new
 * selection repainted the whole map, while here it repaints two small squares (where the mark was and where it is).
 */
final class SelectionMark {

    /** How far the ring's outer stroke reaches beyond the marker's radius, plus a pixel for antialiasing. */
    private static final double REACH = 9;

    private final Canvas canvas = new Canvas();
    private final Rectangle clip = new Rectangle();
    private final MarkerPainter markers;

    SelectionMark(MarkerPainter markers) {
        this.markers = markers;
        canvas.setMouseTransparent(true);
        canvas.setClip(clip);
        canvas.setVisible(false);
    }

    Canvas node() {
        return canvas;
    }

    /** Draws {@code selected} where the viewport puts it, clipped to the map; hides the mark if there is none. */
    void paint(Event selected, MapViewport vp, MapPalette p) {
        if (selected == null || !selected.located()) {
            canvas.setVisible(false);
            return;
        }
        double x = vp.screenX(selected.lon());
        double y = vp.screenY(selected.lat());
        double r = MarkerPainter.markerRadius(selected);
        double half = Math.ceil(r + REACH);
        // whole-pixel corner, so the mark lands on the same sub-pixel spot as a marker drawn on the map's canvas
        double left = Math.floor(x) - half;
        double top = Math.floor(y) - half;
        canvas.setWidth(2 * half);
        canvas.setHeight(2 * half);
        canvas.relocate(left, top);
        clip.setX(-left);
        clip.setY(-top);
        clip.setWidth(vp.width());
        clip.setHeight(vp.height());
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, 2 * half, 2 * half);
        double cx = x - left;
        double cy = y - top;
        markers.paintMarker(gc, selected, cx, cy, r, p);
        double ring = r + 5;
        gc.setLineDashes();
        gc.setStroke(p.cityLabel());
        gc.setLineWidth(6);
        gc.strokeOval(cx - ring, cy - ring, 2 * ring, 2 * ring);
        gc.setStroke(EventStyle.selection());
        gc.setLineWidth(3.5);
        gc.strokeOval(cx - ring, cy - ring, 2 * ring, 2 * ring);
        canvas.setVisible(true);
    }
}
