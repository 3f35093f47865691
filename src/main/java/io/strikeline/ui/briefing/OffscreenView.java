package io.strikeline.ui.briefing;

import io.strikeline.model.EventType;
import io.strikeline.model.Scene;
import io.strikeline.ui.map.MapLegend;
import io.strikeline.ui.map.MapView;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.state.TimeWindow;
import io.strikeline.ui.state.ViewState;
import io.strikeline.ui.timeline.TimelineView;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.transform.Transform;

/**
 * The screen's own map, timeline and legend, laid out in a scene that is never shown, for exports: a slide
 * takes the map, timeline and legend one by one; an image or an animation frame takes the whole of it, with a
 * title, the date range, a north arrow and the attribution around the map. FX thread only.
 */
final class OffscreenView {

    /** Pixel sizes at 1x: the map's width and height, the timeline's height. */
    record Size(double width, double mapHeight, double timelineHeight) {
        /** The proportions of the slide's map and timeline boxes. */
        static final Size SLIDE = new Size(800, 450, 180);
        /** An image at 1x: 1600x900 in all. */
        static final Size IMAGE = new Size(1600, 634, 200);
    }

    static final double LEGEND_WIDTH = 336;
    static final double LEGEND_HEIGHT = 64;

    private final ViewState state = new ViewState();
    private final MapView map;
    private final TimelineView timeline;
    private final MapLegend legendPainter = new MapLegend();
    private final Canvas legend = new Canvas(LEGEND_WIDTH, LEGEND_HEIGHT);
    private final Canvas mapLegend = new Canvas(LEGEND_WIDTH, LEGEND_HEIGHT);
    private final Label title = new Label();
    private final Label dates = new Label();
    private final Label footer = new Label();
    private final Size size;
    private final Pane root;

    OffscreenView(EventCatalog catalog, Size size) {
        this.size = size;
        state.catalogProperty().set(catalog);
        map = new MapView(state);
        timeline = new TimelineView(state);
        timeline.setToolbarVisible(false); // a picture has no buttons to press
        map.setMinSize(size.width(), size.mapHeight());
        map.setPrefSize(size.width(), size.mapHeight());
        map.setMaxSize(size.width(), size.mapHeight());
        timeline.setMinSize(size.width(), size.timelineHeight());
        timeline.setPrefSize(size.width(), size.timelineHeight());
        timeline.setMaxSize(size.width(), size.timelineHeight());

        title.setFont(Font.font("System", FontWeight.BOLD, 22));
        dates.setFont(Font.font("System", 15));
        footer.setFont(Font.font("System", 11));
        footer.setTextFill(Color.web("#555b66"));
        BorderPane header = new BorderPane(null, null, dates, null, title);
        header.setPadding(new Insets(10, 16, 8, 16));
        BorderPane.setAlignment(dates, Pos.CENTER_RIGHT);
        StackPane.setAlignment(mapLegend, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(mapLegend, new Insets(0, 10, 30, 0));
        Node arrow = NorthArrow.create();
        StackPane.setAlignment(arrow, Pos.TOP_RIGHT);
        StackPane.setMargin(arrow, new Insets(34, 14, 0, 0));
        StackPane mapWithKey = new StackPane(map, mapLegend, arrow);
        footer.setPadding(new Insets(4, 16, 4, 16));
        VBox box = new VBox(header, mapWithKey, timeline, footer);
        box.setStyle("-fx-background-color: white;");
        box.setMinWidth(size.width());
        box.setMaxWidth(size.width());
        title.setMinWidth(0);
        // the picture is exactly the asked width, whatever a toolbar or a long title would like
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(box.widthProperty());
        clip.heightProperty().bind(box.heightProperty());
        box.setClip(clip);
        root = box;
        new javafx.scene.Scene(root); // never shown: a scene gives the views CSS and layout
    }

    ViewState state() {
        return state;
    }

    TimelineView timeline() {
        return timeline;
    }

    /** Shows the scene: filters, window, selection and lanes, then the map at its extent and the timeline's range. */
    void show(Scene scene, Function<String, Set<Long>> search, String heading, String footnote) {
        SceneCodec.applyTo(state, scene, search);
        timeline.setLaneMode(SceneCodec.lanes(scene));
        title.setText(heading);
        footer.setText(footnote);
        layout();
        map.setMapViewport(SceneCodec.viewport(scene, size.width(), size.mapHeight()));
        TimeWindow window = state.timeWindowProperty().get();
        if (scene.range() != null) {
            timeline.setVisibleRange(SceneCodec.window(scene.range()));
        } else if (window != null) {
            timeline.setVisibleRange(around(window)); // the scene's days, readable, with some context either side
        } else {
            timeline.fitAll();
        }
        showWindow(state.timeWindowProperty().get(), ViewWords.dates(state));
    }

    /** A window with as much again on each side, and a week at least. */
    private static TimeWindow around(TimeWindow window) {
        long span = window.end().toEpochMilli() - window.start().toEpochMilli();
        long pad = Math.max(span, 7L * 86_400_000L);
        return new TimeWindow(window.start().minusMillis(pad), window.end().plusMillis(pad));
    }

    /** Moves the brush (an animation frame) and says which dates the frame shows. */
    void showWindow(TimeWindow window, String words) {
        state.timeWindowProperty().set(window);
        dates.setText(words);
        // a frame with nothing in its window keeps the key of the whole playback, so the key does not flicker
        Set<EventType> types = typesShown(state.visibleEventsProperty().get());
        if (types.isEmpty()) {
            types = typesShown(state.filteredEventsProperty().get());
        }
        legendPainter.paint(legend.getGraphicsContext2D(), LEGEND_WIDTH, LEGEND_HEIGHT, types);
        legendPainter.paint(mapLegend.getGraphicsContext2D(), LEGEND_WIDTH, LEGEND_HEIGHT, types);
        layout();
        map.drawNow();
        timeline.drawNow();
    }

    private void layout() {
        root.applyCss();
        root.layout();
    }

    private static Set<EventType> typesShown(EventSet visible) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (int k = 0; k < visible.size(); k++) {
            types.add(visible.eventAt(k).type());
        }
        return types;
    }

    BufferedImage mapImage(double scale) {
        return snapshot(map, scale);
    }

    BufferedImage timelineImage(double scale) {
        return snapshot(timeline, scale);
    }

    BufferedImage legendImage(double scale) {
        return snapshot(legend, scale);
    }

    /** Title, dates, map with key and north arrow, timeline and attribution: the whole image. */
    BufferedImage wholeImage(double scale) {
        return snapshot(root, scale);
    }

    /**
     * The node drawn at {@code scale}. The canvases' own pixels are scaled up (JavaFX snapshots rasterise a canvas
     * at its size), while controls and labels are drawn at full resolution.
     */
    private static BufferedImage snapshot(Node node, double scale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        params.setTransform(Transform.scale(scale, scale));
        return SwingFXUtils.fromFXImage(node.snapshot(params, null), null);
    }
}
