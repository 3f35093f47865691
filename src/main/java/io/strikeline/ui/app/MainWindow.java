package io.strikeline.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.strikeline.export.EventExporter;
import io.strikeline.model.Event;
import io.strikeline.store.StoreException;
import io.strikeline.ui.article.ArticlePane;
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
    private final Label statusLine = new Label("No database open");
    private ViewerSession session;

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

        SplitPane side = new SplitPane(article, list);
        side.setOrientation(Orientation.VERTICAL);
        side.setId("side-split");
        side.setDividerPositions(0.66);
        SplitPane upper = new SplitPane(map, side);
        upper.setDividerPositions(0.6);
        upper.setId("upper-split");
        SplitPane.setResizableWithParent(side, false);
        SplitPane main = new SplitPane(upper, timeline);
        main.setOrientation(Orientation.VERTICAL);
        main.setId("main-split");
        main.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(timeline, false);

        HBox status = new HBox(statusLine);
        status.getStyleClass().add("status-bar");
        status.setStyle("-fx-padding: 3 10 3 10;");
        root.setTop(new VBox(menuBar(), filters));
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

    /** Opens a database in the background; a bad file gets a dialog and leaves the current one open. */
    public void open(Path db) {
        statusLine.setText("Opening " + db + " ...");
        background.submit(() -> {
            try {
                ViewerSession opened = ViewerSession.open(db);
                EventCatalog catalog = EventCatalog.of(opened.events());
                Platform.runLater(() -> show(opened, catalog));
            } catch (StoreException e) {
                Platform.runLater(() -> {
                    statusLine.setText(session == null ? "No database open" : describe(session));
                    error("Cannot open database", e.getMessage());
                });
            }
        });
    }

    /** Shows an already opened session at once (used by the snapshot command, which waits for nothing). */
    void show(ViewerSession opened, EventCatalog catalog) {
        ViewerSession previous = session;
        session = opened;
        state.catalogProperty().set(catalog);
        statusLine.setText(describe(opened));
        if (previous != null) {
            background.submit(previous::close);
        }
    }

    private static String describe(ViewerSession s) {
        return String.format("%s  ·  %,d events  ·  read-only", s.file(), s.events().size());
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
        Menu file = new Menu("File", null, open, geojson, csv, quit);

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
        Menu view = new Menu("View", null, search, clearSelection, fit, fitTime, dark);
        return new MenuBar(file, view, HelpDialogs.menu(this::window));
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

    private void enableDropToOpen() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles();
            if (done) {
                open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(done);
            e.consume();
        });
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
        EventSet visible = state.visibleEventsProperty().get();
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

    /** Releases the database; the window is unusable afterwards. */
    public void close() {
        background.submit(() -> {
            if (session != null) {
                session.close();
            }
        });
        background.shutdown();
    }
}
