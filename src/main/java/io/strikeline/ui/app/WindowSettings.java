package io.strikeline.ui.app;

import io.strikeline.ui.timeline.LaneMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * What the viewer remembers between starts, in one small properties file: window position and size (and
 * whether it was maximized), the three splitter positions, the theme, the timeline's lane mode and the last
 * database. The user's file lives under the config directory ({@code $XDG_CONFIG_HOME/strikeline}, else
 * {@code ~/.config/strikeline}); tests pass a file of their own. A missing or unreadable file means defaults.
 */
public final class WindowSettings {

    /** The size the window opens at when nothing is remembered; smaller screens open maximized. */
    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;
    /** The splitters, by the ids MainWindow gives them. */
    static final String[] SPLITS = {"main-split", "upper-split", "side-split"};

    private final Path file;
    private final Properties values = new Properties();
    // the last position and size the window had while neither maximized nor iconified
    private Rectangle2D normalBounds;

    public WindowSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear(); // a damaged file only costs the remembered layout
            }
        }
    }

    /** The current user's settings file. */
    public static WindowSettings forUser() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new WindowSettings(config.resolve("strikeline").resolve("viewer.properties"));
    }

    Path file() {
        return file;
    }

    /** The database open when the viewer last closed, if that file still exists. */
    public Optional<Path> lastDatabase() {
        String path = values.getProperty("database.last");
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        Path db = Path.of(path);
        return Files.isRegularFile(db) ? Optional.of(db) : Optional.empty();
    }

    /**
     * Puts the remembered bounds, theme, lane mode and splitters onto a window not yet shown. Bounds that lie on
     * no screen now (a monitor was unplugged) are dropped; with nothing remembered, a screen smaller than the
     * default size gets a maximized window.
     */
    void restore(Stage stage, MainWindow window) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D saved = bounds();
        if (saved != null && !Screen.getScreensForRectangle(saved).isEmpty()) {
            stage.setX(saved.getMinX());
            stage.setY(saved.getMinY());
            stage.setWidth(Math.min(saved.getWidth(), screen.getWidth()));
            stage.setHeight(Math.min(saved.getHeight(), screen.getHeight()));
            normalBounds = saved;
            stage.setMaximized(Boolean.parseBoolean(values.getProperty("window.maximized", "false")));
        } else if (screen.getWidth() < DEFAULT_WIDTH || screen.getHeight() < DEFAULT_HEIGHT) {
            stage.setMaximized(true);
        }
        window.state().darkProperty().set(Boolean.parseBoolean(values.getProperty("theme.dark", "false")));
        String lanes = values.getProperty("timeline.lanes");
        for (LaneMode mode : LaneMode.values()) {
            if (mode.name().equals(lanes)) {
                window.timeline().setLaneMode(mode);
            }
        }
        restoreSplits(window);
        // The first layout at the final window size may move the splitters once more; set them again after it.
        stage.setOnShown(e -> Platform.runLater(() -> restoreSplits(window)));
        trackNormalBounds(stage);
    }

    private void restoreSplits(MainWindow window) {
        for (String id : SPLITS) {
            String value = values.getProperty("split." + id);
            if (value != null && window.root().lookup("#" + id) instanceof SplitPane split) {
                try {
                    split.setDividerPositions(Math.min(0.95, Math.max(0.05, Double.parseDouble(value))));
                } catch (NumberFormatException e) {
                    values.remove("split." + id);
                }
            }
        }
    }

    private void trackNormalBounds(Stage stage) {
        Runnable remember = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
                normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener((obs, old, now) -> remember.run());
        stage.yProperty().addListener((obs, old, now) -> remember.run());
        stage.widthProperty().addListener((obs, old, now) -> remember.run());
        stage.heightProperty().addListener((obs, old, now) -> remember.run());
    }

    /** Records the window as it is now and writes the file; false when the file could not be written. */
    boolean save(Stage stage, MainWindow window) {
        Rectangle2D b = normalBounds != null && stage.isMaximized() ? normalBounds
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        values.setProperty("window.x", Double.toString(b.getMinX()));
        values.setProperty("window.y", Double.toString(b.getMinY()));
        values.setProperty("window.width", Double.toString(b.getWidth()));
        values.setProperty("window.height", Double.toString(b.getHeight()));
        values.setProperty("window.maximized", Boolean.toString(stage.isMaximized()));
        for (String id : SPLITS) {
            if (window.root().lookup("#" + id) instanceof SplitPane split && split.getDividerPositions().length > 0) {
                values.setProperty("split." + id, Double.toString(split.getDividerPositions()[0]));
            }
        }
        values.setProperty("theme.dark", Boolean.toString(window.state().darkProperty().get()));
        values.setProperty("timeline.lanes", window.timeline().getLaneMode().name());
        Path db = window.database();
        if (db != null && !isBundledSampleCopy(db)) {
            values.setProperty("database.last", db.toAbsolutePath().toString());
        }
        try {
            write();
            return true;
        } catch (UncheckedIOException e) {
            return false; // an unwritable config directory only costs the remembered layout
        }
    }

    private static boolean isBundledSampleCopy(Path db) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Path abs = db.toAbsolutePath();
        return abs.startsWith(tmp) && abs.getFileName().toString().startsWith("strikeline-sample");
    }

    private void write() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "Strikeline viewer: window, splitters, theme, lanes, last database");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save viewer settings to " + file, e);
        }
    }

    private Rectangle2D bounds() {
        double x = number("window.x");
        double y = number("window.y");
        double w = number("window.width");
        double h = number("window.height");
        return Double.isNaN(x + y + w + h) || w < 200 || h < 150 ? null : new Rectangle2D(x, y, w, h);
    }

    private double number(String key) {
        String value = values.getProperty(key);
        try {
            return value == null ? Double.NaN : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
