package io.strikeline.ui.list;

import io.strikeline.model.Event;
import io.strikeline.ui.state.ViewState;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/**
 * Marks the row of the event pointed at anywhere (map, timeline or this list) with the
 * {@code :linked-hover} pseudo-class, so the list shows which event the other views point at.
 */
final class LinkedRows {

    static final PseudoClass LINKED_HOVER = PseudoClass.getPseudoClass("linked-hover");

    private final ViewState state;
    private final List<TableRow<Event>> rows = new ArrayList<>();

    LinkedRows(ViewState state) {
        this.state = state;
        state.hoveredProperty().addListener((obs, old, now) -> rows.forEach(this::update));
    }

    /** Follows a row the table created; rows live as long as the table's virtual flow keeps them. */
    TableRow<Event> track(TableRow<Event> row) {
        rows.add(row);
        row.itemProperty().addListener((obs, old, now) -> update(row));
        return row;
    }

    private void update(TableRow<Event> row) {
        Event hovered = state.hoveredProperty().get();
        row.pseudoClassStateChanged(LINKED_HOVER, hovered != null && hovered.equals(row.getItem()));
    }
}
