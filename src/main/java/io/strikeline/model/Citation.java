package io.strikeline.model;

import java.time.LocalDate;

/** One source of an event as exports and briefings cite it: the article and the evidence sentence. */
public record Citation(long eventId, long articleId, String title, String source, LocalDate published, String evidence) {}
