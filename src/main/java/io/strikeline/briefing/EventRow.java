package io.strikeline.briefing;

import io.strikeline.model.Citation;
import io.strikeline.model.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event as a briefing states it, every claim with its citations: the table's columns, the evidence
 * sentence it was read from, the articles that report it, and the analyst's note and status.
 */
public record EventRow(long id, String date, String place, String type, String perpetrator, String casualties,
                       String status, String evidence, List<SourceRef> sources, String note) {

    public EventRow {
        sources = List.copyOf(sources);
    }

    public static EventRow of(Event e, List<Citation> citations) {
        List<Citation> cited = citations == null ? List.of() : citations;
        return new EventRow(e.id(), e.date() == null ? "undated" : e.date().format(),
                e.place() == null ? "unlocated" : e.place(), e.type().label(), orDash(e.perpetrator()), casualties(e),
                e.curation().status().code(), cited.isEmpty() ? null : cited.get(0).evidence(), sources(cited),
                e.curation().note());
    }

    /** "2 killed, 3-5 injured"; a range when sources disagree; "—" when none gave a figure. */
    static String casualties(Event e) {
        List<String> parts = new ArrayList<>();
        if (e.killed() != null) {
            parts.add(range(e.killed(), e.killedMax()) + " killed");
        }
        if (e.injured() != null) {
            parts.add(range(e.injured(), e.injuredMax()) + " injured");
        }
        return parts.isEmpty() ? "\u2014" : String.join(", ", parts);
    }

    private static String range(Integer low, Integer high) {
        return high == null || high.equals(low) ? low.toString() : low + "\u2013" + high;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "\u2014" : s;
    }

    /** One reference per article, in the citations' order (oldest first). */
    static List<SourceRef> sources(List<Citation> citations) {
        Map<Long, SourceRef> byArticle = new LinkedHashMap<>();
        for (Citation c : citations) {
            byArticle.putIfAbsent(c.articleId(), new SourceRef(c.source(), c.title(), c.published()));
        }
        return List.copyOf(byArticle.values());
    }

    /** The articles cited by any of these rows, each once, in first-cited order. */
    public static List<SourceRef> citedBy(List<EventRow> rows) {
        List<SourceRef> all = new ArrayList<>();
        for (EventRow r : rows) {
            r.sources().stream().filter(s -> !all.contains(s)).forEach(all::add);
        }
        return all;
    }
}
