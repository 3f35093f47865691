package io.strikeline.jvm;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs the command in a second JVM with other JVM flags and waits for it: the viewer started from {@code java -jar}
 * ({@link ViewerRelaunch}) and a long ingest started from the installed program ({@link LongRunRelaunch}). The first
 * JVM only passes the second one's exit code on.
 */
final class SecondJvm {

    /** Set in the second JVM: the first one's start time, in epoch milliseconds. */
    static final String RELAUNCHED = "strikeline.relaunched";
    /** Set to anything, every command runs in the JVM it was started in. */
    static final String DISABLED_BY_ENVIRONMENT = "STRIKELINE_NO_RELAUNCH";
    private static final String MAIN_CLASS = "io.strikeline.cli.Main";

    private SecondJvm() {}

    /** True when this JVM may start a second one: it is not one itself, and the user did not turn relaunching off. */
    static boolean allowed() {
        return System.getProperty(RELAUNCHED) == null && System.getenv(DISABLED_BY_ENVIRONMENT) == null;
    }

    /** The JVM's command: this {@code java}, these options, the jar's main class and the command's own arguments. */
    static List<String> command(String java, List<String> jvmOptions, Path jar, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-D" + RELAUNCHED + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
        command.add("-cp");
        command.add(jar.toString());
        command.add(MAIN_CLASS);
        command.addAll(args);
        return command;
    }

    /** Its exit code; empty when it could not start (the command then runs in this JVM). */
    static OptionalInt run(List<String> command) {
        try {
            Process second = new ProcessBuilder(command).inheritIO().start();
            // a terminated first JVM takes the second with it (which also watches for a killed one: watchParent)
            Thread stopSecond = new Thread(second::destroy, "stop-second-jvm");
            Runtime.getRuntime().addShutdownHook(stopSecond);
            int exit = second.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopSecond);
            return OptionalInt.of(exit);
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    /** The jar this JVM runs from, started with {@code java -jar} or the installed program (the class path is that jar). */
    static Optional<Path> jarOfThisJvm() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }
}
