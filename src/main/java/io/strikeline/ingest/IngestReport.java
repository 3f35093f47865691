package io.strikeline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The outcome of one ingest batch. {@code duplicates} are articles already in the database (same
 * content hash); {@code problems} lists every skipped file, line or doubtful value with its reason;
 * {@code newEventIds} are the events this batch created.
 */
public record IngestReport(
        int files,
        int articlesRead,
        int articlesStored,
        int duplicates,
        int eventsCreated,
        int eventsMerged,
        List<Problem> problems,
        Set<Long> newEventIds) {

    public IngestReport {
        problems = List.copyOf(problems);
        newEventIds = Set.copyOf(newEventIds);
    }

    /** The same outcome with {@code more} problems found after it (in a later step on the stored events). */
    public IngestReport withMoreProblems(List<Problem> more) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new IngestReport(files, articlesRead, articlesStored, duplicates, eventsCreated, eventsMerged, all,
                newEventIds);
    }

    /** A few lines for the terminal. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%d file(s), %d article(s) read: %d stored, %d already in the database.%n",
                files, articlesRead, articlesStored, duplicates));
        s.append(String.format("%d event(s) created, %d report(s) merged into existing events.%n", eventsCreated, eventsMerged));
        if (!problems.isEmpty()) {
            s.append(String.format("%d problem(s):%n", problems.size()));
            problems.forEach(p -> s.append("  ").append(p).append(System.lineSeparator()));
        }
        return s.toString();
    }
}
