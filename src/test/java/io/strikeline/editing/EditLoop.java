package io.strikeline.editing;

import io.strikeline.model.Event;
import io.strikeline.model.EventSource;
import io.strikeline.model.ReviewStatus;
import io.strikeline.store.EventStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The child process of {@link EditKillTest}: opens a database and edits it in an endless loop, a mix of
 * field edits, status changes, merges and splits undone at once, creations, undos and redos, chosen from
 * a seed. After each committed change it prints that change's id on a line of its own and flushes, so
 * the parent knows what was committed before it kills this process.
 *
 * <p>{@code EditLoop DB SEED [CHANGES]}: with CHANGES it stops after that many changes (for trying it by hand).
 */
public final class EditLoop {

    private static final List<String> PLACES = List.of("Baghdad", "Erbil", "Al-Qaim", "Kirkuk", "Mosul", "Basra");
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 6, 1);

    private final EventStore store;
    private final EditService editing;
    private final Random random;
    private final PrintStream out;
    private long committed;

    private EditLoop(EventStore store, long seed, PrintStream out) {
        this.store = store;
        this.editing = EditService.standard(store);
        this.random = new Random(seed);
        this.out = out;
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        long limit = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        try (EventStore store = EventStore.open(db)) {
            EditLoop loop = new EditLoop(store, seed, System.out);
            while (loop.committed < limit) {
                loop.step();
            }
        }
    }

    /** One action (two changes for the merges and splits undone at once); refused edits change nothing and are skipped. */
    private void step() {
        List<Event> live = store.events();
        Event event = live.get(random.nextInt(live.size()));
        int kind = random.nextInt(12);
        try {
            switch (kind) {
                case 0 -> committed(editing.edit(event.id(), Map.of(EditableField.DATE,
                        FIRST_DAY.plusDays(random.nextInt(900)).toString())));
                case 1 -> committed(editing.edit(event.id(), Map.of(EditableField.KILLED, Integer.toString(random.nextInt(40)))));
                case 2 -> committed(editing.edit(event.id(), Map.of(EditableField.NOTE, "checked " + random.nextInt(1000),
                        EditableField.TAGS, "kill-test,t" + random.nextInt(5))));
                case 3 -> committed(editing.edit(event.id(), Map.of(EditableField.PLACE,
                        PLACES.get(random.nextInt(PLACES.size())))));
                case 4 -> committed(editing.setStatus(event.id(),
                        ReviewStatus.values()[random.nextInt(ReviewStatus.values().length)]));
                case 5, 6 -> mergeThenUndo(live, event);
                case 7, 8 -> splitThenUndo(live);
                case 9 -> committed(editing.create(Map.of(EditableField.EVENT_TYPE, "drone_strike",
                        EditableField.DATE, FIRST_DAY.plusDays(random.nextInt(900)).toString(),
                        EditableField.PLACE, PLACES.get(random.nextInt(PLACES.size())),
                        EditableField.KILLED, Integer.toString(random.nextInt(10))), null, null));
                case 10 -> {
                    if (editing.canUndo()) {
                        committed(editing.undo());
                    }
                }
                default -> {
                    if (editing.canRedo()) {
                        committed(editing.redo());
                    }
                }
            }
        } catch (EditException ignored) {
            // a value the event already has, or nothing to merge or split: no change, nothing to report
        }
    }

    private void mergeThenUndo(List<Event> live, Event into) {
        if (live.size() < 2) {
            return;
        }
        Event other = live.get(random.nextInt(live.size()));
        if (other.id() == into.id()) {
            return;
        }
        committed(editing.merge(into.id(), List.of(other.id())));
        committed(editing.undo());
    }

    private void splitThenUndo(List<Event> live) {
        List<Event> shared = live.stream().filter(e -> store.sources(e.id()).stream()
                .map(EventSource::articleId).distinct().count() > 1).toList();
        if (shared.isEmpty()) {
            return;
        }
        Event event = shared.get(random.nextInt(shared.size()));
        List<EventSource> sources = store.sources(event.id());
        committed(editing.split(event.id(), sources.get(random.nextInt(sources.size())).articleId()));
        committed(editing.undo());
    }

    private void committed(EditResult result) {
        out.println(result.changeId());
        out.flush();
        committed++;
    }
}
