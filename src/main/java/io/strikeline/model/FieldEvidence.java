package io.strikeline.model;

/** Provenance of one event field ("date", "place", "perpetrator", "target", "killed", "injured", "type"). */
public record FieldEvidence(String field, Mention mention) {}
