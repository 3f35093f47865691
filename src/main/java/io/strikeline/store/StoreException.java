package io.strikeline.store;

/** A database problem explained for the analyst: the message names the file and what is wrong. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
