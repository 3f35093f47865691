package io.strikeline.ui.timeline;

/** How play moves the brush: a window of fixed width sliding on, or a window growing from a fixed start. */
public enum PlayMode {
    SLIDING,
    CUMULATIVE
}
