package io.strikeline.ui.timeline;

/** One labelled tick of the time axis: its time, its pixel position and its text. */
public record Tick(long epochMillis, double x, String label) {}
