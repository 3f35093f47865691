package io.strikeline.extract.eval;

import io.strikeline.geo.Gazetteer;
import io.strikeline.model.DatePrecision;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Scores extracted events against gold events, file by file. A predicted event matches a gold event of the
 * same file when the kinds are the same class and either the place agrees (within {@value #PLACE_KM} km or the
 * same name) or, when one side is unlocated, the dates agree; each event matches at most once, best pair first.
 * {@link #evaluate} then pairs what is left over when only the place or only the kind stands between a gold
 * event and an extracted one of the same date, so that the error list says "wrong place" rather than one
 * missed and one spurious event; such pairs still count as missed and spurious in the figures.
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

    /**
     * Scores every article of {@code files} (and any other file that has gold or predicted events) and lists the
     * errors. A file without gold events is a distractor: anything extracted from it is spurious.
     */
    public static Evaluation evaluate(Collection<String> files, Map<String, List<GoldEvent>> gold,
            Map<String, List<Predicted>> predicted) {
        TreeSet<String> all = new TreeSet<>(files);
        all.addAll(gold.keySet());
        all.addAll(predicted.keySet());
        Tally t = new Tally();
        List<EvalError> errors = new ArrayList<>();
        for (String file : all) {
            List<GoldEvent> g = gold.getOrDefault(file, List.of());
            List<Predicted> p = predicted.getOrDefault(file, List.of());
            t.articles++;
            if (g.isEmpty()) {
                t.quiet.total++;
                t.quiet.hits += p.isEmpty() ? 1 : 0;
            }
            boolean[] goldUsed = new boolean[g.size()];
            boolean[] predUsed = new boolean[p.size()];
            for (Pair pair : pairs(g, p, Scorer::cost, goldUsed, predUsed)) {
                GoldEvent ge = g.get(pair.gold());
                Predicted pe = p.get(pair.predicted());
                t.recall.hits++;
                t.precision.hits++;
                if (ge.main()) {
                    t.main.hits++;
                }
                compareFields(file, ge, pe, t, errors);
            }
            for (Pair pair : pairs(g, p, Scorer::nearMiss, goldUsed, predUsed)) {
                GoldEvent ge = g.get(pair.gold());
                Predicted pe = p.get(pair.predicted());
                EvalError.Kind kind = sameClass(ge, pe) ? EvalError.Kind.WRONG_PLACE : EvalError.Kind.WRONG_TYPE;
                errors.add(new EvalError(kind, file, describe(ge) + " [counted as missed]",
                        describe(pe) + " [counted as spurious]" + distanceNote(ge, pe)));
            }
            for (int i = 0; i < g.size(); i++) {
                t.recall.total++;
                t.main.total += g.get(i).main() ? 1 : 0;
                if (!goldUsed[i]) {
                    errors.add(new EvalError(EvalError.Kind.MISSED, file, describe(g.get(i)), null));
                }
            }
            for (int j = 0; j < p.size(); j++) {
                t.precision.total++;
                if (!predUsed[j]) {
                    errors.add(new EvalError(EvalError.Kind.SPURIOUS, file, null, describe(p.get(j))));
                }
            }
        }
        errors.sort((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : a.file().compareTo(b.file()));
        return new Evaluation(t.articles, t.quiet.done("articles without gold left empty"),
                t.main.done("main event of the article found"), t.recall.done("true events found (recall)"),
                t.precision.done("extracted events true (precision)"), t.day.done("exact day"),
                t.killed.done("killed figure right"), t.place.done("place within 25 km"),
                t.perpetrator.done("perpetrator right"), t.target.done("target right"), t.type.done("event type right"),
                errors);
    }

    private static void compareFields(String file, GoldEvent ge, Predicted pe, Tally t, List<EvalError> errors) {
        if (ge.date() != null && ge.date().precision() == DatePrecision.DAY && ge.date().start().equals(ge.date().end())) {
            t.day.total++;
            if (pe.date() != null && ge.date().format().equals(pe.date().format())) {
                t.day.hits++;
            }
        }
        if (ge.date() != null && (pe.date() == null || !ge.date().format().equals(pe.date().format()))) {
            errors.add(new EvalError(EvalError.Kind.WRONG_DATE, file, describe(ge), describe(pe)));
        }
        if (ge.killed() != null || pe.killed() != null) {
            t.killed.total++;
            if (Objects.equals(ge.killed(), pe.killed())) {
                t.killed.hits++;
            } else {
                errors.add(new EvalError(EvalError.Kind.WRONG_KILLED, file, describe(ge), describe(pe)));
            }
        }
        if (ge.located()) {
            t.place.total++;
            Double km = distance(ge, pe);
            if (km != null && km <= PLACE_KM) {
                t.place.hits++;
            } else {
                errors.add(new EvalError(EvalError.Kind.WRONG_PLACE, file, describe(ge), describe(pe) + distanceNote(ge, pe)));
            }
        }
        if (ge.perpetrator() != null) {
            t.perpetrator.total++;
            if (sameName(ge.perpetrator(), pe.perpetrator())) {
                t.perpetrator.hits++;
            } else {
                errors.add(new EvalError(EvalError.Kind.WRONG_PERPETRATOR, file, describe(ge), describe(pe)));
            }
        }
        if (ge.target() != null) {
            t.target.total++;
            if (sameName(ge.target(), pe.target())) {
                t.target.hits++;
            } else {
                errors.add(new EvalError(EvalError.Kind.WRONG_TARGET, file, describe(ge), describe(pe)));
            }
        }
        t.type.total++;
        if (ge.type() == pe.type()) {
            t.type.hits++;
        } else {
            errors.add(new EvalError(EvalError.Kind.WRONG_TYPE, file, describe(ge), describe(pe)));
        }
    }

    /** Extracted events by confidence bin, and how many of each bin match a gold event of their file. */
    public static Reliability reliability(Map<String, List<GoldEvent>> gold, Map<String, List<Predicted>> predicted) {
        List<Reliability.Bin> bins = Reliability.emptyBins();
        Map<String, boolean[]> matched = matched(gold, predicted);
        for (Map.Entry<String, List<Predicted>> e : predicted.entrySet()) {
            List<Predicted> p = e.getValue();
            boolean[] predUsed = matched.get(e.getKey());
            for (int j = 0; j < p.size(); j++) {
                if (!Double.isNaN(p.get(j).confidence())) {
                    bins = Reliability.add(bins, p.get(j).confidence(), predUsed[j]);
                }
            }
        }
        return new Reliability(bins);
    }

    /** Per file of {@code predicted}: which of its extracted events match a gold event (the pairing of the figures). */
    public static Map<String, boolean[]> matched(Map<String, List<GoldEvent>> gold, Map<String, List<Predicted>> predicted) {
        Map<String, boolean[]> out = new HashMap<>();
        for (Map.Entry<String, List<Predicted>> e : predicted.entrySet()) {
            List<GoldEvent> g = gold.getOrDefault(e.getKey(), List.of());
            boolean[] predUsed = new boolean[e.getValue().size()];
            pairs(g, e.getValue(), Scorer::cost, new boolean[g.size()], predUsed);
            out.put(e.getKey(), predUsed);
        }
        return out;
    }

    private interface PairCost {
        double of(GoldEvent g, Predicted p);
    }

    /** Greedy one-to-one pairing of the events not yet used, cheapest first; marks what it pairs as used. */
    private static List<Pair> pairs(List<GoldEvent> g, List<Predicted> p, PairCost costOf, boolean[] goldUsed,
            boolean[] predUsed) {
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                if (goldUsed[i] || predUsed[j]) {
                    continue;
                }
                double cost = costOf.of(g.get(i), p.get(j));
                if (cost < Double.POSITIVE_INFINITY) {
                    candidates.add(new Pair(i, j, cost));
                }
            }
        }
        candidates.sort((a, b) -> Double.compare(a.cost(), b.cost()));
        List<Pair> out = new ArrayList<>();
        for (Pair pair : candidates) {
            if (!goldUsed[pair.gold()] && !predUsed[pair.predicted()]) {
                goldUsed[pair.gold()] = true;
                predUsed[pair.predicted()] = true;
                out.add(pair);
            }
        }
        return out;
    }

    /**
     * A pair that did not match but differs in one respect only: same date and kind class but another place, or
     * same date and place but a kind of another class. Infinite otherwise.
     */
    static double nearMiss(GoldEvent g, Predicted p) {
        boolean dateAgrees = g.date() != null && p.date() != null && g.date().overlaps(p.date().start(), p.date().end());
        if (!dateAgrees) {
            return Double.POSITIVE_INFINITY;
        }
        Double km = distance(g, p);
        if (sameClass(g, p)) {
            return km == null ? 0 : km;
        }
        boolean sameName = g.place() != null && p.place() != null && Gazetteer.fold(g.place()).equals(Gazetteer.fold(p.place()));
        return sameName || km != null && km <= PLACE_KM ? 1000 + (km == null ? 0 : km) : Double.POSITIVE_INFINITY;
    }

    private static boolean sameName(String gold, String predicted) {
        return predicted != null && Gazetteer.fold(gold).equals(Gazetteer.fold(predicted));
    }

    private static String distanceNote(GoldEvent g, Predicted p) {
        Double km = distance(g, p);
        return km == null ? "" : String.format(Locale.ROOT, " (%.0f km off)", km);
    }

    /** A gold event in one line: kind, date, place and coordinates, perpetrator, target, killed and injured. */
    static String describe(GoldEvent g) {
        return describe(g.type().code(), g.date() == null ? null : g.date().format(), g.place(), g.lat(), g.lon(),
                g.perpetrator(), g.target(), g.killed(), g.injured());
    }

    static String describe(Predicted p) {
        return describe(p.type().code(), p.date() == null ? null : p.date().format(), p.place(), p.lat(), p.lon(),
                p.perpetrator(), p.target(), p.killed(), p.injured());
    }

    private static String describe(String type, String date, String place, Double lat, Double lon, String perpetrator,
            String target, Integer killed, Integer injured) {
        StringBuilder out = new StringBuilder(type).append(' ').append(date == null ? "undated" : date).append(", ");
        out.append(place == null ? "unplaced" : place);
        if (lat != null && lon != null) {
            out.append(String.format(Locale.ROOT, " (%.2f, %.2f)", lat, lon));
        }
        out.append(", by ").append(perpetrator == null ? "?" : perpetrator);
        out.append(" on ").append(target == null ? "?" : target);
        out.append(", killed ").append(killed == null ? "?" : killed);
        if (injured != null) {
            out.append(", injured ").append(injured);
        }
        return out.toString();
    }

    /** Running counts for {@link #evaluate}. */
    private static final class Tally {
        private int articles;
        private final Count quiet = new Count();
        private final Count main = new Count();
        private final Count recall = new Count();
        private final Count precision = new Count();
        private final Count day = new Count();
        private final Count killed = new Count();
        private final Count place = new Count();
        private final Count perpetrator = new Count();
        private final Count target = new Count();
        private final Count type = new Count();
    }

    private static final class Count {
        private int hits;
        private int total;

        Measure done(String name) {
            return new Measure(name, hits, total);
        }
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
