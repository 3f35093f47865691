package io.strikeline.ui.briefing;

import io.strikeline.briefing.Animation;
import io.strikeline.model.Scene;
import io.strikeline.ui.state.TimeWindow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import io.strikeline.ui.state.EventCatalog;

/**
 * The timeline's playback as frames: the brush moves as play moves it, and every frame is the whole view
 * (title, the frame's dates, map, timeline) drawn by the screen's views. Frames are drawn on the FX thread
 * and encoded on the caller's, one at a time.
 */
public final class PlaybackRenderer {

    /** Narrowest frame that still shows the map's labels and the timeline readably. */
    public static final int MIN_WIDTH = 480;

    private final EventCatalog catalog;
    private final Function<String, Set<Long>> search;

    public PlaybackRenderer(EventCatalog catalog, Function<String, Set<Long>> search) {
        this.catalog = catalog;
        this.search = search;
    }

    /** Writes {@code frames} frames of {@code width} pixels (16:9) to the animation; returns how many it wrote. */
    public int render(Scene scene, int frames, int width, Animation out) throws IOException {
        int w = Math.max(MIN_WIDTH, width);
        OffscreenView.Size size = new OffscreenView.Size(w, Math.max(200, w * 9.0 / 16 - 244), 170);
        OffscreenView view = Fx.call(() -> {
            OffscreenView v = new OffscreenView(catalog, size);
            v.show(scene, search, BriefingBuilder.heading(scene), BriefingBuilder.footnote(v));
            return v;
        });
        List<TimeWindow> windows = Fx.call(() -> view.timeline().playbackWindows(frames));
        for (TimeWindow window : windows) {
            BufferedImage frame = Fx.call(() -> {
                view.showWindow(window, ViewWords.window(window));
                return view.wholeImage(1);
            });
            out.add(frame);
        }
        return windows.size();
    }
}
