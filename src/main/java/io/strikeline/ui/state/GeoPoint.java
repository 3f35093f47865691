package io.strikeline.ui.state;

/** A point on the map in degrees. */
public record GeoPoint(double lat, double lon) {}
