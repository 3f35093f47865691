package io.strikeline.editing;

/** An edit that cannot be made (bad id, field or value); its message is one line for the analyst. Nothing changed. */
public final class EditException extends RuntimeException {

    public EditException(String message) {
        super(message);
    }
}
