package io.strikeline.model;

import java.time.LocalDate;

/**
 * One ingested news article. {@code published} is null when unknown; {@code publishedStatus} says
 * whether it was given by the file or the user, inferred from the text (see {@code publishedReason}),
 * or is unknown.
 */
public record Article(
        long id,
        String title,
        String source,
        String url,
        LocalDate published,
        DateStatus publishedStatus,
        String publishedReason,
        String text,
        String contentHash,
        String sourcePath) {}
