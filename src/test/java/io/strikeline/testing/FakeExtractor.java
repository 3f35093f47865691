package io.strikeline.testing;

import io.strikeline.extract.ArticleText;
import io.strikeline.extract.ExtractedEvent;
import io.strikeline.extract.Extraction;
import io.strikeline.extract.Extractor;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.FieldEvidence;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import io.strikeline.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A predictable stand-in for the real extractor, so ingest and store tests check storage mechanics
 * rather than language: every sentence containing "struck" is an airstrike at Al-Qaim on the
 * published day, with "killing N" as the death toll. "EXPLODE" makes it throw.
 */
public final class FakeExtractor implements Extractor {

    private static final Pattern SENTENCE = Pattern.compile("[^.]*\\bstruck\\b[^.]*\\.?");
    private static final Pattern KILLED = Pattern.compile("killing (\\d+)");

    @Override
    public Extraction extract(ArticleText article) {
        if (article.text().contains("EXPLODE")) {
            throw new IllegalStateException("extractor failure on purpose");
        }
        List<ExtractedEvent> events = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        Matcher m = SENTENCE.matcher(article.text());
        while (m.find()) {
            int trigger = article.text().indexOf("struck", m.start());
            Mention triggerMention = new Mention(MentionKind.TRIGGER, trigger, trigger + 6, "struck", "airstrike");
            mentions.add(triggerMention);
            Matcher killed = KILLED.matcher(m.group());
            Integer dead = killed.find() ? Integer.valueOf(killed.group(1)) : null;
            events.add(new ExtractedEvent(EventType.AIRSTRIKE,
                    article.published() == null ? null : EventDate.day(article.published()),
                    "Al-Qaim", 34.37, 41.09, LocationPrecision.CITY, "IQ", "United States", null, dead, null, 0.6,
                    new Span(m.start(), m.end()), List.of(new FieldEvidence("type", triggerMention))));
        }
        return new Extraction(events, mentions, null, null);
    }

    /** The merge rule used with this extractor: same type on overlapping dates. */
    public static boolean sameStrike(ExtractedEvent found, io.strikeline.model.Event existing) {
        return found.type() == existing.type() && existing.date() != null
                && !found.date().end().isBefore(existing.date().start()) && !found.date().start().isAfter(existing.date().end());
    }
}
