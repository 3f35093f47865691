package io.strikeline.importing;

import io.strikeline.ingest.IngestService.CodedRecord;
import io.strikeline.ingest.Problem;
import java.util.ArrayList;
import java.util.List;

/** What a reader made of one file: the good records, and one problem (file, line, reason) per bad one. */
final class Parsed {

    final List<CodedRecord> records = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    private final String file;

    Parsed(String file) {
        this.file = file;
    }

    String where(long line) {
        return file + ":" + line;
    }

    void bad(long line, String reason) {
        problems.add(new Problem(where(line), reason));
    }

    /** Reads one row: a row that throws IllegalArgumentException is reported by line and left out. */
    void row(long line, RowReader reader) {
        try {
            records.add(reader.read());
        } catch (IllegalArgumentException e) {
            bad(line, e.getMessage());
        }
    }

    @FunctionalInterface
    interface RowReader {
        CodedRecord read();
    }
}
