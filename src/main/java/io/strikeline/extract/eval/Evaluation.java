package io.strikeline.extract.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-article figures over a development set: how many articles' main strike was found, recall and precision
 * with their counts, and, over the matched pairs, how often the day, the killed figure, the place (within
 * {@value Scorer#PLACE_KM} km), the perpetrator, the target and the kind were right; plus every error, by kind.
 */
public record Evaluation(int articles, Measure quietArticles, Measure mainFound, Measure recall, Measure precision,
        Measure exactDay, Measure killedRight, Measure placeWithin25Km, Measure perpetratorRight, Measure targetRight,
        Measure typeRight, List<EvalError> errors) {

    public Evaluation {
        errors = List.copyOf(errors);
    }

    public List<Measure> measures() {
        return List.of(mainFound, recall, precision, exactDay, killedRight, placeWithin25Km, perpetratorRight,
                targetRight, typeRight, quietArticles);
    }

    public Map<EvalError.Kind, List<EvalError>> errorsByKind() {
        Map<EvalError.Kind, List<EvalError>> out = new EnumMap<>(EvalError.Kind.class);
        for (EvalError.Kind kind : EvalError.Kind.values()) {
            out.put(kind, new ArrayList<>());
        }
        errors.forEach(e -> out.get(e.kind()).add(e));
        return out;
    }

    /** The measures, one a line, and the number of errors of each kind. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "articles: %d (%d with gold events, %d without)%n", articles,
                articles - quietArticles.total(), quietArticles.total()));
        measures().forEach(m -> out.append(m.line()).append(System.lineSeparator()));
        out.append("errors by kind:");
        errorsByKind().forEach((kind, list) -> out.append(' ').append(kind.label()).append(' ').append(list.size())
                .append(kind == EvalError.Kind.values()[EvalError.Kind.values().length - 1] ? "" : ","));
        return out.toString();
    }

    /** Every error, grouped under a heading per kind; each names the file, the expected and the extracted event. */
    public String errorList() {
        StringBuilder out = new StringBuilder();
        errorsByKind().forEach((kind, list) -> {
            if (list.isEmpty()) {
                return;
            }
            out.append(String.format(Locale.ROOT, "%s (%d)%n", kind.label(), list.size()));
            for (EvalError e : list) {
                out.append("  ").append(e.file()).append(System.lineSeparator());
                out.append("    expected:  ").append(e.expected() == null ? "-" : e.expected()).append(System.lineSeparator());
                out.append("    extracted: ").append(e.extracted() == null ? "-" : e.extracted()).append(System.lineSeparator());
            }
        });
        return out.toString().stripTrailing();
    }
}
