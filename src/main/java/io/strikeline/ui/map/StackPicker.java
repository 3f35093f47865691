package io.strikeline.ui.map;

import io.strikeline.model.Event;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.style.EventStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** The visible located events inside the cluster's projected extent. */
    static List<Event> members(EventIndex index, EventSet visible, Cluster c) {
        double slack = 1e-6 + 0.001 * Math.max(c.maxX() - c.minX(), c.maxY() - c.minY());
        List<Event> out = new ArrayList<>();
        index.forEachNear(c.minX() - slack, c.minY() - slack, c.maxX() + slack, c.maxY() + slack, i -> {
            double x = index.x(i);
            double y = index.y(i);
            if (visible.containsIndex(i) && x >= c.minX() - slack && x <= c.maxX() + slack && y >= c.minY() - slack
                    && y <= c.maxY() + slack) {
                out.add(index.catalog().get(i));
            }
        });
        out.sort(Comparator.comparing((Event e) -> e.date() == null ? LocalDate.MIN : e.date().start()).reversed()
                .thenComparingLong(Event::id));
        return out;
    }

    /** Opens the picker beside {@code anchor} at its local point; {@code choose} gets the chosen event. */
    void show(Node anchor, double x, double y, List<Event> events, Consumer<Event> choose) {
        menu.hide();
        menu.getItems().clear();
        for (Event e : events.subList(0, Math.min(events.size(), MAX_ITEMS))) {
            MenuItem item = new MenuItem(label(e), new Circle(5, EventStyle.color(e.type())));
            item.setUserData(e);
            item.setOnAction(a -> choose.accept(e));
            menu.getItems().add(item);
        }
        if (events.size() > MAX_ITEMS) {
            menu.getItems().add(new SeparatorMenuItem());
            MenuItem more = new MenuItem(String.format("%,d more here: zoom in or use the event list",
                    events.size() - MAX_ITEMS));
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
