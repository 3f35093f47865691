package io.strikeline.extract.eval;

import io.strikeline.csv.CsvRows;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list of a development set's reports ({@code devset/reports.csv}): one row per article file, with at least
 * the columns {@code file} and {@code split} ({@code tune} or {@code holdout}). It says which files make up a
 * split, including those without any gold event.
 */
public final class ReportList {

    private final Map<String, String> splitByFile;

    private ReportList(Map<String, String> splitByFile) {
        this.splitByFile = splitByFile;
    }

    public static ReportList read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return fromRows(CsvRows.read(in), csv.toString());
        }
    }

    static ReportList parse(List<String> lines, String name) {
        return fromRows(CsvRows.read(lines), name);
    }

    private static ReportList fromRows(List<CsvRows.Row> rows, String name) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty report list");
        }
        List<String> header = rows.get(0).cells();
        int file = header.indexOf("file");
        int split = header.indexOf("split");
        if (file < 0 || split < 0) {
            throw new IllegalArgumentException(name + ": header needs columns 'file' and 'split'; header is " + header);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            if (row.cell(file).isBlank() || row.cells().size() <= split) {
                throw new IllegalArgumentException(name + " line " + row.line() + ": no file or split");
            }
            if (out.put(row.cell(file).trim(), row.cell(split).trim()) != null) {
                throw new IllegalArgumentException(name + " line " + row.line() + ": file listed twice: " + row.cell(file));
            }
        }
        return new ReportList(out);
    }

    /** The files of one split, by file name; empty when no row carries that split. */
    public Set<String> files(String split) {
        Set<String> out = new TreeSet<>();
        splitByFile.forEach((f, s) -> {
            if (s.equals(split)) {
                out.add(f);
            }
        });
        return out;
    }

    /** Every split named in the list. */
    public Set<String> splits() {
        return new TreeSet<>(splitByFile.values());
    }
}
