package io.strikeline.ui.map;

import javafx.scene.paint.Color;

/** The basemap and chrome colours of one theme; markers keep the shared {@code EventStyle} colours in both. */
record MapPalette(
        Color sea,
        Color land,
        Color focusLand,
        Color admin,
        Color border,
        Color coast,
        Color river,
        Color countryLabel,
        Color adminLabel,
        Color cityDot,
        Color cityLabel,
        Color halo,
        Color markerOutline,
        Color hollowFill,
        Color clusterCenter,
        Color clusterText,
        Color region,
        Color chromeText) {

    static final MapPalette LIGHT = new MapPalette(
            Color.web("#d4e1ea"), Color.web("#ece9e1"), Color.web("#fbfaf6"),
            Color.web("#c9c1b1"), Color.web("#7d7466"), Color.web("#8fa9bc"), Color.web("#4f8fcc"),
            Color.web("#8a8170"), Color.web("#9a8f7b"), Color.web("#3b3b3b"), Color.web("#202020"),
            Color.web("#fbfaf6", 0.9), Color.WHITE, Color.WHITE, Color.web("#ffffff", 0.94),
            Color.web("#1a1a1a"), Color.web("#c0392b"), Color.web("#202020"));

    static final MapPalette DARK = new MapPalette(
            Color.web("#141b24"), Color.web("#232830"), Color.web("#2c323b"),
            Color.web("#444c58"), Color.web("#8c96a5"), Color.web("#3f5a70"), Color.web("#4a86bf"),
            Color.web("#8d97a6"), Color.web("#7c8594"), Color.web("#d6dbe2"), Color.web("#e8ebef"),
            Color.web("#1b2028", 0.9), Color.web("#10141a"), Color.web("#1b2028"), Color.web("#1b2028", 0.94),
            Color.web("#f0f2f5"), Color.web("#ff7b6b"), Color.web("#e8ebef"));
}
