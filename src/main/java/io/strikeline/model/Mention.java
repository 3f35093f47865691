package io.strikeline.model;

/**
 * A span of article text the extractor recognised: {@code [start, end)} in UTF-16 chars of the
 * article text, the surface text and its normalised value (an ISO date, a gazetteer id, an actor
 * name, a count).
 */
public record Mention(MentionKind kind, int start, int end, String text, String normalized) {

    public Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
