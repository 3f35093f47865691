package io.strikeline.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private static final class Reader {
        private final ObjectMapper mapper = new ObjectMapper();
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
            JsonNode root = mapper.readTree(in);
            List<BasemapFeature> out = new ArrayList<>();
            for (JsonNode f : root.path("features")) {
                Geometry g = geometry(f.path("geometry"));
                if (g == null) {
                    continue;
                }
                Map<String, Object> props = new LinkedHashMap<>();
                f.path("properties").fields().forEachRemaining(e -> {
                    JsonNode v = e.getValue();
                    if (v.isNumber()) {
                        props.put(e.getKey(), v.numberValue());
                    } else if (v.isTextual()) {
                        props.put(e.getKey(), v.textValue());
                    }
                });
                out.add(new BasemapFeature(g, props));
            }
            return out;
        }

        private Geometry geometry(JsonNode g) {
            JsonNode c = g.path("coordinates");
            return switch (g.path("type").asText()) {
                case "Point" -> factory.createPoint(coordinate(c));
                case "LineString" -> factory.createLineString(coordinates(c));
                case "MultiLineString" -> {
                    LineString[] lines = new LineString[c.size()];
                    for (int i = 0; i < lines.length; i++) {
                        lines[i] = factory.createLineString(coordinates(c.get(i)));
                    }
                    yield factory.createMultiLineString(lines);
                }
                case "Polygon" -> polygon(c);
                case "MultiPolygon" -> {
                    Polygon[] polys = new Polygon[c.size()];
                    for (int i = 0; i < polys.length; i++) {
                        polys[i] = polygon(c.get(i));
                    }
                    yield factory.createMultiPolygon(polys);
                }
                default -> null;
            };
        }

        private Polygon polygon(JsonNode rings) {
            LinearRing shell = factory.createLinearRing(coordinates(rings.get(0)));
            LinearRing[] holes = new LinearRing[rings.size() - 1];
            for (int i = 0; i < holes.length; i++) {
                holes[i] = factory.createLinearRing(coordinates(rings.get(i + 1)));
            }
            return factory.createPolygon(shell, holes);
        }

        private static Coordinate[] coordinates(JsonNode points) {
            Coordinate[] out = new Coordinate[points.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = coordinate(points.get(i));
            }
            return out;
        }

        private static Coordinate coordinate(JsonNode p) {
            return new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
        }
    }
}
