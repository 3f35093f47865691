package io.strikeline.ui.style;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;

/**
 * Turns off the image cache that the default scroll pane skin keeps of its viewport. That cache is rebuilt from
 * scratch whenever anything inside changes, so a pane whose content changes with every selection (the inspector,
 * an article) paints everything twice: once into the cache, once to the screen. Without it only the changed part
 * is painted, and text is not blurred at fractional scroll offsets.
 */
public final class ScrollViewports {

    private ScrollViewports() {}

    /** For a scroll pane, or a control whose skin holds one (a text area): now if it has a skin, else once it has. */
    public static void uncache(Control control) {
        if (control.getSkin() != null) {
            apply(control);
        }
        control.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null) {
                apply(control);
            }
        });
    }

    private static void apply(Control control) {
        if (control instanceof ScrollPane) {
            Node viewport = control.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        } else if (control.lookup(".scroll-pane") instanceof ScrollPane inner && inner != control) {
            uncache(inner);
        }
    }
}
