package io.strikeline.ui.style;

import io.strikeline.model.EventType;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;

/** One colour per event type, shared by map, timeline, list and legend so a type looks the same everywhere. */
public final class EventStyle {

    private static final Map<EventType, Color> COLORS = new EnumMap<>(EventType.class);

    static {
        // Colour-blind-safe palette (Okabe-Ito), one hue per type.
        COLORS.put(EventType.AIRSTRIKE, Color.web("#0072B2"));
        COLORS.put(EventType.DRONE_STRIKE, Color.web("#56B4E9"));
        COLORS.put(EventType.MISSILE_STRIKE, Color.web("#D55E00"));
        COLORS.put(EventType.ROCKET_ATTACK, Color.web("#E69F00"));
        COLORS.put(EventType.DRONE_ATTACK, Color.web("#CC79A7"));
        COLORS.put(EventType.ARTILLERY, Color.web("#009E73"));
        COLORS.put(EventType.OTHER, Color.web("#7F7F7F"));
    }

    private EventStyle() {}

    public static Color color(EventType type) {
        return COLORS.get(type);
    }

    /** The highlight colour for the selected event in every view. */
    public static Color selection() {
        return Color.web("#FFD400");
    }
}
