package io.strikeline.store;

/** One evidence sentence of an article moving from one event to another (splitting a source off). */
public record SourceMove(long articleId, int sentenceStart, long fromEvent, long toEvent) {

    public SourceMove inverse() {
        return new SourceMove(articleId, sentenceStart, toEvent, fromEvent);
    }

    /** How the edit log names the sentence: "article 12 @ 340". */
    String ref() {
        return "article " + articleId + " @ " + sentenceStart;
    }

    static SourceMove parse(String ref, long fromEvent, long toEvent) {
        String[] parts = ref.replace("article ", "").split(" @ ");
        return new SourceMove(Long.parseLong(parts[0].trim()), Integer.parseInt(parts[1].trim()), fromEvent, toEvent);
    }
}
