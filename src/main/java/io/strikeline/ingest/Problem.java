package io.strikeline.ingest;

/** Something in the input that was skipped or doubtful: where (file, or file:line) and why, for the analyst. */
public record Problem(String where, String reason) {

    @Override
    public String toString() {
        return where + ": " + reason;
    }
}
