package io.strikeline.ui.state;

import io.strikeline.model.Event;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.Set;

/**
 * The one observable state every view binds to: loaded events, filters, brushed time window,
 * selection and hover. Views write here and listen here; they never call each other. FX thread only.
 *
 * <p>{@link #filteredEvents()} is the catalog after the filters (what the timeline histogram counts);
 * {@link #visibleEvents()} is that set restricted to the time window (what map and list show).
 */
public final class ViewState {

    /** {@link #loadingProperty()} while a file is being opened and how many events it holds is not known yet. */
    public static final int LOADING_UNCOUNTED = -1;

    private final ObjectProperty<EventCatalog> catalog = new SimpleObjectProperty<>(this, "catalog", EventCatalog.empty());
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ObjectProperty<TimeWindow> timeWindow = new SimpleObjectProperty<>(this, "timeWindow");
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Event> hovered = new SimpleObjectProperty<>(this, "hovered");
    private final ObjectProperty<Set<Long>> marked = new SimpleObjectProperty<>(this, "marked", Set.of());
    private final ObjectProperty<Set<Long>> newEventIds = new SimpleObjectProperty<>(this, "newEventIds", Set.of());
    private final ObjectProperty<ArticleSpan> articleSelection = new SimpleObjectProperty<>(this, "articleSelection");
    private final ObjectProperty<ArticleSpan> spanToShow = new SimpleObjectProperty<>(this, "spanToShow");
    private final ObjectProperty<GeoPoint> pointer = new SimpleObjectProperty<>(this, "pointer");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", false);
    private final ObjectProperty<MarkerMove> markerMoved = new SimpleObjectProperty<>(this, "markerMoved");
    private final ReadOnlyIntegerWrapper savedChanges = new ReadOnlyIntegerWrapper(this, "savedChanges");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final BooleanProperty outlinesOnly = new SimpleBooleanProperty(this, "outlinesOnly", false);
    private final IntegerProperty loading = new SimpleIntegerProperty(this, "loading", 0);
    private final ReadOnlyObjectWrapper<EventSet> filteredEvents =
            new ReadOnlyObjectWrapper<>(this, "filteredEvents", EventCatalog.empty().all());
    private final ReadOnlyObjectWrapper<EventSet> visibleEvents =
            new ReadOnlyObjectWrapper<>(this, "visibleEvents", EventCatalog.empty().all());

    public ViewState() {
        catalog.addListener((obs, old, now) -> {
            // an edit replaces the catalog: the same events stay selected, as they now are
            selected.set(find(now, selected.get()));
            hovered.set(find(now, hovered.get()));
            refilter();
        });
        filter.addListener((obs, old, now) -> refilter());
        timeWindow.addListener((obs, old, now) -> rewindow());
    }

    private static Event find(EventCatalog events, Event e) {
        int index = e == null ? -1 : events.indexOf(e.id());
        return index < 0 ? null : events.get(index);
    }

    private void refilter() {
        filteredEvents.set(filter.get().select(catalog.get()));
        rewindow();
    }

    private void rewindow() {
        EventSet filtered = filteredEvents.get();
        TimeWindow window = timeWindow.get();
        visibleEvents.set(window == null ? filtered : filtered.overlapping(window));
    }

    public ObjectProperty<EventCatalog> catalogProperty() {
        return catalog;
    }

    public ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    /** The brushed window; null means no time restriction. */
    public ObjectProperty<TimeWindow> timeWindowProperty() {
        return timeWindow;
    }

    public ObjectProperty<Event> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Event> hoveredProperty() {
        return hovered;
    }

    /** Events marked together for a joint action (several rows chosen in the list), besides the selected one. */
    public ObjectProperty<Set<Long>> markedProperty() {
        return marked;
    }

    /** Events the last ingest in this window created, for the "new" filter and marker. */
    public ObjectProperty<Set<Long>> newEventIdsProperty() {
        return newEventIds;
    }

    /** The text the analyst selected in the article pane, or null. */
    public ObjectProperty<ArticleSpan> articleSelectionProperty() {
        return articleSelection;
    }

    /** A span another view asks the article pane to show (evidence of one field), or null. */
    public ObjectProperty<ArticleSpan> spanToShowProperty() {
        return spanToShow;
    }

    /** The map position under the mouse pointer, or null when it is off the map. */
    public ObjectProperty<GeoPoint> pointerProperty() {
        return pointer;
    }

    /**
     * Counts the analyst's changes saved in this window; views showing an event's sources or history reload
     * when it moves, since a merge or split changes those without changing the event's own fields.
     */
    public ReadOnlyIntegerProperty savedChangesProperty() {
        return savedChanges.getReadOnlyProperty();
    }

    /** Whether the open file takes corrections (views offer editing gestures only then). */
    public BooleanProperty editableProperty() {
        return editable;
    }

    /** The analyst dragged an event's marker to a new point; whoever edits the file carries it out. */
    public record MarkerMove(long eventId, double lat, double lon) {}

    public ObjectProperty<MarkerMove> markerMovedProperty() {
        return markerMoved;
    }

    public void noteSavedChange() {
        savedChanges.set(savedChanges.get() + 1);
    }

    public ReadOnlyObjectProperty<EventSet> filteredEventsProperty() {
        return filteredEvents.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EventSet> visibleEventsProperty() {
        return visibleEvents.getReadOnlyProperty();
    }

    /**
     * True while the catalog holds only the outlines of the events (type, date, position, casualties, status:
     * all the map and timeline draw) and their text fields are still loading; the full catalog then replaces it.
     */
    public BooleanProperty outlinesOnlyProperty() {
        return outlinesOnly;
    }

    /**
     * How many events are being read from the file and not yet shown: 0 when none are, {@link #LOADING_UNCOUNTED}
     * while the file is opened and its events not yet counted. An empty view then says that events are coming, not
     * that none match.
     */
    public IntegerProperty loadingProperty() {
        return loading;
    }

    /** What an empty view says while events are loading ({@link #loadingProperty()} not 0), or null when none are. */
    public static String loadingMessage(int loading) {
        if (loading == 0) {
            return null;
        }
        return loading < 0 ? "Loading events..." : String.format("Loading %,d events...", loading);
    }

    /** The dark theme: every view follows it (exports keep their own light style). */
    public BooleanProperty darkProperty() {
        return dark;
    }
}
