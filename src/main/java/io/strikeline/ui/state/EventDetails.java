package io.strikeline.ui.state;

import io.strikeline.model.Article;
import io.strikeline.model.Event;
import io.strikeline.model.EventSource;
import io.strikeline.model.Mention;
import java.util.List;

/** An event with everything the article pane shows: each source article, its evidence and its mentions. */
public record EventDetails(Event event, List<Source> sources) {

    /** One article reporting the event; {@code mentions} are all spans the extractor marked in it. */
    public record Source(Article article, EventSource link, List<Mention> mentions) {

        public Source {
            mentions = List.copyOf(mentions);
        }
    }

    public EventDetails {
        sources = List.copyOf(sources);
    }
}
