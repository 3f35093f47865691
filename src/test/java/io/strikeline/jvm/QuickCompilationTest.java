package io.strikeline.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
        assertThat(QuickCompilation.excludeFromOptimisingCompiler(List.of("io/strikeline/jvm/NoSuchClass.*"))).isEqualTo(tiered);
    }

    @Test
    void everyRuleMethodKeptFromTheOptimisingCompilerStillExists() throws Exception {
        for (String method : QuickCompilation.LARGE_RULE_METHODS) {
            int dot = method.lastIndexOf('.');
            Class<?> owner = Class.forName(method.substring(0, dot).replace('/', '.'));
            String name = method.substring(dot + 1);
            assertThat(Arrays.stream(owner.getDeclaredMethods()).map(Method::getName)).as(method).contains(name);
        }
    }

    @Test
    void theDirectiveListsEachMethodPatternQuoted() {
        assertThat(QuickCompilation.directive(List.of("a/B.c", "*.*")))
                .isEqualTo("[{ match: [\"a/B.c\", \"*.*\"], c2: { Exclude: true } }]");
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
