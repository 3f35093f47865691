package io.strikeline.editing;

import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Origin;
import io.strikeline.model.ReviewStatus;
import io.strikeline.store.CodedList;
import io.strikeline.store.Column;
import io.strikeline.store.ColumnChange;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the analyst's field values (text, as typed on the command line or in the inspector) into the
 * column changes of one event. One parser for the CLI and the viewer, so both accept and refuse the same.
 */
final class FieldValues {

    private static final int LONGEST_RANGE_DAYS = 366;

    private final Gazetteer gazetteer;

    FieldValues(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The column changes that give event {@code eventId} (whose columns are now {@code current}) the
     * values asked for; values equal to what is there already make no change. Marks the data fields as
     * edited and an extracted event as edited. Throws {@link EditException} on the first bad value.
     */
    List<ColumnChange> changes(long eventId, Map<Column, String> current, Map<EditableField, String> values) {
        Map<Column, String> wanted = new EnumMap<>(Column.class);
        for (Map.Entry<EditableField, String> v : values.entrySet()) {
            String text = v.getValue() == null ? "" : v.getValue().strip();
            parse(v.getKey(), text, values, wanted);
        }
        Set<String> edited = new LinkedHashSet<>(CodedList.split(current.get(Column.EDITED_FIELDS)));
        boolean dataChanged = false;
        for (EditableField f : values.keySet()) {
            if (f.trackedAs() != null && changesSomething(f, wanted, current)) {
                edited.add(f.trackedAs());
                dataChanged = true;
            }
        }
        if (dataChanged) {
            wanted.put(Column.EDITED_FIELDS, CodedList.join(edited));
            if (Origin.EXTRACTED.code().equals(current.get(Column.ORIGIN))) {
                wanted.put(Column.ORIGIN, Origin.EDITED.code());
            }
        }
        List<ColumnChange> changes = new ArrayList<>();
        for (Map.Entry<Column, String> w : wanted.entrySet()) {
            String now = current.get(w.getKey());
            if (now == null ? w.getValue() != null : !now.equals(w.getValue()) && !sameNumber(now, w.getValue())) {
                changes.add(new ColumnChange(eventId, w.getKey(), now, w.getValue()));
            }
        }
        checkCoordinates(current, wanted);
        return changes;
    }

    private static boolean changesSomething(EditableField f, Map<Column, String> wanted, Map<Column, String> current) {
        for (Column c : columnsOf(f)) {
            String now = current.get(c);
            String next = wanted.get(c);
            if (wanted.containsKey(c) && (now == null ? next != null : !now.equals(next) && !sameNumber(now, next))) {
                return true;
            }
        }
        return false;
    }

    private static List<Column> columnsOf(EditableField f) {
        return switch (f) {
            case EVENT_TYPE -> List.of(Column.EVENT_TYPE);
            case DATE -> List.of(Column.DATE_START, Column.DATE_END, Column.DATE_PRECISION);
            case PLACE -> List.of(Column.PLACE, Column.LAT, Column.LON, Column.COUNTRY, Column.LOCATION_PRECISION);
            case LAT -> List.of(Column.LAT);
            case LON -> List.of(Column.LON);
            case LOCATION_PRECISION -> List.of(Column.LOCATION_PRECISION);
            case PERPETRATOR -> List.of(Column.PERPETRATOR);
            case TARGET -> List.of(Column.TARGET);
            case KILLED -> List.of(Column.KILLED, Column.KILLED_MAX);
            case INJURED -> List.of(Column.INJURED, Column.INJURED_MAX);
            case CONFIDENCE -> List.of(Column.CONFIDENCE);
            case TAGS -> List.of(Column.TAGS);
            case NOTE -> List.of(Column.NOTE);
            case STATUS -> List.of(Column.STATUS);
        };
    }

    private void parse(EditableField field, String text, Map<EditableField, String> all, Map<Column, String> out) {
        String name = field.cliName();
        switch (field) {
            case EVENT_TYPE -> out.put(Column.EVENT_TYPE, code(name, text, EventType.class));
            case DATE -> date(text, out);
            case PLACE -> place(text, all, out);
            case LAT -> out.put(Column.LAT, coordinate(name, text, 90));
            case LON -> out.put(Column.LON, coordinate(name, text, 180));
            case LOCATION_PRECISION -> out.put(Column.LOCATION_PRECISION,
                    text.isEmpty() ? null : code(name, text, LocationPrecision.class));
            case PERPETRATOR -> out.put(Column.PERPETRATOR, text.isEmpty() ? null : text);
            case TARGET -> out.put(Column.TARGET, text.isEmpty() ? null : text);
            case KILLED -> figures(name, text, Column.KILLED, Column.KILLED_MAX, out);
            case INJURED -> figures(name, text, Column.INJURED, Column.INJURED_MAX, out);
            case CONFIDENCE -> out.put(Column.CONFIDENCE, confidence(text));
            case TAGS -> out.put(Column.TAGS, CodedList.join(Arrays.asList(text.split(","))));
            case NOTE -> out.put(Column.NOTE, text.isEmpty() ? null : text);
            case STATUS -> out.put(Column.STATUS, code(name, text, ReviewStatus.class));
            default -> throw new IllegalStateException("no parser for " + name);
        }
    }

    private static <E extends Enum<E>> String code(String field, String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.replace(' ', '_'))) {
                return constant.name().toLowerCase(java.util.Locale.ROOT);
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new EditException(field + ": '" + text + "' is not one of " + allowed);
    }

