package io.strikeline.ui.map;

import io.strikeline.geo.Basemap;
import io.strikeline.geo.BasemapFeature;
import io.strikeline.geo.Projection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The basemap's features projected once, for {@link BasemapPainter}: immutable after construction, so every map
 * view of the process shares one (loading and projecting takes about half a second of a cold start's FX thread).
 */
final class BasemapShapes {

    private static final Set<String> FOCUS_COUNTRIES = Set.of("Iraq", "Syria");
    private static final Set<String> FOCUS_ADMIN = Set.of("IRQ", "SYR");
    private static CompletableFuture<BasemapShapes> shared;

    /** A projected ring or line with its projected bounds for culling. */
    record Path(double[] xs, double[] ys, double minX, double minY, double maxX, double maxY) {}

    /**
     * A projected area (country, governorate) with its label anchor; {@code geometry} is in lon/lat as shipped, which
     * may hold self-touching rings (clipped at build time): whoever overlays it repairs it first ({@link VisibleParts}).
     */
    record Area(String name, boolean focus, Geometry geometry, List<Path> rings, double labelX, double labelY,
                        double minX, double minY, double maxX, double maxY) {}

    record City(String name, double x, double y, long population) {}

    /** A site (base, airport, crossing, field ...) or a small town of the places layer, projected. */
    record Site(String name, String kind, double x, double y, long population) {}

    final List<Area> countries = new ArrayList<>();
    final List<Area> admin = new ArrayList<>();
    final List<Path> borders = new ArrayList<>();
    final List<Path> coasts = new ArrayList<>();
    final List<Path> rivers = new ArrayList<>();
    final List<City> cities = new ArrayList<>();
    final List<Site> sites = new ArrayList<>();
    final List<Site> towns = new ArrayList<>();

    /** Projects every feature of {@code basemap} and places the areas' label anchors: done once. */
    BasemapShapes(Basemap basemap, Projection projection) {
        for (BasemapFeature f : basemap.countries()) {
            countries.add(area(f.name(), FOCUS_COUNTRIES.contains(f.name()), f.geometry(), projection));
        }
        for (BasemapFeature f : basemap.admin1()) {
            admin.add(area(f.name(), FOCUS_ADMIN.contains(f.text("country")), f.geometry(), projection));
        }
        for (BasemapFeature f : basemap.boundaries()) {
            (f.text("kind").equals("border") ? borders : coasts).addAll(lines(f.geometry(), projection));
        }
        for (BasemapFeature f : basemap.rivers()) {
            rivers.addAll(lines(f.geometry(), projection));
        }
        for (BasemapFeature f : basemap.cities()) {
            Point p = (Point) f.geometry();
            cities.add(new City(f.name(), projection.x(p.getX()), projection.y(p.getY()), f.number("population")));
        }
        cities.sort((a, b) -> Long.compare(b.population(), a.population()));
        for (BasemapFeature f : basemap.places()) {
            Point p = (Point) f.geometry();
            Site site = new Site(f.name(), f.text("kind"), projection.x(p.getX()), projection.y(p.getY()),
                    f.number("population"));
            (site.kind().equals("town") ? towns : sites).add(site);
        }
        towns.sort((a, b) -> Long.compare(b.population(), a.population()));
    }

    /**
     * The bundled basemap in the map's projection, loaded once per process on a thread of its own from the first
     * call on (the application calls it before the toolkit starts, so it loads meanwhile).
     */
    static synchronized CompletableFuture<BasemapShapes> shared() {
        if (shared == null) {
            Projection projection = MapViewport.home(1, 1).projection();
            shared = new CompletableFuture<>();
            CompletableFuture<BasemapShapes> loading = shared;
            Thread loader = new Thread(() -> {
                try {
                    loading.complete(new BasemapShapes(Basemap.load(), projection));
                } catch (RuntimeException | Error e) {
                    loading.completeExceptionally(e);
                }
            }, "basemap-loader");
            loader.setDaemon(true);
            loader.start();
        }
        return shared;
    }

    private static Area area(String name, boolean focus, Geometry g, Projection projection) {
        List<Path> rings = new ArrayList<>();
        Geometry largest = null;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon poly = (Polygon) g.getGeometryN(i);
            rings.add(path(poly.getExteriorRing().getCoordinates(), projection));
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                rings.add(path(poly.getInteriorRingN(h).getCoordinates(), projection));
            }
            if (largest == null || poly.getArea() > largest.getArea()) {
                largest = poly;
            }
        }
        Coordinate anchor = largest == null ? g.getCentroid().getCoordinate() : InteriorPointArea.getInteriorPoint(largest);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Path r : rings) {
            minX = Math.min(minX, r.minX());
            minY = Math.min(minY, r.minY());
            maxX = Math.max(maxX, r.maxX());
            maxY = Math.max(maxY, r.maxY());
        }
        return new Area(name, focus, g, List.copyOf(rings), projection.x(anchor.x), projection.y(anchor.y),
                minX, minY, maxX, maxY);
    }

    private static List<Path> lines(Geometry g, Projection projection) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            out.add(path(((LineString) g.getGeometryN(i)).getCoordinates(), projection));
        }
        return out;
    }

    private static Path path(Coordinate[] coords, Projection projection) {
        double[] xs = new double[coords.length];
        double[] ys = new double[coords.length];
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < coords.length; i++) {
            xs[i] = projection.x(coords[i].x);
            ys[i] = projection.y(coords[i].y);
            minX = Math.min(minX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxX = Math.max(maxX, xs[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        return new Path(xs, ys, minX, minY, maxX, maxY);
    }
}
