package io.strikeline.ui.map;

import io.strikeline.model.EventType;

/**
 * Located visible events falling into one screen-grid cell. {@code x, y} is the members' mean position in
 * pixels; {@code representative} is the catalog index of the member with most casualties; the projected
 * extent lets a click zoom to exactly the members.
 */
record Cluster(double x, double y, int count, int[] typeCounts, int representative,
               double minX, double minY, double maxX, double maxY) {

    Cluster {
        typeCounts = typeCounts.clone();
    }

    boolean single() {
        return count == 1;
    }

    /** All members at (almost) one spot: zooming will never split them, so draw them as one marker. */
    boolean coincident(double unitsPerPixel) {
        return Math.max(maxX - minX, maxY - minY) < unitsPerPixel;
    }

    int countOf(EventType type) {
        return typeCounts[type.ordinal()];
    }

    /** The most frequent type, ties to the earlier enum constant. */
    EventType dominantType() {
        EventType[] types = EventType.values();
        int best = 0;
        for (int t = 1; t < types.length; t++) {
            if (typeCounts[t] > typeCounts[best]) {
                best = t;
            }
        }
        return types[best];
    }
}
