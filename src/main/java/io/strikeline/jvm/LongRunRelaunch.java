package io.strikeline.jvm;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Gives a long ingest the optimising compiler (C2) in the installed program, whose launcher starts every command with
 * C1 only for the viewer's sake (ADR 8, 14). Such an ingest runs in a second JVM: the same runtime, options and
 * class-data archive, less the C1 flag. It then chooses as under {@code java -jar} ({@link QuickCompilation}): C2,
 * except for the extraction's largest methods. At 200,000 articles C1 alone ran at 1,968 articles/s against 3,200-3,360
 * with C2; the second JVM costs a fraction of a second. Shorter ingests and every other command stay in the first JVM,
 * where C1 is what {@code java -jar} would choose for them or costs them nothing.
 */
public final class LongRunRelaunch {

    /** The flag the installed program's launcher passes (dist/package.sh). */
    static final String LAUNCHERS_QUICK_COMPILATION = "-XX:TieredStopAtLevel=1";
    /** Set by jpackage's launcher: the installed program's path. */
    static final String INSTALLED_PROGRAM = "jpackage.app-path";

    private LongRunRelaunch() {}

    /**
     * Runs this command ({@code args}, as given on the command line) in a second JVM with C2 when it ingests
     * {@code inputBytes} or more of files, at least {@link QuickCompilation#SHORT_INGEST_BYTES}, and this JVM is the
     * installed program's with its launcher's C1 flag. Empty when the command is to run here.
     */
    public static OptionalInt runIfLong(long inputBytes, List<String> args) {
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<Path> jar = SecondJvm.jarOfThisJvm();
        if (jar.isEmpty() || !SecondJvm.allowed()
                || !wanted(inputBytes, jvmArguments, System.getProperty(INSTALLED_PROGRAM) != null)) {
            return OptionalInt.empty();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString(); // the launcher is no `java`
        return SecondJvm.run(SecondJvm.command(java, withoutQuickCompilation(jvmArguments), jar.get(), args));
    }

    /**
     * An ingest long enough for C2 to earn its compiling, in the installed program with the launcher's C1 flag; a user's
     * own {@code java -XX:TieredStopAtLevel=1 -jar} is left as chosen.
     */
    static boolean wanted(long inputBytes, List<String> jvmArguments, boolean installedProgram) {
        return installedProgram && inputBytes >= QuickCompilation.SHORT_INGEST_BYTES
                && jvmArguments.contains(LAUNCHERS_QUICK_COMPILATION);
    }

    /** The launcher's options (heap, class-data archive, log settings, properties) without its C1 flag. */
    static List<String> withoutQuickCompilation(List<String> jvmArguments) {
        return jvmArguments.stream().filter(a -> !a.equals(LAUNCHERS_QUICK_COMPILATION)).toList();
    }
}
