package io.strikeline.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The other tools' formats {@code import} reads. */
public enum ImportFormat {
    ACLED,
    GDELT,
    GEOJSON,
    KML;

    /**
     * The format a file's name and first line say: .kml, .geojson/.json, and for .csv/.tsv/.txt a tab-separated
     * first line without a header (GDELT's *.export.CSV files are tab-separated) or a comma-separated header (ACLED).
     */
    public static ImportFormat detect(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".kml")) {
            return KML;
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return GEOJSON;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first != null && first.contains("\t") && !first.toLowerCase(Locale.ROOT).contains("event_date")) {
                return GDELT;
            }
            if (first != null && first.toLowerCase(Locale.ROOT).contains("event_date")) {
                return ACLED;
            }
        }
        throw new IllegalArgumentException(file + ": cannot tell the format (ACLED CSV with an event_date header, GDELT"
                + " tab-separated events, .geojson or .kml); name it with --format");
    }

    Parsed read(Path file) throws IOException {
        return switch (this) {
            case ACLED -> AcledReader.read(file);
            case GDELT -> GdeltReader.read(file);
            case GEOJSON -> GeoJsonReader.read(file);
            case KML -> KmlReader.read(file);
        };
    }
}
