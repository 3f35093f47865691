package io.strikeline.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well extracted confidence is calibrated: extracted events by confidence bin, and the share of each bin that
 * matched a gold event. Events without a confidence are left out.
 */
public record Reliability(List<Bin> bins) {

    /** Extracted events with confidence in {@code [from, to)} ({@code to} 1 includes 1): how many, how many true. */
    public record Bin(double from, double to, int events, int correct) {

        public double share() {
            return events == 0 ? Double.NaN : (double) correct / events;
        }
    }

    public Reliability {
        bins = List.copyOf(bins);
    }

    /** Empty bins of width 0.2, plus the 0.8-and-above bin the calibration target is stated for. */
    static List<Bin> emptyBins() {
        List<Bin> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            out.add(new Bin(i * 0.2, i == 4 ? 1.0 : (i + 1) * 0.2, 0, 0));
        }
        return out;
    }

    static List<Bin> add(List<Bin> bins, double confidence, boolean correct) {
        List<Bin> out = new ArrayList<>(bins);
        for (int i = 0; i < out.size(); i++) {
            Bin b = out.get(i);
            boolean last = i == out.size() - 1;
            if (confidence >= b.from() && (confidence < b.to() || last)) {
                out.set(i, new Bin(b.from(), b.to(), b.events() + 1, b.correct() + (correct ? 1 : 0)));
                break;
            }
        }
        return out;
    }

    /** Events at or above {@code threshold} and the share of them that are true. */
    public Bin atLeast(double threshold) {
        int events = 0;
        int correct = 0;
        for (Bin b : bins) {
            if (b.from() >= threshold - 1e-9) {
                events += b.events();
                correct += b.correct();
            }
        }
        return new Bin(threshold, 1.0, events, correct);
    }

    public String table() {
        StringBuilder out = new StringBuilder("confidence   events  true  share true");
        for (Bin b : bins) {
            out.append(String.format(Locale.ROOT, "%n%.1f-%.1f    %6d  %4d  %s", b.from(), b.to(), b.events(), b.correct(),
                    b.events() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", b.share())));
        }
        Bin high = atLeast(0.8);
        out.append(String.format(Locale.ROOT, "%n>= 0.8      %6d  %4d  %s", high.events(), high.correct(),
                high.events() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", high.share())));
        return out.toString();
    }
}
