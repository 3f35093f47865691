package io.strikeline.store;

/** A database problem explained for the analyst: the message names the file and what is wrong. */
public final class StoreException extends RuntimeException {

    private final String readOnlyReason;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.readOnlyReason = null;
    }

    public StoreException(String message) {
        this(message, (Throwable) null);
    }

    private StoreException(String message, String readOnlyReason) {
        super(message);
        this.readOnlyReason = readOnlyReason;
    }

    /** The file can be read but this program will not write to it; {@code reason} is one sentence for the viewer. */
    static StoreException writeRefused(String message, String reason) {
        return new StoreException(message, reason);
    }

    /** Why the file may be read but not written (a newer schema, objects this program did not make), or null. */
    public String readOnlyReason() {
        return readOnlyReason;
    }
}
