package io.strikeline.briefing;

import java.util.List;

/**
 * A whole briefing: the title slide's words, the pages, and the appendix of every event shown (the
 * handout prints it; the deck leaves it out).
 */
public record Briefing(String title, String subtitle, List<BriefingPage> pages, List<EventRow> appendix) {

    public Briefing {
        pages = List.copyOf(pages);
        appendix = List.copyOf(appendix);
    }
}
