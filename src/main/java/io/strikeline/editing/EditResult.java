package io.strikeline.editing;

import io.strikeline.model.Event;
import java.util.List;
import java.util.Set;

/**
 * What one analyst action did: its change id in the edit log, the events as they now are (to show),
 * the ids that are no events of their own any more (merged away, creation undone), and a one-line summary.
 */
public record EditResult(long changeId, List<Event> changed, Set<Long> gone, String summary) {

    public EditResult {
        changed = List.copyOf(changed);
        gone = Set.copyOf(gone);
    }

    /** The event the action was about (the edited, merged-into, split-off or created one), or null. */
    public Event primary() {
        return changed.isEmpty() ? null : changed.get(0);
    }
}
