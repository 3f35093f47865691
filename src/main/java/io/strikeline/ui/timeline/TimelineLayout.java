package io.strikeline.ui.timeline;

/**
 * Where the bands of the timeline canvas are: lane labels on the left, the histogram on top, one row
 * per lane, the axis at the bottom. All in canvas pixels.
 */
record TimelineLayout(double width, double height, int laneCount, double plotX, double plotWidth,
                      double histogramY, double histogramHeight, double lanesY, double laneHeight, double axisY) {

    static final double LABEL_COLUMN = 150;
    static final double RIGHT_MARGIN = 12;
    static final double AXIS_HEIGHT = 34;
    static final double TOP = 6;
    static final double GAP = 6;

    static TimelineLayout of(double width, double height, int laneCount) {
        double plotWidth = Math.max(1, width - LABEL_COLUMN - RIGHT_MARGIN);
        double axisY = height - AXIS_HEIGHT;
        double available = Math.max(0, axisY - TOP - GAP);
        double laneHeight = laneCount == 0 ? 0 : Math.max(10, Math.min(24, available * 0.62 / laneCount));
        double lanesHeight = laneHeight * laneCount;
        double histogramHeight = Math.max(24, available - lanesHeight);
        double lanesY = TOP + histogramHeight + GAP;
        return new TimelineLayout(width, height, laneCount, LABEL_COLUMN, plotWidth,
                TOP, histogramHeight, lanesY, laneHeight, axisY);
    }

    double laneY(int lane) {
        return lanesY + lane * laneHeight;
    }

    /** The lane under canvas y, or -1. */
    int laneAt(double y) {
        if (laneCount == 0 || y < lanesY || y >= lanesY + laneCount * laneHeight) {
            return -1;
        }
        return (int) ((y - lanesY) / laneHeight);
    }

    boolean inAxis(double y) {
        return y >= axisY;
    }

    boolean inPlot(double x) {
        return x >= plotX && x <= plotX + plotWidth;
    }
}
