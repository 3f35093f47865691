package io.strikeline.editing;

import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventSource;
import io.strikeline.model.FieldEvidence;
import io.strikeline.model.MentionKind;
import io.strikeline.model.Origin;
import io.strikeline.store.Column;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How the fields of events combine when the analyst merges them, and what a split-off source says on its own. */
final class EventCombining {

    private EventCombining() {}

    /**
     * The target's columns after merging {@code others} into it: casualty figures widen to the range of
     * all, and a date, place, perpetrator or target the target lacks comes from the first other that has
     * it. Fields the analyst set on the target are left alone.
     */
    static Map<Column, String> combine(Event target, List<Event> others) {
        Map<Column, String> out = new EnumMap<>(Column.class);
        if (!target.curation().edited("killed")) {
            out.put(Column.KILLED, text(min(target.killed(), others.stream().map(Event::killed).toList())));
            out.put(Column.KILLED_MAX, text(max(target.killedMax(), others.stream().map(Event::killedMax).toList())));
        }
        if (!target.curation().edited("injured")) {
            out.put(Column.INJURED, text(min(target.injured(), others.stream().map(Event::injured).toList())));
            out.put(Column.INJURED_MAX, text(max(target.injuredMax(), others.stream().map(Event::injuredMax).toList())));
        }
        for (Event other : others) {
            if (target.date() == null && other.date() != null && !out.containsKey(Column.DATE_START)
                    && !target.curation().edited("date")) {
                out.put(Column.DATE_START, other.date().start().toString());
                out.put(Column.DATE_END, other.date().end().toString());
                out.put(Column.DATE_PRECISION, other.date().precision().code());
            }
            if (!target.located() && other.located() && !out.containsKey(Column.LAT) && !target.curation().edited("place")) {
                out.put(Column.PLACE, other.place());
                out.put(Column.LAT, Double.toString(other.lat()));
                out.put(Column.LON, Double.toString(other.lon()));
                out.put(Column.COUNTRY, other.country());
                out.put(Column.LOCATION_PRECISION, other.locationPrecision() == null ? null : other.locationPrecision().code());
            }
            if (target.perpetrator() == null && other.perpetrator() != null && !out.containsKey(Column.PERPETRATOR)) {
                out.put(Column.PERPETRATOR, other.perpetrator());
            }
            if (target.target() == null && other.target() != null && !out.containsKey(Column.TARGET)) {
                out.put(Column.TARGET, other.target());
            }
        }
        return out;
    }

    /**
     * A new event for one source split off {@code event}: its figures, and the date and place its own
     * mentions gave where it has them; otherwise the event's.
     */
    static Event fromSource(Event event, EventSource source) {
        EventDate date = event.date();
        for (FieldEvidence f : source.fields()) {
            if (f.field().equals("date") && f.mention().kind() == MentionKind.DATE && f.mention().normalized() != null) {
                try {
                    date = EventDate.parse(f.mention().normalized().split(" ")[0]);
                } catch (IllegalArgumentException e) {
                    // a normalised form the parser does not know: keep the event's date
                }
            }
        }
        return new Event(0, event.type(), date, event.place(), event.lat(), event.lon(), event.locationPrecision(),
                event.country(), event.perpetrator(), event.target(), source.killed(), source.killed(), source.injured(),
                source.injured(), event.confidence(), Origin.EDITED);
    }

    private static Integer min(Integer first, List<Integer> rest) {
        Integer m = first;
        for (Integer v : rest) {
            m = m == null ? v : v == null ? m : Integer.valueOf(Math.min(m, v));
        }
        return m;
    }

    private static Integer max(Integer first, List<Integer> rest) {
        Integer m = first;
        for (Integer v : rest) {
            m = m == null ? v : v == null ? m : Integer.valueOf(Math.max(m, v));
        }
        return m;
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }
}
