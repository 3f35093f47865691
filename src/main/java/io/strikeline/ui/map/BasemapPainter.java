package io.strikeline.ui.map;

import io.strikeline.ui.map.BasemapShapes.Area;
import io.strikeline.ui.map.BasemapShapes.City;
import io.strikeline.ui.map.BasemapShapes.Path;
import io.strikeline.ui.map.BasemapShapes.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.locationtech.jts.geom.Coordinate;

/**
 * Draws the basemap: sea, land, governorate and country borders, rivers, then labels (countries,
 * large cities, governorates, towns) through one {@link LabelPlacer}. Geometry is projected once ({@link BasemapShapes});
 * a paint only scales and offsets it and skips what is off screen.
 */
final class BasemapPainter {

    private static final Font COUNTRY_FONT = Font.font("System", FontWeight.BOLD, 13);
    private static final Font ADMIN_FONT = Font.font("System", FontPosture.ITALIC, 11);
    private static final Font CITY_FONT = Font.font("System", 11.5);
    private static final Font BIG_CITY_FONT = Font.font("System", FontWeight.BOLD, 12.5);
    private static final Font SITE_FONT = Font.font("System", FontPosture.ITALIC, 11);

    /** Where {@link #haloText} draws the halo: eight offsets 1.5 px from the text, the diagonals 1.5 / sqrt(2). */
    private static final double HALO_DIAGONAL = 1.06;
    private static final double[] HALO_DX = {1.5, -1.5, 0, 0, HALO_DIAGONAL, HALO_DIAGONAL, -HALO_DIAGONAL, -HALO_DIAGONAL};
    private static final double[] HALO_DY = {0, 0, 1.5, -1.5, HALO_DIAGONAL, -HALO_DIAGONAL, HALO_DIAGONAL, -HALO_DIAGONAL};

    /** A town or site label as drawn, in screen pixels: drawn again above the markers where a bubble covers it. */
    record PlacedLabel(String text, Font font, double x, double y, double w, double h) {}

    private final List<PlacedLabel> placed = new ArrayList<>();

    private final CompletableFuture<BasemapShapes> shapes;
    private final VisibleParts visibleParts = new VisibleParts();

    /** {@code shapes} may still be loading: the first paint waits for them. */
    BasemapPainter(CompletableFuture<BasemapShapes> shapes) {
        this.shapes = shapes;
    }

    void paint(GraphicsContext gc, MapViewport vp, MapPalette p, LabelPlacer labels) {
        paint(gc, vp, vp, p, labels);
    }

    /**
     * Paints {@code vp}, a wider area than the screen shows: {@code focus} is the part on screen (same scale, inside
     * {@code vp}), where country and governorate names are anchored as a paint of the focus alone would place them.
     */
    void paint(GraphicsContext gc, MapViewport vp, MapViewport focus, MapPalette p, LabelPlacer labels) {
        BasemapShapes map = shapes.join();
        gc.setFill(p.sea());
        gc.fillRect(0, 0, vp.width(), vp.height());
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineDashes();
        for (Area a : map.countries) {
            if (visible(vp, a.minX(), a.minY(), a.maxX(), a.maxY())) {
                gc.setFill(a.focus() ? p.focusLand() : p.land());
                trace(gc, vp, a.rings(), true);
                gc.fill();
            }
        }
        double km = vp.kmPerPixel(vp.lat(vp.height() / 2));
        gc.setStroke(p.admin());
        gc.setLineWidth(km < 1.5 ? 0.9 : 0.6);
        for (Area a : map.admin) {
            if (visible(vp, a.minX(), a.minY(), a.maxX(), a.maxY()) && (a.focus() || km < 2.5)) {
                trace(gc, vp, a.rings(), true);
                gc.stroke();
            }
        }
        gc.setStroke(p.coast());
        strokeAll(gc, vp, map.coasts, 0.8);
        gc.setStroke(p.river());
        strokeAll(gc, vp, map.rivers, km < 1 ? 2.2 : 1.5);
        gc.setStroke(p.border());
        strokeAll(gc, vp, map.borders, 1.4);
        paintLabels(gc, vp, focus, p, labels, km, map);
    }

