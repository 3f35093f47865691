package io.strikeline.ui.article;

import io.strikeline.model.Article;
import io.strikeline.model.DateStatus;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.Origin;
import io.strikeline.ui.state.EventDetails;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The wording of the article pane: event header lines, article metadata and the citation. Pure text. */
final class EventSummary {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private EventSummary() {}

    /** The event date at its real precision: "14 March 2024", "March 2024 (month only)", "2024 (year only)". */
    static String when(EventDate date) {
        if (date == null) {
            return "Date unknown";
        }
        return switch (date.precision()) {
            case DAY -> DAY.format(date.start());
            case MONTH -> MONTH.format(date.start()) + " (month only)";
            case YEAR -> date.start().getYear() + " (year only)";
        };
    }

    static String where(Event e) {
        String place = blank(e.place()) ? "Place unknown" : e.place();
        if (e.locationPrecision() != null) {
            place += " (" + e.locationPrecision().code() + ")";
        }
        if (!blank(e.country())) {
            place += ", " + e.country();
        }
        return place;
    }

    /** "A → B"; a side the sources do not name says so in words, so it never reads as a name. */
    static String actors(Event e) {
        if (blank(e.perpetrator()) && blank(e.target())) {
            return "Perpetrator and target not stated";
        }
        String perpetrator = blank(e.perpetrator()) ? "perpetrator not stated" : e.perpetrator();
        String target = blank(e.target()) ? "target not stated" : e.target();
        return perpetrator + " \u2192 " + target;
    }

    /** "1–7 killed, 3 injured"; a range when the sources disagree; "No casualty figures" when none. */
    static String casualties(Event e) {
        String killed = figure(e.killed(), e.killedMax(), "killed");
        String injured = figure(e.injured(), e.injuredMax(), "injured");
        if (killed == null && injured == null) {
            return "No casualty figures";
        }
        if (killed == null || injured == null) {
            return killed == null ? injured : killed;
        }
        return killed + ", " + injured;
    }

    private static String figure(Integer low, Integer high, String what) {
        if (low == null && high == null) {
            return null;
        }
        int lo = low == null ? high : low;
        int hi = high == null ? lo : high;
        return (lo == hi ? Integer.toString(lo) : lo + "\u2013" + hi) + " " + what;
    }

    static String confidence(double confidence) {
        return Math.round(confidence * 100) + "%";
    }

    /** Only analyst-touched records say where they came from; extracted ones need no note. */
    static String origin(Origin origin) {
        if (origin == null) {
            return null;
        }
        return switch (origin) {
            case EDITED -> "Edited by an analyst";
            case MANUAL -> "Entered manually";
            case IMPORTED -> "Imported from another tool";
            case EXTRACTED -> null;
        };
    }

    static String sources(int count) {
        return count == 1 ? "1 source" : count + " sources";
    }

    static String published(Article a) {
        if (a.published() == null || a.publishedStatus() == DateStatus.UNKNOWN) {
            return "Publication date unknown";
        }
        String day = DAY.format(a.published());
        return a.publishedStatus() == DateStatus.INFERRED ? "Published " + day + " (inferred)" : "Published " + day;
    }

    /** The explanation of an inferred published date, or null when the date was given or is unknown. */
    static String publishedNote(Article a) {
        if (a.publishedStatus() != DateStatus.INFERRED || a.published() == null) {
            return null;
        }
        return blank(a.publishedReason()) ? "Published date inferred from the text." : "Published date inferred: "
                + a.publishedReason();
    }

    static String outlet(Article a) {
        return blank(a.source()) ? "Outlet not stated" : a.source();
    }

    /** Tab label: outlet and ISO published date. */
    static String tabLabel(Article a) {
        return outlet(a) + " \u00b7 " + isoOrUndated(a.published());
    }

    /** {@code "<evidence>" — <title>, <source>, <published>}. */
    static String citation(EventDetails.Source source) {
        Article a = source.article();
        String title = blank(a.title()) ? "Untitled" : a.title();
        return "\u201c" + evidence(source) + "\u201d \u2014 " + title + ", " + outlet(a) + ", " + isoOrUndated(a.published());
    }

    /** The evidence sentence as stored, else cut from the article text by its span; empty when neither. */
    static String evidence(EventDetails.Source source) {
        if (source.link() == null) {
            return "";
        }
        if (!blank(source.link().evidence())) {
            return source.link().evidence().strip();
        }
        String text = source.article().text();
        if (source.link().sentence() == null || text == null) {
            return "";
        }
        int start = Math.min(source.link().sentence().start(), text.length());
        int end = Math.min(source.link().sentence().end(), text.length());
        return text.substring(start, end).strip();
    }

    private static String isoOrUndated(LocalDate date) {
        return date == null ? "undated" : date.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
