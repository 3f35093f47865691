package io.strikeline.briefing;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Where things sit on a 16:9 page, in points from the top left: the slide and the handout page share it,
 * so the handout shows the same pages as the deck. The map and timeline boxes have the rendered images'
 * proportions ({@link #MAP_ASPECT}, {@link #TIMELINE_ASPECT}).
 */
public final class PageLayout {

    public static final double WIDTH = 960;
    public static final double HEIGHT = 540;
    /** The map is rendered 16:9, the timeline as a strip 40:9; renderers use these to size their views. */
    public static final double MAP_ASPECT = 16.0 / 9;
    public static final double TIMELINE_ASPECT = 40.0 / 9;
    /** The table lists at most this many events; the rest are counted, and listed in the handout's appendix. */
    public static final int TABLE_ROWS = 8;
    /** The sources box cites at most this many articles. */
    public static final int SOURCE_LINES = 6;

    static final Rectangle2D TITLE = new Rectangle2D.Double(24, 12, 912, 34);
    static final Rectangle2D CAPTION = new Rectangle2D.Double(24, 46, 912, 24);
    static final Rectangle2D MAP = new Rectangle2D.Double(24, 74, 560, 315);
    static final Rectangle2D TIMELINE = new Rectangle2D.Double(24, 395, 560, 126);
    static final Rectangle2D LEGEND = new Rectangle2D.Double(600, 74, 336, 64);
    static final Rectangle2D TABLE = new Rectangle2D.Double(600, 144, 336, 240);
    static final Rectangle2D SOURCES = new Rectangle2D.Double(600, 392, 336, 130);
    // each header fits its column on one line at the table's type size; the place gets what is left
    static final double[] COLUMN_WIDTHS = {52, 68, 54, 58, 50, 54};
    static final String[] COLUMNS = {"Date", "Place", "Type", "By", "Toll", "Status"};

    private PageLayout() {}

    /** The largest box of the image's proportions inside {@code area}, top-left aligned. */
    static Rectangle2D fit(BufferedImage image, Rectangle2D area) {
        double scale = Math.min(area.getWidth() / image.getWidth(), area.getHeight() / image.getHeight());
        return new Rectangle2D.Double(area.getX(), area.getY(), image.getWidth() * scale, image.getHeight() * scale);
    }

    /** The cells of one table row, in {@link #COLUMNS} order. */
    static String[] cells(EventRow r) {
        return new String[] {r.date(), r.place(), r.type(), r.perpetrator(), r.casualties(), r.status()};
    }

    /** "+ 12 more events (listed in the handout)" when the table could not hold them all, else null. */
    static String overflow(BriefingPage page) {
        int more = page.events().size() - TABLE_ROWS;
        return more > 0 ? "+ " + more + " more event" + (more == 1 ? "" : "s") + " (listed in the handout)" : null;
    }
}
