package io.strikeline.ui.timeline;

import io.strikeline.model.Event;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.Rectangle;

/**
 * The ring around the selected event's glyph, on a canvas of its own just big enough for it, moved to the glyph and
 * clipped to the plot. On the full-width overlay a new selection made the renderer repaint the whole band under it;
 * here it repaints two small rectangles.
 */
final class TimelineSelectionMark {

    /** The ring's padding plus half its shadow's line, and a pixel for antialiasing. */
    private static final double REACH = TimelinePainter.RING_PAD + 4;

    private final Canvas canvas = new Canvas();
    private final Rectangle clip = new Rectangle();

    TimelineSelectionMark() {
        canvas.setMouseTransparent(true);
        canvas.setClip(clip);
        canvas.setVisible(false);
    }

    Canvas node() {
        return canvas;
    }

    /** Rings {@code selected} (null when it is filtered out or nothing is selected: then the mark hides). */
    void paint(TimelinePainter painter, TimelineLayout layout, TimeAxis axis, TimelineIndex index, Event selected) {
        int lane = selected == null ? -1 : index.laneOf(selected);
        double plotEnd = layout.plotX() + layout.plotWidth();
        double[] b = lane < 0 ? null : TimelinePainter.glyph(layout, axis, lane, selected);
        if (b == null || b[2] + REACH < layout.plotX() || b[0] - REACH > plotEnd) {
            canvas.setVisible(false);
            return;
        }
        // a glyph wider than the plot (a long date range, zoomed in) gets a canvas no wider than the plot
        double left = Math.floor(Math.max(b[0] - REACH, layout.plotX() - REACH));
        double right = Math.ceil(Math.min(b[2] + REACH, plotEnd + REACH));
        double top = Math.floor(b[1] - REACH);
        double bottom = Math.ceil(b[3] + REACH);
        canvas.setWidth(right - left);
        canvas.setHeight(bottom - top);
        canvas.relocate(left, top);
        clip.setX(layout.plotX() - left);
        clip.setY(-top);
        clip.setWidth(layout.plotWidth());
        clip.setHeight(layout.height());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, right - left, bottom - top);
        g.save();
        g.translate(-left, -top);
        painter.selectionRing(g, b);
        g.restore();
        canvas.setVisible(true);
    }
}
