package io.strikeline.ui.article;

import io.strikeline.model.Event;
import io.strikeline.ui.style.EventStyle;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Circle;

/**
 * The strip at the foot of the article pane that names the event pointed at on the map, timeline or list
 * (type, date, place, actors), and says whether it is the one shown above. Hidden while nothing is pointed at.
 */
final class HoverNote extends HBox {

    private final Circle swatch = new Circle(5);
    private final Label text = new Label();

    HoverNote() {
        super(8);
        getStyleClass().add("hover-note");
        setAlignment(Pos.CENTER_LEFT);
        text.getStyleClass().add("hover-note-text");
        text.setMinWidth(0);
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(swatch, text);
        show(null, null);
    }

    /** Names {@code hovered}, or hides when it is null. */
    void show(Event hovered, Event selected) {
        boolean on = hovered != null;
        setVisible(on);
        setManaged(on);
        if (!on) {
            text.setText("");
            return;
        }
        swatch.setFill(EventStyle.color(hovered.type()));
        String where = hovered.equals(selected) ? "Pointing at the event shown above: " : "Pointing at: ";
        text.setText(where + describe(hovered));
    }

    String text() {
        return text.getText();
    }

    static String describe(Event e) {
        StringBuilder s = new StringBuilder(e.type().label()).append(" \u00b7 ").append(EventSummary.when(e.date()));
        if (e.place() != null && !e.place().isBlank()) {
            s.append(" \u00b7 ").append(e.place());
        }
        s.append(" \u00b7 ").append(EventSummary.actors(e));
        return s.toString();
    }
}
