package io.strikeline.ui.map;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.util.Duration;

/**
 * The basemap layer: a canvas up to three views wide and high, painted around the view and moved under it. A pan, or a
 * jump to a selected event less than a view away, moves the canvas instead of drawing every border, river and name
 * again: with software rendering that drawing is most of a frame.
 *
 * <p>The first paint at a new scale, size or theme draws the view alone, so a zoom step costs what it did; the margins
 * are drawn when the view first moves at that scale (until then the canvas is the view's size: a map that never
 * moves, such as an export's, holds no more texture than before). Once the view has rested for a moment away from
 * the centre it was painted for, the layer is painted again around it, so country and governorate names sit where a
 * fresh paint of the view would put them. FX thread only.
 */
final class BaseLayer {

    /** How long the view rests before the layer is painted again around it. */
    static final Duration SETTLE = Duration.millis(400);
    /**
     * The most pixels the canvas may have: three times a laptop map view each way (32 MB of texture). A larger view
     * gets narrower margins, and one too large for a quarter view of margin is painted alone, as before.
     */
    static final double MAX_PIXELS = 8e6;

    private final Canvas canvas = new Canvas();
    private final BasemapPainter painter;
    private final PauseTransition settle = new PauseTransition(SETTLE);

    /** The view the canvas was painted around, or null before the first paint. */
    private MapViewport painted;
    private MapPalette paintedPalette;
    /** Whether the margins were painted too, not only the view. */
    private boolean wide;
    /** The margin around the view, in pixels: where the view's corner is on the canvas when centred. */
    private long marginX;
    private long marginY;
    private int paints;
    /** The current view's top-left corner in canvas pixels, whole pixels so the basemap stays crisp. */
    private long left;
    private long top;

    /** {@code onSettled} is asked to show the view again once it has rested off the painted centre. */
    BaseLayer(BasemapPainter painter, Runnable onSettled) {
        this.painter = painter;
        canvas.setMouseTransparent(true);
        settle.setOnFinished(e -> onSettled.run());
    }

    Canvas node() {
        return canvas;
    }

    /** How many times the canvas was painted, for tests. */
    int paints() {
        return paints;
    }

    /**
     * Shows {@code vp}: moves the canvas when it already holds that part of the map at that scale, else paints.
     * {@code recentre} paints around the view even when it is held: the view has rested off the painted centre.
     */
    void show(MapViewport vp, MapPalette palette, boolean recentre) {
        boolean sameScale = painted != null && palette == paintedPalette && vp.unitsPerPixel() == painted.unitsPerPixel()
                && vp.width() == painted.width() && vp.height() == painted.height();
        if (!sameScale) {
            paint(vp, palette, false);
        } else if (recentre || !holds(vp)) {
            paint(vp, palette, true);
        }
        place(vp);
        if (left != marginX || top != marginY) {
            settle.playFromStart();
        } else {
            settle.stop();
        }
    }

    /** The town and site names the painter placed, on the marker layer above, shifted to the view's pixels. */
    void paintLabelsOver(GraphicsContext gc, MapPalette palette, List<MarkerPainter.Hit> hits) {
        painter.paintLabelsOver(gc, palette, hits, -left, -top);
    }

    /** Whether the canvas holds all of {@code vp}, at the painted scale. */
    private boolean holds(MapViewport vp) {
        double x = offsetX(vp);
        double y = offsetY(vp);
        if (!wide) {
            return Math.round(x) == marginX && Math.round(y) == marginY;
        }
        return x >= 0 && y >= 0 && x <= 2 * marginX && y <= 2 * marginY;
    }

    private void paint(MapViewport vp, MapPalette palette, boolean margins) {
        double w = vp.width();
        double h = vp.height();
        double share = marginShare(w, h);
        boolean grown = canvas.getWidth() == w + 2 * marginX && canvas.getHeight() == h + 2 * marginY;
        if (margins && share > 0) {
            marginX = Math.round(share * w);
            marginY = Math.round(share * h);
        } else if (!grown) {
            // a view that never moved (the first paint, an export) needs no margins: no texture beyond the view
            marginX = 0;
            marginY = 0;
        }
        double cw = w + 2 * marginX;
        double ch = h + 2 * marginY;
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        wide = margins && share > 0;
        if (wide) {
            // the view's centre becomes the canvas's
            painter.paint(gc, vp.resized(cw, ch), vp, palette, new LabelPlacer());
        } else {
            gc.clearRect(0, 0, cw, ch);
            gc.save();
            gc.translate(marginX, marginY);
            painter.paint(gc, vp, palette, new LabelPlacer());
            gc.restore();
            painter.shiftPlaced(marginX, marginY);
        }
        paints++;
        painted = vp;
        paintedPalette = palette;
    }

    /** The margin on each side as a share of the view: a whole view, less for a view too large, 0 below a quarter. */
    static double marginShare(double width, double height) {
        double share = Math.min(1, (Math.sqrt(MAX_PIXELS / (width * height)) - 1) / 2);
        return share < 0.25 ? 0 : share;
    }

    private void place(MapViewport vp) {
        left = Math.round(offsetX(vp));
        top = Math.round(offsetY(vp));
        canvas.setLayoutX(-left);
        canvas.setLayoutY(-top);
    }

    /** The view's left edge in canvas pixels. */
    private double offsetX(MapViewport vp) {
        return (vp.centerX() - painted.centerX()) / vp.unitsPerPixel() + marginX;
    }

    /** The view's top edge in canvas pixels (projected y grows upwards, pixels downwards). */
    private double offsetY(MapViewport vp) {
        return (painted.centerY() - vp.centerY()) / vp.unitsPerPixel() + marginY;
    }
}