    private static void strokeAll(GraphicsContext gc, MapViewport vp, List<Path> paths, double width) {
        gc.setLineWidth(width);
        for (Path path : paths) {
            if (visible(vp, path.minX(), path.minY(), path.maxX(), path.maxY())) {
                gc.beginPath();
                tracePath(gc, vp, path, false);
                gc.stroke();
            }
        }
    }

    private void paintLabels(GraphicsContext gc, MapViewport vp, MapViewport focus, MapPalette p, LabelPlacer labels,
                             double km, BasemapShapes map) {
        placed.clear();
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        // Priority: countries, big cities, governorates, then towns as room allows.
        for (Area a : map.countries) {
            String text = a.name().toUpperCase(Locale.ROOT);
            areaLabel(gc, vp, focus, labels, a, text, COUNTRY_FONT, p.countryLabel(), p.halo(), a.focus() || km < 4);
        }
        long bigCity = km > 3 ? 2_000_000 : km > 1.5 ? 700_000 : 250_000;
        long minPop = km > 3 ? 1_500_000 : km > 1.5 ? 250_000 : km > 0.8 ? 80_000 : km > 0.35 ? 30_000 : 0;
        for (City c : map.cities) {
            if (c.population() >= bigCity) {
                cityLabel(gc, vp, p, labels, c, BIG_CITY_FONT);
            }
        }
        if (km < 3) {
            for (Area a : map.admin) {
                areaLabel(gc, vp, focus, labels, a, a.name(), ADMIN_FONT, p.adminLabel(), p.halo(), a.focus() || km < 1.2);
            }
        }
        if (km < 1.2) {
            // At city zoom the places an analyst looks for: bases, airports, crossings, fields.
            for (Site s : map.sites) {
                siteLabel(gc, vp, p, labels, s);
            }
        }
        for (City c : map.cities) {
            if (c.population() < bigCity && c.population() >= minPop) {
                cityLabel(gc, vp, p, labels, c, CITY_FONT);
            }
        }
        if (km < 0.6) {
            for (Site t : map.towns) {
                if (t.population() >= (km > 0.3 ? 10_000 : 0)) {
                    cityLabel(gc, vp, p, labels, new City(t.name(), t.x(), t.y(), t.population()), CITY_FONT);
                }
            }
        }
    }

    private void siteLabel(GraphicsContext gc, MapViewport vp, MapPalette p, LabelPlacer labels, Site s) {
        double sx = vp.screenXOfProjected(s.x());
        double sy = vp.screenYOfProjected(s.y());
        if (sx < 0 || sy < 0 || sx > vp.width() || sy > vp.height()) {
            return;
        }
        double r = 3.5;
        double[] size = labels.size(s.name(), SITE_FONT);
        double[][] spots = {{sx + r + 4, sy - size[1] / 2}, {sx - r - 4 - size[0], sy - size[1] / 2},
            {sx - size[0] / 2, sy - r - 3 - size[1]}, {sx - size[0] / 2, sy + r + 3}};
        for (double[] spot : spots) {
            if (spot[0] >= 0 && spot[1] >= 0 && spot[0] + size[0] <= vp.width() && spot[1] + size[1] <= vp.height()
                    && labels.tryPlace(spot[0], spot[1], size[0], size[1])) {
                labels.block(sx - r, sy - r, 2 * r, 2 * r);
                // a small square for a site, a diamond for a crossing: not a town's round dot
                gc.setFill(p.halo());
                gc.fillRect(sx - r - 1, sy - r - 1, 2 * r + 2, 2 * r + 2);
                gc.setFill(p.cityDot());
                if (s.kind().equals("crossing")) {
                    gc.fillPolygon(new double[] {sx, sx + r, sx, sx - r}, new double[] {sy - r, sy, sy + r, sy}, 4);
                } else {
                    gc.fillRect(sx - r + 0.5, sy - r + 0.5, 2 * r - 1, 2 * r - 1);
                }
                gc.setFont(SITE_FONT);
                haloText(gc, s.name(), spot[0], spot[1], p.cityLabel(), p.halo());
                placed.add(new PlacedLabel(s.name(), SITE_FONT, spot[0], spot[1], size[0], size[1]));
                return;
            }
        }
    }

