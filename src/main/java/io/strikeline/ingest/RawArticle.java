package io.strikeline.ingest;

import java.time.LocalDate;

/**
 * An article as read from a file, before extraction. {@code published} and the other metadata are
 * null when the file does not carry them; {@code origin} names the file (and line, for JSON Lines).
 */
public record RawArticle(String title, String text, String source, String url, LocalDate published, String origin) {}
