package io.strikeline.importing;

import io.strikeline.extract.ExtractedEvent;
import io.strikeline.ingest.IngestService.CodedRecord;
import io.strikeline.ingest.RawArticle;
import io.strikeline.model.Curation;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Span;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields one row of another tool's file states, before it becomes a {@link CodedRecord}: the original record
 * is the article's whole text and the event's evidence, so the article pane shows exactly what was imported.
 */
record CodedRow(EventType type, EventDate date, String place, Double lat, Double lon, LocationPrecision precision,
        String country, String perpetrator, String target, Integer killed, Integer injured, double confidence) {

    /** {@code where} names the record in its file ("file:line"), kept as the article's source path. */
    CodedRecord record(String title, String source, String url, LocalDate published, String original, String where) {
        return record(title, source, url, published, original, where, Curation.NONE);
    }

    /** As {@link #record(String, String, String, LocalDate, String, String)}, with the review the record carries. */
    CodedRecord record(String title, String source, String url, LocalDate published, String original, String where,
            Curation curation) {
        RawArticle article = new RawArticle(title, original, source, url, published, where);
        ExtractedEvent event = new ExtractedEvent(type, date, place, lat, lon, precision, country, blankToNull(perpetrator),
                blankToNull(target), killed, injured, confidence, new Span(0, original.length()), List.of());
        return new CodedRecord(article, event, curation);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A figure or nothing; a negative or non-numeric one is the row's error. */
    static Integer count(String s, String column) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(s.strip());
            if (n < 0) {
                throw new IllegalArgumentException(column + " is negative: " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a whole number: '" + s.strip() + "'");
        }
    }

    /** Latitude and longitude together, in range, or both absent. */
    static double[] coordinates(String lat, String lon) {
        if ((lat == null || lat.isBlank()) && (lon == null || lon.isBlank())) {
            return null;
        }
        try {
            double la = Double.parseDouble(lat.strip());
            double lo = Double.parseDouble(lon.strip());
            if (Math.abs(la) > 90 || Math.abs(lo) > 180 || Double.isNaN(la) || Double.isNaN(lo)) {
                throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
            }
            return new double[] {la, lo};
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("latitude/longitude not numbers: '" + lat + "', '" + lon + "'");
        }
    }
}
