package io.strikeline.ui.briefing;

import io.strikeline.model.Scene;
import io.strikeline.ui.map.MapView;
import io.strikeline.ui.state.ViewState;
import io.strikeline.ui.timeline.TimelineView;
import java.util.Set;
import java.util.function.Function;

/** The viewer's own state, map and timeline: what a scene is captured from and restored to. FX thread only. */
public record LiveView(ViewState state, MapView map, TimelineView timeline) {

    public Scene capture(String name, String title, String caption) {
        return SceneCodec.capture(name, title, caption, state, map.getMapViewport(), timeline.getVisibleRange(),
                timeline.getLaneMode());
    }

    /** Puts the scene back exactly: filters, window, selection, lanes, the timeline's range and the map's extent. */
    public void restore(Scene scene, Function<String, Set<Long>> search) {
        SceneCodec.applyTo(state, scene, search);
        timeline.setLaneMode(SceneCodec.lanes(scene));
        if (scene.range() != null) {
            timeline.setVisibleRange(SceneCodec.window(scene.range()));
        }
        map.setMapViewport(SceneCodec.viewport(scene, map.getMapViewport().width(), map.getMapViewport().height()));
    }
}
