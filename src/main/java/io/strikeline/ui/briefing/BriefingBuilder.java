package io.strikeline.ui.briefing;

import io.strikeline.briefing.Briefing;
import io.strikeline.briefing.BriefingPage;
import io.strikeline.briefing.EventRow;
import io.strikeline.briefing.PageLayout;
import io.strikeline.briefing.SourceRef;
import io.strikeline.model.Citation;
import io.strikeline.model.Event;
import io.strikeline.model.Scene;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventFilter;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.state.TimeWindow;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a briefing from scenes: each scene is shown on the screen's own views offscreen and becomes one page
 * (map, timeline and legend pictures, the events shown, the articles they cite, their evidence for the notes).
 * Call it from any thread: the drawing runs on the FX thread, one page at a time.
 */
public final class BriefingBuilder {

    /** Footnote of every exported picture: where the map and the places come from. */
    static final String ATTRIBUTION = "Map: Natural Earth \u00B7 places \u00A9 GeoNames CC-BY 4.0 \u00B7 events: Strikeline";

    private final EventCatalog catalog;
    private final Map<Long, List<Citation>> citations;
    private final Function<String, Set<Long>> search;

    /** {@code search} runs a full-text query for scenes with a text filter; it is called on the FX thread. */
    public BriefingBuilder(EventCatalog catalog, Map<Long, List<Citation>> citations, Function<String, Set<Long>> search) {
        this.catalog = catalog;
        this.citations = citations;
        this.search = search;
    }

    /** A title page's words, then one page per scene at {@code scale} times the on-screen size. */
    public Briefing build(String title, String subtitle, List<Scene> scenes, double scale) {
        OffscreenView view = Fx.call(() -> new OffscreenView(catalog, OffscreenView.Size.SLIDE));
        List<BriefingPage> pages = new ArrayList<>();
        Map<Long, EventRow> appendix = new LinkedHashMap<>();
        for (Scene scene : scenes) {
            BriefingPage page = Fx.call(() -> page(view, scene, scale));
            pages.add(page);
            page.events().forEach(row -> appendix.putIfAbsent(row.id(), row));
        }
        List<EventRow> all = new ArrayList<>(appendix.values());
        all.sort(Comparator.comparing(EventRow::date).thenComparingLong(EventRow::id));
        return new Briefing(title, subtitle, pages, all);
    }

    private BriefingPage page(OffscreenView view, Scene scene, double scale) {
        view.show(scene, search, heading(scene), ATTRIBUTION);
        List<EventRow> rows = rows(view.state().visibleEventsProperty().get());
        List<EventRow> onSlide = rows.subList(0, Math.min(rows.size(), PageLayout.TABLE_ROWS));
        List<String> notes = new ArrayList<>();
        for (EventRow row : onSlide) {
            if (row.evidence() != null) {
                notes.add("\u201C" + row.evidence() + "\u201D \u2014 "
                        + (row.sources().isEmpty() ? "no source" : row.sources().get(0).line()));
            }
        }
        String words = ViewWords.dates(view.state()) + " \u00B7 " + ViewWords.filters(view.state().filterProperty().get());
        String caption = scene.caption().isBlank() ? words : scene.caption() + "\n" + words;
        List<SourceRef> sources = EventRow.citedBy(onSlide);
        return new BriefingPage(heading(scene), caption, view.mapImage(scale), view.timelineImage(scale),
                view.legendImage(scale), rows, sources, notes);
    }

    /** The whole view as one picture (title, dates, map with key, scale bar and north arrow, timeline, attribution). */
    public BufferedImage image(Scene scene, double scale) {
        return Fx.call(() -> {
            OffscreenView view = new OffscreenView(catalog, OffscreenView.Size.IMAGE);
            view.show(scene, search, heading(scene), footnote(view));
            return view.wholeImage(scale);
        });
    }

    static String heading(Scene scene) {
        return scene.title().isBlank() ? scene.name() : scene.title();
    }

    static String footnote(OffscreenView view) {
        return ViewWords.filters(view.state().filterProperty().get()) + "   \u00B7   " + ATTRIBUTION;
    }

    private List<EventRow> rows(EventSet visible) {
        List<Event> events = new ArrayList<>(visible.size());
        for (int k = 0; k < visible.size(); k++) {
            events.add(visible.eventAt(k));
        }
        events.sort(Comparator.comparing((Event e) -> e.date() == null ? null : e.date().start(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(Event::id));
        return events.stream().map(e -> EventRow.of(e, citations.get(e.id()))).toList();
    }

    /** The events a scene shows (filters and time window), without drawing: what data exports write. */
    public List<Event> shown(Scene scene) {
        EventFilter filter = SceneCodec.filter(scene.filter(), search);
        TimeWindow window = SceneCodec.window(scene.window());
        EventSet shown = catalog.all().filter(i -> filter.accepts(catalog.get(i))
                && (window == null || catalog.overlaps(i, window)));
        List<Event> events = new ArrayList<>(shown.size());
        for (int k = 0; k < shown.size(); k++) {
            events.add(shown.eventAt(k));
        }
        return events;
    }

    /**
     * The pages a briefing without saved scenes gets: the whole view, then each selected event on its own, centred
     * on the map and brushed to its days.
     */
    public static List<Scene> viewAndSelection(Scene whole, List<Event> selected) {
        List<Scene> scenes = new ArrayList<>();
        scenes.add(whole);
        for (Event e : selected) {
            Scene.Extent around = e.located()
                    ? new Scene.Extent(e.lat() - 1.2, e.lon() - 2, e.lat() + 1.2, e.lon() + 2) : whole.map();
            Scene.Period days = e.date() == null ? whole.window() : new Scene.Period(
                    TimeWindow.startOf(e.date().start()), TimeWindow.startOf(e.date().end().plusDays(1)));
            Scene.Period range = days == null ? whole.range()
                    : new Scene.Period(days.start().minus(Duration.ofDays(45)), days.end().plus(Duration.ofDays(45)));
            scenes.add(new Scene(0, scenes.size(), "Event " + e.id(), e.type().label() + ", "
                    + (e.place() == null ? "unlocated" : e.place()) + (e.date() == null ? "" : ", " + e.date().format()),
                    "", around, days, range, whole.filter(), whole.lanes(), e.id()));
        }
        return scenes;
    }
}
