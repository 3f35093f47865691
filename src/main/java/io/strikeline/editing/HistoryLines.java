package io.strikeline.editing;

import io.strikeline.store.LogEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One readable line per edit-log row, for the {@code history} command and the inspector. */
public final class HistoryLines {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private HistoryLines() {}

    public static String format(LogEntry e) {
        String what = e.sourceMove()
                ? e.sourceRef() + " moved from event " + e.oldValue() + " to event " + e.newValue()
                : e.field() + ": " + shown(e.oldValue()) + " -> " + shown(e.newValue());
        return String.format("%s  %-10s  #%-5d %-6s event %-6d %s", WHEN.format(e.at()), e.user(), e.changeId(), e.action(),
                e.eventId(), what);
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value.length() > 80 ? value.substring(0, 77) + "..." : value;
    }
}