    private static void date(String text, Map<Column, String> out) {
        if (text.isEmpty()) {
            out.put(Column.DATE_START, null);
            out.put(Column.DATE_END, null);
            out.put(Column.DATE_PRECISION, null);
            return;
        }
        EventDate date;
        try {
            date = EventDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new EditException("date: '" + text + "' is not YYYY-MM-DD, YYYY-MM, YYYY or FROM..TO");
        }
        if (ChronoUnit.DAYS.between(date.start(), date.end()) >= LONGEST_RANGE_DAYS) {
            throw new EditException("date: '" + text + "' spans more than a year; give a year instead");
        }
        out.put(Column.DATE_START, date.start().toString());
        out.put(Column.DATE_END, date.end().toString());
        out.put(Column.DATE_PRECISION, date.precision().code());
    }

    /** A gazetteer name sets the point, country and precision too, unless lat/lon or a precision are given as well. */
    private void place(String text, Map<EditableField, String> all, Map<Column, String> out) {
        if (text.isEmpty()) {
            for (Column c : columnsOf(EditableField.PLACE)) {
                out.put(c, null);
            }
            return;
        }
        boolean pointGiven = all.containsKey(EditableField.LAT) || all.containsKey(EditableField.LON);
        List<Place> found = gazetteer.find(text);
        if (found.isEmpty() && !pointGiven) {
            throw new EditException("place: '" + text + "' is not in the gazetteer; give lat= and lon= as well");
        }
        if (found.isEmpty() || pointGiven) {
            out.put(Column.PLACE, text);
            return;
        }
        Place p = found.get(0);
        out.put(Column.PLACE, p.name());
        out.put(Column.LAT, Double.toString(p.lat()));
        out.put(Column.LON, Double.toString(p.lon()));
        out.put(Column.COUNTRY, p.country());
        if (!all.containsKey(EditableField.LOCATION_PRECISION)) {
            out.put(Column.LOCATION_PRECISION, p.precision().code());
        }
    }

    private static String coordinate(String field, String text, double limit) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (value >= -limit && value <= limit) {
                return Double.toString(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new EditException(field + ": '" + text + "' is not a number between -" + (int) limit + " and " + (int) limit);
    }

    /** A figure ("12") or a range ("10-15", "10..15"); empty means not stated. */
    private static void figures(String field, String text, Column low, Column high, Map<Column, String> out) {
        if (text.isEmpty()) {
            out.put(low, null);
            out.put(high, null);
            return;
        }
        String[] parts = text.split("\\s*(\\.\\.|-|–)\\s*", 2);
        try {
            long from = Long.parseLong(parts[0].strip());
            long to = parts.length == 2 ? Long.parseLong(parts[1].strip()) : from;
            if (from >= 0 && to >= from && to <= 1_000_000) {
                out.put(low, Long.toString(from));
                out.put(high, Long.toString(to));
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new EditException(field + ": '" + text + "' is not a figure (12) or a range (10-15) of 0 to 1,000,000");
    }

    private static String confidence(String text) {
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value <= 1) {
                return Double.toString(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new EditException("confidence: '" + text + "' is not a number from 0 to 1");
    }

    private static void checkCoordinates(Map<Column, String> current, Map<Column, String> wanted) {
        String lat = wanted.containsKey(Column.LAT) ? wanted.get(Column.LAT) : current.get(Column.LAT);
        String lon = wanted.containsKey(Column.LON) ? wanted.get(Column.LON) : current.get(Column.LON);
        if ((lat == null) != (lon == null)) {
            throw new EditException("lat and lon go together: give both, or clear the place");
        }
    }

    private static boolean sameNumber(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        try {
            return Double.parseDouble(a) == Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
