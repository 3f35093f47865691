package io.strikeline.model;

import java.util.List;

/**
 * The link from an event to one article that reports it: the evidence sentence, the figures this
 * article gave, and the mentions in it that each event field came from.
 */
public record EventSource(
        long eventId,
        long articleId,
        Span sentence,
        String evidence,
        Integer killed,
        Integer injured,
        List<FieldEvidence> fields) {

    public EventSource {
        fields = List.copyOf(fields);
    }
}
