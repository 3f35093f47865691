package io.strikeline.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class QuickCompilationTest {

    @Test
    void aJvmWithBothCompilersTakesTheDirectiveThatExcludesTheOptimisingOne() {
        boolean tiered = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .noneMatch(arg -> arg.startsWith("-XX:TieredStopAtLevel") || arg.equals("-XX:-TieredCompilation"));
        assertThat(QuickCompilation.excludeOptimisingCompiler()).isEqualTo(tiered);
    }
}
