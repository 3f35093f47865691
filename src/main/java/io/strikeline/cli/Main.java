package io.strikeline.cli;

import io.strikeline.jvm.ViewerRelaunch;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the one runnable jar; each subcommand is a thin wrapper over a service. */
@Command(
        name = "strikeline",
        mixinStandardHelpOptions = true,
        version = "Strikeline 0.1",
        description = "Strike events from news articles: ingest, view, export.",
        subcommands = {
            IngestCommand.class,
            ImportCommand.class,
            ViewCommand.class,
            SnapshotCommand.class,
            ExportCommand.class,
            SceneCommand.class,
            EditCommand.class,
            MergeCommand.class,
            SplitCommand.class,
            HistoryCommand.class,
            EvalCommand.class,
            GenerateCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        OptionalInt relaunched = ViewerRelaunch.runIfViewer(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        ViewerRelaunch.watchParent();
        System.exit(run(args));
    }

    static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // Bad input is the analyst's, not a bug: print the message that names the file, not a stack trace.
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println("strikeline " + commandLine.getCommandName() + ": " + e.getMessage());
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
