package io.strikeline.extract;

import io.strikeline.geo.Gazetteer;
import java.util.List;
import java.util.Objects;

/**
 * The rule-based extractor: sentences and clauses, trigger phrases with threat/denial/generic filters,
 * dates resolved against the published (or inferred) date and landmark events, places by folded n-gram
 * lookup in the gazetteer, normalised actors and casualty figures, each field tied to its mention.
 * Thread-safe: all state of one article lives in a per-call {@link ArticleAnalysis}.
 */
public final class RuleBasedExtractor implements Extractor {

    private static volatile RuleBasedExtractor standard;

    private final Gazetteer gazetteer;
    private final Landmarks landmarks;

    public RuleBasedExtractor(Gazetteer gazetteer, Landmarks landmarks) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.landmarks = Objects.requireNonNull(landmarks, "landmarks");
    }

    public RuleBasedExtractor(Gazetteer gazetteer) {
        this(gazetteer, Landmarks.loadDefault());
    }

    /** The extractor over the bundled gazetteer and landmark table, loaded once and shared. */
    public static RuleBasedExtractor standard() {
        RuleBasedExtractor e = standard;
        if (e == null) {
            synchronized (RuleBasedExtractor.class) {
                e = standard;
                if (e == null) {
                    e = new RuleBasedExtractor(Gazetteer.loadDefault(), Landmarks.loadDefault());
                    standard = e;
                }
            }
        }
        return e;
    }

    @Override
    public Extraction extract(ArticleText article) {
        Objects.requireNonNull(article, "article");
        return new ArticleAnalysis(gazetteer, landmarks, article).run();
    }

    /**
     * Extracts like {@link #extract} and says, for each event in order, which evidence its confidence rests on (the
     * names of the confidence model's terms): what a refit of the model reads, and what an analyst asks of a score.
     */
    public Explained explain(ArticleText article) {
        Objects.requireNonNull(article, "article");
        ArticleAnalysis analysis = new ArticleAnalysis(gazetteer, landmarks, article);
        Extraction extraction = analysis.run();
        return new Explained(extraction, analysis.confidenceEvidence());
    }

    /** An extraction and, per event, the names of the evidence its confidence rests on. */
    public record Explained(Extraction extraction, List<List<String>> confidenceEvidence) {

        public Explained {
            confidenceEvidence = List.copyOf(confidenceEvidence);
        }
    }
}
