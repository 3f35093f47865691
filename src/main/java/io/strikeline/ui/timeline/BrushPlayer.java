package io.strikeline.ui.timeline;

import io.strikeline.ui.state.TimeWindow;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Plays the brush through time on an {@link AnimationTimer}: at 1x the brush crosses the whole data
 * span in {@link #SECONDS_PER_SPAN} seconds. The stepping rules are pure static functions.
 */
final class BrushPlayer {

    static final double SECONDS_PER_SPAN = 30;
    /** A brush created by play covers this fraction of the data span. */
    static final int NEW_BRUSH_FRACTION = 20;

    /** Where the brush and the data are; implemented by the view. */
    interface Target {
        TimeWindow window();

        void setWindow(TimeWindow window);

        /** The dated data as {start, end} epoch millis, or null when there is nothing to play through. */
        long[] dataRange();
    }

    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ObjectProperty<PlayMode> mode = new SimpleObjectProperty<>(this, "mode", PlayMode.SLIDING);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final Target target;
    private long lastFrame;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };

    BrushPlayer(Target target) {
        this.target = target;
        playing.addListener((obs, was, now) -> {
            if (now) {
                begin();
            } else {
                timer.stop();
            }
        });
    }

    BooleanProperty playingProperty() {
        return playing;
    }

    ObjectProperty<PlayMode> modeProperty() {
        return mode;
    }

    DoubleProperty speedProperty() {
        return speed;
    }

    private void begin() {
        long[] data = target.dataRange();
        if (data == null) {
            playing.set(false);
            return;
        }
        target.setWindow(startWindow(target.window(), mode.get(), data[0], data[1]));
        lastFrame = -1;
        timer.start();
    }

    private void frame(long now) {
        long[] data = target.dataRange();
        TimeWindow window = target.window();
        if (data == null || window == null) {
            playing.set(false);
            return;
        }
        if (lastFrame < 0) {
            lastFrame = now;
            return;
        }
        double seconds = Math.min(0.1, (now - lastFrame) / 1e9);
        lastFrame = now;
        long step = Math.max(1, Math.round((data[1] - data[0]) * speed.get() * seconds / SECONDS_PER_SPAN));
        TimeWindow next = advance(window, mode.get(), step, data[1]);
        target.setWindow(next);
        if (!next.end().isBefore(Instant.ofEpochMilli(data[1]))) {
            playing.set(false);
        }
    }

    /** The brush play starts from: a new one at the data start if there is none, rewound if it is at the end. */
    static TimeWindow startWindow(TimeWindow current, PlayMode mode, long dataStart, long dataEnd) {
        long fresh = Math.max(1, (dataEnd - dataStart) / NEW_BRUSH_FRACTION);
        if (current == null) {
            return window(dataStart, dataStart + fresh);
        }
        if (current.end().toEpochMilli() < dataEnd) {
            return current;
        }
        long width = mode == PlayMode.SLIDING ? Math.min(current.durationMillis(), dataEnd - dataStart) : fresh;
        return window(dataStart, dataStart + width);
    }

    /** One step: sliding moves the whole window, cumulative moves only its end; never past {@code dataEnd}. */
    static TimeWindow advance(TimeWindow current, PlayMode mode, long stepMillis, long dataEnd) {
        long start = current.start().toEpochMilli();
        long end = current.end().toEpochMilli();
        long step = Math.max(0, Math.min(stepMillis, dataEnd - end));
        return mode == PlayMode.SLIDING ? window(start + step, end + step) : window(start, end + step);
    }

    private static TimeWindow window(long start, long end) {
        return new TimeWindow(Instant.ofEpochMilli(start), Instant.ofEpochMilli(end));
    }
}
