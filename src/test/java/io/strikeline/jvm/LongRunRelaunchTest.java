package io.strikeline.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongRunRelaunchTest {

    private static final List<String> LAUNCHERS = List.of("-XX:SharedArchiveFile=/opt/x/lib/app/strikeline.jsa", "-Xmx2g",
            "-XX:TieredStopAtLevel=1", "-Xlog:cds=off", "-Djpackage.app-path=/opt/x/bin/strikeline");
    private static final long LONG = QuickCompilation.SHORT_INGEST_BYTES;

    @Test
    void onlyALongIngestInTheInstalledProgramWithItsLaunchersQuickCompilationIsRelaunched() {
        assertThat(LongRunRelaunch.wanted(LONG, LAUNCHERS, true)).isTrue();
        assertThat(LongRunRelaunch.wanted(10 * LONG, LAUNCHERS, true)).isTrue();

        assertThat(LongRunRelaunch.wanted(LONG - 1, LAUNCHERS, true)).as("a day's batch: C1 is quicker").isFalse();
        assertThat(LongRunRelaunch.wanted(LONG, LAUNCHERS, false)).as("the user's own java -jar flags").isFalse();
        assertThat(LongRunRelaunch.wanted(LONG, List.of("-Xmx2g"), true)).as("C2 already").isFalse();
        assertThat(LongRunRelaunch.wanted(LONG, List.of("-XX:TieredStopAtLevel=3"), true)).isFalse();
    }

    @Test
    void theSecondJvmKeepsTheLaunchersOptionsAndArchiveButNotItsQuickCompilation() {
        List<String> options = LongRunRelaunch.withoutQuickCompilation(LAUNCHERS);
        assertThat(options).containsExactly("-XX:SharedArchiveFile=/opt/x/lib/app/strikeline.jsa", "-Xmx2g",
                "-Xlog:cds=off", "-Djpackage.app-path=/opt/x/bin/strikeline");

        Path jar = Path.of("/opt/x/lib/app/strikeline.jar");
        List<String> args = List.of("ingest", "--db", "my archive.db", "wire");
        List<String> command = SecondJvm.command("/opt/x/lib/runtime/bin/java", options, jar, args);
        assertThat(command).containsSubsequence("/opt/x/lib/runtime/bin/java", "-Xmx2g", "-cp", jar.toString(),
                "io.strikeline.cli.Main", "ingest", "--db", "my archive.db", "wire");
        assertThat(command).anyMatch(a -> a.startsWith("-D" + SecondJvm.RELAUNCHED + "="))
                .noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void aJvmThatIsNotTheInstalledProgramRunsEveryIngestItself() {
        // the test JVM has no jpackage launcher's property, so even a huge ingest stays here
        assertThat(LongRunRelaunch.runIfLong(1L << 40, List.of("ingest", "--db", "x.db", "wire"))).isEmpty();
    }
}
