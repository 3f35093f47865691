package io.strikeline.store;

import io.strikeline.model.Curation;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventDate;
import io.strikeline.model.ReviewStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shares the values many events repeat (places, actors, dates, coordinates, the unreviewed curation) while one
 * query reads them, so a million events hold one copy of each instead of a million: most of the viewer's heap.
 * One per query; not thread-safe.
 */
final class EventValues {

    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, EventDate> dates = new HashMap<>();
    private final Map<Double, Double> doubles = new HashMap<>();

    String text(String s) {
        return s == null ? null : strings.computeIfAbsent(s, k -> k);
    }

    Double number(Double d) {
        return d == null ? null : doubles.computeIfAbsent(d, k -> k);
    }

    /** The date of {@code start..end} at this precision; null when undated. */
    EventDate date(String start, String end, String precision) {
        if (start == null) {
            return null;
        }
        return dates.computeIfAbsent(start + '/' + end + '/' + precision,
                k -> new EventDate(LocalDate.parse(start), LocalDate.parse(end), DatePrecision.fromCode(precision)));
    }

    /** Most events carry no review, note, tags or edits: they all share {@link Curation#NONE}. */
    static Curation curation(String status, String note, String tags, String editedFields) {
        ReviewStatus reviewStatus = ReviewStatus.fromCode(status);
        if (reviewStatus == ReviewStatus.UNREVIEWED && note == null && isBlank(tags) && isBlank(editedFields)) {
            return Curation.NONE;
        }
        List<String> tagList = CodedList.split(tags);
        return new Curation(reviewStatus, note, tagList, Set.copyOf(CodedList.split(editedFields)));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
