package io.strikeline.ui.app;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip under the filters that says why the file cannot be edited and offers to save a copy that can. */
final class ReadOnlyBar extends HBox {

    private final Label reason = new Label();

    ReadOnlyBar(Runnable saveCopy, ObservableBooleanValue dark) {
        super(10);
        getStyleClass().add("read-only-bar");
        setAlignment(Pos.CENTER_LEFT);
        paint(dark.get());
        dark.addListener((obs, was, is) -> paint(is));
        reason.setWrapText(true);
        Button save = new Button("Save a copy to edit...");
        save.setOnAction(e -> saveCopy.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(reason, spacer, save);
        show(null);
    }

    /** A warning amber that reads on the light and the dark theme. */
    private void paint(boolean dark) {
        setStyle("-fx-padding: 5 10 5 10; -fx-border-width: 0 0 1 0; -fx-background-color: "
                + (dark ? "#3d3112; -fx-border-color: #7a6424;" : "#fff4d6; -fx-border-color: #e6c36a;"));
        reason.setStyle("-fx-text-fill: " + (dark ? "#f0dfae;" : "#5c4400;"));
    }

    /** Shows the reason the file is read-only, or hides the bar when it is open for editing (null). */
    void show(String readOnlyReason) {
        boolean visible = readOnlyReason != null;
        setVisible(visible);
        setManaged(visible);
        reason.setText(visible ? "Read-only. " + readOnlyReason + " Corrections need a copy you can edit." : "");
    }
}
