package io.strikeline.ui.map;

import io.strikeline.model.Event;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.style.EventStyle;
import io.strikeline.ui.state.EventCatalog;
import java.util.Arrays;
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

    /**
     * The visible located events inside the cluster's projected extent, newest first (ids ascending within a day,
     * undated last). Catalog indexes are in (start day, id) order, so sorting the indexes and reading the runs of one
     * day from the end gives that order: no comparator over a million dates.
     */
    static List<Event> members(EventIndex index, EventSet visible, Cluster c) {
        double slack = 1e-6 + 0.001 * Math.max(c.maxX() - c.minX(), c.maxY() - c.minY());
        int[][] found = {new int[64]};
        int[] count = {0};
        index.forEachNear(c.minX() - slack, c.minY() - slack, c.maxX() + slack, c.maxY() + slack, i -> {
            double x = index.x(i);
            double y = index.y(i);
            if (visible.containsIndex(i) && x >= c.minX() - slack && x <= c.maxX() + slack && y >= c.minY() - slack
                    && y <= c.maxY() + slack) {
                if (count[0] == found[0].length) {
                    found[0] = Arrays.copyOf(found[0], count[0] * 2);
                }
                found[0][count[0]++] = i;
            }
        });
        return newestFirst(index.catalog(), found[0], count[0]);
    }

    private static List<Event> newestFirst(EventCatalog catalog, int[] indexes, int n) {
        Arrays.sort(indexes, 0, n);
        int dated = n;
        while (dated > 0 && catalog.startMillis(indexes[dated - 1]) == Long.MAX_VALUE) {
            dated--;
        }
        Event[] out = new Event[n];
        int k = 0;
        for (int end = dated; end > 0; ) {
            long day = catalog.startMillis(indexes[end - 1]);
            int start = end - 1;
            while (start > 0 && catalog.startMillis(indexes[start - 1]) == day) {
                start--;
            }
            for (int i = start; i < end; i++) {
                out[k++] = catalog.get(indexes[i]);
            }
            end = start;
        }
        for (int i = dated; i < n; i++) {
            out[k++] = catalog.get(indexes[i]);
        }
        return Arrays.asList(out);
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
