package io.strikeline.ui.app;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip under the filters that says why the file cannot be edited and offers to save a copy that can. */
final class ReadOnlyBar extends HBox {

    private final Label reason = new Label();

    ReadOnlyBar(Runnable saveCopy) {
        super(10);
        getStyleClass().add("read-only-bar");
        setAlignment(Pos.CENTER_LEFT);
        // the theme's own looked-up colours, so the bar follows the light and dark themes
        setStyle("-fx-padding: 5 10 5 10; -fx-background-color: -color-warning-subtle;"
                + " -fx-border-color: -color-warning-muted; -fx-border-width: 0 0 1 0;");
        reason.setStyle("-fx-text-fill: -color-fg-default;");
        reason.setWrapText(true);
        Button save = new Button("Save a copy to edit...");
        save.setOnAction(e -> saveCopy.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(reason, spacer, save);
        show(null);
    }

    /** Shows the reason the file is read-only, or hides the bar when it is open for editing (null). */
    void show(String readOnlyReason) {
        boolean visible = readOnlyReason != null;
        setVisible(visible);
        setManaged(visible);
        reason.setText(visible ? "Read-only. " + readOnlyReason + " Corrections need a copy you can edit." : "");
    }
}
