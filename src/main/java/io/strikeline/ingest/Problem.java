package io.strikeline.ingest;

/** Something in the input that was skipped or doubtful: where (file, or file:line) and why, for the analyst. */
public record Problem(String where, String reason) {

    public Problem {
        where = printable(where);
    }

    /**
     * The text with control characters (terminal escapes) shown as {@code ?} and explicit bidi overrides
     * removed, so a file name or value printed in a report cannot rewrite the terminal or reorder the line.
     */
    public static String printable(String text) {
        return text.replaceAll("[\\u202A-\\u202E\\u2066-\\u2069]", "").replaceAll("\\p{Cc}", "?");
    }

    @Override
    public String toString() {
        return where + ": " + reason;
    }
}
