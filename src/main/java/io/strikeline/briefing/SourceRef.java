package io.strikeline.briefing;

import java.time.LocalDate;

/** A cited article as a slide lists it: outlet, title and date (outlet and date may be unknown). */
public record SourceRef(String outlet, String title, LocalDate published) {

    /** "Outlet, “Title”, 2020-01-08" with the unknown parts left out. */
    public String line() {
        StringBuilder s = new StringBuilder();
        if (outlet != null && !outlet.isBlank()) {
            s.append(outlet).append(", ");
        }
        s.append('\u201C').append(title == null ? "(untitled)" : title).append('\u201D');
        if (published != null) {
            s.append(", ").append(published);
        }
        return s.toString();
    }
}
