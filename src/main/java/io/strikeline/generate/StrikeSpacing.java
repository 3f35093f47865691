package io.strikeline.generate;

import io.strikeline.extract.StrikeMatcher;
import io.strikeline.geo.Gazetteer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps drawn strikes apart by the rule ingest merges reports by: one side's strikes within a day of each other
 * and {@link StrikeMatcher#SAME_PLACE_KM} of each other would be stored as one event, so a corpus asked for a
 * million strikes must not draw two such. Strikes are filed in grid cells at least that distance wide, so a
 * test looks at the neighbouring cells of three days only.
 */
final class StrikeSpacing {

    private static final double KM = StrikeMatcher.SAME_PLACE_KM;
    private static final double CELL_LAT_DEGREES = KM / 111.0;
    /** A degree of longitude is at least 85 km as far north as 40 degrees, which covers Iraq and Syria. */
    private static final double CELL_LON_DEGREES = KM / 85.0;

    private record Cell(String side, int row, int column, long day) {}

    private final Map<Cell, List<Site>> taken = new HashMap<>();

    boolean isFree(String side, Site site, long day) {
        int row = row(site);
        int column = column(site);
        for (long d = day - 1; d <= day + 1; d++) {
            for (int r = row - 1; r <= row + 1; r++) {
                for (int c = column - 1; c <= column + 1; c++) {
                    for (Site other : taken.getOrDefault(new Cell(side, r, c, d), List.of())) {
                        if (Gazetteer.distanceKm(site.lat(), site.lon(), other.lat(), other.lon()) <= KM) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    void take(String side, Site site, long day) {
        taken.computeIfAbsent(new Cell(side, row(site), column(site), day), k -> new ArrayList<>(2)).add(site);
    }

    private static int row(Site site) {
        return (int) Math.floor(site.lat() / CELL_LAT_DEGREES);
    }

    private static int column(Site site) {
        return (int) Math.floor(site.lon() / CELL_LON_DEGREES);
    }
}
