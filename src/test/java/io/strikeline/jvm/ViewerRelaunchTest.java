package io.strikeline.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewerRelaunchTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheViewersCommandsStartedWithoutChosenCompilerFlagsAreRelaunched() {
        List<String> plain = List.of("-Xmx1g");
        assertThat(ViewerRelaunch.wanted(new String[] {"view"}, plain)).isTrue();
        assertThat(ViewerRelaunch.wanted(new String[] {"view", "--db", "a.db"}, List.of())).isTrue();
        assertThat(ViewerRelaunch.wanted(new String[] {"bench", "--db", "a.db", "--json"}, plain)).isTrue();

        assertThat(ViewerRelaunch.wanted(new String[] {"bench", "--extraction", "5000"}, plain)).isFalse();
        assertThat(ViewerRelaunch.wanted(new String[] {"ingest", "--db", "a.db", "wire"}, plain)).isFalse();
        assertThat(ViewerRelaunch.wanted(new String[] {}, plain)).isFalse();
        assertThat(ViewerRelaunch.wanted(new String[] {"view", "--help"}, plain)).isFalse();
        // the installed program's launcher, or a user who chose the compiler or an archive
        assertThat(ViewerRelaunch.wanted(new String[] {"view"}, List.of("-XX:TieredStopAtLevel=1"))).isFalse();
        assertThat(ViewerRelaunch.wanted(new String[] {"view"}, List.of("-XX:SharedArchiveFile=/x.jsa"))).isFalse();
    }

    @Test
    void theSecondJvmKeepsTheUsersArgumentsAndCompilesWithC1FromTheArchiveOrMakesIt() {
        Path jar = dir.resolve("strikeline.jar");
        Path archive = dir.resolve("viewer.jsa");
        String[] args = {"view", "--db", "my file.db"};

        List<String> using = ViewerRelaunch.command(jar, List.of("-Xmx512m", "-Dx=y"), archive, null, args);
        assertThat(using).containsSubsequence("-Xmx512m", "-Dx=y", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString(), "io.strikeline.cli.Main", "view", "--db",
                "my file.db");
        assertThat(using).anyMatch(a -> a.startsWith("-D" + SecondJvm.RELAUNCHED + "="));

        Path dumped = dir.resolve("viewer.jsa.123.tmp");
        List<String> making = ViewerRelaunch.command(jar, List.of(), archive, dumped, args);
        assertThat(making).contains("-XX:ArchiveClassesAtExit=" + dumped).noneMatch(a -> a.startsWith("-XX:SharedArchive"));
    }

    @Test
    void anArchiveIsNamedByItsJarAndRuntimeSoANewJarMakesANewOne() throws Exception {
        Path jar = Files.write(dir.resolve("strikeline.jar"), new byte[100]);
        Path first = ViewerRelaunch.archiveFor(jar);
        Files.write(jar, new byte[101]);
        Path second = ViewerRelaunch.archiveFor(jar);

        assertThat(first.getParent()).isEqualTo(second.getParent()).endsWith(Path.of("strikeline", "cds"));
        assertThat(first.getFileName().toString()).startsWith("viewer-64-").endsWith(".jsa");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void withoutTheSecondJvmTheCommandStartedWhenThisJvmDid() {
        long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        assertThat(ViewerRelaunch.commandStartMillis()).isEqualTo(started);
    }
}
