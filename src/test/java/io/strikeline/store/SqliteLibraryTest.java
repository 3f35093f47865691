package io.strikeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLibraryTest {

    @TempDir
    Path cache;

    @Test
    void theCopyIsWrittenOnceAndADamagedOneIsReplaced() throws Exception {
        Path copy = SqliteLibrary.cachedCopy(cache);
        assertThat(copy).isNotNull().startsWith(cache);
        byte[] library = Files.readAllBytes(copy);
        assertThat(library).hasSizeGreaterThan(100_000);

        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, old);
        assertThat(SqliteLibrary.cachedCopy(cache)).isEqualTo(copy);
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(old); // found equal, not written again

        byte[] damaged = library.clone();
        damaged[damaged.length / 2] ^= 1;
        Files.write(copy, damaged);
        assertThat(SqliteLibrary.cachedCopy(cache)).isEqualTo(copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(library);
        try (var left = Files.list(copy.getParent())) {
            assertThat(left).containsExactly(copy); // no partial file left beside it
        }
    }
}
