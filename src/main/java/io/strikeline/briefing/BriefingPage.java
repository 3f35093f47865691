package io.strikeline.briefing;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One slide (and one handout page): a scene or a view drawn by the screen's own painters, with the words
 * that go around it. {@code caption} holds the date range and the active filters; {@code notes} are the
 * evidence sentences the speaker reads from.
 */
public record BriefingPage(String title, String caption, BufferedImage map, BufferedImage timeline,
                           BufferedImage legend, List<EventRow> events, List<SourceRef> sources, List<String> notes) {

    public BriefingPage {
        events = List.copyOf(events);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }
}
