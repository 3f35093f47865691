package io.strikeline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps SQLite's native library, which the driver carries in the jar, in the user's cache folder, and points the
 * driver at it. Left to itself, the driver writes a fresh copy to the temporary folder in every process and compares
 * it with the jar's byte by byte through a stream, before the JIT has compiled anything: 0.2-0.3 s of every start of
 * the program, a third of a command's fixed cost. Here the copy is compared in one call per file and written only
 * when missing or different; when anything fails the driver does as before.
 */
final class SqliteLibrary {

    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteLibrary() {}

    /** Before the first connection; does nothing when the user has chosen a library or there is no cache folder. */
    static void useCachedCopy() {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return;
        }
        try {
            Path cache = cacheFolder();
            Path copy = cache == null ? null : cachedCopy(cache);
            if (copy != null) {
                System.setProperty(PATH_PROPERTY, copy.getParent().toString());
                System.setProperty(NAME_PROPERTY, copy.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            // an unwritable home or an unknown platform: the driver's own extraction still works
        }
    }

    /**
     * The driver's library for this platform under {@code cache}, in a folder named by its checksum and length (so two
     * versions of the program never swap each other's copy under a running one), written when missing or different
     * from the jar's; null when the jar has none for this platform.
     */
    static Path cachedCopy(Path cache) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        byte[] packed;
        try (InputStream in = SqliteLibrary.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
            if (in == null) {
                return null;
            }
            packed = in.readAllBytes();
        }
        CRC32 crc = new CRC32();
        crc.update(packed);
        Path folder = cache.resolve(Long.toHexString(crc.getValue()) + "-" + packed.length);
        Path copy = folder.resolve(name);
        if (!Files.isRegularFile(copy) || Files.size(copy) != packed.length
                || !Arrays.equals(Files.readAllBytes(copy), packed)) {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, name, ".part");
            try {
                Files.write(partial, packed);
                Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return copy;
    }

    /** {@code $XDG_CACHE_HOME/strikeline/sqlite}, else {@code ~/.cache/strikeline/sqlite}. */
    private static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home == null ? null : Path.of(home, ".cache");
        return cache == null ? null : cache.resolve("strikeline").resolve("sqlite");
    }
}
