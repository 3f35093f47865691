package io.strikeline.ui.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application; started by the {@code view} command with the database path as its only argument. */
public final class StrikelineApp extends Application {

    private MainWindow window;

    /** Blocks until the window is closed. {@code sample}: the bundled sample, opened read-only. */
    public static void launch(Path db, boolean sample) {
        Application.launch(StrikelineApp.class, db.toString(), sample ? "--sample" : "--edit");
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
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) { // the file is read while the window is styled and laid out for the first time
            window.open(Path.of(args.get(0)), args.contains("--sample") ? MainWindow.OpenMode.SAMPLE : MainWindow.OpenMode.EDIT);
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
