package io.strikeline.ui.timeline;

/** What the timeline's lanes group events by. */
public enum LaneMode {
    BY_TYPE,
    BY_PERPETRATOR
}
