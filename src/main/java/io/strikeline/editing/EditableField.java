package io.strikeline.editing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The fields an analyst sets, named as the command line names them ({@code edit --set date=2020-01-09}).
 * {@link #trackedAs()} is the name kept in an event's edited fields, which ingest never overwrites:
 * lat and lon count as the place; status, note and tags are the analyst's alone and need no guard.
 */
public enum EditableField {
    EVENT_TYPE,
    DATE,
    PLACE,
    LAT,
    LON,
    LOCATION_PRECISION,
    PERPETRATOR,
    TARGET,
    KILLED,
    INJURED,
    CONFIDENCE,
    TAGS,
    NOTE,
    STATUS;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The edited-field name this field marks, or null for the analyst-only fields. */
    public String trackedAs() {
        return switch (this) {
            case LAT, LON -> PLACE.cliName();
            case TAGS, NOTE, STATUS -> null;
            default -> cliName();
        };
    }

    public static EditableField fromName(String name) {
        String key = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (EditableField f : values()) {
            if (f.name().equals(key)) {
                return f;
            }
        }
        throw new EditException("unknown field '" + name + "'; fields are " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(EditableField::cliName).collect(Collectors.joining(", "));
    }
}
