package io.strikeline.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The offline basemap layers of {@code data/basemap/*.geojson}, as JTS geometries in WGS84
 * (x = longitude, y = latitude). Immutable once loaded.
 *
 * @param countries country polygons with {@code name}
 * @param boundaries land borders ({@code kind=border}) and coastlines ({@code kind=coast}) as lines
 * @param admin1 first-level subdivisions (Iraqi and Syrian governorates, neighbours' provinces) with {@code name, country}
 * @param cities populated places with {@code name, country, population}, largest first
 * @param rivers major rivers with {@code name}
 * @param places points labelled at close zoom, with {@code name, kind, country, population}: sites ({@code kind}
 *     airbase, airport, camp, crossing, oilfield, port, embassy) and small towns ({@code kind=town})
 */
public record Basemap(
        List<BasemapFeature> countries,
        List<BasemapFeature> boundaries,
        List<BasemapFeature> admin1,
        List<BasemapFeature> cities,
        List<BasemapFeature> rivers,
        List<BasemapFeature> places) {

    /** Where the build puts the files inside the jar; the same relative path is the file fallback. */
    public static final String RESOURCE_DIR = "data/basemap/";

    public Basemap {
        countries = List.copyOf(countries);
        boundaries = List.copyOf(boundaries);
        admin1 = List.copyOf(admin1);
        cities = List.copyOf(cities);
        rivers = List.copyOf(rivers);
        places = List.copyOf(places);
    }

    public static Basemap empty() {
        return new Basemap(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Loads from the classpath ({@code /data/basemap/}), falling back to {@code data/basemap/} under the
     * working directory (running from the source tree). A missing layer is empty, never an error, so the
     * map still works with events only.
     */
    public static Basemap load() {
        Reader reader = new Reader();
        return new Basemap(reader.layer("countries"), reader.layer("boundaries"), reader.layer("admin1"),
                reader.layer("cities"), reader.layer("rivers"), reader.layer("places"));
    }

    /** Parses one GeoJSON FeatureCollection; features with unsupported geometry types are skipped. */
    public static List<BasemapFeature> parse(InputStream in) throws IOException {
        return new Reader().parse(in);
    }

    /**
     * Reads GeoJSON with Jackson's streaming parser: no tree of nodes, and none of the data-binding classes, which the
     * viewer would otherwise load and initialise on its start path for this file alone.
     */
    private static final class Reader {
        private final JsonFactory json = new JsonFactory();
        private final GeometryFactory factory = new GeometryFactory();

        List<BasemapFeature> layer(String name) {
            String file = name + ".geojson";
            try (InputStream in = Basemap.class.getResourceAsStream("/" + RESOURCE_DIR + file)) {
                if (in != null) {
                    return parse(in);
                }
                Path path = Path.of(RESOURCE_DIR, file);
                if (!Files.isRegularFile(path)) {
                    return List.of();
                }
                try (InputStream fileIn = Files.newInputStream(path)) {
                    return parse(fileIn);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read basemap layer " + file, e);
            }
        }

        List<BasemapFeature> parse(InputStream in) throws IOException {
            List<BasemapFeature> out = new ArrayList<>();
            try (JsonParser p = json.createParser(in)) {
                expect(p, p.nextToken(), JsonToken.START_OBJECT);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.getCurrentName();
                    if (p.nextToken() == JsonToken.START_ARRAY && field.equals("features")) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            feature(p, out);
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            }
            return out;
        }

        /** One feature, the parser on its opening brace; kept when its geometry is of a supported type. */
        private void feature(JsonParser p, List<BasemapFeature> out) throws IOException {
            Map<String, Object> props = new LinkedHashMap<>();
            Geometry geometry = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                JsonToken value = p.nextToken();
                if (field.equals("properties") && value == JsonToken.START_OBJECT) {
                    properties(p, props);
                } else if (field.equals("geometry") && value == JsonToken.START_OBJECT) {
                    geometry = geometry(p);
                } else {
                    p.skipChildren();
                }
            }
            if (geometry != null) {
                out.add(new BasemapFeature(geometry, props));
            }
        }

        /** Numbers and strings; other values (null, booleans, nested values) are left out. */
        private static void properties(JsonParser p, Map<String, Object> props) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.getCurrentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                    props.put(key, p.getNumberValue());
                } else if (value == JsonToken.VALUE_STRING) {
                    props.put(key, p.getText());
                } else {
                    p.skipChildren();
                }
            }
        }

        /** The geometry object; its "type" may come before or after its coordinates. */
        private Geometry geometry(JsonParser p) throws IOException {
            String type = "";
            Object coordinates = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                JsonToken value = p.nextToken();
                if (field.equals("type") && value == JsonToken.VALUE_STRING) {
                    type = p.getText();
                } else if (field.equals("coordinates") && value == JsonToken.START_ARRAY) {
                    coordinates = nested(p);
                } else {
                    p.skipChildren();
                }
            }
            return coordinates == null ? null : geometry(type, coordinates);
        }

        /** An array of coordinates at any depth: a position becomes a {@link Coordinate}, anything deeper a list. */
        private static Object nested(JsonParser p) throws IOException {
            JsonToken first = p.nextToken();
            if (first == JsonToken.VALUE_NUMBER_INT || first == JsonToken.VALUE_NUMBER_FLOAT) {
                double x = p.getDoubleValue();
                expect(p, p.nextToken(), JsonToken.VALUE_NUMBER_FLOAT, JsonToken.VALUE_NUMBER_INT);
                double y = p.getDoubleValue();
                while (p.nextToken() != JsonToken.END_ARRAY) { // an altitude, unused
                    p.skipChildren();
                }
                return new Coordinate(x, y);
            }
            List<Object> items = new ArrayList<>();
            for (JsonToken t = first; t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(p, t, JsonToken.START_ARRAY);
                items.add(nested(p));
            }
            return items;
        }

        private Geometry geometry(String type, Object c) {
            return switch (type) {
                case "Point" -> factory.createPoint((Coordinate) c);
                case "LineString" -> factory.createLineString(coordinates(c));
                case "MultiLineString" -> {
                    List<Object> parts = list(c);
                    LineString[] lines = new LineString[parts.size()];
                    for (int i = 0; i < lines.length; i++) {
                        lines[i] = factory.createLineString(coordinates(parts.get(i)));
                    }
                    yield factory.createMultiLineString(lines);
                }
                case "Polygon" -> polygon(c);
                case "MultiPolygon" -> {
                    List<Object> parts = list(c);
                    Polygon[] polygons = new Polygon[parts.size()];
                    for (int i = 0; i < polygons.length; i++) {
                        polygons[i] = polygon(parts.get(i));
                    }
                    yield factory.createMultiPolygon(polygons);
                }
                default -> null;
            };
        }

        private Polygon polygon(Object c) {
            List<Object> rings = list(c);
            LinearRing shell = factory.createLinearRing(coordinates(rings.get(0)));
            LinearRing[] holes = new LinearRing[rings.size() - 1];
            for (int i = 0; i < holes.length; i++) {
                holes[i] = factory.createLinearRing(coordinates(rings.get(i + 1)));
            }
            return factory.createPolygon(shell, holes);
        }

        private static Coordinate[] coordinates(Object points) {
            return list(points).toArray(Coordinate[]::new);
        }

        @SuppressWarnings("unchecked")
        private static List<Object> list(Object nested) {
            return (List<Object>) nested;
        }

        private static void expect(JsonParser p, JsonToken actual, JsonToken... wanted) throws IOException {
            for (JsonToken w : wanted) {
                if (actual == w) {
                    return;
                }
            }
            throw new JsonParseException(p, "basemap GeoJSON: expected " + wanted[0] + ", found " + actual);
        }
    }
}
