package io.strikeline.extract;

/** Turns one article into events. Implementations are thread-safe so ingest can run them in parallel. */
public interface Extractor {

    Extraction extract(ArticleText article);
}
