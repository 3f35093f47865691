package io.strikeline.briefing;

/** What a briefing export writes; the command line accepts the names in any case. */
public enum BriefingFormat {
    PPTX(true),
    PDF(true),
    PNG(true),
    GIF(true),
    MP4(true),
    KML(false),
    GEOJSON(false),
    CSV(false);

    private final boolean drawn;

    BriefingFormat(boolean drawn) {
        this.drawn = drawn;
    }

    /** True when the export draws the views (and so needs JavaFX, offscreen when there is no screen). */
    public boolean drawn() {
        return drawn;
    }

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
