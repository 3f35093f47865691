package io.strikeline.generate;

import java.util.List;

/**
 * A real place strikes are reported at: the spellings outlets use for it, its coordinates (WGS84)
 * and the ways reports situate it ("Anbar province", "eastern Syria").
 */
public record Site(String key, Kind kind, List<String> names, double lat, double lon, String country, List<String> regions) {

    /** How a report places a strike there: "at" a base, "in"/"near" a town, "in" an area. */
    public enum Kind { BASE, TOWN, AREA }

    public Site {
        names = List.copyOf(names);
        regions = List.copyOf(regions);
        if (names.isEmpty() || regions.isEmpty()) {
            throw new IllegalArgumentException("a site needs at least one name and one region: " + key);
        }
    }
}
