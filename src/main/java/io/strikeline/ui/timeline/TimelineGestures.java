package io.strikeline.ui.timeline;

import io.strikeline.model.Event;
import io.strikeline.ui.state.TimeWindow;
import java.time.Instant;
import java.util.Objects;
import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;

/**
 * Mouse and keyboard on the timeline canvas: drag to brush, move or resize the brush, pan on the axis
 * (or with the right/middle button or shift), wheel to zoom at the cursor, click a glyph to select it.
 */
final class TimelineGestures {

    private enum Drag { NONE, PAN, NEW_BRUSH, MOVE_BRUSH, BRUSH_START, BRUSH_END }

    /** Presses within this many pixels of a brush edge resize it. */
    private static final double EDGE = 6;
    /** Movement below this many pixels is a click, not a drag. */
    private static final double CLICK_SLOP = 3;
    private static final long HOUR_MS = 3_600_000L;

    private final TimelineView view;
    private Drag drag = Drag.NONE;
    private double pressX;
    private boolean moved;
    private Event pressedEvent;
    private TimeAxis pressAxis;
    private TimeWindow pressWindow;

    TimelineGestures(TimelineView view, Pane target) {
        this.view = view;
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        target.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        target.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        target.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(target, e));
        target.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            view.setPointed(null);
            view.state().hoveredProperty().set(null);
        });
        target.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        target.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private void pressed(MouseEvent e) {
        ((Pane) e.getSource()).requestFocus();
        TimelineLayout bands = view.layoutBands();
        pressX = e.getX();
        moved = false;
        pressAxis = view.axis();
        pressWindow = view.state().timeWindowProperty().get();
        pressedEvent = view.eventAt(e.getX(), e.getY());
        if (e.getButton() != MouseButton.PRIMARY || e.isShiftDown() || bands.inAxis(e.getY())) {
            drag = Drag.PAN;
        } else if (!bands.inPlot(e.getX())) {
            drag = Drag.NONE;
        } else {
            drag = brushPart(e.getX());
            view.pause();
        }
    }

    private Drag brushPart(double x) {
        TimeWindow w = view.state().timeWindowProperty().get();
        if (w == null) {
            return Drag.NEW_BRUSH;
        }
        double offset = view.layoutBands().plotX();
        double x0 = offset + view.axis().toPixel(w.start());
        double x1 = offset + view.axis().toPixel(w.end());
        if (Math.abs(x - x0) <= EDGE) {
            return Drag.BRUSH_START;
        }
        if (Math.abs(x - x1) <= EDGE) {
            return Drag.BRUSH_END;
        }
        return x > x0 && x < x1 ? Drag.MOVE_BRUSH : Drag.NEW_BRUSH;
    }

    private void dragged(MouseEvent e) {
        if (!moved && Math.abs(e.getX() - pressX) < CLICK_SLOP) {
            return;
        }
        moved = true;
        double offset = view.layoutBands().plotX();
        double x = e.getX();
        switch (drag) {
            case PAN -> view.setAxis(pressAxis.panByPixels(pressX - x));
            case NEW_BRUSH -> setBrush(snap(pressAxis.toMillis(Math.min(pressX, x) - offset)),
                    snap(pressAxis.toMillis(Math.max(pressX, x) - offset)));
            case MOVE_BRUSH -> {
                long shift = Math.round((x - pressX) / pressAxis.pixelsPerMilli());
                view.state().timeWindowProperty().set(pressWindow.shiftedBy(snap(shift)));
            }
            case BRUSH_START -> setBrush(snap(pressAxis.toMillis(x - offset)), pressWindow.end().toEpochMilli());
            case BRUSH_END -> setBrush(pressWindow.start().toEpochMilli(), snap(pressAxis.toMillis(x - offset)));
            default -> { }
        }
    }

    private void setBrush(long a, long b) {
        long start = Math.min(a, b);
        long end = Math.max(a, b);
        if (end == start) {
            end = start + unitMillis();
        }
        view.state().timeWindowProperty().set(new TimeWindow(Instant.ofEpochMilli(start), Instant.ofEpochMilli(end)));
    }

    private void released(MouseEvent e) {
        if (!moved && drag != Drag.PAN && e.getButton() == MouseButton.PRIMARY && view.layoutBands().inPlot(e.getX())) {
            // a click: on a glyph selects it, on empty space clears the selection
            view.state().selectedProperty().set(pressedEvent);
        }
        drag = Drag.NONE;
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()
                && view.eventAt(e.getX(), e.getY()) == null) {
            view.pause();
            view.state().timeWindowProperty().set(null);
        }
    }

    private void hover(Pane target, MouseEvent e) {
        Event under = view.eventAt(e.getX(), e.getY());
        view.setPointed(under);
        if (!Objects.equals(under, view.state().hoveredProperty().get())) {
            view.state().hoveredProperty().set(under);
        }
        TimelineLayout bands = view.layoutBands();
        Cursor cursor = Cursor.DEFAULT;
        if (under != null) {
            cursor = Cursor.HAND;
        } else if (bands.inAxis(e.getY())) {
            cursor = Cursor.OPEN_HAND;
        } else if (bands.inPlot(e.getX())) {
            Drag part = brushPart(e.getX());
            cursor = part == Drag.BRUSH_START || part == Drag.BRUSH_END ? Cursor.H_RESIZE
                    : part == Drag.MOVE_BRUSH ? Cursor.MOVE : Cursor.CROSSHAIR;
        }
        target.setCursor(cursor);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double x = e.getX() - view.layoutBands().plotX();
        view.setAxis(view.axis().zoomAt(x, Math.pow(1.0025, e.getDeltaY())));
        e.consume();
    }

    private void key(KeyEvent e) {
        TimeAxis axis = view.axis();
        switch (e.getCode()) {
            case LEFT -> view.setAxis(axis.panByPixels(-axis.width() / 10));
            case RIGHT -> view.setAxis(axis.panByPixels(axis.width() / 10));
            case PLUS, EQUALS, ADD -> view.setAxis(axis.zoomAt(axis.width() / 2, 1.5));
            case MINUS, SUBTRACT -> view.setAxis(axis.zoomAt(axis.width() / 2, 1 / 1.5));
            case HOME -> view.fitAll();
            case ESCAPE -> {
                view.pause();
                view.state().timeWindowProperty().set(null);
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Brush edges land on whole days, or whole hours once a day is wide on screen. */
    private long unitMillis() {
        return TimelineIndex.DAY_MS * pressAxis.pixelsPerMilli() > 48 ? HOUR_MS : TimelineIndex.DAY_MS;
    }

    private long snap(long millis) {
        long unit = unitMillis();
        return Math.round((double) millis / unit) * unit;
    }
}
