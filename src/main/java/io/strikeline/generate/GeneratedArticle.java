package io.strikeline.generate;

import java.time.LocalDate;
import java.util.List;

/** One synthetic article, in the fields the JSON Lines reader expects, plus the ids of the strikes it reports. */
public record GeneratedArticle(int id, String title, String text, String source, LocalDate published, String url,
        List<Integer> eventIds) {

    public GeneratedArticle {
        eventIds = List.copyOf(eventIds);
    }
}
