package io.strikeline.cli;

import io.strikeline.ui.app.ViewerBenchmark;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Formats viewer benchmark figures as JSON and as a growth table across database sizes. */
final class BenchReport {

    private BenchReport() {}

    static String json(Map<String, Double> figures) {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        figures.forEach((name, value) -> out.add("\"" + name + "\": " + number(name, value)));
        return out.toString();
    }

    /**
     * The figures a growth run compares: not the command's start-up ({@code launch_ms}), which happens once per process,
     * so that the later sizes of one run would count the earlier ones' time.
     */
    private static Map<String, Double> sized(ViewerBenchmark.Result result) {
        Map<String, Double> figures = result.figures();
        figures.remove("launch_ms");
        return figures;
    }

    /** One JSON object per size, then the growth exponent of each figure from the smallest to the largest. */
    static String growthJson(List<ViewerBenchmark.Result> results) {
        StringJoiner runs = new StringJoiner(", ", "[", "]");
        results.forEach(r -> runs.add(json(sized(r))));
        StringJoiner exponents = new StringJoiner(", ", "{", "}");
        Map<String, Double> first = sized(results.get(0));
        Map<String, Double> last = sized(results.get(results.size() - 1));
        for (String name : first.keySet()) {
            if (!name.equals("events")) {
                exponents.add(String.format("\"%s\": %.2f", name, exponent(first, last, name)));
            }
        }
        return "{\"runs\": " + runs + ", \"growth_exponent\": " + exponents + "}";
    }

    /**
     * A row per figure: its value at each size, the factor it grew by from one size to the next, and the exponent k
     * in figure ~ events^k (0: flat, 1: linear) from the smallest size to the largest.
     */
    static String growthTable(List<ViewerBenchmark.Result> results) {
        StringBuilder out = new StringBuilder(String.format("%-16s", "figure"));
        for (ViewerBenchmark.Result r : results) {
            out.append(String.format("%12s", String.format("%,d", r.events())));
        }
        for (int i = 1; i < results.size(); i++) {
            out.append(String.format("%10s", "x" + i));
        }
        out.append(String.format("%10s%n", "exponent"));
        Map<String, Double> first = sized(results.get(0));
        Map<String, Double> last = sized(results.get(results.size() - 1));
        for (String name : first.keySet()) {
            if (name.equals("events")) {
                continue;
            }
            out.append(String.format("%-16s", name));
            for (ViewerBenchmark.Result r : results) {
                out.append(String.format("%12.1f", r.figures().get(name)));
            }
            for (int i = 1; i < results.size(); i++) {
                out.append(String.format("%10.2f", results.get(i).figures().get(name) / results.get(i - 1).figures().get(name)));
            }
            out.append(String.format("%10.2f%n", exponent(first, last, name)));
        }
        out.append("x<i>: factor from the size before; exponent k: the figure grows as events^k")
                .append(" from the smallest size to the largest\n");
        return out.toString();
    }

    private static double exponent(Map<String, Double> first, Map<String, Double> last, String name) {
        return Math.log(last.get(name) / first.get(name)) / Math.log(last.get("events") / first.get("events"));
    }

    private static String number(String name, double value) {
        return name.equals("events") ? String.valueOf((long) value) : String.format("%.2f", value);
    }
}
