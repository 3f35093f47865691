package io.strikeline.ui.briefing;

import io.strikeline.model.Coded;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.model.Scene;
import io.strikeline.ui.map.MapViewport;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventFilter;
import io.strikeline.ui.state.GeoBox;
import io.strikeline.ui.state.TimeWindow;
import io.strikeline.ui.state.ViewState;
import io.strikeline.ui.timeline.LaneMode;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the view into a {@link Scene} and back: the map's extent, the brushed window and the timeline's range,
 * the filters, lanes and selection. Restoring a scene's text filter re-runs its query ({@code search}), so
 * the matches follow the file as it is now. Pure functions apart from the properties they set.
 */
public final class SceneCodec {

    private SceneCodec() {}

    /** The view as a scene named {@code name}, not yet saved. */
    public static Scene capture(String name, String title, String caption, ViewState state, MapViewport map,
                                TimeWindow range, LaneMode lanes) {
        Event selected = state.selectedProperty().get();
        return new Scene(0, 0, name, title, caption, map == null ? null : extent(map.visibleBox()),
                period(state.timeWindowProperty().get()), period(range), filter(state.filterProperty().get()),
                lanes == null ? null : lanes.name(), selected == null ? null : selected.id());
    }

    public static Scene.Filter filter(EventFilter f) {
        return new Scene.Filter(codes(f.types()), f.perpetrators(), f.countries(), codes(f.precisions()), f.textQuery(),
                f.region() == null ? null : extent(f.region()), f.minConfidence(), f.includeRejected());
    }

    /** The scene's filters as the view applies them; {@code search} finds the events a text query matches. */
    public static EventFilter filter(Scene.Filter f, Function<String, Set<Long>> search) {
        Scene.Extent r = f.region();
        return EventFilter.NONE
                .withTypes(f.types().stream().map(EventType::fromCode).collect(Collectors.toSet()))
                .withPerpetrators(f.perpetrators())
                .withCountries(f.countries())
                .withPrecisions(f.precisions().stream().map(DatePrecision::fromCode).collect(Collectors.toSet()))
                .withText(f.textQuery(), f.textQuery() == null ? null : search.apply(f.textQuery()))
                .withRegion(r == null ? null : new GeoBox(r.minLat(), r.minLon(), r.maxLat(), r.maxLon()))
                .withMinConfidence(f.minConfidence())
                .withRejected(f.includeRejected());
    }

    /** The map showing the scene's extent at the given size (the home region when the scene left it open). */
    public static MapViewport viewport(Scene scene, double width, double height) {
        MapViewport home = MapViewport.home(width, height);
        Scene.Extent e = scene.map();
        return e == null ? home : home.fitted(new GeoBox(e.minLat(), e.minLon(), e.maxLat(), e.maxLon()));
    }

    public static TimeWindow window(Scene.Period p) {
        return p == null ? null : new TimeWindow(p.start(), p.end());
    }

    public static LaneMode lanes(Scene scene) {
        return scene.lanes() == null ? LaneMode.BY_TYPE : LaneMode.valueOf(scene.lanes());
    }

    /** Sets the state's filter, window and selection to the scene's (the map and timeline are set by their owners). */
    public static void applyTo(ViewState state, Scene scene, Function<String, Set<Long>> search) {
        state.filterProperty().set(filter(scene.filter(), search));
        state.timeWindowProperty().set(window(scene.window()));
        EventCatalog catalog = state.catalogProperty().get();
        int index = scene.selectedEventId() == null ? -1 : catalog.indexOf(scene.selectedEventId());
        state.selectedProperty().set(index < 0 ? null : catalog.get(index));
    }

    private static Scene.Extent extent(GeoBox b) {
        return new Scene.Extent(b.minLat(), b.minLon(), b.maxLat(), b.maxLon());
    }

    private static Scene.Period period(TimeWindow w) {
        return w == null ? null : new Scene.Period(w.start(), w.end());
    }

    private static <E extends Enum<E> & Coded> Set<String> codes(Set<E> values) {
        return values.stream().map(Coded::code).collect(Collectors.toSet());
    }
}
