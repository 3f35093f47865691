package io.strikeline.ui.briefing;

import io.strikeline.model.Coded;
import io.strikeline.model.Event;
import io.strikeline.ui.state.EventFilter;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.state.TimeWindow;
import io.strikeline.ui.state.ViewState;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The view in words for captions: the dates it covers and the filters that are on. */
final class ViewWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private ViewWords() {}

    /** The brushed window, or the span of the events shown when nothing is brushed. */
    static String dates(ViewState state) {
        TimeWindow window = state.timeWindowProperty().get();
        if (window != null) {
            return window(window);
        }
        EventSet visible = state.visibleEventsProperty().get();
        LocalDate first = null;
        LocalDate last = null;
        for (int k = 0; k < visible.size(); k++) {
            Event e = visible.eventAt(k);
            if (e.date() != null) {
                first = first == null || e.date().start().isBefore(first) ? e.date().start() : first;
                last = last == null || e.date().end().isAfter(last) ? e.date().end() : last;
            }
        }
        return first == null ? "All dates" : "All dates: " + DAY.format(first) + " \u2013 " + DAY.format(last);
    }

    /** "3 Jan 2020 – 8 Jan 2020" for whole days (the end is exclusive), with hours otherwise. */
    static String window(TimeWindow w) {
        boolean wholeDays = w.start().toEpochMilli() % Duration.ofDays(1).toMillis() == 0
                && w.end().toEpochMilli() % Duration.ofDays(1).toMillis() == 0;
        if (wholeDays) {
            LocalDate from = LocalDate.ofInstant(w.start(), ZoneOffset.UTC);
            LocalDate to = LocalDate.ofInstant(w.end(), ZoneOffset.UTC).minusDays(1);
            return from.equals(to) ? DAY.format(from) : DAY.format(from) + " \u2013 " + DAY.format(to);
        }
        return HOUR.format(w.start().atZone(ZoneOffset.UTC)) + " \u2013 " + HOUR.format(w.end().atZone(ZoneOffset.UTC))
                + " UTC";
    }

    /** "Filters: type airstrike, missile strike · perpetrator Iran" or "No filters". */
    static String filters(EventFilter f) {
        List<String> parts = new ArrayList<>();
        if (!f.types().isEmpty()) {
            parts.add("type " + f.types().stream().map(t -> t.label().toLowerCase(Locale.ROOT)).sorted()
                    .collect(Collectors.joining(", ")));
        }
        add(parts, "perpetrator", f.perpetrators());
        add(parts, "country", f.countries());
        if (!f.precisions().isEmpty()) {
            parts.add("date precision " + f.precisions().stream().map(Coded::code).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (f.textQuery() != null && !f.textQuery().isBlank()) {
            parts.add("text \u201C" + f.textQuery() + "\u201D");
        }
        if (f.region() != null) {
            parts.add(String.format(Locale.ROOT, "region %.2f\u2013%.2f N, %.2f\u2013%.2f E", f.region().minLat(),
                    f.region().maxLat(), f.region().minLon(), f.region().maxLon()));
        }
        if (f.minConfidence() > 0) {
            parts.add(String.format(Locale.ROOT, "confidence \u2265 %.2f", f.minConfidence()));
        }
        if (f.includeRejected()) {
            parts.add("rejected events shown");
        }
        if (f.onlyIds() != null) {
            parts.add(f.onlyIds().size() + " chosen events");
        }
        return parts.isEmpty() ? "No filters" : "Filters: " + String.join(" \u00B7 ", parts);
    }

    private static void add(List<String> parts, String name, Collection<String> values) {
        if (!values.isEmpty()) {
            parts.add(name + " " + values.stream().map(v -> v.isEmpty() ? "(none)" : v).sorted()
                    .collect(Collectors.joining(", ")));
        }
    }
}
