package io.strikeline.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Greedy label placement: labels are offered in priority order and a label is kept only when its box
 * overlaps no box already taken, so labels never overlap. One instance per basemap render.
 */
final class LabelPlacer {

    /** Gap kept around every label, in pixels. */
    private static final double PAD = 2;

    /**
     * Measured label sizes, kept for the process: the basemap's names are a few thousand, and measuring them again on
     * every paint (a placer lives for one paint) was a third of a repaint's time.
     */
    private static final Map<Measured, double[]> SIZES = new ConcurrentHashMap<>();

    private record Measured(String fontName, double fontSize, String text) {}

    private final List<double[]> taken = new ArrayList<>();

    /** Width and height of the text in this font; callers must not change the array. */
    double[] size(String text, Font font) {
        return SIZES.computeIfAbsent(new Measured(font.getName(), font.getSize(), text), k -> {
            Text measure = new Text(text);
            measure.setFont(font);
            return new double[] {measure.getLayoutBounds().getWidth(), measure.getLayoutBounds().getHeight()};
        });
    }

    /** Reserves the box when free; true when the caller may draw there. */
    boolean tryPlace(double x, double y, double w, double h) {
        double x0 = x - PAD;
        double y0 = y - PAD;
        double x1 = x + w + PAD;
        double y1 = y + h + PAD;
        for (double[] b : taken) {
            if (x0 < b[2] && x1 > b[0] && y0 < b[3] && y1 > b[1]) {
                return false;
            }
        }
        taken.add(new double[] {x0, y0, x1, y1});
        return true;
    }

    /** Marks an area (a city dot, the scale bar) so no label covers it. */
    void block(double x, double y, double w, double h) {
        taken.add(new double[] {x, y, x + w, y + h});
    }
}
