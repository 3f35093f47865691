package io.strikeline.ingest;

import java.util.regex.Pattern;

/** Something in the input that was skipped or doubtful: where (file, or file:line) and why, for the analyst. */
public record Problem(String where, String reason) {

    private static final Pattern BIDI_OVERRIDES = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    public Problem {
        where = printable(where);
    }

    /**
     * The text with control characters (terminal escapes) shown as {@code ?} and explicit bidi overrides
     * removed, so a file name or value printed in a report cannot rewrite the terminal or reorder the line.
     */
    public static String printable(String text) {
        if (text.chars().noneMatch(Problem::unprintable)) {
            return text; // the usual case, checked without the two replacements: ingest asks for every article
        }
        return BIDI_OVERRIDES.matcher(text).replaceAll("").replaceAll("\\p{Cc}", "?");
    }

    private static boolean unprintable(int c) {
        return Character.getType(c) == Character.CONTROL || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    @Override
    public String toString() {
        return where + ": " + reason;
    }
}
