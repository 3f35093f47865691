package io.strikeline.ui.map;

import io.strikeline.model.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SVG path data of the per-type icons ({@code icons/<type code>.svg}, a 24x24 view box with one
 * path), read from the classpath {@code /icons/} or, from the source tree, the {@code icons/} folder.
 * A missing icon is an empty shape, drawn as a plain marker.
 */
final class EventIcons {

    /** Side of the icons' view box. */
    static final double VIEW_BOX = 24;

    private static final Pattern PATH_DATA = Pattern.compile("<path[^>]*\\sd=\"([^\"]+)\"");

    private final Map<EventType, IconShape> shapes = new EnumMap<>(EventType.class);

    private EventIcons() {}

    static EventIcons load() {
        EventIcons icons = new EventIcons();
        for (EventType type : EventType.values()) {
            icons.shapes.put(type, IconShape.of(pathData(read(type.code() + ".svg"))));
        }
        return icons;
    }

    /** The icon's path, read once; drawn for every marker of the type. */
    IconShape shape(EventType type) {
        return shapes.get(type);
    }

    static String pathData(String svg) {
        Matcher m = PATH_DATA.matcher(svg);
        return m.find() ? m.group(1) : "";
    }

    static String read(String file) {
        try (InputStream in = EventIcons.class.getResourceAsStream("/icons/" + file)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path path = Path.of("icons", file);
            return Files.isRegularFile(path) ? Files.readString(path) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read icon " + file, e);
        }
    }
}
