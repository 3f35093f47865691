package io.strikeline.ui.timeline;

import io.strikeline.model.Event;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.state.TimeWindow;
import io.strikeline.ui.state.ViewState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The timeline: a histogram of the filtered events, one lane of event glyphs per type or perpetrator,
 * a time axis and the brush that sets {@link ViewState#timeWindowProperty()}, with a small play toolbar.
 *
 * <p>Two full-size canvases: the base (grid, histogram, lanes, axis) redraws when data or the visible range
 * change; the overlay (brush, hover) redraws alone on brushing and hovering, the selection's ring on a small canvas
 * of its own ({@link TimelineSelectionMark}). Redraw requests
 * only mark a layer dirty; one {@link AnimationTimer} pass per pulse draws what is dirty.
 */
public final class TimelineView extends Region {

    private static final double PREF_HEIGHT = 220;
    private static final long DAY_MS = TimelineIndex.DAY_MS;

    private final ViewState state;
    private final ObjectProperty<TimeWindow> visibleRange = new SimpleObjectProperty<>(this, "visibleRange");
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.BY_TYPE);
    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private final TimelineSelectionMark selectionMark = new TimelineSelectionMark();
    private final Pane canvasPane = new Pane(base, overlay, selectionMark.node());
    private final TimelineToolbar toolbar;
    private final TimelinePainter painter = new TimelinePainter();
    private final HitBoxes hits = new HitBoxes();
    private final BrushPlayer player;

    private TimelineIndex index;
    private TimelineLayout layout = TimelineLayout.of(800, PREF_HEIGHT, 0);
    private TimeAxis axis;
    private boolean baseDirty = true;
    private boolean overlayDirty = true;
    private boolean selectionDirty = true;
    // the event under the pointer on this timeline: the only one that gets a text tooltip
    private Event pointed;
    private Event tooltipShown;

    private final AnimationTimer redraw = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            drawDirty();
        }
    };

    public TimelineView(ViewState state) {
        this.state = state;
        this.index = TimelineIndex.of(state.filteredEventsProperty().get(), laneMode.get());
        this.axis = TimeAxis.of(defaultRange(), layout.plotWidth());
        visibleRange.set(axis.window());
        this.player = new BrushPlayer(new BrushPlayer.Target() {
            @Override
            public TimeWindow window() {
                return state.timeWindowProperty().get();
            }

            @Override
            public void setWindow(TimeWindow window) {
                state.timeWindowProperty().set(window);
                keepInView(window);
            }

            @Override
            public long[] dataRange() {
                return index.datedCount() == 0 ? null : new long[] {index.dataStart(), index.dataEnd()};
            }
        });
        this.toolbar = new TimelineToolbar(this);
        getChildren().addAll(toolbar, canvasPane);
        getStyleClass().add("timeline-view");
        overlay.setMouseTransparent(true);
        canvasPane.setFocusTraversable(true);
        canvasPane.getStyleClass().add("timeline-canvas");
        new TimelineGestures(this, canvasPane);

        visibleRange.addListener((obs, old, now) -> {
            if (now != null && !now.equals(axis.window())) {
                axis = TimeAxis.of(now, layout.plotWidth());
                if (!axis.window().equals(now)) {
                    visibleRange.set(axis.window());
                }
            }
            requestBaseRedraw();
        });
        state.filteredEventsProperty().addListener((obs, old, now) -> rebuild());
        laneMode.addListener((obs, old, now) -> rebuild());
        state.catalogProperty().addListener((obs, old, now) -> {
            player.playingProperty().set(false);
            fitAll();
        });
        state.timeWindowProperty().addListener((obs, old, now) -> {
            requestOverlayRedraw();
            toolbar.updateStatus();
        });
        state.visibleEventsProperty().addListener((obs, old, now) -> toolbar.updateStatus());
        state.hoveredProperty().addListener((obs, old, now) -> requestOverlayRedraw());
        state.loadingProperty().addListener((obs, old, now) -> {
            painter.setLoading(now.intValue());
            requestBaseRedraw();
        });
        painter.setLoading(state.loadingProperty().get());
        state.darkProperty().addListener((obs, old, now) -> applyTheme(now));
        applyTheme(state.darkProperty().get());
        state.selectedProperty().addListener((obs, old, now) -> {
            // a selection made elsewhere (the list's keyboard) ends this view's tooltip
            pointed = null;
            scrollTo(now);
            if (tooltipShown != null) {
                requestOverlayRedraw();
            } else {
                requestSelectionRedraw();
            }
        });
        if (index.datedCount() > 0) {
            fitAll();
        }
        toolbar.updateStatus();
    }

    /** The time range the timeline shows; set it to restore a saved view. */
    public ObjectProperty<TimeWindow> visibleRangeProperty() {
        return visibleRange;
    }

    public TimeWindow getVisibleRange() {
        return visibleRange.get();
    }

    public void setVisibleRange(TimeWindow range) {
        visibleRange.set(range);
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public LaneMode getLaneMode() {
        return laneMode.get();
    }

    public void setLaneMode(LaneMode mode) {
        laneMode.set(mode);
    }

    /** True while play moves the brush. */
    public BooleanProperty playingProperty() {
        return player.playingProperty();
    }

    public ObjectProperty<PlayMode> playModeProperty() {
        return player.modeProperty();
    }

    /** Play speed factor; at 1 the brush crosses the whole data span in 30 seconds. */
    public DoubleProperty playSpeedProperty() {
        return player.speedProperty();
    }

    public void play() {
        player.playingProperty().set(true);
    }

    public void pause() {
        player.playingProperty().set(false);
    }

    /** Shows all dated events, with a little room either side. */
    /** Shows or hides the play toolbar; pictures of the timeline (slides, images) leave it out. */
    public void setToolbarVisible(boolean visible) {
        toolbar.setVisible(visible);
        requestLayout();
    }

    public void fitAll() {
        if (index.datedCount() == 0) {
            return;
        }
        long start = index.dataStart();
        long end = index.dataEnd();
        long span = Math.max(end - start, 30 * DAY_MS);
        long pad = span / 25;
        long centre = start + (end - start) / 2;
        setAxis(TimeAxis.of(Instant.ofEpochMilli(centre - span / 2 - pad), Instant.ofEpochMilli(centre + span / 2 + pad),
                layout.plotWidth()));
    }

    ViewState state() {
        return state;
    }

    TimeAxis axis() {
        return axis;
    }

    void setAxis(TimeAxis next) {
        axis = next;
        visibleRange.set(next.window());
        requestBaseRedraw();
    }

    /**
     * Where a time falls on this view, in scene coordinates, at the height of the histogram's empty
     * top: for tools that point at the timeline from outside (integration tests, a tutorial overlay).
     */
    public Point2D pointAt(Instant time) {
        return base.localToScene(layout.plotX() + axis.toPixel(time), layout.histogramY() + 4);
    }

    TimelineLayout layoutBands() {
        return layout;
    }

    TimelineIndex index() {
        return index;
    }

    HitBoxes hits() {
        return hits;
    }

    /** The event under the pointer on this timeline (null when the pointer left or a selection was made). */
    void setPointed(Event e) {
        if (!Objects.equals(pointed, e)) {
            pointed = e;
            requestOverlayRedraw();
        }
    }

    /** The event whose text tooltip the last overlay drew, or null: for tests. */
    Event tooltipShown() {
        return tooltipShown;
    }

    private void applyTheme(boolean dark) {
        painter.setPalette(dark ? TimelinePalette.DARK : TimelinePalette.LIGHT);
        requestBaseRedraw();
    }

    /** The event whose glyph is under the canvas point, or null. */
    Event eventAt(double x, double y) {
        int i = hits.find(x, y);
        return i < 0 ? null : index.event(i);
    }

    private void rebuild() {
        index = TimelineIndex.of(state.filteredEventsProperty().get(), laneMode.get());
        relayoutBands();
        requestBaseRedraw();
        toolbar.updateStatus();
    }

    private void relayoutBands() {
        layout = TimelineLayout.of(base.getWidth(), base.getHeight(), index.lanes().size());
        axis = axis.withWidth(layout.plotWidth());
    }

    /** Scrolls so an event chosen elsewhere is visible; zooms out if it does not fit. */
    private void scrollTo(Event e) {
        if (e == null || e.date() == null) {
            return;
        }
        long start = e.date().start().toEpochDay() * DAY_MS;
        long end = (e.date().end().toEpochDay() + 1) * DAY_MS;
        if (start >= axis.startMillis() && end <= axis.endMillis()) {
            return;
        }
        TimeAxis next = axis;
        while (end - start > next.spanMillis() * 0.8 && next.spanMillis() < TimeAxis.MAX_SPAN_MILLIS) {
            next = next.zoomAt(next.width() / 2, 0.5);
        }
        setAxis(next.centeredOn(start + (end - start) / 2));
    }

    /** During play, pages the view along so the moving brush end stays visible. */
    private void keepInView(TimeWindow window) {
        long end = window.end().toEpochMilli();
        if (end > axis.endMillis() || end < axis.startMillis()) {
            setAxis(axis.centeredOn(end));
        }
    }

    TimeWindow defaultRange() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return TimeWindow.ofDays(today.minusYears(1), today);
    }

    /** Draws what is pending at once, for an offscreen render (a briefing export) that cannot wait for a pulse. */
    public void drawNow() {
        drawDirty();
    }

    /**
     * The brush windows play passes through from the data start to its end, in {@code frames} even steps,
     * starting from the brush play would create (or the current one's width when sliding): for exporting the
     * playback as an animation, frame by frame.
     */
    public List<TimeWindow> playbackWindows(int frames) {
        if (index.datedCount() == 0 || frames < 1) {
            return List.of();
        }
        long dataStart = index.dataStart();
        long dataEnd = index.dataEnd();
        TimeWindow window = BrushPlayer.startWindow(state.timeWindowProperty().get(), player.modeProperty().get(),
                dataStart, dataEnd);
        long step = frames == 1 ? 0 : Math.max(1, (dataEnd - window.end().toEpochMilli()) / (frames - 1));
        List<TimeWindow> windows = new ArrayList<>(frames);
        for (int i = 0; i < frames; i++) {
            windows.add(window);
            window = BrushPlayer.advance(window, player.modeProperty().get(), step, dataEnd);
        }
        return windows;
    }

    /** Redraws the base and overlay on the next pulse (requests in between collapse into one draw). */
    void requestBaseRedraw() {
        baseDirty = true;
        requestOverlayRedraw();
    }

    void requestOverlayRedraw() {
        overlayDirty = true;
        requestSelectionRedraw();
    }

    private void requestSelectionRedraw() {
        selectionDirty = true;
        redraw.start();
    }

    /** Draws the dirty layers now (the pulse timer calls this; so do the benchmark and the demo). */
    void drawDirty() {
        if (base.getWidth() < 1 || base.getHeight() < 1) {
            return;
        }
        if (baseDirty) {
            painter.paintBase(base.getGraphicsContext2D(), layout, axis, index, hits);
            baseDirty = false;
        }
        if (overlayDirty) {
            Event hovered = filteredOrNull(state.hoveredProperty().get());
            tooltipShown = hovered != null && hovered.equals(pointed) ? hovered : null;
            painter.paintOverlay(overlay.getGraphicsContext2D(), layout, axis, index, state.timeWindowProperty().get(),
                    hovered, tooltipShown);
            overlayDirty = false;
        }
        if (selectionDirty) {
            selectionMark.paint(painter, layout, axis, index, filteredOrNull(state.selectedProperty().get()));
            selectionDirty = false;
        }
    }

    private Event filteredOrNull(Event e) {
        EventSet filtered = state.filteredEventsProperty().get();
        return e != null && filtered.contains(e) ? e : null;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double barHeight = toolbar.isVisible() ? snapSizeY(toolbar.prefHeight(w)) : 0;
        toolbar.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, barHeight);
        double canvasHeight = Math.max(0, h - barHeight);
        canvasPane.resizeRelocate(snappedLeftInset(), snappedTopInset() + barHeight, w, canvasHeight);
        if (base.getWidth() != w || base.getHeight() != canvasHeight) {
            base.setWidth(w);
            base.setHeight(canvasHeight);
            overlay.setWidth(w);
            overlay.setHeight(canvasHeight);
            relayoutBands();
            visibleRange.set(axis.window());
            baseDirty = true;
            overlayDirty = true;
            selectionDirty = true;
            // draw in this pulse so a resize never shows a blank or stretched frame
            drawDirty();
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return PREF_HEIGHT;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 150;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 300;
    }
}
