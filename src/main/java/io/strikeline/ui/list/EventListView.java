package io.strikeline.ui.list;

import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.state.ViewState;
import io.strikeline.ui.style.EventStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.shape.Circle;

/**
 * The sortable table of the events in the current time window and filters. A virtualised TableView
 * keeps 100,000 rows cheap; selection and hover go through the shared {@link ViewState}.
 */
public final class EventListView extends BorderPane {

    private final ViewState state;
    private final EventSetRows rows;
    /** The rows in a column's order, filled only while the analyst sorts by a column. */
    private final ObservableList<Event> sortedRows = FXCollections.observableArrayList();
    private static final String NOTHING_SHOWN = "No events in this window and filters";

    private final TableView<Event> table = new TableView<>();
    private final Label count = new Label();
    private final LinkedRows linked;
    private boolean syncing;
    private EventSet shown;

    public EventListView(ViewState state) {
        this.state = state;
        getStyleClass().add("event-list");
        getStylesheets().add(Objects.requireNonNull(EventListView.class.getResource("list.css")).toExternalForm());
        linked = new LinkedRows(state);
        rows = new EventSetRows(state.visibleEventsProperty().get());
        table.setItems(rows);
        table.setSortPolicy(t -> {
            sortRows();
            return true;
        });
        Label placeholder = new Label(NOTHING_SHOWN);
        table.setPlaceholder(placeholder);
        state.loadingProperty().addListener((obs, old, now) -> placeholder.setText(
                Objects.requireNonNullElse(ViewState.loadingMessage(now.intValue()), NOTHING_SHOWN)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Event, String> date = column("Date", e -> e.date() == null ? "" : e.date().format(), 96);
        date.setMinWidth(104); // an ISO day must never be cut off
        table.getColumns().addAll(List.of(
                typeColumn(),
                date,
                column("Place", Event::place, 150),
                column("Perpetrator", Event::perpetrator, 120),
                numberColumn("Killed", Event::killed),
                numberColumn("Conf.", e -> (int) Math.round(e.confidence() * 100)),
                column("Status", e -> e.curation().status().code(), 90)));
        table.getColumns().forEach(ColumnHeaders::fitTitle);
        table.setRowFactory(t -> linked.track(hoverAwareRow()));
        // Keyboard selection moves rows under a resting pointer: that pointer no longer means "this one".
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> state.hoveredProperty().set(null));
        count.getStyleClass().add("event-list-count");
        setTop(count);
        setCenter(table);

        state.visibleEventsProperty().addListener((obs, old, now) -> showEvents(now));
        state.selectedProperty().addListener((obs, old, now) -> selectRow(now));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                state.selectedProperty().set(now);
            }
        });
        // several rows (Ctrl/Shift+click) mark events for a joint action such as a merge
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Event>) change -> {
            if (!syncing) {
                state.markedProperty().set(table.getSelectionModel().getSelectedItems().stream()
                        .filter(Objects::nonNull).map(Event::id).collect(Collectors.toSet()));
            }
        });
        showEvents(state.visibleEventsProperty().get());
    }

    /** Test and keyboard access to the table itself. */
    public TableView<Event> table() {
        return table;
    }

    private void showEvents(EventSet events) {
        shown = events;
        syncing = true;
        try {
            if (rows.sameCatalog(events)) {
                rows.show(events);
            } else { // another catalog (a file opened, whole events after outlines): the table lets go of the rows first
                table.setItems(FXCollections.emptyObservableList());
                rows.replaceUnseen(events);
                table.setItems(rows);
            }
            if (table.getComparator() != null) {
                sortRows();
            }
        } finally {
            syncing = false;
        }
        count.setText(String.format("%,d event%s in view", events.size(), events.size() == 1 ? "" : "s"));
        selectRow(state.selectedProperty().get());
    }

    /**
     * Date order shows the set itself; a column's order is a sorted copy, made only while the analyst asks for one
     * (so brushing in date order copies nothing).
     */
    private void sortRows() {
        Comparator<Event> order = table.getComparator();
        if (order == null) {
            sortedRows.clear();
            if (table.getItems() != rows) {
                table.setItems(rows);
            }
            return;
        }
        List<Event> copy = new ArrayList<>(rows);
        copy.sort(order);
        sortedRows.setAll(copy);
        if (table.getItems() != sortedRows) {
            table.setItems(sortedRows);
        }
    }

    private void selectRow(Event selected) {
        syncing = true;
        try {
            int row = rowOf(selected);
            if (row < 0) {
                table.getSelectionModel().clearSelection();
                return;
            }
            if (!table.getSelectionModel().isSelected(row)) {
                table.getSelectionModel().clearSelection();
                state.markedProperty().set(Set.of());
            }
            table.getSelectionModel().select(row);
            table.scrollTo(Math.max(0, row - 3));
        } finally {
            syncing = false;
        }
    }

    /** The table row of this event or -1; unsorted rows are in date order, found without scanning a million rows. */
    private int rowOf(Event selected) {
        if (selected == null || shown == null || !shown.contains(selected)) {
            return -1;
        }
        if (table.getItems() == rows) {
            int k = shown.positionOf(shown.catalog().indexOf(selected.id()));
            if (k >= 0 && k < table.getItems().size() && table.getItems().get(k).id() == selected.id()) {
                return k;
            }
        }
        return table.getItems().indexOf(selected);
    }

    private TableRow<Event> hoverAwareRow() {
        TableRow<Event> row = new TableRow<>();
        row.hoverProperty().addListener((obs, was, is) -> {
            if (is && row.getItem() != null) {
                state.hoveredProperty().set(row.getItem());
            } else if (!is && row.getItem() != null && row.getItem().equals(state.hoveredProperty().get())) {
                state.hoveredProperty().set(null);
            }
        });
        return row;
    }

    private static TableColumn<Event, String> column(String title, Function<Event, String> value, double width) {
        TableColumn<Event, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> ColumnHeaders.textCellWithTooltip());
        c.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<Event, Integer> numberColumn(String title, Function<Event, Integer> value) {
        TableColumn<Event, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        c.setPrefWidth(56);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private static TableColumn<Event, Event> typeColumn() {
        TableColumn<Event, Event> c = new TableColumn<>("Type");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setComparator(Comparator.comparing((Event e) -> e.type().label()));
        c.setPrefWidth(120);
        // the swatch, a gap and the longest type name: a type is never cut to "Dron..."
        double longest = 0;
        for (EventType type : EventType.values()) {
            longest = Math.max(longest, ColumnHeaders.textWidth(type.label()));
        }
        c.setMinWidth(longest + 34);
        c.setCellFactory(col -> new TableCell<>() {
            private final Circle swatch = new Circle(5);
            private final Tooltip label = new Tooltip();

            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    setText(e.type().label());
                    swatch.setFill(EventStyle.color(e.type()));
                    setGraphic(swatch);
                    ColumnHeaders.showTooltip(this, label, e.type().label());
                }
            }
        });
        return c;
    }
}
