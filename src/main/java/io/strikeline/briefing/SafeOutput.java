package io.strikeline.briefing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an export so that it appears whole or not at all: into a temporary file beside the target, then
 * moved into place. An existing file is only replaced when the caller says so.
 */
public final class SafeOutput {

    /** Writes the whole file to the stream it is given. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeOutput() {}

    /** Throws {@link FileAlreadyExistsException} before any work when the target exists and {@code force} is off. */
    public static void refuseOverwrite(Path target, boolean force) throws FileAlreadyExistsException {
        if (!force && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "already exists; add --force to replace it");
        }
    }

    public static void write(Path target, boolean force, Body body) throws IOException {
        writeFile(target, force, file -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                body.writeTo(out);
            }
        });
    }

    /** For writers that need a file rather than a stream (the MP4 muxer seeks): same guarantee. */
    public static void writeFile(Path target, boolean force, FileBody body) throws IOException {
        refuseOverwrite(target, force);
        Path absolute = target.toAbsolutePath();
        // created like any new file (not createTempFile's owner-only mode), so the result has the usual permissions
        Path temp = Files.createFile(absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part"));
        try {
            body.writeTo(temp);
            move(temp, absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Writes the whole file at the path it is given. */
    @FunctionalInterface
    public interface FileBody {
        void writeTo(Path file) throws IOException;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
