package io.strikeline.extract.eval;

import java.io.IOException;
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
        return parse(Files.readAllLines(csv, StandardCharsets.UTF_8), csv.toString());
    }

    static ReportList parse(List<String> lines, String name) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty report list");
        }
        List<String> header = GoldFile.split(lines.get(0));
        int file = header.indexOf("file");
        int split = header.indexOf("split");
        if (file < 0 || split < 0) {
            throw new IllegalArgumentException(name + ": header needs columns 'file' and 'split'; header is " + header);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            List<String> c = GoldFile.split(lines.get(n));
            if (c.size() <= Math.max(file, split) || c.get(file).isBlank()) {
                throw new IllegalArgumentException(name + " line " + (n + 1) + ": no file or split");
            }
            if (out.put(c.get(file).trim(), c.get(split).trim()) != null) {
                throw new IllegalArgumentException(name + " line " + (n + 1) + ": file listed twice: " + c.get(file));
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
