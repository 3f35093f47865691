package io.strikeline.ui.app;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * Progress of an ingest in the status bar, with Cancel; hidden when no ingest runs. Its controls are made by the
 * first ingest, not with the window: a progress bar's skin and animation classes are not needed to show a file.
 */
final class IngestBar extends HBox {

    private final ProgressBar bar = new ProgressBar(0);
    private final Label label = new Label();
    private final Button cancel = new Button("Cancel");
    private volatile boolean cancelled;

    IngestBar() {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        bar.setPrefWidth(220);
        cancel.setOnAction(e -> {
            cancelled = true;
            cancel.setDisable(true);
            label.setText("Cancelling...");
        });
        finish();
    }

    void start(String what) {
        if (getChildren().isEmpty()) {
            getChildren().addAll(label, bar, cancel);
        }
        cancelled = false;
        cancel.setDisable(false);
        bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        label.setText(what);
        setVisible(true);
        setManaged(true);
    }

    /** FX thread. */
    void update(int done, int total) {
        if (!cancelled) {
            bar.setProgress(total == 0 ? 1 : done / (double) total);
            label.setText(String.format("Ingesting: %,d of %,d files", done, total));
        }
    }

    /** Any thread. */
    boolean cancelled() {
        return cancelled;
    }

    void finish() {
        setVisible(false);
        setManaged(false);
    }

    Button cancelButton() {
        return cancel;
    }
}