    /**
     * Draws again, above the markers, the town and site labels a marker or bubble covers, so a bubble never hides
     * a place name (the markers stay visible around the text). The labels were painted on a canvas whose pixel
     * (x, y) is (x + dx, y + dy) on screen.
     */
    void paintLabelsOver(GraphicsContext gc, MapPalette p, List<MarkerPainter.Hit> hits, double dx, double dy) {
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        for (PlacedLabel l : placed) {
            double x = l.x() + dx;
            double y = l.y() + dy;
            for (MarkerPainter.Hit h : hits) {
                double nx = Math.max(x, Math.min(h.x(), x + l.w()));
                double ny = Math.max(y, Math.min(h.y(), y + l.h()));
                if ((nx - h.x()) * (nx - h.x()) + (ny - h.y()) * (ny - h.y()) <= h.radius() * h.radius()) {
                    gc.setFont(l.font());
                    haloText(gc, l.text(), x, y, p.cityLabel(), p.halo());
                    break;
                }
            }
        }
    }

    /** Moves the labels of the last paint by (dx, dy): it was drawn through a translated context. */
    void shiftPlaced(double dx, double dy) {
        placed.replaceAll(l -> new PlacedLabel(l.text(), l.font(), l.x() + dx, l.y() + dy, l.w(), l.h()));
    }

    /** Labels drawn by the last paint, for tests. */
    List<PlacedLabel> placedLabels() {
        return List.copyOf(placed);
    }

    private void areaLabel(GraphicsContext gc, MapViewport vp, MapViewport focus, LabelPlacer labels, Area a,
                           String text, Font font, Color color, Color halo, boolean wanted) {
        if (!wanted) {
            return;
        }
        double[] size = labels.size(text, font);
        double areaWidth = (a.maxX() - a.minX()) / vp.unitsPerPixel();
        double areaHeight = (a.maxY() - a.minY()) / vp.unitsPerPixel();
        // Only name an area that is clearly bigger than its name on screen.
        if (areaWidth < size[0] * 1.3 || areaHeight < size[1] * 2) {
            return;
        }
        // the focus's edges in the painted area's pixels
        double left = vp.screenXOfProjected(focus.centerX()) - focus.width() / 2;
        double top = vp.screenYOfProjected(focus.centerY()) - focus.height() / 2;
        double x = vp.screenXOfProjected(a.labelX()) - size[0] / 2;
        double y = vp.screenYOfProjected(a.labelY()) - size[1] / 2;
        if (!inside(x, y, size, left, top, focus)) {
            // Zoomed in, the usual anchor is off screen: name the part that is visible instead.
            Optional<Coordinate> anchor = visibleParts.anchor(a, focus.visibleBox());
            if (anchor.isEmpty()) {
                return;
            }
            Coordinate c = anchor.get();
            x = vp.screenX(c.x) - size[0] / 2;
            y = vp.screenY(c.y) - size[1] / 2;
        }
        if (!inside(x, y, size, left, top, focus) || !labels.tryPlace(x, y, size[0], size[1])) {
            return;
        }
        gc.setFont(font);
        haloText(gc, text, x, y, color, halo);
    }

    private static boolean inside(double x, double y, double[] size, double left, double top, MapViewport focus) {
        return x >= left && y >= top && x + size[0] <= left + focus.width() && y + size[1] <= top + focus.height();
    }

