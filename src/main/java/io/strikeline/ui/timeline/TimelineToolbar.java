package io.strikeline.ui.timeline;

import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.state.TimeWindow;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The strip above the timeline: play controls, lane mode, fit all, and what the brush selects.
 *
 * <p>The status text changes on every brushing frame. It is left out of the row's layout (unmanaged) and given the
 * room right of the controls, so a new text lays out the label alone: as a managed child it made the row lay out
 * again, and each choice box measured its width again by styling its popup.
 */
final class TimelineToolbar extends HBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);

    private final TimelineView view;
    private final Label status = new Label();
    private final Button fit = new Button("Fit all");

    TimelineToolbar(TimelineView view) {
        this.view = view;
        ToggleButton play = new ToggleButton("Play");
        play.selectedProperty().bindBidirectional(view.playingProperty());
        play.textProperty().bind(view.playingProperty().map(p -> p ? "Pause" : "Play"));
        play.setTooltip(new Tooltip("Play the brush through time"));
        play.setMinWidth(64);

        ChoiceBox<PlayMode> mode = choice(List.of(PlayMode.values()),
                m -> m == PlayMode.SLIDING ? "Sliding window" : "Cumulative");
        mode.valueProperty().bindBidirectional(view.playModeProperty());
        mode.setTooltip(new Tooltip("Sliding keeps the brush width; cumulative keeps its start"));

        ChoiceBox<Double> speed = choice(List.of(0.5, 1.0, 2.0, 4.0), s -> (s == 0.5 ? "½" : Long.toString(Math.round(s))) + "×");
        speed.setValue(view.playSpeedProperty().get());
        speed.valueProperty().addListener((obs, old, now) -> view.playSpeedProperty().set(now));
        speed.setTooltip(new Tooltip("Play speed"));

        ChoiceBox<LaneMode> lanes = choice(List.of(LaneMode.values()),
                m -> m == LaneMode.BY_TYPE ? "Lanes: type" : "Lanes: perpetrator");
        lanes.valueProperty().bindBidirectional(view.laneModeProperty());

        fit.setOnAction(e -> view.fitAll());
        fit.setTooltip(new Tooltip("Show all events (Home)"));

        status.getStyleClass().add("text-muted"); // AtlantaFX: muted in the light and the dark theme
        status.setAlignment(Pos.CENTER_RIGHT);
        status.setManaged(false);
        getChildren().addAll(play, mode, speed, lanes, fit, status);
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 8, 3, 8));
        getStyleClass().add("timeline-toolbar");
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double left = snapPositionX(fit.getLayoutX() + fit.getWidth() + getSpacing());
        double right = getWidth() - snappedRightInset();
        double top = snappedTopInset();
        double height = snapSizeY(status.prefHeight(-1));
        double y = snapPositionY(top + (getHeight() - top - snappedBottomInset() - height) / 2);
        status.resizeRelocate(left, y, Math.max(0, right - left), height);
    }

    private static <T> ChoiceBox<T> choice(List<T> items, Function<T, String> text) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choice boxes are not editable");
            }
        });
        return box;
    }

    /** Says what the brush covers and how many events that leaves. */
    void updateStatus() {
        TimeWindow w = view.state().timeWindowProperty().get();
        EventSet filtered = view.state().filteredEventsProperty().get();
        EventSet visible = view.state().visibleEventsProperty().get();
        String range = w == null ? "All time" : describe(w);
        status.setText(range + "  ·  " + TimelinePainter.formatCount(visible.size()) + " of "
                + TimelinePainter.formatCount(filtered.size()) + " events");
    }

    static String describe(TimeWindow w) {
        LocalDateTime start = LocalDateTime.ofInstant(w.start(), ZoneOffset.UTC);
        LocalDateTime end = LocalDateTime.ofInstant(w.end(), ZoneOffset.UTC);
        if (isMidnight(w.start()) && isMidnight(w.end())) {
            // whole days: show the last day the window includes
            return DAY.format(start) + " – " + DAY.format(end.minusDays(1));
        }
        return HOUR.format(start) + " – " + HOUR.format(end);
    }

    private static boolean isMidnight(Instant t) {
        return t.toEpochMilli() % TimelineIndex.DAY_MS == 0;
    }
}
