package io.strikeline.extract.eval;

/** One disagreement with the gold labels: its kind, the article file, what was expected and what was extracted. */
public record EvalError(Kind kind, String file, String expected, String extracted) {

    /** Kinds of error, in the order reports list them. */
    public enum Kind {
        SPURIOUS("spurious event"),
        MISSED("missed event"),
        WRONG_DATE("wrong date"),
        WRONG_PLACE("wrong place"),
        WRONG_KILLED("wrong killed"),
        WRONG_PERPETRATOR("wrong perpetrator"),
        WRONG_TARGET("wrong target"),
        WRONG_TYPE("wrong type");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
