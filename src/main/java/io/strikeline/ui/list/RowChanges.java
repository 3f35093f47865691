package io.strikeline.ui.list;

import io.strikeline.model.Event;
import io.strikeline.ui.state.EventSet;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The difference between two sets of one catalog as a list change: runs of removed rows and runs of added rows, each
 * its own step, never a "replaced" one. Both sets are ascending catalog indexes, so one merge walk finds the runs; the
 * rows the two sets share are skipped a stretch at a time. Sets that differ in too many places (a filter that drops
 * every third event) are reported as one replacement instead: a listener's cost grows with the number of steps.
 */
final class RowChanges extends ListChangeListener.Change<Event> {

    /** More runs than this and the change is reported as everything replaced. */
    static final int MAX_RUNS = 256;
    private static final int[] NO_PERMUTATION = new int[0];

    /** One step: rows removed at {@code at} (then {@code added} is 0) or {@code added} rows inserted at {@code at}. */
    private record Run(int at, List<Event> removed, int added) {}

    private final List<Run> runs;
    private int cursor = -1;

    private RowChanges(ObservableList<Event> list, List<Run> runs) {
        super(list);
        this.runs = runs;
    }

    /** The steps from {@code old} to {@code now}, or null if there are more than {@link #MAX_RUNS}. */
    static RowChanges between(ObservableList<Event> list, EventSet old, EventSet now) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < old.size() || j < now.size()) {
            if (i < old.size() && j < now.size() && old.indexAt(i) == now.indexAt(j)) {
                int same = old.sameRun(i, now, j);
                i += same;
                j += same;
                continue;
            }
            if (runs.size() == MAX_RUNS) {
                return null;
            }
            if (j == now.size() || i < old.size() && old.indexAt(i) < now.indexAt(j)) {
                int end = i + 1;
                while (end < old.size() && (j == now.size() || old.indexAt(end) < now.indexAt(j))) {
                    end++;
                }
                runs.add(new Run(j, EventSetRows.view(old, i, end), 0));
                i = end;
            } else {
                int end = j + 1;
                while (end < now.size() && (i == old.size() || now.indexAt(end) < old.indexAt(i))) {
                    end++;
                }
                runs.add(new Run(j, List.of(), end - j));
                j = end;
            }
        }
        return new RowChanges(list, runs);
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }

    @Override
    public boolean next() {
        cursor++;
        return cursor < runs.size();
    }

    @Override
    public void reset() {
        cursor = -1;
    }

    @Override
    public int getFrom() {
        return run().at();
    }

    @Override
    public int getTo() {
        return run().at() + run().added();
    }

    @Override
    public List<Event> getRemoved() {
        return run().removed();
    }

    @Override
    protected int[] getPermutation() {
        return NO_PERMUTATION;
    }

    private Run run() {
        if (cursor < 0 || cursor >= runs.size()) {
            throw new IllegalStateException("call next() first");
        }
        return runs.get(cursor);
    }
}
