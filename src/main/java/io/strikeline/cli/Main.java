package io.strikeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the one runnable jar; each subcommand is a thin wrapper over a service. */
@Command(
        name = "strikeline",
        mixinStandardHelpOptions = true,
        version = "Strikeline 0.1",
        description = "Strike events from news articles: ingest, view, export.",
        subcommands = {CommandLine.HelpCommand.class, GenerateCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
