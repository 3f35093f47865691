package io.strikeline.jvm;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Starts the viewer from {@code java -jar} in a second JVM with the installed program's start-up flags (ADR 13): C1
 * only, and a class-data archive of the viewer's classes, made by the first such run and kept in the user's cache
 * folder. A jar cannot pass JVM flags, and at a million events the plain JVM took 2.6 s to draw them all against
 * 1.8-2.0 s with the flags. The first JVM only waits for the second and passes its exit code on.
 */
public final class ViewerRelaunch {

    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private ViewerRelaunch() {}

    /**
     * Runs the command in a second JVM when it is the viewer's and this JVM came from {@code java -jar} without chosen
     * compiler flags. Empty when the command is to run here: not the viewer's, started otherwise, or the second JVM
     * could not start.
     */
    public static OptionalInt runIfViewer(String[] args) {
        Optional<Path> jar = SecondJvm.jarOfThisJvm();
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (jar.isEmpty() || !wanted(args, jvmArguments) || !SecondJvm.allowed()) {
            return OptionalInt.empty();
        }
        Path archive = archiveFor(jar.get());
        Path dumped = archive == null || Files.isReadable(archive) ? null
                : archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        OptionalInt exit = SecondJvm.run(command(jar.get(), jvmArguments, archive, dumped, args));
        exit.ifPresent(code -> keepArchive(dumped, archive, code));
        return exit;
    }

    /** When the command started, in epoch milliseconds: the first JVM's start when this is the second. */
    public static long commandStartMillis() {
        String first = System.getProperty(SecondJvm.RELAUNCHED);
        if (first != null) {
            try {
                return Long.parseLong(first);
            } catch (NumberFormatException e) {
                // not a time: count from this JVM's start
            }
        }
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** In a second JVM (the viewer, a long ingest): ends it when the first one ends, even killed, so none outlives it. */
    public static void watchParent() {
        if (System.getProperty(SecondJvm.RELAUNCHED) != null) {
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(143)));
        }
    }

    /** The viewer's commands, in a JVM whose compiler nobody chose (the installed program's launcher chooses C1). */
    static boolean wanted(String[] args, List<String> jvmArguments) {
        boolean viewer = args.length > 0 && (args[0].equals("view")
                || args[0].equals("bench") && List.of(args).stream().noneMatch(a -> a.startsWith("--extraction")));
        boolean compilerChosen = jvmArguments.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel")
                || a.startsWith("-XX:-TieredCompilation") || a.startsWith("-XX:SharedArchiveFile")
                || a.startsWith("-XX:ArchiveClassesAtExit"));
        return viewer && !compilerChosen && List.of(args).stream().noneMatch(HELP::contains);
    }

    static List<String> command(Path jar, List<String> jvmArguments, Path archive, Path dumped, String[] args) {
        List<String> options = new ArrayList<>(jvmArguments); // the user's heap and properties
        options.add("-XX:TieredStopAtLevel=1");
        if (dumped != null) {
            options.add("-XX:ArchiveClassesAtExit=" + dumped);
        } else if (archive != null) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        options.add("-Xlog:cds=off"); // an archive of another JVM or jar is skipped without a word on the command's output
        options.add("-Xlog:cds+dynamic=off");
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return SecondJvm.command(java, options, jar, List.of(args));
    }

    /**
     * {@code $XDG_CACHE_HOME/strikeline/cds} (else {@code ~/.cache/...}) {@code /viewer-<jar length>-<jar time>-<java
     * version>.jsa}: the JVM maps an archive only for the jar and runtime that made it. Null without a cache folder.
     */
    static Path archiveFor(Path jar) {
        try {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
            Path folder = Files.createDirectories(cache.resolve("strikeline").resolve("cds"));
            String name = "viewer-" + Long.toHexString(Files.size(jar)) + "-"
                    + Long.toHexString(Files.getLastModifiedTime(jar).toMillis()) + "-"
                    + System.getProperty("java.version").replaceAll("[^0-9A-Za-z.+_-]", "_") + ".jsa";
            return folder.resolve(name);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The archive the first run dumped at its exit, moved into place whole, and the archives of earlier jars removed (28
     * MB each); a failed run's is dropped.
     */
    private static void keepArchive(Path dumped, Path archive, int exit) {
        if (dumped == null) {
            return;
        }
        try {
            if (exit == 0 && Files.size(dumped) > 0) {
                Files.move(dumped, archive, StandardCopyOption.ATOMIC_MOVE);
                try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), "viewer-*.jsa")) {
                    for (Path other : old) {
                        if (!other.equals(archive)) {
                            Files.deleteIfExists(other);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // no archive: the next start makes one again
        } finally {
            try {
                Files.deleteIfExists(dumped);
            } catch (IOException e) {
                // a leftover temporary file in the cache folder; the next dump has another name
            }
        }
    }
}
