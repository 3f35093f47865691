package io.strikeline.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Greedy label placement: labels are offered in priority order and a label is kept only when its box
 * overlaps no box already taken, so labels never overlap. One instance per basemap render.
 */
final class LabelPlacer {

    /** Gap kept around every label, in pixels. */
    private static final double PAD = 2;

    private final List<double[]> taken = new ArrayList<>();
    private final Map<String, double[]> sizes = new HashMap<>();
    private final Text measure = new Text();

    /** Width and height of the text in this font. */
    double[] size(String text, Font font) {
        return sizes.computeIfAbsent(font.getName() + font.getSize() + '\u0000' + text, k -> {
            measure.setFont(font);
            measure.setText(text);
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
