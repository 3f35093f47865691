package io.strikeline.cli;

import io.strikeline.briefing.BriefingFormat;
import io.strikeline.export.EventExporter;
import io.strikeline.model.Event;
import io.strikeline.model.Scene;
import io.strikeline.store.EventStore;
import io.strikeline.store.SceneStore;
import io.strikeline.ui.app.Snapshot;
import io.strikeline.ui.briefing.BriefingBuilder;
import io.strikeline.ui.briefing.BriefingExport;
import io.strikeline.ui.briefing.Fx;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.TimeWindow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the view or saved scenes: a slide deck (pptx), a PDF handout, a PNG, the playback as GIF "
                + "or MP4, or the events as KML, GeoJSON or CSV with their evidence and sources.",
            "Drawn formats need no screen. An existing file is kept unless --force; a failed export leaves no file."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "FILE")
    Path db;

    @Option(names = "--format", required = true, description = "pptx, pdf, png, gif, mp4, kml, geojson or csv")
    BriefingFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Output file (geojson and csv: - for standard output).")
    Path out;

    @Option(names = "--scene", paramLabel = "NAME", description = "A saved scene, one page each, in this order "
            + "(repeat the option); without it, a deck or handout has every saved scene, other formats the whole view.")
    List<String> scenes = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events on or before this day.")
    LocalDate to;

    @Option(names = "--scale", description = "Pictures at 1, 2 or 4 times screen size (default: 2 for pptx and pdf, 1 else).")
    Integer scale;

    @Option(names = "--force", description = "Replace an existing output file.")
    boolean force;

    @Option(names = "--include-rejected", description = "Also export events the analyst rejected (left out by default).")
    boolean includeRejected;

    @Option(names = "--frames", defaultValue = "48", description = "Animation frames (gif, mp4; default 48).")
    int frames;

    @Option(names = "--duration", defaultValue = "8", paramLabel = "SECONDS", description = "Animation length (default 8).")
    double seconds;

    @Option(names = "--frame-width", defaultValue = "960", paramLabel = "PIXELS",
            description = "Animation frame width, 16:9 (default 960).")
    int frameWidth;

    @Option(names = "--title", description = "Title of the deck and the handout (default: the file's name).")
    String title;

    @Override
    public Integer call() throws Exception {
        if (scale == null) {
            scale = format == BriefingFormat.PPTX || format == BriefingFormat.PDF ? 2 : 1;
        }
        if (scale != 1 && scale != 2 && scale != 4) {
            System.err.println("--scale must be 1, 2 or 4");
            return 2;
        }
        if (frames < 2 || frames > 2000 || seconds <= 0) {
            System.err.println("--frames must be 2 to 2000 and --duration above 0");
            return 2;
        }
        if (out.toString().equals("-") && (format == BriefingFormat.GEOJSON || format == BriefingFormat.CSV)) {
            return toStandardOutput();
        }
        long started = System.nanoTime();
        BriefingExport.Content content;
        try (EventStore store = EventStore.openReadOnly(db)) {
            List<Event> events = store.events().stream().filter(e -> includeRejected || !e.rejected()).toList();
            List<Scene> pages = pages(new SceneStore(store));
            String name = title != null ? title : "Strikeline briefing: " + db.getFileName();
            String subtitle = String.format("%,d event(s) from %s%s \u00B7 %s", events.size(), db.getFileName(),
                    includeRejected ? ", rejected events included" : "", LocalDate.now());
            // the store stays open while drawing: a text filter's search runs on it, one thread at a time
            content = new BriefingExport.Content(name, subtitle, EventCatalog.of(events), store.citations(),
                    store::eventIdsMatching, pages);
            if (format.drawn()) {
                Snapshot.useHeadlessPlatform(1920, 1200);
                Fx.start();
            }
            System.out.println(BriefingExport.write(content, new BriefingExport.Options(format, out, force, scale, frames,
                    seconds, frameWidth)));
        }
        System.err.printf("exported in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** The scenes asked for, or the whole view; --from/--to brush the window of those that have none. */
    private List<Scene> pages(SceneStore store) {
        Scene.Period days = from == null && to == null ? null : new Scene.Period(
                TimeWindow.startOf(from == null ? LocalDate.of(1, 1, 1) : from),
                TimeWindow.startOf((to == null ? LocalDate.of(9999, 12, 30) : to).plusDays(1)));
        Scene.Filter rejected = new Scene.Filter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, 0, includeRejected);
        boolean paged = format == BriefingFormat.PPTX || format == BriefingFormat.PDF;
        if (scenes.isEmpty() && paged && !store.list().isEmpty()) {
            return store.list(); // the briefing the analyst prepared: every scene, in their order
        }
        if (scenes.isEmpty()) {
            return BriefingBuilder.viewAndSelection(new Scene(0, 0, "Whole view", "All events", "", null, days, null,
                    rejected, null, null), List.of());
        }
        List<Scene> pages = new ArrayList<>();
        for (String name : scenes) {
            Scene s = store.byName(name).orElseThrow(() -> new IllegalArgumentException("no scene named \"" + name
                    + "\" in " + db + "; saved scenes: " + store.list().stream().map(Scene::name).toList()));
            pages.add(s.window() != null || days == null ? s : new Scene(s.id(), s.position(), s.name(), s.title(),
                    s.caption(), s.map(), days, s.range(), s.filter(), s.lanes(), s.selectedEventId()));
        }
        return pages;
    }

    /** GeoJSON or CSV to the terminal, as before briefings existed. */
    private int toStandardOutput() throws Exception {
        try (EventStore store = EventStore.openReadOnly(db)) {
            List<Event> events = (from == null && to == null ? store.events()
                    : store.eventsBetween(from == null ? LocalDate.of(1, 1, 1) : from,
                            to == null ? LocalDate.of(9999, 12, 31) : to))
                    .stream().filter(e -> includeRejected || !e.rejected()).toList();
            EventExporter.write(format == BriefingFormat.CSV ? EventExporter.Format.CSV : EventExporter.Format.GEOJSON,
                    events, store.citations(), System.out);
            System.out.flush();
            return 0;
        }
    }
}
