package io.strikeline.cli;

import io.strikeline.editing.EditException;
import io.strikeline.editing.EditResult;
import io.strikeline.editing.EditService;
import io.strikeline.editing.EditableField;
import io.strikeline.model.Event;
import io.strikeline.store.EventStore;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Correct one event: set fields, a note or a review status. Every change is logged (see history).",
            "FIELD is one of event_type, date (YYYY-MM-DD | YYYY-MM | YYYY | FROM..TO), place (a gazetteer name,",
            "or any name with lat= and lon=), lat, lon, location_precision, perpetrator, target, killed, injured",
            "(a figure or a range such as 10-15), confidence (0..1), tags (comma-separated). An empty value clears it."})
final class EditCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "FILE")
    Path db;

    @Option(names = "--event", required = true, paramLabel = "ID")
    long event;

    @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "A field and its new value; repeat for several.")
    List<String> assignments = List.of();

    @Option(names = "--note", paramLabel = "TEXT", description = "The analyst's note (replaces the old one).")
    String note;

    @Option(names = "--status", paramLabel = "STATUS", description = "unreviewed, confirmed, disputed or rejected.")
    String status;

    @Override
    public Integer call() {
        Map<EditableField, String> values = new EnumMap<>(EditableField.class);
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new EditException("--set wants FIELD=VALUE, not '" + assignment + "'");
            }
            values.put(EditableField.fromName(assignment.substring(0, eq)), assignment.substring(eq + 1));
        }
        if (note != null) {
            values.put(EditableField.NOTE, note);
        }
        if (status != null) {
            values.put(EditableField.STATUS, status);
        }
        if (values.isEmpty()) {
            throw new EditException("nothing to change: give --set FIELD=VALUE, --note or --status");
        }
        try (EventStore store = EventStore.open(db)) {
            EditResult result = EditService.standard(store).edit(event, values);
            System.out.println(result.summary() + " (change " + result.changeId() + ")");
            Event e = result.primary();
            System.out.printf("  %s  %s  %s  %s -> %s  status %s%n", e.type().code(), e.date() == null ? "undated" : e.date(),
                    e.place() == null ? "unlocated" : e.place(), e.perpetrator() == null ? "?" : e.perpetrator(),
                    e.target() == null ? "?" : e.target(), e.curation().status().code());
            return 0;
        }
    }
}
