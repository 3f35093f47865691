package io.strikeline.extract;

import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One article's text, tokens and sentences, and the mentions the stages tie fields to (each span once). */
final class ArticleDoc {

    final String text;
    final List<Token> tokens;
    final List<SentenceInfo> sentences = new ArrayList<>();
    private final Map<String, Mention> mentions = new LinkedHashMap<>();

    ArticleDoc(String text) {
        this.text = text == null ? "" : text;
        this.tokens = Tokenizer.tokenize(this.text);
    }

    /** All mentions in text order. */
    List<Mention> mentions() {
        List<Mention> all = new ArrayList<>(mentions.values());
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return all;
    }

    Mention mention(MentionKind kind, int fromTok, int toTok, String normalized) {
        int start = tokens.get(fromTok).start();
        int end = tokens.get(toTok - 1).end();
        return mentionAt(kind, start, end, normalized);
    }

    Mention mentionAt(MentionKind kind, int start, int end, String normalized) {
        String key = kind.code() + ':' + start + ':' + end + ':' + normalized;
        return mentions.computeIfAbsent(key, k -> new Mention(kind, start, end, text.substring(start, end), normalized));
    }
}
