package io.strikeline.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickCompilationTest {

    @TempDir
    Path dir;

    @Test
    void aJvmWithBothCompilersTakesTheDirectiveThatExcludesTheOptimisingOne() {
        boolean tiered = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .noneMatch(arg -> arg.startsWith("-XX:TieredStopAtLevel") || arg.equals("-XX:-TieredCompilation"));
        assertThat(QuickCompilation.excludeOptimisingCompiler()).isEqualTo(tiered);
    }

    @Test
    void anIngestIsSizedByTheBytesOfEveryFileUnderItsPathsAndAMissingPathCountsAsNothing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("wire/monday"));
        Files.write(folder.resolve("a.txt"), new byte[1000]);
        Files.write(dir.resolve("wire/b.jsonl"), new byte[234]);
        Path single = Files.write(dir.resolve("c.html"), new byte[66]);

        assertThat(QuickCompilation.bytesIn(List.of(dir.resolve("wire"), single, dir.resolve("missing")))).isEqualTo(1300);
        assertThat(QuickCompilation.bytesIn(List.of())).isZero();
    }
}
