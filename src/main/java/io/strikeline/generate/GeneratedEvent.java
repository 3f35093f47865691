package io.strikeline.generate;

import io.strikeline.model.EventType;
import java.time.LocalDate;

/**
 * A strike the corpus reports: the ground truth a scale test can compare extraction against.
 * {@code killed} and {@code injured} are the true figures; individual reports may disagree.
 */
public record GeneratedEvent(int id, EventType type, LocalDate date, Site site, String scenario, String target, int killed,
        int injured) {}
