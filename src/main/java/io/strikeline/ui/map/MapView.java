package io.strikeline.ui.map;

import io.strikeline.geo.Basemap;
import io.strikeline.geo.Mgrs;
import io.strikeline.ui.state.GeoPoint;
import io.strikeline.model.Event;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.state.GeoBox;
import io.strikeline.ui.state.ViewState;
import io.strikeline.ui.style.EventStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The map: an offline basemap with the visible events of a {@link ViewState} as markers and clusters.
 * Three stacked canvases: the basemap (wider than the view and moved under it on a pan: {@link BaseLayer}), the
 * markers (viewport or visible set), and transient overlays (hover, region box, scale bar); above them the selection's
 * own small canvas ({@link SelectionMark}).
 * Redraw requests only set dirty flags; one pulse-aligned timer tick draws what is dirty.
 *
 * <p>Mouse: drag pans, wheel zooms at the cursor, double-click zooms in, click selects a marker or zooms
 * into a cluster, shift+drag draws a region filter. Keys: arrows pan, +/- zoom, 0 fits Iraq and Syria,
 * Escape clears the region. FX thread only.
 */
public final class MapView extends Region {

    private static final double MIN_DRAG = 3;
    private static final String ATTRIBUTION = "Natural Earth · © GeoNames CC-BY 4.0";

