package io.strikeline.importing;

import io.strikeline.editing.EditException;
import io.strikeline.editing.EditService;
import io.strikeline.editing.EditableField;
import io.strikeline.ingest.IngestReport;
import io.strikeline.ingest.IngestService;
import io.strikeline.ingest.Problem;
import io.strikeline.model.Curation;
import io.strikeline.model.Origin;
import io.strikeline.model.ReviewStatus;
import io.strikeline.store.EventStore;
import io.strikeline.store.StoreException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events other tools coded (ACLED, GDELT, GeoJSON, KML) into the store, through the ingest pipeline: each record
 * becomes an article holding the original record and an event of origin {@code imported}, merged into a stored
 * strike by the same rule as ingest. Each file is one transaction; a bad row is one problem and the rest is stored.
 */
public final class ImportService {

    private final IngestService ingest;
    private final EditService reviews;

    /** {@code reviews} logs the review a record of our own export carries, as an analyst's change of the new event. */
    public ImportService(IngestService ingest, EditService reviews) {
        this.ingest = ingest;
        this.reviews = reviews;
    }

    /** The bundled pipeline on {@code store}. */
    public static ImportService standard(EventStore store) {
        return new ImportService(IngestService.standard(store), EditService.standard(store));
    }

    /** Imports each file in the given format, or in the format its name and first line say when {@code format} is null. */
    public IngestReport importFiles(List<Path> files, ImportFormat format) {
        List<Problem> problems = new ArrayList<>();
        Set<Long> created = new HashSet<>();
        int read = 0;
        int stored = 0;
        int duplicates = 0;
        int merged = 0;
        for (Path file : files) {
            IngestReport one = importFile(file, format);
            problems.addAll(one.problems());
            created.addAll(one.newEventIds());
            read += one.articlesRead();
            stored += one.articlesStored();
            duplicates += one.duplicates();
            merged += one.eventsMerged();
        }
        return new IngestReport(files.size(), read, stored, duplicates, created.size(), merged, problems, created);
    }

    private IngestReport importFile(Path file, ImportFormat format) {
        Parsed parsed;
        try {
            if (!Files.isRegularFile(file)) {
                return failed(file, "no such file");
            }
            parsed = (format == null ? ImportFormat.detect(file) : format).read(file);
        } catch (MalformedInputException e) {
            return failed(file, "not UTF-8 text");
        } catch (IOException | IllegalArgumentException e) {
            return failed(file, e.getMessage().replace(file + ": ", "").replaceAll("\\s+", " "));
        }
        IngestService.CodedOutcome outcome = ingest.ingestCoded(parsed.records, Origin.IMPORTED, parsed.problems);
        List<Problem> problems = new ArrayList<>();
        outcome.createdByRecord().forEach((record, eventId) -> {
            try {
                review(eventId, parsed.records.get(record).curation());
            } catch (EditException | StoreException e) {
                problems.add(new Problem(parsed.records.get(record).article().origin(), "stored as event " + eventId
                        + ", but its review (status, note, tags) was not applied: " + e.getMessage()));
            }
        });
        return outcome.report().withMoreProblems(problems);
    }

    /**
     * Gives a new event the status, note and tags its record carries, as one logged change (history shows who imported
     * them). An event the record merged into keeps its own review: the analyst's decisions in this file win.
     */
    private void review(long eventId, Curation curation) {
        Map<EditableField, String> values = new EnumMap<>(EditableField.class);
        if (curation.status() != ReviewStatus.UNREVIEWED) {
            values.put(EditableField.STATUS, curation.status().code());
        }
        if (curation.note() != null) {
            values.put(EditableField.NOTE, curation.note());
        }
        if (!curation.tags().isEmpty()) {
            values.put(EditableField.TAGS, String.join(",", curation.tags()));
        }
        if (!values.isEmpty()) {
            reviews.edit(eventId, values);
        }
    }

    private static IngestReport failed(Path file, String reason) {
        return new IngestReport(1, 0, 0, 0, 0, 0, List.of(new Problem(file.toString(), reason)), Set.of());
    }
}
