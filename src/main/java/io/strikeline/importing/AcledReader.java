package io.strikeline.importing;

import io.strikeline.csv.CsvRows;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ACLED CSV exports: one event per row under a header naming at least {@link #REQUIRED}. Only remote violence
 * becomes an event (air/drone strikes, shelling, artillery and missile attacks, remote explosives); other
 * event types are reported as not strikes. The article keeps the header and the row as CSV.
 */
final class AcledReader {

    static final List<String> REQUIRED = List.of("event_date", "time_precision", "event_type", "sub_event_type", "actor1",
            "actor2", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
            "notes", "fatalities");
    /** ACLED codes remote violence carefully but infers some fields; a little below an analyst's confirmation. */
    private static final double CONFIDENCE = 0.7;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private AcledReader() {}

    static Parsed read(Path file) throws IOException {
        Parsed parsed = new Parsed(file.toString());
        List<CsvRows.Row> rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = CsvRows.read(in);
        }
        if (rows.isEmpty()) {
            parsed.bad(1, "empty file, no ACLED header");
            return parsed;
        }
        List<String> header = rows.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            parsed.bad(rows.get(0).line(), "not an ACLED export: the header lacks " + String.join(", ", missing));
            return parsed;
        }
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), row.cell(i));
            }
            parsed.row(row.line(), () -> {
                if (row.cells().size() != header.size()) {
                    throw new IllegalArgumentException(row.cells().size() + " cells, the header has " + header.size());
                }
                String id = cells.getOrDefault("event_id_cnty", "").isBlank() ? parsed.where(row.line())
                        : cells.get("event_id_cnty").strip();
                return coded(cells).record("ACLED " + id, "ACLED", null, null, original(header, row.cells()),
                        parsed.where(row.line()));
            });
        }
        return parsed;
    }

    private static CodedRow coded(Map<String, String> c) {
        double[] at = CodedRow.coordinates(c.get("latitude"), c.get("longitude"));
        String place = CodedRow.blankToNull(c.get("location"));
        return new CodedRow(type(c.get("event_type"), c.get("sub_event_type"), c.get("notes")),
                date(c.get("event_date"), c.get("time_precision")), place, at == null ? null : at[0], at == null ? null : at[1],
                at == null ? null : precision(c.get("geo_precision")), Countries.byName(c.get("country")), c.get("actor1"),
                c.get("actor2"), CodedRow.count(c.get("fatalities"), "fatalities"), null, CONFIDENCE);
    }

    /** ACLED's remote-violence sub-event types; the notes tell a drone, missile or rocket from the rest. */
    static EventType type(String eventType, String subEventType, String notes) {
        String sub = subEventType == null ? "" : subEventType.strip().toLowerCase(Locale.ROOT);
        String text = notes == null ? "" : notes.toLowerCase(Locale.ROOT);
        if (sub.equals("air/drone strike")) {
            return text.contains("drone") || text.contains("uav") ? EventType.DRONE_STRIKE : EventType.AIRSTRIKE;
        }
        if (sub.equals("shelling/artillery/missile attack")) {
            if (text.contains("missile")) {
                return EventType.MISSILE_STRIKE;
            }
            return text.contains("rocket") ? EventType.ROCKET_ATTACK : EventType.ARTILLERY;
        }
        if (sub.equals("remote explosive/landmine/ied") || sub.equals("grenade")) {
            return EventType.OTHER;
        }
        throw new IllegalArgumentException("not a strike: event_type '" + eventType + "', sub_event_type '" + subEventType + "'");
    }

    /** time_precision 1 is the day, 2 a day within the week given, 3 the month only. */
    static EventDate date(String text, String timePrecision) {
        String t = text == null ? "" : text.strip();
        LocalDate day;
        try {
            day = t.length() == 10 && t.charAt(4) == '-' ? LocalDate.parse(t) : LocalDate.parse(t, LONG_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("event_date is not a date: '" + t + "'");
        }
        return "3".equals(timePrecision == null ? "" : timePrecision.strip()) ? EventDate.month(YearMonth.from(day))
                : EventDate.day(day);
    }

    /** geo_precision 1 is the town, 2 somewhere near it, 3 the province or a wider area. */
    private static LocationPrecision precision(String geoPrecision) {
        return "3".equals(geoPrecision == null ? "" : geoPrecision.strip()) ? LocationPrecision.PROVINCE : LocationPrecision.CITY;
    }

    /** The header and the row as CSV: the record as the analyst's file had it, commas, quotes and line breaks kept. */
    private static String original(List<String> header, List<String> cells) {
        StringWriter out = new StringWriter();
        try {
            CsvRows.write(out, header, List.of(new ArrayList<>(cells)));
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString().strip();
    }
}
