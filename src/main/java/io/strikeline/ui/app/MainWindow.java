package io.strikeline.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.strikeline.ingest.IngestReport;
import io.strikeline.ingest.IngestService;
import io.strikeline.ui.inspector.InspectorPane;
import io.strikeline.ui.state.ArticleSpan;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import io.strikeline.export.EventExporter;
import io.strikeline.model.Event;
import io.strikeline.ui.article.ArticlePane;
import io.strikeline.ui.briefing.BriefingWindow;
import io.strikeline.ui.briefing.LiveView;
import io.strikeline.ui.filter.FilterBar;
import io.strikeline.ui.list.EventListView;
import io.strikeline.ui.map.MapView;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.state.ViewState;
import io.strikeline.ui.timeline.TimelineView;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The main window: filters on top, map with the article pane and event list beside it, timeline
 * underneath. It wires the views to one {@link ViewState} and owns the open database; the views
 * themselves never meet.
 */
public final class MainWindow {

    private final ViewState state = new ViewState();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "strikeline-db");
        t.setDaemon(true);
        return t;
    });
    private final BorderPane root = new BorderPane();
    private final MapView map;
    private final TimelineView timeline;
    private final FilterBar filters;
    private final EventListView list;
    private final ArticlePane article;
    private final InspectorPane inspector;
    private final Label statusLine = new Label("No database open");
    private final ReadOnlyBar readOnlyBar = new ReadOnlyBar(this::saveCopyToEdit, state.darkProperty());
    private final IngestBar ingestBar = new IngestBar();
    private final AppCurator curator;
    private final ReviewMode review;
    private volatile ViewerSession session;
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final FileOpener opener = new FileOpener(background, () -> root.getScene(), opened());


    /** How a file is opened: for editing when it can be, the bundled sample (never edited), or only to look at. */
    public enum OpenMode { EDIT, SAMPLE, VIEW_ONLY }

    public MainWindow() {
        map = new MapView(state);
        timeline = new TimelineView(state);
        filters = new FilterBar(state, query -> session == null ? Set.of() : session.search(query));
        list = new EventListView(state);
        article = new ArticlePane(state, event -> {
            ViewerSession current = session;
            if (current == null) {
                throw new IllegalStateException("no database open");
            }
            return current.details(event);
        });

        curator = new AppCurator(state, background, () -> session, statusLine::setText,
                message -> error("The change was not made", message));
        inspector = new InspectorPane(state, curator, event -> {
            ViewerSession current = session;
            if (current == null) {
                throw new IllegalStateException("no database open");
            }
            return current.details(event);
        });
        review = new ReviewMode(state, curator, inspector, map);

        SplitPane side = new SplitPane(article, list);
        side.setOrientation(Orientation.VERTICAL);
        side.setId("side-split");
        side.setDividerPositions(0.66);
        SplitPane upper = new SplitPane(map, side, inspector);
        upper.setDividerPositions(0.5, 0.78);
        upper.setId("upper-split");
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(inspector, false);
        MapMenu.install(map, state, curator);
        SplitPane main = new SplitPane(upper, timeline);
        main.setOrientation(Orientation.VERTICAL);
        main.setId("main-split");
        main.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(timeline, false);

        Region statusSpacer = new Region();
        HBox.setHgrow(statusSpacer, Priority.ALWAYS);
        HBox status = new HBox(8, statusLine, statusSpacer, ingestBar);
        status.getStyleClass().add("status-bar");
        status.setStyle("-fx-padding: 3 10 3 10;");
        root.setTop(new VBox(menuBar(), filters, review.bar(), readOnlyBar));
        root.setCenter(main);
        root.setBottom(status);
        enableDropToOpen();
        HelpDialogs.installQuestionMark(root, this::window);
    }

    public Parent root() {
        return root;
    }

    public ViewState state() {
        return state;
    }

    /** Opens a database for editing when it can be; see {@link #open(Path, OpenMode)}. */
    public void open(Path db) {
        open(db, OpenMode.EDIT);
    }

    /**
     * Opens a database in the background; a bad file gets a dialog and leaves the current one open. A large file
     * shows its events' outlines first, then the whole events once they are read ({@link FileOpener}).
     */
    public void open(Path db, OpenMode mode) {
        open(FileOpener.startReading(db, mode));
    }

    /** Shows a file whose reading has started already (the application starts it before the toolkit). */
    void open(FileOpener.Reading reading) {
        statusLine.setText("Opening " + reading.file() + " ...");
        state.loadingProperty().set(ViewState.LOADING_UNCOUNTED);
        opener.open(reading);
    }

    private FileOpener.Shows opened() {
        return new FileOpener.Shows() {
            @Override
            public void show(ViewerSession opened, EventCatalog catalog, boolean outlinesOnly) {
                MainWindow.this.show(opened, catalog, outlinesOnly);
            }

            @Override
            public void cannotOpen(String message) {
                state.loadingProperty().set(0);
                statusLine.setText(session == null ? "No database open" : describe(session));
                error("Cannot open database", message);
            }

            @Override
            public void damaged(ViewerSession opened, String message) {
                if (session == opened) {
                    setEditing(false, "The file is damaged; nothing will be written to it. Restore it from a copy.");
                    statusLine.setText(opened.file() + "  ·  read-only: the file is damaged");
                }
                error("The database file is damaged", message);
            }
        };
    }

    /** Shows an already opened session at once (used by the snapshot command, which waits for nothing). */
    void show(ViewerSession opened, EventCatalog catalog) {
        show(opened, catalog, false);
    }

    /**
     * Shows a session's catalog. Its outlines come first for a large file: nothing can be edited then, and the whole
     * events follow for the same session (the selection and filters stay, the catalog listeners find it by id).
     */
    private void show(ViewerSession opened, EventCatalog catalog, boolean outlinesOnly) {
        ViewerSession previous = session;
        boolean sameFile = previous == opened;
        session = opened;
        if (!sameFile) {
            state.selectedProperty().set(null);
            state.newEventIdsProperty().set(Set.of());
            state.filterProperty().set(state.filterProperty().get().withOnlyIds(null));
        }
        state.outlinesOnlyProperty().set(outlinesOnly);
        state.catalogProperty().set(catalog);
        state.loadingProperty().set(0);
        boolean editing = !outlinesOnly && opened.readOnlyReason() == null;
        setEditing(editing, outlinesOnly ? null : opened.readOnlyReason());
        statusLine.setText(outlinesOnly ? String.format("%s  ·  %,d events  ·  reading places, actors and notes ...",
                opened.file(), catalog.size()) : describe(opened));
        if (!outlinesOnly && opened.migrationBackup() != null) {
            statusLine.setText(describe(opened) + "  ·  upgraded; the old file is kept as " + opened.migrationBackup());
        }
        if (previous != null && !sameFile) {
            background.submit(previous::close);
        }
    }

    /** Whether the window edits; {@code readOnlyReason} goes in the bar (none: the bar hides). */
    private void setEditing(boolean editing, String readOnlyReason) {
        readOnlyBar.show(readOnlyReason);
        inspector.setEditable(editing);
        editable.set(editing);
        state.editableProperty().set(editing);
        if (!editing) {
            review.stop();
        }
    }

    private static String describe(ViewerSession s) {
        return String.format("%s  ·  %,d events  ·  %s", s.file(), s.events().size(),
                s.readOnlyReason() == null ? "editing" : "read-only");
    }

    /** Writes a copy of the open file where the analyst chooses and opens it for editing. */
    private void saveCopyToEdit() {
        ViewerSession current = session;
        if (current == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a copy to edit");
        String name = current.file().getFileName().toString().replaceFirst("\\.db$", "");
        chooser.setInitialFileName(name + "-edit.db");
        java.io.File chosen = chooser.showSaveDialog(window());
        if (chosen == null) {
            return;
        }
        Path copy = chosen.toPath();
        runInBackground("Saving a copy to " + copy, () -> {
            Files.deleteIfExists(copy); // the dialog has asked whether to replace it
            current.saveCopy(copy);
        }, () -> open(copy, OpenMode.EDIT));
    }

    /** File > Add articles: choose a folder (or cancel and choose files) and ingest them in the background. */
    private void chooseArticles() {
        DirectoryChooser folders = new DirectoryChooser();
        folders.setTitle("Add a folder of articles");
        java.io.File folder = folders.showDialog(window());
        if (folder != null) {
            ingest(List.of(folder.toPath()));
            return;
        }
        FileChooser files = new FileChooser();
        files.setTitle("Add article files");
        List<java.io.File> chosen = files.showOpenMultipleDialog(window());
        if (chosen != null && !chosen.isEmpty()) {
            ingest(chosen.stream().map(java.io.File::toPath).toList());
        }
    }

    /**
     * Ingests files and folders into the open file on the database thread, with progress and Cancel (a
     * cancelled batch leaves the file as it was); new events appear at once and are marked new.
     */
    void ingest(List<Path> paths) {
        ViewerSession current = session;
        if (current == null || current.readOnlyReason() != null) {
            error("Cannot add articles", current == null ? "No database is open."
                    : "The file is open read-only: " + current.readOnlyReason() + " Save a copy to edit first.");
            return;
        }
        ingestBar.start("Reading " + paths.size() + " item(s)...");
        background.submit(() -> {
            try {
                IngestReport report = current.ingest(paths, new IngestService.Progress() {
                    @Override
                    public void update(int done, int total) {
                        Platform.runLater(() -> ingestBar.update(done, total));
                    }

                    @Override
                    public boolean cancelled() {
                        return ingestBar.cancelled();
                    }
                });
                EventCatalog catalog = EventCatalog.of(current.events());
                Platform.runLater(() -> ingested(current, report, catalog));
            } catch (IngestService.CancelledException e) {
                Platform.runLater(() -> {
                    ingestBar.finish();
                    statusLine.setText("Ingest cancelled; the file is as it was before.");
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    ingestBar.finish();
                    error("Ingest failed", e.getMessage());
                });
            }
        });
    }

    private void ingested(ViewerSession current, IngestReport report, EventCatalog catalog) {
        ingestBar.finish();
        if (session != current) {
            return;
        }
        state.newEventIdsProperty().set(report.newEventIds());
        state.catalogProperty().set(catalog);
        statusLine.setText(String.format("Added %d article(s): %d new event(s), %d report(s) joined existing events%s",
                report.articlesStored(), report.eventsCreated(), report.eventsMerged(),
                report.problems().isEmpty() ? "" : "; " + report.problems().size() + " problem(s)"));
        if (!report.problems().isEmpty()) {
            ProblemsDialog.show(window(), report.problems());
        }
    }

    /** Edit > New event from selection: the text selected (or the sentence clicked) in the article pane. */
    private void newEventFromSelection() {
        ArticleSpan selection = state.articleSelectionProperty().get();
        if (selection == null) {
            error("Nothing selected", "Select a sentence in the article pane first (drag over it, or click in it).");
            return;
        }
        curator.createFromSentence(selection.articleId(), selection.span());
    }

    /** Edit > Merge: the events marked in the list merge into the selected one. */
    private void mergeMarked() {
        Event into = state.selectedProperty().get();
        EventCatalog catalog = state.catalogProperty().get();
        List<Event> others = state.markedProperty().get().stream().filter(id -> into == null || id != into.id())
                .map(catalog::indexOf).filter(i -> i >= 0).map(catalog::get).toList();
        if (into == null || others.isEmpty()) {
            error("Nothing to merge", "Select two or more events in the list (Ctrl+click or Shift+click); "
                    + "they merge into the one selected last.");
            return;
        }
        curator.merge(into, others);
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open database...");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem geojson = new MenuItem("Export view as GeoJSON...");
        geojson.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        geojson.setOnAction(e -> exportView(EventExporter.Format.GEOJSON));
        MenuItem csv = new MenuItem("Export view as CSV...");
        csv.setOnAction(e -> exportView(EventExporter.Format.CSV));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> Platform.exit());
        MenuItem add = new MenuItem("Add articles...");
        add.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        add.setOnAction(e -> chooseArticles());
        MenuItem copy = new MenuItem("Save a copy to edit...");
        copy.setOnAction(e -> saveCopyToEdit());
        MenuItem briefing = new MenuItem("Export briefing...");
        briefing.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        briefing.setOnAction(e -> withSession(s -> new BriefingWindow(window(), liveView(), s).show()));
        MenuItem present = new MenuItem("Present scenes");
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        present.setOnAction(e -> withSession(s -> BriefingWindow.present(liveView(), s)));
        Menu file = new Menu("File", null, open, add, copy, new SeparatorMenuItem(), geojson, csv, briefing, present,
                new SeparatorMenuItem(),
                quit);

        MenuItem search = new MenuItem("Search articles");
        search.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        search.setOnAction(e -> filters.searchField().requestFocus());
        MenuItem clearSelection = new MenuItem("Clear selection and time window");
        clearSelection.setAccelerator(new KeyCodeCombination(KeyCode.ESCAPE, KeyCombination.SHIFT_DOWN));
        clearSelection.setOnAction(e -> {
            state.selectedProperty().set(null);
            state.timeWindowProperty().set(null);
        });
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        dark.selectedProperty().bindBidirectional(state.darkProperty());
        state.darkProperty().addListener((obs, was, is) -> {
            Application.setUserAgentStylesheet(is ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
        });
        MenuItem fit = new MenuItem("Fit map to region");
        fit.setOnAction(e -> map.fitRegion());
        MenuItem fitTime = new MenuItem("Fit timeline to all events");
        fitTime.setOnAction(e -> timeline.fitAll());
        CheckMenuItem rejected = new CheckMenuItem("Show rejected events");
        rejected.selectedProperty().addListener((obs, was, is) ->
                state.filterProperty().set(state.filterProperty().get().withRejected(is)));
        CheckMenuItem onlyNew = new CheckMenuItem("Only events new from the last ingest");
        onlyNew.selectedProperty().addListener((obs, was, is) -> state.filterProperty().set(
                state.filterProperty().get().withOnlyIds(is ? state.newEventIdsProperty().get() : null)));
        Menu view = new Menu("View", null, search, clearSelection, fit, fitTime, new SeparatorMenuItem(), rejected, onlyNew,
                new SeparatorMenuItem(), dark);
        return new MenuBar(file, editMenu(), view, HelpDialogs.menu(this::window));
    }

    private Menu editMenu() {
        MenuItem undo = new MenuItem("Undo");
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> curator.undo());
        MenuItem redo = new MenuItem("Redo");
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.setOnAction(e -> curator.redo());
        MenuItem merge = new MenuItem("Merge selected events");
        merge.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        merge.setOnAction(e -> mergeMarked());
        MenuItem fromSelection = new MenuItem("New event from selection");
        fromSelection.setAccelerator(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        fromSelection.setOnAction(e -> newEventFromSelection());
        MenuItem reviewMode = new MenuItem("Review unreviewed events");
        reviewMode.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        reviewMode.setOnAction(e -> review.start());
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), merge, fromSelection,
                new SeparatorMenuItem(), reviewMode);
        // disabled items keep their accelerators quiet too, so a read-only file never gets as far as an error
        edit.getItems().forEach(item -> item.disableProperty().bind(editable.not()));
        return edit;
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Strikeline database");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Strikeline database", "*.db", "*.sqlite"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        java.io.File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Dropping one database file opens it; dropping article files or folders adds them to the open file. */
    private void enableDropToOpen() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles();
            if (done) {
                List<Path> dropped = e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
                if (dropped.size() == 1 && isDatabase(dropped.get(0))) {
                    open(dropped.get(0));
                } else {
                    ingest(dropped);
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private static boolean isDatabase(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".db") || name.endsWith(".sqlite"));
    }

    /** Writes the events the map and list show now (time window and filters applied), with their citations. */
    private void exportView(EventExporter.Format format) {
        ViewerSession current = session;
        if (current == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export visible events");
        chooser.setInitialFileName("strikeline-events." + format.name().toLowerCase(Locale.ROOT));
        java.io.File chosen = chooser.showSaveDialog(window());
        if (chosen == null) {
            return;
        }
        EventSet visible = state.visibleEventsProperty().get(); // rejected events are hidden unless shown on purpose
        List<Event> events = new ArrayList<>(visible.size());
        for (int k = 0; k < visible.size(); k++) {
            events.add(visible.eventAt(k));
        }
        Path out = chosen.toPath();
        runInBackground("Exporting " + events.size() + " events to " + out, () -> {
            try (OutputStream stream = Files.newOutputStream(out)) {
                EventExporter.write(format, events, current.citations(), stream);
            }
        }, () -> statusLine.setText("Exported " + events.size() + " events to " + out));
    }

    private LiveView liveView() {
        return new LiveView(state, map, timeline);
    }

    private void withSession(java.util.function.Consumer<ViewerSession> action) {
        if (session != null) {
            action.accept(session);
        }
    }

    /** Work that may fail with an I/O error; failures get a dialog, success a status message. */
    @FunctionalInterface
    private interface IoWork {
        void run() throws IOException;
    }

    private void runInBackground(String message, IoWork work, Runnable onSuccess) {
        statusLine.setText(message + " ...");
        background.submit(() -> {
            try {
                work.run();
                Platform.runLater(onSuccess);
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> error("Export failed", e.getMessage()));
            }
        });
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void error(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(window());
        alert.show();
    }

    /** The open database file, or null. */
    Path database() {
        return session == null ? null : session.file();
    }

    MapView map() {
        return map;
    }

    TimelineView timeline() {
        return timeline;
    }

    EventListView list() {
        return list;
    }

    /** How many sources the inspector lists for the selected event (tests). */
    int inspectorSourceCount() {
        return inspector.sourceCount();
    }

    /** Releases the database; the window is unusable afterwards. */
    public void close() {
        if (background.isShutdown()) {
            return;
        }
        background.submit(() -> {
            if (session != null) {
                session.close();
            }
        });
        background.shutdown();
    }
}
