package io.strikeline.extract.eval;

import java.util.Locale;

/** Evaluation figures over a set of articles. Ratios are NaN when there is nothing to divide. */
public record Score(int truePositives, int falsePositives, int falseNegatives, double dateAccuracy,
        double medianLocationErrorKm, double shareWithin25Km, double perpetratorAccuracy) {

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? Double.NaN : (double) truePositives / predicted;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? Double.NaN : (double) truePositives / gold;
    }

    public String summary() {
        return String.format(Locale.ROOT,
                "events: %d matched, %d spurious, %d missed%nprecision %.3f  recall %.3f%n"
                        + "date accuracy %.3f%nlocation error median %.1f km, within 25 km %.3f%nperpetrator accuracy %.3f",
                truePositives, falsePositives, falseNegatives, precision(), recall(), dateAccuracy, medianLocationErrorKm,
                shareWithin25Km, perpetratorAccuracy);
    }
}
