package io.strikeline.ui.app;

import io.strikeline.editing.EditableField;
import io.strikeline.model.Event;
import io.strikeline.model.ReviewStatus;
import io.strikeline.ui.inspector.InspectorPane;
import io.strikeline.ui.state.Curator;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.ViewState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Review mode: a queue of the unreviewed events, lowest confidence first, stepped through with single
 * keys (J/K next/previous, C confirm, X reject, D dispute, E edit, M merge with the previous, N note,
 * Esc to leave). It only moves the selection and asks the curator for changes, so the map, timeline,
 * list, article pane and inspector follow as they do for any selection.
 */
final class ReviewMode {

    private final ViewState state;
    private final Curator curator;
    private final InspectorPane inspector;
    private final HBox bar = new HBox(10);
    private final Label progress = new Label();
    private final EventHandler<KeyEvent> keys = this::key;
    private List<Long> queue = List.of();
    private int position;
    private final Node focusHome;
    private Scene scene;

    /** {@code focusHome} takes the keyboard focus during review, so the single keys never land in a text field. */
    ReviewMode(ViewState state, Curator curator, InspectorPane inspector, Node focusHome) {
        this.state = state;
        this.focusHome = focusHome;
        this.curator = curator;
        this.inspector = inspector;
        bar.setId("review-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        paint(state.darkProperty().get());
        state.darkProperty().addListener((obs, was, is) -> paint(is));
        progress.setId("review-progress");
        progress.setStyle("-fx-font-weight: bold;");
        Label help = new Label("J next · K previous · C confirm · X reject · D dispute · E edit · M merge with previous"
                + " · N note · Esc leave");
        help.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button leave = new Button("Leave review");
        leave.setOnAction(e -> stop());
        bar.getChildren().addAll(progress, help, spacer, leave);
        show(false);
        state.catalogProperty().addListener((obs, old, now) -> updateProgress());
    }

    /** A quiet blue that reads on the light and the dark theme. */
    private void paint(boolean dark) {
        bar.setStyle("-fx-padding: 5 10 5 10; -fx-border-width: 0 0 1 0; -fx-background-color: "
                + (dark ? "#1b2b44; -fx-border-color: #34507a;" : "#e3efff; -fx-border-color: #9dbbe8;"));
        progress.setTextFill(dark ? Color.web("#dbe7ff") : Color.web("#1b2b44"));
    }

    HBox bar() {
        return bar;
    }

    boolean active() {
        return bar.isVisible();
    }

    /** Builds the queue from the events loaded now and selects the first. */
    void start() {
        EventCatalog catalog = state.catalogProperty().get();
        List<Event> unreviewed = new ArrayList<>();
        for (Event e : catalog.events()) {
            if (e.curation().status() == ReviewStatus.UNREVIEWED) {
                unreviewed.add(e);
            }
        }
        unreviewed.sort(Comparator.comparingDouble(Event::confidence).thenComparing(Event::id));
        queue = unreviewed.stream().map(Event::id).toList();
        position = 0;
        if (scene == null && bar.getScene() != null) {
            scene = bar.getScene();
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        show(true);
        focusHome.requestFocus();
        select();
    }

    void stop() {
        show(false);
    }

    private void show(boolean visible) {
        bar.setVisible(visible);
        bar.setManaged(visible);
        updateProgress();
    }

    private void key(KeyEvent e) {
        if (!active() || e.isShortcutDown() || e.isAltDown()
                || e.getTarget() instanceof TextInputControl && e.getCode() != javafx.scene.input.KeyCode.ESCAPE) {
            return;
        }
        Event current = state.selectedProperty().get();
        switch (e.getCode()) {
            case J -> step(1);
            case K -> step(-1);
            case C -> decide(current, ReviewStatus.CONFIRMED);
            case X -> decide(current, ReviewStatus.REJECTED);
            case D -> decide(current, ReviewStatus.DISPUTED);
            case E -> inspector.focus(EditableField.DATE);
            case N -> inspector.focus(EditableField.NOTE);
            case M -> mergeWithPrevious(current);
            case ESCAPE -> stop();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void decide(Event current, ReviewStatus status) {
        if (current != null) {
            curator.setStatus(current, status);
            step(1);
        }
    }

    private void mergeWithPrevious(Event current) {
        if (current == null || position == 0) {
            return;
        }
        EventCatalog catalog = state.catalogProperty().get();
        int previous = catalog.indexOf(queue.get(position - 1));
        if (previous >= 0) {
            List<Long> rest = new ArrayList<>(queue);
            rest.remove(position);
            queue = rest;
            position--;
            curator.merge(catalog.get(previous), List.of(current));
        }
    }

    private void step(int by) {
        if (queue.isEmpty()) {
            return;
        }
        position = Math.max(0, Math.min(queue.size() - 1, position + by));
        select();
    }

    private void select() {
        EventCatalog catalog = state.catalogProperty().get();
        int index = queue.isEmpty() ? -1 : catalog.indexOf(queue.get(position));
        state.selectedProperty().set(index < 0 ? null : catalog.get(index));
        updateProgress();
    }

    private void updateProgress() {
        EventCatalog catalog = state.catalogProperty().get();
        long reviewed = queue.stream().map(catalog::indexOf)
                .filter(i -> i < 0 || catalog.get(i).curation().status() != ReviewStatus.UNREVIEWED).count();
        progress.setText(queue.isEmpty() ? "Review: no unreviewed events"
                : String.format("Reviewed %d of %d  ·  at %d", reviewed, queue.size(), position + 1));
    }
}
