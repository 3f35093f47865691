package io.strikeline.geo;

import mil.nga.mgrs.MGRS;
import mil.nga.mgrs.grid.GridType;

/** MGRS text for a WGS84 position, as analysts read grid references off a military map. */
public final class Mgrs {

    private Mgrs() {}

    /**
     * The 10-metre MGRS reference, e.g. "38SMB40998641" (4 + 4 digits); empty outside MGRS's UTM band range
     * (80 S to 84 N), where the polar UPS grid would apply and the library does not answer.
     */
    public static String format(double lat, double lon) {
        if (!(lat >= -80 && lat <= 84 && lon >= -180 && lon <= 180)) {
            return "";
        }
        return MGRS.from(lon, lat).coordinate(GridType.TEN_METER);
    }
}