    private void cityLabel(GraphicsContext gc, MapViewport vp, MapPalette p, LabelPlacer labels, City c,
                           Font font) {
        double sx = vp.screenXOfProjected(c.x());
        double sy = vp.screenYOfProjected(c.y());
        if (sx < 0 || sy < 0 || sx > vp.width() || sy > vp.height()) {
            return;
        }
        double r = c.population() >= 1_000_000 ? 3.5 : c.population() >= 200_000 ? 2.8 : 2.2;
        double[] size = labels.size(c.name(), font);
        double w = size[0];
        double h = size[1];
        // Right of the dot, then left, above, below: the first free spot wins.
        double[][] spots = {{sx + r + 3, sy - h / 2}, {sx - r - 3 - w, sy - h / 2},
            {sx - w / 2, sy - r - 2 - h}, {sx - w / 2, sy + r + 2}};
        for (double[] s : spots) {
            if (s[0] >= 0 && s[1] >= 0 && s[0] + w <= vp.width() && s[1] + h <= vp.height()
                    && labels.tryPlace(s[0], s[1], w, h)) {
                labels.block(sx - r, sy - r, 2 * r, 2 * r);
                gc.setFill(p.halo());
                gc.fillOval(sx - r - 1, sy - r - 1, 2 * r + 2, 2 * r + 2);
                gc.setFill(p.cityDot());
                gc.fillOval(sx - r, sy - r, 2 * r, 2 * r);
                gc.setFont(font);
                haloText(gc, c.name(), s[0], s[1], p.cityLabel(), p.halo());
                placed.add(new PlacedLabel(c.name(), font, s[0], s[1], w, h));
                return;
            }
        }
    }

    /**
     * The text in the halo colour eight times around its place, 1.5 px off, then in its own colour on top. Stroking
     * the glyphs' outlines instead looks the same but is rasterised as shapes, glyph by glyph, every time the layer
     * is drawn: half the renderer's time when the map is redrawn. Filled text is blitted from the glyph cache.
     */
    private static void haloText(GraphicsContext gc, String text, double x, double y, Color color,
                                 Color halo) {
        gc.setFill(halo);
        for (int i = 0; i < HALO_DX.length; i++) {
            gc.fillText(text, x + HALO_DX[i], y + HALO_DY[i]);
        }
        gc.setFill(color);
        gc.fillText(text, x, y);
    }

    private static boolean visible(MapViewport vp, double x0, double y0, double x1, double y1) {
        double res = vp.unitsPerPixel();
        return x1 >= vp.centerX() - vp.width() / 2 * res && x0 <= vp.centerX() + vp.width() / 2 * res
                && y1 >= vp.centerY() - vp.height() / 2 * res && y0 <= vp.centerY() + vp.height() / 2 * res;
    }

    private static void trace(GraphicsContext gc, MapViewport vp, List<Path> rings, boolean closed) {
        gc.beginPath();
        for (Path ring : rings) {
            tracePath(gc, vp, ring, closed);
        }
    }

    /** Adds the path in screen pixels, dropping points closer than half a pixel to the last one drawn. */
    private static void tracePath(GraphicsContext gc, MapViewport vp, Path path, boolean closed) {
        double[] xs = path.xs();
        double[] ys = path.ys();
        double lastX = vp.screenXOfProjected(xs[0]);
        double lastY = vp.screenYOfProjected(ys[0]);
        gc.moveTo(lastX, lastY);
        for (int i = 1; i < xs.length; i++) {
            double x = vp.screenXOfProjected(xs[i]);
            double y = vp.screenYOfProjected(ys[i]);
            if (Math.abs(x - lastX) + Math.abs(y - lastY) >= 0.5 || i == xs.length - 1) {
                gc.lineTo(x, y);
                lastX = x;
                lastY = y;
            }
        }
        if (closed) {
            gc.closePath();
        }
    }
}
