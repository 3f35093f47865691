package io.strikeline.extract;

import io.strikeline.geo.NameFolding;
import io.strikeline.model.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Landmark events with known dates ({@code data/landmarks.tsv}), matched by sets of folded key words that
 * must all occur in one sentence. They date background mentions and anchor undated articles in time.
 */
public final class Landmarks {

    public static final String RESOURCE = "/data/landmarks.tsv";

    /** One landmark; {@code type} is null for dated facts that are not strikes (an election, a vote). */
    public record Landmark(String id, LocalDate date, String name, EventType type, String placeId, String perpetrator,
            boolean unique, List<List<String>> keys) {}

    /** A landmark recognised in a sentence, at the token of the first word of the alternative that matched. */
    record Hit(Landmark landmark, int sentence, int tokenIndex) {}

    private record Alternative(Landmark landmark, List<String> words) {}

    private final List<Landmark> all;
    private final Map<String, List<Alternative>> byFirstWord = new HashMap<>();

    public Landmarks(List<Landmark> landmarks) {
        this.all = List.copyOf(landmarks);
        for (Landmark l : all) {
            for (List<String> words : l.keys()) {
                byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Alternative(l, words));
            }
        }
    }

    public static Landmarks loadDefault() {
        try (InputStream in = Landmarks.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return new Landmarks(parse(in));
            }
            try (InputStream file = Files.newInputStream(Path.of("data", "landmarks.tsv"))) {
                return new Landmarks(parse(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read landmarks table", e);
        }
    }

    static List<Landmark> parse(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Landmark> out = new ArrayList<>();
        String line;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 8) {
                throw new IOException("landmark row has " + c.length + " columns, want 8: " + line);
            }
            List<List<String>> keys = new ArrayList<>();
            for (String alt : c[7].split("\\|")) {
                List<String> words = new ArrayList<>();
                for (String w : alt.split("\\+")) {
                    String folded = NameFolding.foldWord(w.trim());
                    if (!folded.isEmpty()) {
                        words.add(folded);
                    }
                }
                if (!words.isEmpty()) {
                    keys.add(List.copyOf(words));
                }
            }
            EventType type = c[3].equals("none") || c[3].isBlank() ? null : EventType.fromCode(c[3]);
            out.add(new Landmark(c[0], LocalDate.parse(c[1]), c[2], type, c[4].isBlank() ? null : c[4],
                    c[5].isBlank() ? null : c[5], c[6].equalsIgnoreCase("yes"), List.copyOf(keys)));
        }
        return out;
    }

    public List<Landmark> all() {
        return all;
    }

    /**
     * Landmarks whose key words all occur among the folded words of tokens {@code [from, to)}. The set of those words is
     * made only for a sentence where some landmark's first word stands, which few do.
     */
    List<Hit> find(List<Token> tokens, int from, int to, int sentence) {
        List<Hit> out = new ArrayList<>(0);
        Set<String> sentenceKeys = null;
        for (int i = from; i < to; i++) {
            List<Alternative> alts = byFirstWord.get(tokens.get(i).key());
            if (alts == null) {
                continue;
            }
            if (sentenceKeys == null) {
                sentenceKeys = keysOf(tokens, from, to);
            }
            for (Alternative a : alts) {
                if (sentenceKeys.containsAll(a.words()) && out.stream().noneMatch(h -> h.landmark() == a.landmark())) {
                    out.add(new Hit(a.landmark(), sentence, i));
                }
            }
        }
        return out;
    }

    private static Set<String> keysOf(List<Token> tokens, int from, int to) {
        Set<String> keys = new HashSet<>(2 * (to - from));
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).key().isEmpty()) {
                keys.add(tokens.get(i).key());
            }
        }
        return keys;
    }
}
