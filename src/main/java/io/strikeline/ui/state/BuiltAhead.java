package io.strikeline.ui.state;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * One value built ahead on a reading thread for the view that shows a file next (the map's index, the timeline's
 * lanes), handed over once: the view takes it if it was built for what the view is about to show, else builds its
 * own. Taken values are let go, so a large file's index does not outlive its use.
 */
public final class BuiltAhead<T> {

    private final AtomicReference<T> slot = new AtomicReference<>();

    /** Offers {@code value}, replacing one not taken yet. */
    public void offer(T value) {
        slot.set(value);
    }

    /** The value offered, if {@code fits} it, taken so no one else gets it; else null. */
    public T take(Predicate<T> fits) {
        T ready = slot.get();
        return ready != null && fits.test(ready) && slot.compareAndSet(ready, null) ? ready : null;
    }

    /** The value offered and not taken yet, or null. */
    public T waiting() {
        return slot.get();
    }
}
