package io.strikeline.ui.state;

import io.strikeline.model.Span;

/** A stretch of one article's text: what the analyst selected there, or where a view asks it to scroll. */
public record ArticleSpan(long articleId, Span span) {}
