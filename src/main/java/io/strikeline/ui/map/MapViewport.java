package io.strikeline.ui.map;

import io.strikeline.geo.Projection;
import io.strikeline.geo.WebMercator;
import io.strikeline.ui.state.GeoBox;
import java.util.Objects;

/**
 * What the map shows, as an immutable value: projection, centre (projected units), resolution
 * (projected units per pixel) and size in pixels. All pixel/geographic maths lives here so it is
 * testable without a window; screen y grows downwards, projected y upwards.
 */
public record MapViewport(Projection projection, double centerX, double centerY, double unitsPerPixel,
                          double width, double height) {

    /** Iraq and Syria with a margin: what "fit region" (key 0) shows. */
    public static final GeoBox HOME = new GeoBox(29.0, 35.5, 37.6, 48.8);
    /** Closest zoom: about 2 m per pixel. */
    public static final double MIN_UNITS_PER_PIXEL = 2.0;
    /** Farthest zoom: the whole basemap region on a small window. */
    public static final double MAX_UNITS_PER_PIXEL = 20_000.0;

    public MapViewport {
        Objects.requireNonNull(projection, "projection");
        if (!(unitsPerPixel > 0) || !Double.isFinite(centerX) || !Double.isFinite(centerY)) {
            throw new IllegalArgumentException("bad viewport: " + centerX + ", " + centerY + " @ " + unitsPerPixel);
        }
        width = Math.max(1, width);
        height = Math.max(1, height);
    }

    /** A Web Mercator viewport of this size showing {@link #HOME}. */
    public static MapViewport home(double width, double height) {
        return new MapViewport(new WebMercator(), 0, 0, 1000, width, height).fitted(HOME);
    }

    public double screenX(double lon) {
        return screenXOfProjected(projection.x(lon));
    }

    public double screenY(double lat) {
        return screenYOfProjected(projection.y(lat));
    }

    public double screenXOfProjected(double x) {
        return (x - centerX) / unitsPerPixel + width / 2;
    }

    public double screenYOfProjected(double y) {
        return height / 2 - (y - centerY) / unitsPerPixel;
    }

    public double projectedX(double screenX) {
        return centerX + (screenX - width / 2) * unitsPerPixel;
    }

    public double projectedY(double screenY) {
        return centerY - (screenY - height / 2) * unitsPerPixel;
    }

    public double lon(double screenX) {
        return projection.lon(projectedX(screenX));
    }

    public double lat(double screenY) {
        return projection.lat(projectedY(screenY));
    }

    /** True ground kilometres per pixel at a latitude (Mercator's scale varies with latitude). */
    public double kmPerPixel(double lat) {
        return unitsPerPixel * projection.groundMetresPerUnit(lat) / 1000;
    }

    /** The geographic box currently on screen. */
    public GeoBox visibleBox() {
        return new GeoBox(lat(height), lon(0), lat(0), lon(width));
    }

    /** Zoomed in by {@code factor} (> 1 zooms in) keeping the point under the given pixel fixed. */
    public MapViewport zoomedAt(double screenX, double screenY, double factor) {
        double res = clampResolution(unitsPerPixel / factor);
        double px = projectedX(screenX);
        double py = projectedY(screenY);
        return new MapViewport(projection, px - (screenX - width / 2) * res, py + (screenY - height / 2) * res,
                res, width, height);
    }

    /** Moved so the content follows a drag of (dx, dy) pixels. */
    public MapViewport pannedBy(double dx, double dy) {
        return new MapViewport(projection, centerX - dx * unitsPerPixel, centerY + dy * unitsPerPixel,
                unitsPerPixel, width, height);
    }

    /** New pixel size; the centre and resolution stay, so resizing reveals more or less map. */
    public MapViewport resized(double newWidth, double newHeight) {
        return new MapViewport(projection, centerX, centerY, unitsPerPixel, newWidth, newHeight);
    }

    public MapViewport centeredOn(double lat, double lon) {
        return new MapViewport(projection, projection.x(lon), projection.y(lat), unitsPerPixel, width, height);
    }

    /** Showing the whole box, centred, as large as the window allows. */
    public MapViewport fitted(GeoBox box) {
        double x0 = projection.x(box.minLon());
        double x1 = projection.x(box.maxLon());
        double y0 = projection.y(box.minLat());
        double y1 = projection.y(box.maxLat());
        double res = clampResolution(Math.max((x1 - x0) / width, (y1 - y0) / height));
        return new MapViewport(projection, (x0 + x1) / 2, (y0 + y1) / 2, res, width, height);
    }

    /** True when the position is on screen, at least {@code margin} pixels inside the edges. */
    public boolean showsWithin(double lat, double lon, double margin) {
        double sx = screenX(lon);
        double sy = screenY(lat);
        return sx >= margin && sx <= width - margin && sy >= margin && sy <= height - margin;
    }

    private static double clampResolution(double res) {
        return Math.max(MIN_UNITS_PER_PIXEL, Math.min(MAX_UNITS_PER_PIXEL, res));
    }
}
