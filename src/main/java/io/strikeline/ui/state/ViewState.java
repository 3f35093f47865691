package io.strikeline.ui.state;

import io.strikeline.model.Event;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one observable state every view binds to: loaded events, filters, brushed time window,
 * selection and hover. Views write here and listen here; they never call each other. FX thread only.
 *
 * <p>{@link #filteredEvents()} is the catalog after the filters (what the timeline histogram counts);
 * {@link #visibleEvents()} is that set restricted to the time window (what map and list show).
 */
public final class ViewState {

    private final ObjectProperty<EventCatalog> catalog = new SimpleObjectProperty<>(this, "catalog", EventCatalog.empty());
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ObjectProperty<TimeWindow> timeWindow = new SimpleObjectProperty<>(this, "timeWindow");
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Event> hovered = new SimpleObjectProperty<>(this, "hovered");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final ReadOnlyObjectWrapper<EventSet> filteredEvents =
            new ReadOnlyObjectWrapper<>(this, "filteredEvents", EventCatalog.empty().all());
    private final ReadOnlyObjectWrapper<EventSet> visibleEvents =
            new ReadOnlyObjectWrapper<>(this, "visibleEvents", EventCatalog.empty().all());

    public ViewState() {
        catalog.addListener((obs, old, now) -> {
            selected.set(null);
            hovered.set(null);
            refilter();
        });
        filter.addListener((obs, old, now) -> refilter());
        timeWindow.addListener((obs, old, now) -> rewindow());
    }

    private void refilter() {
        EventCatalog events = catalog.get();
        EventFilter f = filter.get();
        filteredEvents.set(events.all().filter(i -> f.accepts(events.get(i))));
        rewindow();
    }

    private void rewindow() {
        EventSet filtered = filteredEvents.get();
        TimeWindow window = timeWindow.get();
        EventCatalog events = filtered.catalog();
        visibleEvents.set(window == null
                ? filtered
                : filtered.filter(i -> events.overlaps(i, window)));
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

    public ReadOnlyObjectProperty<EventSet> filteredEventsProperty() {
        return filteredEvents.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EventSet> visibleEventsProperty() {
        return visibleEvents.getReadOnlyProperty();
    }

    /** The dark theme: every view follows it (exports keep their own light style). */
    public BooleanProperty darkProperty() {
        return dark;
    }
}
