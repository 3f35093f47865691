package io.strikeline.ui.briefing;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** A north arrow for exported images (the map is Web Mercator, so north is straight up everywhere on it). */
final class NorthArrow {

    private NorthArrow() {}

    static Node create() {
        Polygon left = new Polygon(0, 26, 9, 0, 9, 20);
        left.setFill(Color.web("#333333"));
        Polygon right = new Polygon(18, 26, 9, 0, 9, 20);
        right.setFill(Color.WHITE);
        right.setStroke(Color.web("#333333"));
        Label n = new Label("N");
        n.setFont(Font.font("System", FontWeight.BOLD, 13));
        n.setTextFill(Color.web("#333333"));
        VBox arrow = new VBox(0, n, new javafx.scene.Group(left, right));
        arrow.setStyle("-fx-alignment: center; -fx-background-color: rgba(255,255,255,0.8); -fx-background-radius: 4;"
                + " -fx-padding: 2 6 6 6;");
        arrow.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        return arrow;
    }
}
