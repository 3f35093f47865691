package io.strikeline.extract;

import io.strikeline.model.Mention;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the extractor found in one article. When the article had no published date and one
 * could be inferred, {@code inferredPublished} holds it and {@code inferenceReason} says why, in a
 * sentence the article pane can show; otherwise both are null.
 */
public record Extraction(
        List<ExtractedEvent> events,
        List<Mention> mentions,
        LocalDate inferredPublished,
        String inferenceReason) {

    public Extraction {
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
    }
}
