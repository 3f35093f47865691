package io.strikeline.extract;

import java.time.LocalDate;

/** What the extractor reads: the article's title and body, and its published date when known (else null). */
public record ArticleText(String title, String text, LocalDate published) {}
