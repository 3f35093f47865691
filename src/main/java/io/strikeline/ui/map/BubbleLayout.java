package io.strikeline.ui.map;

import io.strikeline.model.EventType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps bubbles and markers apart: grid clusters sit at their members' mean, so neighbouring cells can
 * produce overlapping bubbles. Overlapping ones are merged (count, types and extent summed, position
 * weighted by count) until no two drawn shapes overlap; a click on a merged bubble zooms into all of it.
 */
final class BubbleLayout {

    /** Space kept between two shapes, in pixels. */
    static final double GAP = 2;
    private static final int MAX_PASSES = 8;

    private BubbleLayout() {}

    /** The radius the painter will draw a cluster with, given the largest count on screen. */
    static double radius(Cluster c, int maxCount, double unitsPerPixel, EventIndex index) {
        if (c.single() || c.coincident(unitsPerPixel)) {
            // a city-precision marker has a thin ring 3 px outside it
            return MarkerPainter.markerRadius(index.catalog().get(c.representative())) + 3;
        }
        return Math.min(MarkerPainter.MAX_CLUSTER_RADIUS, MarkerPainter.clusterRadius(c.count(), maxCount));
    }

    static List<Cluster> separate(List<Cluster> clusters, double unitsPerPixel, EventIndex index) {
        List<Cluster> out = new ArrayList<>(clusters);
        out.sort(Comparator.comparingInt(Cluster::count).reversed());
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int maxCount = out.isEmpty() ? 1 : out.get(0).count();
            boolean merged = false;
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    Cluster a = out.get(i);
                    Cluster b = out.get(j);
                    double reach = radius(a, maxCount, unitsPerPixel, index) + radius(b, maxCount, unitsPerPixel, index) + GAP;
                    double dx = a.x() - b.x();
                    double dy = a.y() - b.y();
                    if (dx * dx + dy * dy < reach * reach) {
                        out.set(i, merge(a, b, index));
                        out.remove(j);
                        j = i; // the merged bubble is larger: look at every other one again
                        merged = true;
                    }
                }
            }
            if (!merged) {
                break;
            }
            out.sort(Comparator.comparingInt(Cluster::count).reversed());
        }
        return out;
    }

    static Cluster merge(Cluster a, Cluster b, EventIndex index) {
        int n = a.count() + b.count();
        int[] types = new int[EventType.values().length];
        for (int t = 0; t < types.length; t++) {
            types[t] = a.typeCounts()[t] + b.typeCounts()[t];
        }
        int representative = index.casualties(b.representative()) > index.casualties(a.representative())
                ? b.representative() : a.representative();
        return new Cluster((a.x() * a.count() + b.x() * b.count()) / n, (a.y() * a.count() + b.y() * b.count()) / n, n,
                types, representative, Math.min(a.minX(), b.minX()), Math.min(a.minY(), b.minY()),
                Math.max(a.maxX(), b.maxX()), Math.max(a.maxY(), b.maxY()));
    }
}
