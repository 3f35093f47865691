package io.strikeline.cli;

import io.strikeline.model.Scene;
import io.strikeline.store.EventStore;
import io.strikeline.store.SceneStore;
import io.strikeline.ui.state.TimeWindow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "scene", mixinStandardHelpOptions = true,
        description = "List, save or delete the named scenes (saved views) of a database, for briefings.",
        subcommands = {SceneCommand.ListScenes.class, SceneCommand.Save.class, SceneCommand.Delete.class})
final class SceneCommand {

    @Option(names = "--db", required = true, paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT)
    Path db;

    @Command(name = "list", description = "The scenes in list order: name, title, time window, map extent, filters.")
    static final class ListScenes implements Callable<Integer> {
        @ParentCommand
        SceneCommand parent;

        @Override
        public Integer call() {
            try (EventStore store = EventStore.openReadOnly(parent.db)) {
                List<Scene> scenes = new SceneStore(store).list();
                if (scenes.isEmpty()) {
                    System.out.println("no scenes in " + parent.db);
                }
                for (Scene s : scenes) {
                    System.out.printf(Locale.ROOT, "%d. %s%s%n   window %s  map %s  lanes %s  selected %s%n   filter %s%n",
                            s.position() + 1, s.name(), s.title().isBlank() ? "" : " \u2014 " + s.title(),
                            s.window() == null ? "none" : s.window().start() + " .. " + s.window().end(),
                            s.map() == null ? "home" : String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.3f", s.map().minLat(),
                                    s.map().minLon(), s.map().maxLat(), s.map().maxLon()),
                            s.lanes() == null ? "by type" : s.lanes(), s.selectedEventId() == null ? "none"
                                    : s.selectedEventId(), s.filter().describe());
                }
                return 0;
            }
        }
    }

    @Command(name = "save", description = "Saves (or replaces) a scene; the file is upgraded to schema 3 if needed, "
            + "keeping a copy of it beside it.")
    static final class Save implements Callable<Integer> {
        @ParentCommand
        SceneCommand parent;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--title")
        String title;

        @Option(names = "--caption")
        String caption;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the time window.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the time window (inclusive).")
        LocalDate to;

        @Option(names = "--extent", paramLabel = "MINLAT,MINLON,MAXLAT,MAXLON", split = ",",
                description = "What the map shows (default: Iraq and Syria).")
        List<Double> extent;

        @Option(names = "--type", paramLabel = "CODE", description = "Event types to show (repeat; default all).")
        List<String> types = List.of();

        @Option(names = "--perpetrator", description = "Perpetrators to show (repeat; default all).")
        List<String> perpetrators = List.of();

        @Option(names = "--text", description = "Full-text filter on the articles.")
        String text;

        @Option(names = "--lanes", description = "Timeline lanes: BY_TYPE or BY_PERPETRATOR.")
        String lanes;

        @Option(names = "--select", paramLabel = "EVENT_ID")
        Long select;

        @Override
        public Integer call() {
            if ((from == null) != (to == null) || extent != null && extent.size() != 4) {
                System.err.println("give --from and --to together, and --extent as four numbers");
                return 2;
            }
            Scene.Period window = from == null ? null
                    : new Scene.Period(TimeWindow.startOf(from), TimeWindow.startOf(to.plusDays(1)));
            Scene.Extent map = extent == null ? null
                    : new Scene.Extent(extent.get(0), extent.get(1), extent.get(2), extent.get(3));
            Scene.Filter filter = new Scene.Filter(new LinkedHashSet<>(types), new LinkedHashSet<>(perpetrators),
                    Set.of(), Set.of(), text, null, 0, false);
            try (EventStore store = EventStore.open(parent.db)) {
                if (store.migrationBackup() != null) {
                    System.err.println("upgraded " + parent.db + "; the old file is kept as " + store.migrationBackup());
                }
                Scene saved = new SceneStore(store).save(new Scene(0, 0, name, title, caption, map, window, null, filter,
                        lanes == null ? null : lanes.toUpperCase(Locale.ROOT), select));
                System.out.printf("scene %d. %s saved in %s%n", saved.position() + 1, saved.name(), parent.db);
                return 0;
            }
        }
    }

    @Command(name = "delete", description = "Deletes a scene by name.")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        SceneCommand parent;

        @Option(names = "--name", required = true)
        String name;

        @Override
        public Integer call() {
            try (EventStore store = EventStore.open(parent.db)) {
                if (!new SceneStore(store).delete(name)) {
                    System.err.println("no scene named \"" + name + "\" in " + parent.db);
                    return 1;
                }
                System.out.println("scene " + name + " deleted");
                return 0;
            }
        }
    }
}
