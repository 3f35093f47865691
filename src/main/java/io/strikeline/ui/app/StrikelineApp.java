package io.strikeline.ui.app;

import atlantafx.base.theme.PrimerLight;
import io.strikeline.jvm.QuickCompilation;
import io.strikeline.ui.map.MapView;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application; started by the {@code view} command with the database path as its only argument. */
public final class StrikelineApp extends Application {

    /** The file being read since before the toolkit started; taken by the window when it exists. */
    private static volatile FileOpener.Reading reading;

    private MainWindow window;

    /**
     * Blocks until the window is closed. {@code sample}: the bundled sample, opened read-only. The file and the
     * basemap start loading first, so they are read while the toolkit starts and the window is built.
     */
    public static void launch(Path db, boolean sample) {
        QuickCompilation.request();
        reading = FileOpener.startReading(db, sample ? MainWindow.OpenMode.SAMPLE : MainWindow.OpenMode.EDIT);
        MapView.preloadBasemap();
        Application.launch(StrikelineApp.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow();
        Scene scene = new Scene(window.root(), 1440, 900);
        stage.setScene(scene);
        stage.setTitle("Strikeline");
        WindowSettings settings = WindowSettings.forUser();
        settings.restore(stage, window);
        stage.setOnHiding(e -> settings.save(stage, window));
        FileOpener.Reading started = reading;
        reading = null;
        if (started != null) { // shown once read, while the window is styled and laid out for the first time
            window.open(started);
        }
        stage.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
