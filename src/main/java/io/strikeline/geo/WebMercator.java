package io.strikeline.geo;

/**
 * Spherical Web Mercator (EPSG:3857): conformal, so circles stay round and the familiar look of
 * online maps; distortion at 12-43 N is at most 37 %, handled by {@link #groundMetresPerUnit(double)}.
 */
public record WebMercator() implements Projection {

    /** Sphere radius of EPSG:3857, in metres. */
    public static final double RADIUS = 6_378_137.0;
    /** Latitude beyond which Mercator y grows without bound; inputs are clamped to it. */
    public static final double MAX_LAT = 85.05112878;

    @Override
    public double x(double lon) {
        return Math.toRadians(lon) * RADIUS;
    }

    @Override
    public double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2)) * RADIUS;
    }

    @Override
    public double lon(double x) {
        return Math.toDegrees(x / RADIUS);
    }

    @Override
    public double lat(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(y / RADIUS)) - Math.PI / 2);
    }

    @Override
    public double groundMetresPerUnit(double lat) {
        return Math.cos(Math.toRadians(lat));
    }
}
