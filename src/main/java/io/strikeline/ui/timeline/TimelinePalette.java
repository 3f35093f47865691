package io.strikeline.ui.timeline;

import javafx.scene.paint.Color;

/** The timeline's colours in one theme; glyphs keep the shared {@code EventStyle} type colours in both. */
record TimelinePalette(
        Color background,
        Color laneStripe,
        Color grid,
        Color axisLine,
        Color text,
        Color mutedText,
        Color preciseBar,
        Color impreciseBar,
        Color brush,
        Color brushImpreciseBar,
        Color mixedDensity,
        Color glyphOutline,
        Color ringShadow,
        Color tooltipFill,
        Color tooltipText) {

    static final TimelinePalette LIGHT = new TimelinePalette(
            Color.web("#ffffff"), Color.web("#f5f7fa"), Color.web("#e4e7eb"), Color.web("#9aa5b1"),
            Color.web("#323f4b"), Color.web("#7b8794"), Color.web("#9aa5b1"), Color.web("#cbd2d9"),
            Color.web("#2563eb"), Color.web("#93b4f5"), Color.web("#3e4c59"), Color.WHITE,
            Color.web("#1f2933", 0.55), Color.web("#1f2933", 0.92), Color.WHITE);

    static final TimelinePalette DARK = new TimelinePalette(
            Color.web("#161b22"), Color.web("#1c222b"), Color.web("#2b323c"), Color.web("#6e7681"),
            Color.web("#e6edf3"), Color.web("#8b949e"), Color.web("#7d8590"), Color.web("#3d444d"),
            Color.web("#4c8dff"), Color.web("#2f5597"), Color.web("#c9d1d9"), Color.web("#161b22"),
            Color.web("#000000", 0.6), Color.web("#e6edf3", 0.95), Color.web("#161b22"));
}
