package io.strikeline.extract;

import io.strikeline.model.FieldEvidence;
import io.strikeline.model.Mention;
import io.strikeline.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage: a headline that tells a strike ("Turkey bombs Kurdish sites in northern Iraq") is strong evidence that the story
 * is about one, so a story whose own sentences yield none is read again with its headline as its first sentence: the
 * headline gives the strike and its kind, the story its place and date when the headline names none. What the second
 * reading finds is tied to the story's text: a field read only from the headline keeps no evidence span, and a strike
 * told only in the headline has the story's first sentence as its evidence.
 */
final class HeadlineFallback {

    /** What joins the headline to the story in the second reading: a blank line, so the headline is a sentence alone. */
    static final String JOINER = "\n\n";

    private HeadlineFallback() {}

    /** Whether the headline has a word a strike can be told with: only then is the story read again. */
    static boolean mayTellStrike(String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        for (Token t : Tokenizer.tokenize(title)) {
            if (t.in(WordClass.TRIGGER_START)) {
                return true;
            }
        }
        return false;
    }

    /** The article with its headline put before its text. */
    static ArticleText withHeadline(ArticleText article) {
        String text = article.text() == null ? "" : article.text();
        return new ArticleText(article.title(), article.title() + JOINER + text, article.published());
    }

    /** How many characters the headline and the joiner take at the start of the second reading's text. */
    static int offset(ArticleText article) {
        return article.title().length() + JOINER.length();
    }

    /**
     * The second reading's extraction in the story's own characters: spans moved back by {@code offset}, fields read from
     * the headline left without evidence, and {@code lead} (the story's first sentence) as the evidence of a strike told
     * only in the headline.
     */
    static Extraction inStoryText(Extraction read, int offset, Span lead) {
        List<ExtractedEvent> events = new ArrayList<>();
        for (ExtractedEvent e : read.events()) {
            List<FieldEvidence> fields = new ArrayList<>();
            for (FieldEvidence f : e.fields()) {
                Mention m = shifted(f.mention(), offset);
                if (m != null) {
                    fields.add(new FieldEvidence(f.field(), m));
                }
            }
            Span sentence = e.sentence().start() < offset ? lead
                    : new Span(e.sentence().start() - offset, e.sentence().end() - offset);
            events.add(new ExtractedEvent(e.type(), e.date(), e.place(), e.lat(), e.lon(), e.locationPrecision(),
                    e.country(), e.perpetrator(), e.target(), e.killed(), e.injured(), e.confidence(), sentence, fields));
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : read.mentions()) {
            Mention moved = shifted(m, offset);
            if (moved != null) {
                mentions.add(moved);
            }
        }
        return new Extraction(events, mentions, read.inferredPublished(), read.inferenceReason());
    }

    private static Mention shifted(Mention m, int offset) {
        return m == null || m.start() < offset ? null
                : new Mention(m.kind(), m.start() - offset, m.end() - offset, m.text(), m.normalized());
    }
}
