package io.strikeline.ui.state;

/** A latitude/longitude box, e.g. the region filter drawn on the map. */
public record GeoBox(double minLat, double minLon, double maxLat, double maxLon) {

    public GeoBox {
        if (minLat > maxLat || minLon > maxLon) {
            throw new IllegalArgumentException("inverted box");
        }
    }

    public boolean contains(double lat, double lon) {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }
}
