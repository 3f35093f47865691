package io.strikeline.ui.map;

import io.strikeline.model.EventType;
import io.strikeline.ui.state.EventSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Screen-space grid clustering. Cells are aligned to projected coordinates, not to the window, so
 * panning moves clusters with the map instead of reshuffling them; zooming in shrinks the cells on the
 * ground and clusters split.
 */
final class Clusters {

    private Clusters() {}

    /**
     * Groups the located events of {@code visible} that lie within the viewport (plus one cell of margin,
     * so bubbles at the edge do not pop) into cells of {@code cellPixels}.
     */
    static List<Cluster> compute(EventIndex index, EventSet visible, MapViewport vp, double cellPixels) {
        double cell = cellPixels * vp.unitsPerPixel();
        double x0 = vp.projectedX(-cellPixels);
        double x1 = vp.projectedX(vp.width() + cellPixels);
        double y0 = vp.projectedY(vp.height() + cellPixels);
        double y1 = vp.projectedY(-cellPixels);
        long col0 = (long) Math.floor(x0 / cell);
        long row0 = (long) Math.floor(y0 / cell);
        int cols = (int) ((long) Math.floor(x1 / cell) - col0 + 1);
        int rows = (int) ((long) Math.floor(y1 / cell) - row0 + 1);
        int cells = cols * rows;
        int types = EventType.values().length;
        Accumulator acc = new Accumulator(cells, types);
        IntConsumer addIfInBox = i -> {
            double x = index.x(i);
            double y = index.y(i);
            if (!(x >= x0 && x <= x1 && y >= y0 && y <= y1)) { // written so unlocated events (NaN) fail it too
                return;
            }
            int c = (int) (floor(x / cell) - col0);
            int r = (int) (floor(y / cell) - row0);
            int k = Math.min(rows - 1, r) * cols + Math.min(cols - 1, c);
            acc.add(k, i, x, y, index.typeOrdinal(i), index.casualties(i));
        };
        if (visible.size() < index.locatedCount() / 4 || index.countNear(x0, y0, x1, y1) > index.locatedCount() / 2) {
            // A brushed window holds few of a million events: walk them rather than every event in view. A view of
            // most of the map walks them too, in catalog order: the grid's cells list them scattered over the columns,
            // and at a million events that walk was several times slower (the first picture's clustering).
            for (int k = 0; k < visible.size(); k++) {
                addIfInBox.accept(visible.indexAt(k));
            }
        } else {
            index.forEachNear(x0, y0, x1, y1, i -> {
                if (visible.containsIndex(i)) {
                    addIfInBox.accept(i);
                }
            });
        }
        List<Cluster> out = new ArrayList<>();
        for (int k = 0; k < cells; k++) {
            int n = acc.count[k];
            if (n == 0) {
                continue;
            }
            int[] byType = new int[types];
            System.arraycopy(acc.typeCounts, k * types, byType, 0, types);
            out.add(new Cluster(vp.screenXOfProjected(acc.sumX[k] / n), vp.screenYOfProjected(acc.sumY[k] / n), n,
                    byType, acc.best[k], acc.minX[k], acc.minY[k], acc.maxX[k], acc.maxY[k]));
        }
        return out;
    }

    /** Math.floor for the cell arithmetic of a million points, without its general-purpose slow path. */
    private static long floor(double v) {
        long truncated = (long) v;
        return v < truncated ? truncated - 1 : truncated;
    }

    /** Flat per-cell arrays: no object per cell, which matters at 100,000 events. */
    private static final class Accumulator {
        final int[] count;
        final double[] sumX;
        final double[] sumY;
        final double[] minX;
        final double[] minY;
        final double[] maxX;
        final double[] maxY;
        final int[] typeCounts;
        final int[] best;
        final int[] bestCasualties;
        final int types;

        Accumulator(int cells, int types) {
            this.types = types;
            count = new int[cells];
            sumX = new double[cells];
            sumY = new double[cells];
            minX = new double[cells];
            minY = new double[cells];
            maxX = new double[cells];
            maxY = new double[cells];
            typeCounts = new int[cells * types];
            best = new int[cells];
            bestCasualties = new int[cells];
        }

        void add(int k, int index, double x, double y, int type, int casualties) {
            if (count[k] == 0) {
                minX[k] = x;
                maxX[k] = x;
                minY[k] = y;
                maxY[k] = y;
                best[k] = index;
                bestCasualties[k] = casualties;
            } else {
                minX[k] = Math.min(minX[k], x);
                maxX[k] = Math.max(maxX[k], x);
                minY[k] = Math.min(minY[k], y);
                maxY[k] = Math.max(maxY[k], y);
                // ties go to the lowest index, so the walk's order never changes which event stands for a cell
                if (casualties > bestCasualties[k] || casualties == bestCasualties[k] && index < best[k]) {
                    best[k] = index;
                    bestCasualties[k] = casualties;
                }
            }
            count[k]++;
            sumX[k] += x;
            sumY[k] += y;
            typeCounts[k * types + type]++;
        }
    }
}
