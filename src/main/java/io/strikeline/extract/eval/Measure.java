package io.strikeline.extract.eval;

import java.util.Locale;

/** A share: {@code hits} out of {@code total}; the ratio is NaN when there is nothing to count. */
public record Measure(String name, int hits, int total) {

    public double ratio() {
        return total == 0 ? Double.NaN : (double) hits / total;
    }

    /** One report line: the name padded to a column, hits/total and the ratio. */
    public String line() {
        return String.format(Locale.ROOT, "%-34s %4d/%-4d %.3f", name, hits, total, ratio());
    }
}