    private final ViewState state;
    private final ObjectProperty<MapViewport> viewport =
            new SimpleObjectProperty<>(this, "mapViewport", MapViewport.home(800, 600));
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);

    private final Canvas markerCanvas = new Canvas();
    private final Canvas overlayCanvas = new Canvas();
    private final Label status = new Label();
    private final Label unlocated = new Label();
    private final Button clearRegion = new Button("Clear region ✕");

    private final BaseLayer base;
    private final MarkerPainter markers;
    private final SelectionMark selectionMark;
    private final StackPicker stackPicker = new StackPicker();
    private EventIndex index;
    private List<MarkerPainter.Hit> hits = List.of();
    private boolean movingMarker;
    private EventSet countedSet;
    private int missing;

    private boolean baseDirty = true;
    private boolean recentreBase;
    private boolean markersDirty = true;
    private boolean overlayDirty = true;
    private boolean selectionDirty = true;
    private boolean sized;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            renderNow();
        }
    };

    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    private boolean boxing;

    /** With the bundled basemap, shared by every map of the process ({@link #preloadBasemap()}). */
    public MapView(ViewState state) {
        this(state, BasemapShapes.shared());
    }

    /** With an explicit basemap, e.g. {@link Basemap#empty()} in tests. */
    public MapView(ViewState state, Basemap basemapData) {
        this(state, CompletableFuture.completedFuture(
                new BasemapShapes(basemapData, MapViewport.home(1, 1).projection())));
    }

    private MapView(ViewState state, CompletableFuture<BasemapShapes> basemapShapes) {
        this.state = state;
        this.base = new BaseLayer(new BasemapPainter(basemapShapes), () -> {
            recentreBase = true;
            requestBase();
        });
        this.markers = new MarkerPainter(EventIcons.load());
        this.selectionMark = new SelectionMark(markers);
        this.index = EventIndex.of(state.catalogProperty().get(), viewport.get().projection());
        getStyleClass().add("map-view");
        setFocusTraversable(true);
        setMinSize(100, 100);
        setPrefSize(900, 650);
        overlayCanvas.setMouseTransparent(true);
        markerCanvas.setMouseTransparent(true);
        status.setMouseTransparent(true);
        unlocated.setMouseTransparent(true);
        status.setPadding(new Insets(2, 8, 2, 8));
        unlocated.setPadding(new Insets(2, 8, 2, 8));
        clearRegion.setFocusTraversable(false);
        clearRegion.setOnAction(e -> clearRegion());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip); // the basemap canvas reaches a view's size beyond every edge
        getChildren().addAll(base.node(), markerCanvas, overlayCanvas, selectionMark.node(), status, unlocated,
                clearRegion);

        state.catalogProperty().addListener((obs, old, now) -> {
            index = EventIndex.of(now, viewport.get().projection());
            requestMarkers();
        });
        state.visibleEventsProperty().addListener((obs, old, now) -> requestMarkers());
        state.filterProperty().addListener((obs, old, now) -> requestOverlay());
        state.hoveredProperty().addListener((obs, old, now) -> requestOverlay());
        state.selectedProperty().addListener((obs, old, now) -> revealSelection(now));
        viewport.addListener((obs, old, now) -> requestBase());
        dark.addListener((obs, old, now) -> {
            fillBackground();
            requestBase();
        });
        state.darkProperty().addListener((obs, old, now) -> dark.set(now));
        dark.set(state.darkProperty().get());
        fillBackground();

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> state.hoveredProperty().set(null));
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        updateChrome();
    }

    /**
     * Starts loading the bundled basemap on a thread of its own, so that it is ready by the first map's first
     * paint; call it before the toolkit starts. Later calls and maps share the one load.
     */
    public static void preloadBasemap() {
        BasemapShapes.shared();
    }

    /** The viewport shown; set it to restore a saved view. */
    public ObjectProperty<MapViewport> mapViewportProperty() {
        return viewport;
    }

    public MapViewport getMapViewport() {
        return viewport.get();
    }

    public void setMapViewport(MapViewport value) {
        sized = true;
        viewport.set(value);
    }

    /** Dark basemap colours, for a dark application theme. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Shows Iraq and Syria whole (the 0 key). */
    public void fitRegion() {
        viewport.set(viewport.get().fitted(MapViewport.HOME));
    }

    // ---- layout and drawing ------------------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        for (Canvas c : new Canvas[] {markerCanvas, overlayCanvas}) {
            c.setWidth(w);
            c.setHeight(h);
        }
        MapViewport vp = viewport.get();
        if (vp.width() != w || vp.height() != h) {
            // The first real size shows the home region; later resizes keep centre and scale.
            viewport.set(sized ? vp.resized(w, h) : MapViewport.home(w, h));
            sized = true;
        }
        double sh = status.prefHeight(-1);
        status.resizeRelocate(0, h - sh, w, sh);
        double uw = unlocated.prefWidth(-1);
        unlocated.resizeRelocate(w - uw - 6, 6, uw, unlocated.prefHeight(-1));
        clearRegion.resizeRelocate(6, 6, clearRegion.prefWidth(-1), clearRegion.prefHeight(-1));
    }

    private void requestBase() {
        baseDirty = true;
        requestMarkers();
    }

    private void requestMarkers() {
        markersDirty = true;
        requestOverlay();
    }

    private void requestOverlay() {
        overlayDirty = true;
        requestSelection();
    }

    private void requestSelection() {
        selectionDirty = true;
        pulse.start();
    }

    /** Draws what is pending at once, for an offscreen render (a briefing export) that cannot wait for a pulse. */
    public void drawNow() {
        renderNow();
    }

    /** Draws every dirty layer now; the pulse timer calls it, tests and benchmarks may call it directly. */
    void renderNow() {
        MapViewport vp = viewport.get();
        MapPalette palette = palette();
        if (baseDirty) {
            baseDirty = false;
            base.show(vp, palette, recentreBase);
            recentreBase = false;
        }
        if (markersDirty) {
            markersDirty = false;
            renderMarkers(vp, palette);
        }
        if (overlayDirty) {
            overlayDirty = false;
            renderOverlay(vp, palette);
            updateChrome();
        }
        if (selectionDirty) {
            selectionDirty = false;
            selectionMark.paint(state.selectedProperty().get(), vp, palette);
        }
    }

    /** Clusters the visible events and draws them; separate so the benchmark can time exactly this layer. */
    void renderMarkers(MapViewport vp, MapPalette palette) {
        EventSet visible = state.visibleEventsProperty().get();
        if (visible.catalog() != index.catalog()) {
            index = EventIndex.of(visible.catalog(), vp.projection());
        }
        List<Cluster> clusters = BubbleLayout.separate(Clusters.compute(index, visible, vp, MarkerPainter.CELL_PIXELS),
                vp.unitsPerPixel(), index);
        hits = markers.paint(markerCanvas.getGraphicsContext2D(), vp, index, clusters, palette);
        base.paintLabelsOver(markerCanvas.getGraphicsContext2D(), palette, hits);
    }

    /**
     * An opaque background in the basemap's sea colour. The renderer starts a repaint at the nearest opaque node that
     * covers it; without this one every container of the window fills the map's area before the canvases do.
     */
    private void fillBackground() {
        setBackground(new Background(new BackgroundFill(palette().sea(), null, null)));
    }

    private MapPalette palette() {
        return dark.get() ? MapPalette.DARK : MapPalette.LIGHT;
    }

    private void renderOverlay(MapViewport vp, MapPalette p) {
        GraphicsContext gc = overlayCanvas.getGraphicsContext2D();
        gc.clearRect(0, 0, vp.width(), vp.height());
        GeoBox region = state.filterProperty().get().region();
        if (region != null) {
            paintBox(gc, vp.screenX(region.minLon()), vp.screenY(region.maxLat()),
                    vp.screenX(region.maxLon()), vp.screenY(region.minLat()), p, true);
        }
        if (boxing) {
            paintBox(gc, pressX, pressY, lastX, lastY, p, false);
        }
        Event hovered = state.hoveredProperty().get();
        if (hovered != null && hovered.located()) {
            double x = vp.screenX(hovered.lon());
            double y = vp.screenY(hovered.lat());
            double r = MarkerPainter.markerRadius(hovered) + 5;
            gc.setFill(EventStyle.selection().deriveColor(0, 1, 1, 0.35));
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
        paintScaleBar(gc, vp, p);
        gc.setFont(Font.font("System", 10));
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.setFill(p.chromeText().deriveColor(0, 1, 1, 0.7));
        gc.fillText(ATTRIBUTION, vp.width() - 6, vp.height() - status.getHeight() - 4);
    }

    private static void paintBox(GraphicsContext gc, double x0, double y0, double x1, double y1, MapPalette p,
                                 boolean active) {
        double x = Math.min(x0, x1);
        double y = Math.min(y0, y1);
        double w = Math.abs(x1 - x0);
        double h = Math.abs(y1 - y0);
        gc.setFill(p.region().deriveColor(0, 1, 1, active ? 0.05 : 0.12));
        gc.fillRect(x, y, w, h);
        gc.setStroke(p.region());
        gc.setLineWidth(2);
        gc.setLineDashes(active ? new double[] {8, 5} : null);
        gc.strokeRect(x, y, w, h);
        gc.setLineDashes();
    }

    private void paintScaleBar(GraphicsContext gc, MapViewport vp, MapPalette p) {
        double kmPerPx = vp.kmPerPixel(vp.lat(vp.height() / 2));
        double km = niceKm(kmPerPx * 120);
        double len = km / kmPerPx;
        double x = 12;
        double y = vp.height() - status.getHeight() - 14;
        gc.setFill(p.halo());
        gc.fillRect(x - 4, y - 16, len + 8, 22);
        gc.setStroke(p.chromeText());
        gc.setLineWidth(1.5);
        gc.strokeLine(x, y, x + len, y);
        gc.strokeLine(x, y - 5, x, y);
        gc.strokeLine(x + len, y - 5, x + len, y);
        gc.setFill(p.chromeText());
        gc.setFont(Font.font("System", 10.5));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(km >= 1 ? String.format(Locale.ROOT, "%.0f km", km) : String.format(Locale.ROOT, "%.0f m", km * 1000),
                x + len / 2, y - 2);
    }

    /** The largest 1, 2 or 5 times a power of ten not above {@code km}. */
    static double niceKm(double km) {
        double power = Math.pow(10, Math.floor(Math.log10(km)));
        double m = km / power;
        return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * power;
    }

    private void updateChrome() {
        MapPalette p = palette();
        String style = String.format(Locale.ROOT, "-fx-background-color: %s; -fx-text-fill: %s; -fx-font-size: 11px;",
                web(p.halo()), web(p.chromeText()));
        status.setStyle(style);
        unlocated.setStyle(style + " -fx-background-radius: 3;");
        EventSet visible = state.visibleEventsProperty().get();
        if (visible != countedSet) {
            // Counted once per visible set, not on every hover redraw.
            countedSet = visible;
            missing = 0;
            for (int k = 0; k < visible.size(); k++) {
                if (Double.isNaN(visible.catalog().lat(visible.indexAt(k)))) {
                    missing++;
                }
            }
        }
        unlocated.setText(String.format(Locale.ROOT, "%,d not located", missing));
        unlocated.setVisible(missing > 0);
        clearRegion.setVisible(state.filterProperty().get().region() != null);
        if (status.getText().isEmpty()) {
            status.setText(" ");
        }
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255), c.getOpacity());
    }

    // ---- interaction -------------------------------------------------------------------------------

    private void onPressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        dragging = false;
        boxing = e.isShiftDown();
        movingMarker = !boxing && state.editableProperty().get() && isSelectedMarker(hitAt(pressX, pressY));
    }

    /** The selected event's own marker (not a bubble): the one marker a drag moves instead of the map. */
    private boolean isSelectedMarker(MarkerPainter.Hit hit) {
        Event selected = state.selectedProperty().get();
        return hit != null && hit.cluster() == null && selected != null
                && index.catalog().get(hit.eventIndex()).id() == selected.id();
    }

    private void onDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) >= MIN_DRAG) {
            dragging = true;
        }
        if (boxing) {
            lastX = e.getX();
            lastY = e.getY();
            requestOverlay();
        } else if (movingMarker) {
            setCursor(dragging ? Cursor.CLOSED_HAND : Cursor.DEFAULT);
        } else if (dragging) {
            viewport.set(viewport.get().pannedBy(e.getX() - lastX, e.getY() - lastY));
            lastX = e.getX();
            lastY = e.getY();
        }
        showCursor(e.getX(), e.getY());
    }

    private void onReleased(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (boxing) {
            boxing = false;
            lastX = e.getX();
            lastY = e.getY();
            if (dragging) {
                setRegion(pressX, pressY, lastX, lastY);
            }
            requestOverlay();
        } else if (movingMarker && dragging) {
            MapViewport vp = viewport.get();
            state.markerMovedProperty().set(new ViewState.MarkerMove(state.selectedProperty().get().id(),
                    vp.lat(e.getY()), vp.lon(e.getX())));
            setCursor(Cursor.DEFAULT);
        } else if (!dragging) {
            if (e.getClickCount() == 2) {
                viewport.set(viewport.get().zoomedAt(e.getX(), e.getY(), 2));
            } else {
                click(e.getX(), e.getY());
            }
        }
        dragging = false;
        movingMarker = false;
    }

    private void click(double x, double y) {
        MarkerPainter.Hit hit = hitAt(x, y);
        if (hit == null) {
            return;
        }
        MapViewport vp = viewport.get();
        Cluster c = hit.cluster();
        if (c != null && !c.coincident(vp.unitsPerPixel()) && zoomInto(c)) {
            return;
        }
        if (c != null) {
            // a stack (or a cluster the closest zoom cannot split): pick one of its events
            StackMembers.Stack members = StackPicker.members(index, state.visibleEventsProperty().get(), c);
            if (members.newest().size() > 1) {
                stackPicker.show(this, x, y, members, e -> state.selectedProperty().set(e));
                return;
            }
        }
        state.selectedProperty().set(index.catalog().get(hit.eventIndex()));
    }

    /** Shows exactly the cluster's members, and at least twice as close as now; false at the closest zoom. */
    private boolean zoomInto(Cluster c) {
        MapViewport vp = viewport.get();
        var proj = vp.projection();
        double pad = 0.15 * Math.max(c.maxX() - c.minX(), c.maxY() - c.minY()) + vp.unitsPerPixel() * 20;
        GeoBox box = new GeoBox(proj.lat(c.minY() - pad), proj.lon(c.minX() - pad), proj.lat(c.maxY() + pad),
                proj.lon(c.maxX() + pad));
        MapViewport fitted = vp.fitted(box);
        if (fitted.unitsPerPixel() > vp.unitsPerPixel() / 2) {
            fitted = vp.centeredOn(proj.lat((c.minY() + c.maxY()) / 2), proj.lon((c.minX() + c.maxX()) / 2))
                    .zoomedAt(vp.width() / 2, vp.height() / 2, 2);
        }
        if (fitted.unitsPerPixel() >= vp.unitsPerPixel() * 0.99) {
            return false;
        }
        viewport.set(fitted);
        return true;
    }

    private void onMoved(MouseEvent e) {
        showCursor(e.getX(), e.getY());
        MarkerPainter.Hit hit = hitAt(e.getX(), e.getY());
        Event over = hit == null || hit.cluster() != null && !hit.cluster().coincident(viewport.get().unitsPerPixel())
                ? null : index.catalog().get(hit.eventIndex());
        if (over != state.hoveredProperty().get()) {
            state.hoveredProperty().set(over);
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            viewport.set(viewport.get().zoomedAt(e.getX(), e.getY(), Math.pow(1.0025, e.getDeltaY())));
        }
        e.consume();
    }

    private void onKey(KeyEvent e) {
        MapViewport vp = viewport.get();
        double step = Math.min(vp.width(), vp.height()) / 6;
        boolean handled = true;
        switch (e.getCode()) {
            case LEFT -> viewport.set(vp.pannedBy(step, 0));
            case RIGHT -> viewport.set(vp.pannedBy(-step, 0));
            case UP -> viewport.set(vp.pannedBy(0, step));
            case DOWN -> viewport.set(vp.pannedBy(0, -step));
            case PLUS, EQUALS, ADD -> viewport.set(vp.zoomedAt(vp.width() / 2, vp.height() / 2, 1.5));
            case MINUS, SUBTRACT -> viewport.set(vp.zoomedAt(vp.width() / 2, vp.height() / 2, 1 / 1.5));
            case DIGIT0, NUMPAD0 -> fitRegion();
            case ESCAPE -> {
                boxing = false;
                clearRegion();
            }
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private MarkerPainter.Hit hitAt(double x, double y) {
        // Last drawn is on top; allow a few pixels of slack around small markers.
        for (int i = hits.size() - 1; i >= 0; i--) {
            MarkerPainter.Hit h = hits.get(i);
            double slack = h.radius() + 3;
            if ((h.x() - x) * (h.x() - x) + (h.y() - y) * (h.y() - y) <= slack * slack) {
                return h;
            }
        }
        return null;
    }

    private void setRegion(double x0, double y0, double x1, double y1) {
        MapViewport vp = viewport.get();
        GeoBox box = new GeoBox(vp.lat(Math.max(y0, y1)), vp.lon(Math.min(x0, x1)), vp.lat(Math.min(y0, y1)),
                vp.lon(Math.max(x0, x1)));
        state.filterProperty().set(state.filterProperty().get().withRegion(box));
    }

    private void clearRegion() {
        if (state.filterProperty().get().region() != null) {
            state.filterProperty().set(state.filterProperty().get().withRegion(null));
        }
        requestOverlay();
    }

    private void revealSelection(Event selected) {
        if (selected != null && selected.located() && !viewport.get().showsWithin(selected.lat(), selected.lon(), 40)) {
            viewport.set(viewport.get().centeredOn(selected.lat(), selected.lon()));
        }
        requestSelection();
    }

    private void showCursor(double x, double y) {
        MapViewport vp = viewport.get();
        double lat = vp.lat(y);
        double lon = vp.lon(x);
        state.pointerProperty().set(new GeoPoint(lat, lon));
        String mgrs = Mgrs.format(lat, lon);
        status.setText(String.format(Locale.ROOT, "%.4f° %s, %.4f° %s%s   ·   %.2f km/px",
                Math.abs(lat), lat >= 0 ? "N" : "S", Math.abs(lon), lon >= 0 ? "E" : "W",
                mgrs.isEmpty() ? "" : "   ·   MGRS " + mgrs, vp.kmPerPixel(lat)));
    }

    /** The picker a click on a stack opens, for tests. */
    StackPicker stackPicker() {
        return stackPicker;
    }

    /** Hit targets of the last marker render, for tests. */
    List<MarkerPainter.Hit> hits() {
        return hits;
    }
}
