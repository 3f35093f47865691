package io.strikeline.ui.timeline;

import java.util.Arrays;

/** Glyph rectangles recorded while drawing, searched last-drawn first so the topmost glyph wins. */
final class HitBoxes {

    private static final double TOLERANCE = 2;

    private double[] boxes = new double[4 * 256];
    private int[] ids = new int[256];
    private int size;

    void clear() {
        size = 0;
    }

    void add(double x0, double y0, double x1, double y1, int catalogIndex) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            boxes = Arrays.copyOf(boxes, size * 8);
        }
        boxes[4 * size] = x0;
        boxes[4 * size + 1] = y0;
        boxes[4 * size + 2] = x1;
        boxes[4 * size + 3] = y1;
        ids[size++] = catalogIndex;
    }

    /** The catalog index of the topmost glyph under the point, or -1. */
    int find(double x, double y) {
        for (int i = size - 1; i >= 0; i--) {
            if (x >= boxes[4 * i] - TOLERANCE && x <= boxes[4 * i + 2] + TOLERANCE
                    && y >= boxes[4 * i + 1] - TOLERANCE && y <= boxes[4 * i + 3] + TOLERANCE) {
                return ids[i];
            }
        }
        return -1;
    }

    int size() {
        return size;
    }
}
