package io.strikeline.geo;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** One basemap feature: a WGS84 geometry (x = lon, y = lat) and its string/number properties. */
public record BasemapFeature(Geometry geometry, Map<String, Object> properties) {

    public BasemapFeature {
        properties = Map.copyOf(properties);
    }

    /** The "name" property, or empty. */
    public String name() {
        return text("name");
    }

    public String text(String key) {
        Object value = properties.get(key);
        return value == null ? "" : value.toString();
    }

    /** A numeric property, or 0 when missing. */
    public long number(String key) {
        Object value = properties.get(key);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
