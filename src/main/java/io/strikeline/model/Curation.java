package io.strikeline.model;

import java.util.List;
import java.util.Set;

/**
 * What the analyst decided about an event: its review status, a note, tags, and the fields they set
 * by hand ({@code editedFields}, named as the command line names them), which ingest never overwrites.
 */
public record Curation(ReviewStatus status, String note, List<String> tags, Set<String> editedFields) {

    public static final Curation NONE = new Curation(ReviewStatus.UNREVIEWED, null, List.of(), Set.of());

    public Curation {
        status = status == null ? ReviewStatus.UNREVIEWED : status;
        tags = List.copyOf(tags);
        editedFields = Set.copyOf(editedFields);
    }

    public boolean rejected() {
        return status == ReviewStatus.REJECTED;
    }

    public boolean edited(String field) {
        return editedFields.contains(field);
    }
}
