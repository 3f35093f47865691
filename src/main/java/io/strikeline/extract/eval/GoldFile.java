package io.strikeline.extract.eval;

import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.csv.CsvRows;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads gold CSV: {@code file,event_type,event_date,place_name,lat,lon,perpetrator,target,killed}, quoted fields
 * allowed, and the optional columns {@code injured}, {@code main} (1 for the article's main strike) and {@code notes}.
 * Any other column is ignored.
 */
public final class GoldFile {

    private static final List<String> COLUMNS = List.of(
            "file", "event_type", "event_date", "place_name", "lat", "lon", "perpetrator", "target", "killed");
    private static final List<String> OPTIONAL = List.of("injured", "main", "notes");

    private GoldFile() {}

    public static List<GoldEvent> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return fromRows(CsvRows.read(in), csv.toString());
        }
    }

    static List<GoldEvent> parse(List<String> lines, String name) {
        return fromRows(CsvRows.read(lines), name);
    }

    private static List<GoldEvent> fromRows(List<CsvRows.Row> rows, String name) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).cells();
        int[] at = new int[COLUMNS.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = header.indexOf(COLUMNS.get(i));
            if (at[i] < 0) {
                throw new IllegalArgumentException(name + ": header lacks column '" + COLUMNS.get(i) + "'; header is " + header);
            }
        }
        int[] opt = new int[OPTIONAL.size()];
        for (int i = 0; i < opt.length; i++) {
            opt[i] = header.indexOf(OPTIONAL.get(i));
        }
        List<GoldEvent> out = new ArrayList<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            List<String> c = new ArrayList<>(row.cells());
            while (c.size() < header.size()) {
                c.add("");
            }
            try {
                out.add(new GoldEvent(c.get(at[0]).trim(), EventType.fromCode(c.get(at[1]).trim()),
                        c.get(at[2]).isBlank() ? null : EventDate.parse(c.get(at[2])), blankToNull(c.get(at[3])),
                        number(c.get(at[4])), number(c.get(at[5])), blankToNull(c.get(at[6])), blankToNull(c.get(at[7])),
                        count(c.get(at[8])), opt[0] < 0 ? null : count(c.get(opt[0])),
                        opt[1] >= 0 && flag(c.get(opt[1])), opt[2] < 0 ? null : blankToNull(c.get(opt[2]))));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + " line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Integer count(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
    }

    private static boolean flag(String s) {
        String t = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "1", "true", "yes", "y" -> true;
            case "", "0", "false", "no", "n" -> false;
            default -> throw new IllegalArgumentException("main must be 1 or 0, not '" + s + "'");
        };
    }

    private static Double number(String s) {
        return s == null || s.isBlank() ? null : Double.valueOf(s.trim());
    }
}
