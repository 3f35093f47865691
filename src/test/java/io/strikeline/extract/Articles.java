package io.strikeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Reads test articles from the class path: the first non-blank line is the title, the rest the body. */
final class Articles {

    private Articles() {}

    static ArticleText load(String resource, LocalDate published) {
        try (InputStream in = Articles.class.getResourceAsStream("/articles/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test article " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), published);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArticleText parse(String all, LocalDate published) {
        int start = 0;
        while (start < all.length() && Character.isWhitespace(all.charAt(start))) {
            start++;
        }
        int eol = all.indexOf('\n', start);
        if (eol < 0) {
            return new ArticleText(all.trim(), "", published);
        }
        return new ArticleText(all.substring(start, eol).trim(), all.substring(eol + 1), published);
    }
}
