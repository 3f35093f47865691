package io.strikeline.ui.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One viewer edits a file at a time: the editing viewer holds an OS lock on "FILE.lock" beside it, which
 * the OS drops if the process dies, so a second viewer opens the file read-only instead of working on
 * a picture that the first one is changing. The database itself is never locked this way (SQLite's own
 * locks would be released by closing any other descriptor of the file).
 */
final class WriteLock {

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private WriteLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /** Why the file cannot be edited (read-only file or folder), or null when it can. */
    static String whyNotWritable(Path db) {
        if (!Files.isWritable(db)) {
            return "The file is read-only.";
        }
        Path folder = db.toAbsolutePath().getParent();
        if (folder != null && !Files.isWritable(folder)) {
            return "Its folder is read-only (SQLite needs to write a journal beside it).";
        }
        return null;
    }

    /** The lock, or null when another process (or window) holds it. */
    static WriteLock tryAcquire(Path db) {
        Path path = db.resolveSibling(db.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            return new WriteLock(path, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return null;
        } catch (IOException e) {
            closeQuietly(channel);
            return null;
        }
    }

    void release() {
        try {
            Files.deleteIfExists(path);
            lock.release();
        } catch (IOException e) {
            // the OS drops the lock with the descriptor below anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
