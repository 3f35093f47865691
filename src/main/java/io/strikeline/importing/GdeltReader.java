package io.strikeline.importing;

import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * GDELT 2.0 event files: tab-separated, 61 columns, no header (layout of the GDELT 2.0 event codebook). Only the
 * CAMEO assault, fight and mass-violence roots (18, 19, 20) become events; the article keeps the line as it was,
 * with its SOURCEURL as the article's address.
 */
final class GdeltReader {

    static final int COLUMNS = 61;
    private static final int GLOBALEVENTID = 0;
    private static final int SQLDATE = 1;
    private static final int ACTOR1_CODE = 5;
    private static final int ACTOR1_NAME = 6;
    private static final int ACTOR2_CODE = 15;
    private static final int ACTOR2_NAME = 16;
    private static final int EVENT_CODE = 26;
    private static final int EVENT_ROOT_CODE = 28;
    private static final int ACTION_GEO_TYPE = 51;
    private static final int ACTION_GEO_FULLNAME = 52;
    private static final int ACTION_GEO_COUNTRY = 53;
    private static final int ACTION_GEO_LAT = 56;
    private static final int ACTION_GEO_LONG = 57;
    private static final int DATEADDED = 59;
    private static final int SOURCEURL = 60;
    /** Machine-coded from one news story; often wrong on type and place, so lower than an extracted report. */
    private static final double CONFIDENCE = 0.4;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private GdeltReader() {}

    static Parsed read(Path file) throws IOException {
        Parsed parsed = new Parsed(file.toString());
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                String text = line;
                long at = number;
                parsed.row(number, () -> {
                    if (c.length != COLUMNS) {
                        throw new IllegalArgumentException(c.length + " tab-separated columns, a GDELT 2.0 event has " + COLUMNS);
                    }
                    return coded(c).record("GDELT " + c[GLOBALEVENTID].strip(), "GDELT", CodedRow.blankToNull(c[SOURCEURL]),
                            added(c[DATEADDED]), text, parsed.where(at));
                });
            }
        }
        return parsed;
    }

    private static CodedRow coded(String[] c) {
        EventType type = type(c[EVENT_ROOT_CODE].strip(), c[EVENT_CODE].strip());
        LocalDate day;
        try {
            day = LocalDate.parse(c[SQLDATE].strip(), YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("SQLDATE is not a date (YYYYMMDD): '" + c[SQLDATE] + "'");
        }
        double[] at = CodedRow.coordinates(c[ACTION_GEO_LAT], c[ACTION_GEO_LONG]);
        return new CodedRow(type, EventDate.day(day), CodedRow.blankToNull(c[ACTION_GEO_FULLNAME]),
                at == null ? null : at[0], at == null ? null : at[1], at == null ? null : precision(c[ACTION_GEO_TYPE]),
                Countries.byFips(c[ACTION_GEO_COUNTRY]), actor(c[ACTOR1_NAME], c[ACTOR1_CODE]),
                actor(c[ACTOR2_NAME], c[ACTOR2_CODE]), null, null, CONFIDENCE);
    }

    /** CAMEO 195 is aerial weapons (1952 remotely piloted ones), 194 artillery and tanks; other 18x/19x/20x "other". */
    static EventType type(String rootCode, String eventCode) {
        if (!rootCode.equals("18") && !rootCode.equals("19") && !rootCode.equals("20")) {
            throw new IllegalArgumentException("not a strike: CAMEO root code '" + rootCode + "' (want 18, 19 or 20)");
        }
        if (eventCode.equals("1952")) {
            return EventType.DRONE_STRIKE;
        }
        if (eventCode.startsWith("195")) {
            return EventType.AIRSTRIKE;
        }
        return eventCode.startsWith("194") ? EventType.ARTILLERY : EventType.OTHER;
    }

    /** ActionGeo_Type: 1 a country, 2 a US state, 3 a US city, 4 a world city, 5 a world state (province). */
    private static LocationPrecision precision(String geoType) {
        return switch (geoType.strip()) {
            case "1" -> LocationPrecision.COUNTRY;
            case "2", "5" -> LocationPrecision.PROVINCE;
            default -> LocationPrecision.CITY;
        };
    }

    private static String actor(String name, String code) {
        String n = CodedRow.blankToNull(name);
        return n != null ? n : CodedRow.blankToNull(code);
    }

    /** DATEADDED (YYYYMMDDHHMMSS) is when GDELT read the story: the nearest to a publication date it gives. */
    private static LocalDate added(String dateAdded) {
        String t = dateAdded.strip();
        try {
            return t.length() >= 8 ? LocalDate.parse(t.substring(0, 8), YYYYMMDD) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
