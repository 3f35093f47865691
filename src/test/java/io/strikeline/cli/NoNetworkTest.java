package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11.6: ingest (HTML with remote scripts, frames and images among it), view, snapshot and export open no
 * socket. Each runs in a process of its own under {@link NoNetworkMain}'s security manager, and under
 * {@code strace -e trace=connect} as well when strace is installed (CI installs it): that also sees native code.
 */
class NoNetworkTest {

    private static final String REMOTE = "http://198.51.100.7";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void ingestViewSnapshotAndExportOpenNoSocket() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(Path.of("src/test/resources/articles/seeds/000_c15bedc5f9a67cb5.txt"), articles.resolve("a.txt"));
        Files.writeString(articles.resolve("page.html"), "<html><head><title>Rockets hit Erbil</title>"
                + "<script src='" + REMOTE + "/a.js'></script><link rel=stylesheet href='" + REMOTE + "/s.css'>"
                + "<meta http-equiv=refresh content='0;url=" + REMOTE + "'></head><body><iframe src='" + REMOTE + "/f'>"
                + "</iframe><img src='" + REMOTE + "/p.png'><p>Rockets struck near Erbil airport on Monday, officials"
                + " said.</p></body></html>");
        Path db = dir.resolve("n.db");
        run("ingest", "--db", db.toString(), "--published", "2021-07-13", articles.toString());
        run("export", "--db", db.toString(), "--format", "geojson", "--out", dir.resolve("n.geojson").toString());
        run("export", "--db", db.toString(), "--format", "csv", "--out", dir.resolve("n.csv").toString());
        run("snapshot", "--db", db.toString(), "--out", dir.resolve("n.png").toString(), "--width", "800", "--height", "600");
        run("view", db.toString(), "6");
        assertThat(dir.resolve("n.png")).isNotEmptyFile();
    }

    private void run(String... args) throws IOException, InterruptedException {
        String name = args[0] + "-" + dir.toFile().list().length;
        Path trace = dir.resolve(name + ".trace");
        Path err = dir.resolve(name + ".err");
        List<String> command = new ArrayList<>();
        boolean strace = straceInstalled();
        if (strace) {
            command.addAll(List.of("strace", "-f", "-qq", "-e", "trace=connect", "-o", trace.toString()));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                NoNetworkMain.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(err.toFile()).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("%s ended", args[0]).isTrue();
        String stderr = Files.readString(err);
        assertThat(stderr).as("%s: stderr", args[0]).doesNotContain("NETWORK:");
        assertThat(p.exitValue()).as("%s: exit code; stderr:%n%s", args[0], stderr).isZero();
        if (strace) {
            List<String> internet = Files.readAllLines(trace).stream().filter(l -> l.matches(".*AF_INET6?[,)].*")).toList();
            assertThat(internet).as("%s: connect() calls to an internet address (strace)", args[0]).isEmpty();
        }
    }

    private static boolean straceInstalled() {
        try {
            return new ProcessBuilder("strace", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
