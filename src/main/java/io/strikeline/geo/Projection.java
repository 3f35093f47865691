package io.strikeline.geo;

/**
 * A cylindrical map projection: longitude maps to x and latitude to y independently, so
 * 100,000 markers project with two scalar calls each and no allocation. Projected units are metres
 * at the equator for {@link WebMercator}; {@link #groundMetresPerUnit(double)} gives the true scale.
 */
public interface Projection {

    double x(double lon);

    double y(double lat);

    double lon(double x);

    double lat(double y);

    /** True ground distance in metres covered by one projected unit at this latitude. */
    double groundMetresPerUnit(double lat);
}
