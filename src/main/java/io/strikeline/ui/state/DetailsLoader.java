package io.strikeline.ui.state;

import io.strikeline.model.Event;

/**
 * Loads the details of an event from wherever events live (the open database). Called on a
 * background thread; views never touch the database themselves.
 */
@FunctionalInterface
public interface DetailsLoader {

    EventDetails load(Event event);
}
