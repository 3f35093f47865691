package io.strikeline.extract.eval;

import io.strikeline.geo.Gazetteer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Scores extracted events against gold events, file by file. A predicted event matches a gold event of the
 * same file when the kinds are the same class and either the place agrees (within {@value #PLACE_KM} km or the
 * same name) or, when one side is unlocated, the dates agree; each event matches at most once, best pair first.
 */
public final class Scorer {

    public static final double PLACE_KM = 25;

    private record Pair(int gold, int predicted, double cost) {}

    private Scorer() {}

    public static Score score(Map<String, List<GoldEvent>> gold, Map<String, List<Predicted>> predicted) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int datesRight = 0;
        int perpCompared = 0;
        int perpRight = 0;
        List<Double> errors = new ArrayList<>();
        TreeSet<String> files = new TreeSet<>(gold.keySet());
        files.addAll(predicted.keySet());
        for (String file : files) {
            List<GoldEvent> g = gold.getOrDefault(file, List.of());
            List<Predicted> p = predicted.getOrDefault(file, List.of());
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                for (int j = 0; j < p.size(); j++) {
                    double cost = cost(g.get(i), p.get(j));
                    if (cost < Double.POSITIVE_INFINITY) {
                        pairs.add(new Pair(i, j, cost));
                    }
                }
            }
            pairs.sort((a, b) -> Double.compare(a.cost(), b.cost()));
            boolean[] goldUsed = new boolean[g.size()];
            boolean[] predUsed = new boolean[p.size()];
            for (Pair pair : pairs) {
                if (goldUsed[pair.gold()] || predUsed[pair.predicted()]) {
                    continue;
                }
                goldUsed[pair.gold()] = true;
                predUsed[pair.predicted()] = true;
                tp++;
                GoldEvent ge = g.get(pair.gold());
                Predicted pe = p.get(pair.predicted());
                if (ge.date() != null && pe.date() != null && ge.date().format().equals(pe.date().format())) {
                    datesRight++;
                }
                Double km = distance(ge, pe);
                if (km != null) {
                    errors.add(km);
                }
                if (ge.perpetrator() != null) {
                    perpCompared++;
                    if (ge.perpetrator().equals(pe.perpetrator())) {
                        perpRight++;
                    }
                }
            }
            for (boolean used : goldUsed) {
                fn += used ? 0 : 1;
            }
            for (boolean used : predUsed) {
                fp += used ? 0 : 1;
            }
        }
        Collections.sort(errors);
        double median = errors.isEmpty() ? Double.NaN : errors.size() % 2 == 1 ? errors.get(errors.size() / 2)
                : (errors.get(errors.size() / 2 - 1) + errors.get(errors.size() / 2)) / 2;
        long within = errors.stream().filter(km -> km <= PLACE_KM).count();
        return new Score(tp, fp, fn, tp == 0 ? Double.NaN : (double) datesRight / tp, median,
                errors.isEmpty() ? Double.NaN : (double) within / errors.size(),
                perpCompared == 0 ? Double.NaN : (double) perpRight / perpCompared);
    }

    /** Lower is a better pair; infinite when the two cannot be the same strike. */
    static double cost(GoldEvent g, Predicted p) {
        if (!sameClass(g, p)) {
            return Double.POSITIVE_INFINITY;
        }
        boolean sameName = g.place() != null && p.place() != null && Gazetteer.fold(g.place()).equals(Gazetteer.fold(p.place()));
        Double km = distance(g, p);
        boolean placeAgrees = sameName || km != null && km <= PLACE_KM;
        boolean dateAgrees = g.date() != null && p.date() != null && g.date().overlaps(p.date().start(), p.date().end());
        if (placeAgrees) {
            return (km == null ? 0 : km) + (dateAgrees ? 0 : 100) + (g.type() == p.type() ? 0 : 10);
        }
        boolean unlocated = km == null;
        return unlocated && dateAgrees ? 200 : Double.POSITIVE_INFINITY;
    }

    private static boolean sameClass(GoldEvent g, Predicted p) {
        return g.type() == p.type() || g.type().code().equals("other") || p.type().code().equals("other")
                || isAerial(g.type().code()) && isAerial(p.type().code());
    }

    private static boolean isAerial(String code) {
        return code.equals("airstrike") || code.equals("drone_strike");
    }

    private static Double distance(GoldEvent g, Predicted p) {
        if (g.lat() == null || g.lon() == null || p.lat() == null || p.lon() == null) {
            return null;
        }
        return Gazetteer.distanceKm(g.lat(), g.lon(), p.lat(), p.lon());
    }
}
