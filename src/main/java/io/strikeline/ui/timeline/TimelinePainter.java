package io.strikeline.ui.timeline;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.ui.state.TimeWindow;
import io.strikeline.ui.state.ViewState;
import io.strikeline.ui.style.EventStyle;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws the timeline onto any {@link GraphicsContext}: the base layer (grid, histogram, lanes, axis),
 * recording glyph hit boxes as it goes, and the overlay (brush, selection, hover), which is cheap
 * enough to redraw on every mouse move.
 */
final class TimelinePainter {

    /** How far a ring stands off its glyph. */
    static final double RING_PAD = 2.5;

    /** Above this many events visible in one lane, the lane shows density instead of glyphs. */
    static final int GLYPH_LIMIT = 1500;
    static final double BIN_PIXELS = 4;
    private static final double DENSITY_CELL = 3;

    static final Font FONT = Font.font("System", 11);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 11);

    private final Map<String, Double> widths = new HashMap<>();
    private TimelinePalette palette = TimelinePalette.LIGHT;
    private final Text measure = new Text();

    // the histogram as last drawn, so the overlay can repaint the brushed part in the brush colour
    private double[] binX0 = new double[0];
    private double[] binX1 = new double[0];
    private double[] binPrecise = new double[0];
    private double[] binImprecise = new double[0];
    private double binScale;
    private String histogramCaption = "";
    private int loading;

    TimelinePainter() {
        measure.setFont(FONT);
    }

    /** The colours of the theme to draw in; takes effect on the next paint. */
    void setPalette(TimelinePalette palette) {
        this.palette = palette;
    }

    /** {@link ViewState#loadingProperty()}: an empty timeline says events are coming instead of "no events match". */
    void setLoading(int events) {
        this.loading = events;
    }

    double textWidth(String s) {
        return widths.computeIfAbsent(s, k -> {
            measure.setText(k);
            return measure.getLayoutBounds().getWidth();
        });
    }

    void paintBase(GraphicsContext g, TimelineLayout layout, TimeAxis axis, TimelineIndex index, HitBoxes hits) {
        hits.clear();
        g.setFill(palette.background());
        g.fillRect(0, 0, layout.width(), layout.height());
        g.setFont(FONT);
        g.setTextBaseline(VPos.CENTER);
        for (int lane = 0; lane < layout.laneCount(); lane += 2) {
            g.setFill(palette.laneStripe());
            g.fillRect(0, layout.laneY(lane), layout.width(), layout.laneHeight());
        }
        List<Tick> ticks = axis.ticks(this::textWidth);
        g.setStroke(palette.grid());
        g.setLineWidth(1);
        for (Tick t : ticks) {
            double x = snap(layout.plotX() + t.x());
            g.strokeLine(x, layout.histogramY(), x, layout.axisY());
        }
        g.save();
        g.beginPath();
        g.rect(layout.plotX(), 0, layout.plotWidth(), layout.height());
        g.clip();
        paintHistogram(g, layout, axis, index);
        for (int lane = 0; lane < layout.laneCount(); lane++) {
            paintLane(g, layout, axis, index, lane, hits);
        }
        g.restore();
        paintLabels(g, layout, axis, index);
        paintAxis(g, layout, axis, ticks);
        if (index.datedCount() == 0) {
            g.setFill(palette.mutedText());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(emptyMessage(index),
                    layout.plotX() + layout.plotWidth() / 2, layout.histogramY() + layout.histogramHeight() / 2);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    private String emptyMessage(TimelineIndex index) {
        String loadingMessage = ViewState.loadingMessage(loading);
        if (loadingMessage != null) {
            return loadingMessage;
        }
        return index.undatedCount() == 0 ? "No events match the filters" : "No dated events";
    }

    private void paintHistogram(GraphicsContext g, TimelineLayout layout, TimeAxis axis, TimelineIndex index) {
        // dates are known to the day at best, so finer bins would only show fractions of events
        TickUnit unit = axis.binUnit(BIN_PIXELS);
        if (unit.compareTo(TickUnit.DAY) < 0) {
            unit = TickUnit.DAY;
        }
        long[] bounds = axis.boundaries(unit);
        int n = bounds.length - 1;
        binX0 = new double[n];
        binX1 = new double[n];
        binPrecise = new double[n];
        binImprecise = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            binX0[i] = layout.plotX() + axis.toPixel(bounds[i]);
            binX1[i] = layout.plotX() + axis.toPixel(bounds[i + 1]);
            binPrecise[i] = index.preciseBetween(bounds[i], bounds[i + 1]);
            binImprecise[i] = index.impreciseBetween(bounds[i], bounds[i + 1]);
            max = Math.max(max, binPrecise[i] + binImprecise[i]);
        }
        binScale = max <= 0 ? 0 : (layout.histogramHeight() - 12) / max;
        drawBins(g, layout, palette.preciseBar(), palette.impreciseBar(), layout.plotX(), layout.plotX() + layout.plotWidth());
        g.setStroke(palette.axisLine());
        double base = snap(layout.histogramY() + layout.histogramHeight());
        g.strokeLine(layout.plotX(), base, layout.plotX() + layout.plotWidth(), base);
        g.setFill(palette.mutedText());
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("max " + formatCount(max), layout.plotX() + layout.plotWidth() - 4, layout.histogramY() + 5);
        g.setTextAlign(TextAlignment.LEFT);
        histogramCaption = "Events per " + unitName(unit);
    }

    /** The histogram's bars, each cut to the pixels from {@code fromX} to {@code toX}. */
    private void drawBins(GraphicsContext g, TimelineLayout layout, Color precise, Color imprecise, double fromX,
                          double toX) {
        double base = layout.histogramY() + layout.histogramHeight();
        for (int i = 0; i < binX0.length; i++) {
            double w = Math.max(1, binX1[i] - binX0[i] - (binX1[i] - binX0[i] > 3 ? 1 : 0));
            double x0 = Math.max(binX0[i], fromX);
            double x1 = Math.min(binX0[i] + w, toX);
            if (x1 <= x0) {
                continue;
            }
            double hp = binPrecise[i] * binScale;
            double hi = binImprecise[i] * binScale;
            if (hp > 0) {
                g.setFill(precise);
                g.fillRect(x0, base - Math.max(1, hp), x1 - x0, Math.max(1, hp));
            }
            if (hi > 0) {
                g.setFill(imprecise);
                g.fillRect(x0, base - hp - Math.max(1, hi), x1 - x0, Math.max(1, hi));
            }
        }
    }

    private void paintLane(GraphicsContext g, TimelineLayout layout, TimeAxis axis, TimelineIndex index, int lane,
                           HitBoxes hits) {
        TimelineIndex.Lane data = index.lanes().get(lane);
        double visible = index.laneCountBetween(lane, axis.startMillis(), axis.endMillis());
        if (visible > GLYPH_LIMIT) {
            paintDensity(g, layout, axis, index, lane);
            return;
        }
        long from = axis.startMillis();
        long to = axis.endMillis();
        int first = data.firstEndingAfter(from);
        // spans first (years under months), points last so they stay on top and win hit tests
        for (DatePrecision pass : new DatePrecision[] {DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY}) {
            long lastStart = Long.MIN_VALUE;
            for (int i = first; i < data.count && data.start[i] < to; i++) {
                // events on the same date draw one glyph: stacked translucent spans would turn solid
                if (data.precision[i] != pass || data.end[i] <= from || data.start[i] == lastStart) {
                    continue;
                }
                lastStart = data.start[i];
                Color c = EventStyle.color(index.catalogType(data.catalogIndex[i]));
                double[] box = glyph(layout, axis, lane, data.start[i], data.end[i], pass);
                if (pass == DatePrecision.DAY) {
                    dayBand(g, layout, axis, lane, data.start[i], data.end[i], c);
                }
                drawGlyph(g, box, pass, c);
                hits.add(box[0], box[1], box[2], box[3], data.catalogIndex[i]);
            }
        }
    }

    private void paintDensity(GraphicsContext g, TimelineLayout layout, TimeAxis axis, TimelineIndex index, int lane) {
        TimelineIndex.Lane data = index.lanes().get(lane);
        Color c = data.type == null ? palette.mixedDensity() : EventStyle.color(data.type);
        int cells = (int) Math.ceil(layout.plotWidth() / DENSITY_CELL);
        double[] counts = new double[cells];
        double max = 0;
        for (int i = 0; i < cells; i++) {
            counts[i] = index.laneCountBetween(lane, axis.toMillis(i * DENSITY_CELL), axis.toMillis((i + 1) * DENSITY_CELL));
            max = Math.max(max, counts[i]);
        }
        double y = layout.laneY(lane) + 2;
        double h = layout.laneHeight() - 4;
        double logMax = Math.log1p(max);
        for (int i = 0; i < cells; i++) {
            if (counts[i] > 0.01) {
                g.setFill(c.deriveColor(0, 1, 1, 0.15 + 0.85 * Math.log1p(counts[i]) / logMax));
                g.fillRect(layout.plotX() + i * DENSITY_CELL, y, DENSITY_CELL, h);
            }
        }
    }

    /** The glyph rectangle {x0, y0, x1, y1} of an event in a lane; a day narrower than a dot becomes a dot. */
    static double[] glyph(TimelineLayout layout, TimeAxis axis, int lane, long start, long end, DatePrecision precision) {
        double cy = layout.laneY(lane) + layout.laneHeight() / 2;
        double r = Math.max(2.5, Math.min(4.5, layout.laneHeight() / 2 - 2));
        double x0 = layout.plotX() + axis.toPixel(start);
        double x1 = layout.plotX() + axis.toPixel(end);
        if (precision == DatePrecision.DAY) {
            double cx = (x0 + x1) / 2;
            return new double[] {cx - r, cy - r, cx + r, cy + r};
        }
        double half = Math.max(2, layout.laneHeight() * 0.22);
        return new double[] {x0, cy - half, Math.max(x1, x0 + 2), cy + half};
    }

    static double[] glyph(TimelineLayout layout, TimeAxis axis, int lane, Event e) {
        long start = e.date().start().toEpochDay() * TimelineIndex.DAY_MS;
        long end = (e.date().end().toEpochDay() + 1) * TimelineIndex.DAY_MS;
        return glyph(layout, axis, lane, start, end, e.date().precision());
    }

    /** Once a day is wide on screen, a faint band shows that the dot stands for the whole day. */
    private static void dayBand(GraphicsContext g, TimelineLayout layout, TimeAxis axis, int lane, long start, long end,
                                Color c) {
        double x0 = layout.plotX() + axis.toPixel(start);
        double x1 = layout.plotX() + axis.toPixel(end);
        if (x1 - x0 >= 24) {
            double half = Math.max(2, layout.laneHeight() * 0.28);
            double cy = layout.laneY(lane) + layout.laneHeight() / 2;
            g.setFill(c.deriveColor(0, 1, 1, 0.12));
            g.fillRect(x0 + 1, cy - half, x1 - x0 - 2, 2 * half);
        }
    }

    private void drawGlyph(GraphicsContext g, double[] b, DatePrecision precision, Color c) {
        double w = b[2] - b[0];
        double h = b[3] - b[1];
        switch (precision) {
            case DAY -> {
                g.setFill(c);
                g.fillOval(b[0], b[1], w, h);
                g.setStroke(palette.glyphOutline());
                g.setLineWidth(0.75);
                g.strokeOval(b[0], b[1], w, h);
            }
            case MONTH, YEAR -> {
                // imprecise dates: a translucent bar over the whole period, fainter for a year
                boolean month = precision == DatePrecision.MONTH;
                g.setFill(c.deriveColor(0, 1, 1, month ? 0.35 : 0.16));
                g.fillRect(b[0], b[1], w, h);
                g.setStroke(c.deriveColor(0, 1, 1, month ? 0.9 : 0.55));
                g.setLineWidth(1);
                g.strokeLine(snap(b[0]), b[1] - 1, snap(b[0]), b[3] + 1);
                g.strokeLine(snap(b[2]), b[1] - 1, snap(b[2]), b[3] + 1);
            }
            default -> throw new IllegalStateException("unknown precision " + precision);
        }
    }

    private void paintLabels(GraphicsContext g, TimelineLayout layout, TimeAxis axis, TimelineIndex index) {
        g.setFill(palette.background());
        g.fillRect(0, 0, layout.plotX() - 1, layout.lanesY());
        g.setFill(palette.text());
        g.setFont(BOLD);
        g.fillText(histogramCaption, 8, layout.histogramY() + layout.histogramHeight() / 2 - 7);
        g.setFont(FONT);
        g.setFill(palette.mutedText());
        String total = formatCount(index.datedCount()) + " dated"
                + (index.undatedCount() > 0 ? ", " + formatCount(index.undatedCount()) + " undated" : "");
        g.fillText(total, 8, layout.histogramY() + layout.histogramHeight() / 2 + 8);
        double countX = layout.plotX() - 8;
        for (int lane = 0; lane < layout.laneCount(); lane++) {
            TimelineIndex.Lane data = index.lanes().get(lane);
            double cy = layout.laneY(lane) + layout.laneHeight() / 2;
            double x = 8;
            if (data.type != null) {
                g.setFill(EventStyle.color(data.type));
                g.fillRoundRect(x, cy - 4, 8, 8, 3, 3);
                x += 13;
            }
            String count = formatCount(data.count);
            g.setFill(palette.mutedText());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(count, countX, cy);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(palette.text());
            g.fillText(fit(data.label, countX - textWidth(count) - 6 - x), x, cy);
        }
    }

    private void paintAxis(GraphicsContext g, TimelineLayout layout, TimeAxis axis, List<Tick> ticks) {
        double y = snap(layout.axisY());
        double right = layout.plotX() + layout.plotWidth();
        g.setStroke(palette.axisLine());
        g.strokeLine(layout.plotX(), y, right, y);
        g.setFill(palette.text());
        g.setFont(FONT);
        for (Tick t : ticks) {
            double x = layout.plotX() + t.x();
            g.strokeLine(snap(x), y, snap(x), y + 5);
            if (x + 3 + textWidth(t.label()) <= right) {
                g.fillText(t.label(), x + 3, y + 11);
            }
        }
        if (ticks.isEmpty()) {
            return;
        }
        // the coarser context row sticks to the left edge until the next period's label needs the room
        List<Tick> context = axis.contextTicks(axis.tickUnit(this::textWidth));
        g.setFont(BOLD);
        for (int i = 0; i < context.size(); i++) {
            Tick t = context.get(i);
            double w = textWidth(t.label()) * 1.1;
            double natural = Math.max(layout.plotX() + t.x(), layout.plotX()) + 3;
            double x = natural;
            if (i + 1 < context.size()) {
                x = Math.min(x, layout.plotX() + context.get(i + 1).x() - w - 8);
            }
            // a sticky label the next one pushes is hidden rather than crowding it
            if (x >= natural - 0.5 && x < right) {
                g.fillText(t.label(), x, y + 26);
            }
        }
        g.setFont(FONT);
        g.setFill(palette.background());
        g.fillRect(0, y + 1, layout.plotX() - 1, layout.height() - y);
    }

    /**
     * Draws brush and hover ring; the text tooltip only for {@code pointed}, the event under
     * the pointer on this timeline (a hover linked from another view gets the ring alone).
     */
    void paintOverlay(GraphicsContext g, TimelineLayout layout, TimeAxis axis, TimelineIndex index, TimeWindow brush,
                      Event hovered, Event pointed) {
        // no clip: a canvas clip costs a mask the size of the canvas on every frame (allocated and drawn by the
        // renderer); the brushed bins are cut to the brush and what falls outside the plot is cleared after
        g.clearRect(0, 0, layout.width(), layout.height());
        if (brush != null) {
            double x0 = layout.plotX() + axis.toPixel(brush.start());
            double x1 = layout.plotX() + axis.toPixel(brush.end());
            drawBins(g, layout, palette.brush(), palette.brushImpreciseBar(), x0, x1);
            double top = layout.histogramY();
            double bottom = layout.axisY();
            g.setFill(palette.brush().deriveColor(0, 1, 1, 0.08));
            g.fillRect(x0, top, x1 - x0, bottom - top);
            g.setStroke(palette.brush());
            g.setLineWidth(1.5);
            g.strokeLine(x0, top, x0, bottom);
            g.strokeLine(x1, top, x1, bottom);
            double mid = (top + bottom) / 2;
            g.setFill(palette.brush());
            g.fillRoundRect(x0 - 3, mid - 9, 6, 18, 4, 4);
            g.fillRoundRect(x1 - 3, mid - 9, 6, 18, 4, 4);
        }
        ring(g, layout, axis, index, hovered, palette.text(), 1.5);
        double plotEnd = layout.plotX() + layout.plotWidth();
        g.clearRect(0, 0, layout.plotX(), layout.height());
        g.clearRect(plotEnd, 0, layout.width() - plotEnd, layout.height());
        if (pointed != null && index.laneOf(pointed) >= 0) {
            tooltip(g, layout, axis, index, pointed);
        }
    }

    private void ring(GraphicsContext g, TimelineLayout layout, TimeAxis axis, TimelineIndex index, Event e,
                             Color color, double width) {
        int lane = e == null ? -1 : index.laneOf(e);
        if (lane < 0) {
            return;
        }
        ring(g, glyph(layout, axis, lane, e), color, width);
    }

    /** The selected event's ring around glyph bounds {@code b} (drawn by {@link TimelineSelectionMark}). */
    void selectionRing(GraphicsContext g, double[] b) {
        ring(g, b, EventStyle.selection(), 2.5);
    }

    private void ring(GraphicsContext g, double[] b, Color color, double width) {
        double pad = RING_PAD;
        g.setLineWidth(width + 2);
        g.setStroke(palette.ringShadow());
        g.strokeRoundRect(b[0] - pad, b[1] - pad, b[2] - b[0] + 2 * pad, b[3] - b[1] + 2 * pad, 6, 6);
        g.setLineWidth(width);
        g.setStroke(color);
        g.strokeRoundRect(b[0] - pad, b[1] - pad, b[2] - b[0] + 2 * pad, b[3] - b[1] + 2 * pad, 6, 6);
    }

    private void tooltip(GraphicsContext g, TimelineLayout layout, TimeAxis axis, TimelineIndex index, Event e) {
        String text = describe(e);
        double[] b = glyph(layout, axis, index.laneOf(e), e);
        if (b[2] < layout.plotX() || b[0] > layout.plotX() + layout.plotWidth()) {
            return;
        }
        double w = textWidth(text) + 12;
        double h = 18;
        double centre = (Math.max(b[0], layout.plotX()) + Math.min(b[2], layout.width())) / 2;
        double x = Math.min(Math.max(layout.plotX(), centre - w / 2), layout.width() - w - 2);
        double y = b[1] - h - 6 < 0 ? b[3] + 6 : b[1] - h - 6;
        g.setFill(palette.tooltipFill());
        g.fillRoundRect(x, y, w, h, 6, 6);
        g.setFill(palette.tooltipText());
        g.setFont(FONT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + 6, y + h / 2);
    }

    static String describe(Event e) {
        StringBuilder s = new StringBuilder(e.type().label()).append(" · ").append(formatDate(e));
        if (e.place() != null && !e.place().isBlank()) {
            s.append(" · ").append(e.place());
        }
        if (e.perpetrator() != null && !e.perpetrator().isBlank()) {
            s.append(" · ").append(e.perpetrator());
        }
        if (e.killed() != null) {
            s.append(" · ").append(e.killed());
            if (e.killedMax() != null && !e.killedMax().equals(e.killed())) {
                s.append('–').append(e.killedMax());
            }
            s.append(" killed");
        }
        return s.toString();
    }

    static String formatDate(Event e) {
        LocalDate d = e.date().start();
        return switch (e.date().precision()) {
            case DAY -> d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
            case MONTH -> month(d) + " " + d.getYear() + " (month)";
            case YEAR -> d.getYear() + " (year)";
        };
    }

    private static String month(LocalDate d) {
        String m = d.getMonth().name().substring(0, 3);
        return m.charAt(0) + m.substring(1).toLowerCase(Locale.ROOT);
    }

    static String formatCount(double n) {
        return String.format(Locale.ROOT, "%,d", Math.round(n));
    }

    private static String unitName(TickUnit unit) {
        return switch (unit) {
            case HOUR -> "hour";
            case THREE_HOURS -> "3 hours";
            case SIX_HOURS -> "6 hours";
            case TWELVE_HOURS -> "12 hours";
            case DAY -> "day";
            case WEEK -> "week";
            case MONTH -> "month";
            case QUARTER -> "quarter";
            case YEAR -> "year";
            case TWO_YEARS -> "2 years";
            case FIVE_YEARS -> "5 years";
            case DECADE -> "decade";
            case TWO_DECADES -> "20 years";
            case HALF_CENTURY -> "50 years";
        };
    }

    private String fit(String label, double width) {
        if (textWidth(label) <= width) {
            return label;
        }
        String s = label;
        while (s.length() > 1 && textWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    private static double snap(double x) {
        return Math.floor(x) + 0.5;
    }
}
