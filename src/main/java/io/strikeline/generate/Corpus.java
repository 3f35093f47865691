package io.strikeline.generate;

import java.util.List;

/** A generated corpus: the strikes (sorted by date, ids 1..n) and the articles reporting them. */
public record Corpus(List<GeneratedEvent> events, List<GeneratedArticle> articles) {

    public Corpus {
        events = List.copyOf(events);
        articles = List.copyOf(articles);
    }
}
