package io.strikeline.ui.map;

import io.strikeline.model.Event;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.style.EventStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.shape.Circle;

/**
 * The small menu a click on a stack opens: several visible events at one spot (or too close to split at the
 * closest zoom), one item each, newest first; choosing one selects it.
 */
final class StackPicker {

    /** More than this many items is no longer a picker: the rest is left to the list. */
    static final int MAX_ITEMS = 25;

    private final ContextMenu menu = new ContextMenu();

    StackPicker() {
        menu.getStyleClass().add("stack-picker");
        menu.setAutoHide(true);
    }

    /** The stack's events to list (at most {@link #MAX_ITEMS}, newest first) and its size. */
    static StackMembers.Stack members(EventIndex index, EventSet visible, Cluster c) {
        return StackMembers.of(index, visible, c, MAX_ITEMS);
    }

    /** Opens the picker beside {@code anchor} at its local point; {@code choose} gets the chosen event. */
    void show(Node anchor, double x, double y, StackMembers.Stack stack, Consumer<Event> choose) {
        menu.hide();
        menu.getItems().clear();
        List<Event> events = stack.newest();
        for (Event e : events.subList(0, Math.min(events.size(), MAX_ITEMS))) {
            MenuItem item = new MenuItem(label(e), new Circle(5, EventStyle.color(e.type())));
            item.setUserData(e);
            item.setOnAction(a -> choose.accept(e));
            menu.getItems().add(item);
        }
        if (stack.total() > events.size()) {
            menu.getItems().add(new SeparatorMenuItem());
            MenuItem more = new MenuItem(String.format("%,d more here: zoom in or use the event list",
                    stack.total() - events.size()));
            more.setDisable(true);
            menu.getItems().add(more);
        }
        menu.show(anchor, Side.TOP, x + 8, y - anchor.getLayoutBounds().getHeight() + 8);
    }

    ContextMenu menu() {
        return menu;
    }

    static String label(Event e) {
        StringBuilder s = new StringBuilder(e.type().label());
        s.append("  \u00b7  ").append(e.date() == null ? "date unknown" : e.date().format());
        if (e.place() != null && !e.place().isBlank()) {
            s.append("  \u00b7  ").append(e.place());
        }
        if (e.perpetrator() != null && !e.perpetrator().isBlank()) {
            s.append("  \u00b7  ").append(e.perpetrator());
        }
        if (e.killed() != null) {
            s.append("  \u00b7  ").append(e.killed()).append(" killed");
        }
        return s.toString();
    }
}
