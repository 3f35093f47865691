package io.strikeline.cli;

import io.strikeline.ingest.IngestService;

/** A one-line progress bar on the terminal's error stream; silent when output is not a terminal. */
final class TerminalProgress {

    private static final int WIDTH = 30;

    private TerminalProgress() {}

    static IngestService.Progress forFiles() {
        if (System.console() == null) {
            return IngestService.Progress.NONE;
        }
        return (done, total) -> {
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            System.err.printf("\r[%s%s] %,d/%,d files", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
            if (done >= total) {
                System.err.println();
            }
        };
    }
}
