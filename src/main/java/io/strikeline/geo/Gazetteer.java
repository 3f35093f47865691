package io.strikeline.geo;

import io.strikeline.model.LocationPrecision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The place list the extractor resolves names against, indexed by folded name and alias. Lookups are
 * hash lookups of folded word sequences, so a caller can walk the words of a text and ask, word by
 * word, whether a longer name may still follow ({@link #isPrefix}). Immutable and thread-safe.
 */
public final class Gazetteer {

    public static final String RESOURCE = "/data/gazetteer.tsv";
    private static final Path FALLBACK_FILE = Path.of("data", "gazetteer.tsv");
    private static final double EARTH_RADIUS_KM = 6371.0;
    private static final double KM_PER_DEGREE_OF_LATITUDE = EARTH_RADIUS_KM * Math.PI / 180;
    /** A town this large is known by its name alone (the build's guard on small places uses the same line). */
    private static final long WELL_KNOWN_POPULATION = 10_000;
    /** A namesake town at most this many times smaller than a well-known one yields the bare name to it. */
    private static final long OVERSHADOW_RATIO = 5;

    private final List<Place> places;
    private final Map<String, Place> byId;
    private final Map<String, List<Place>> byKey;
    private final Set<String> prefixes;
    private final int maxWords;

    public Gazetteer(Collection<Place> places) {
        this.places = List.copyOf(places);
        Map<String, Place> ids = new LinkedHashMap<>();
        Map<String, List<Place>> keys = new HashMap<>();
        Set<String> pre = new HashSet<>();
        int longest = 1;
        for (Place p : this.places) {
            ids.put(p.id(), p);
            List<String> names = new ArrayList<>(p.aliases());
            names.add(p.name());
            if (p.arabicName() != null && !p.arabicName().isBlank()) {
                names.add(p.arabicName());
            }
            for (String name : names) {
                String key = fold(name);
                if (key.isEmpty()) {
                    continue;
                }
                List<Place> list = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
                if (!list.contains(p)) {
                    list.add(p);
                }
                String[] words = key.split(" ");
                longest = Math.max(longest, words.length);
                StringBuilder prefix = new StringBuilder();
                for (String w : words) {
                    if (prefix.length() > 0) {
                        prefix.append(' ');
                    }
                    prefix.append(w);
                    pre.add(prefix.toString());
                }
            }
        }
        keys.replaceAll((k, v) -> List.copyOf(withoutOvershadowedTowns(v)));
        this.byId = Map.copyOf(ids);
        // plain hash tables: never modified after construction, and faster to probe than Map.copyOf's tables
        this.byKey = keys;
        this.prefixes = pre;
        this.maxWords = longest;
    }

    /**
     * A bare name shared by a well-known town and a town of known, far smaller size means the well-known one
     * (Sinjar in Iraq, not the village in Idlib); the smaller keeps its longer aliases. A town of unknown size
     * (population 0) may be large, so it keeps the name; sites, provinces and regions always do.
     */
    private static List<Place> withoutOvershadowedTowns(List<Place> named) {
        long largest = 0;
        for (Place p : named) {
            if (p.precision() == LocationPrecision.CITY) {
                largest = Math.max(largest, p.population());
            }
        }
        if (named.size() < 2 || largest < WELL_KNOWN_POPULATION) {
            return named;
        }
        List<Place> kept = new ArrayList<>(named.size());
        for (Place p : named) {
            boolean overshadowed = p.precision() == LocationPrecision.CITY && p.population() > 0
                    && p.population() * OVERSHADOW_RATIO <= largest;
            if (!overshadowed) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** Loads the bundled gazetteer from the class path, else from {@code data/gazetteer.tsv} in the working directory. */
    public static Gazetteer loadDefault() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return new Gazetteer(parse(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + RESOURCE, e);
        }
        return load(FALLBACK_FILE);
    }

    public static Gazetteer load(Path tsv) {
        try (InputStream in = Files.newInputStream(tsv)) {
            return new Gazetteer(parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + tsv.toAbsolutePath(), e);
        }
    }

    /** Parses the gazetteer TSV: a header row naming the columns, then one place per row. */
    public static List<Place> parse(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) {
            return List.of();
        }
        List<String> cols = Arrays.asList(header.split("\t", -1));
        int[] at = new int[] {
            cols.indexOf("id"), cols.indexOf("name"), cols.indexOf("category"), cols.indexOf("precision"),
            cols.indexOf("country"), cols.indexOf("admin1"), cols.indexOf("lat"), cols.indexOf("lon"),
            cols.indexOf("population"), cols.indexOf("aliases"), cols.indexOf("arabic_name")};
        for (int i = 0; i < at.length; i++) {
            if (at[i] < 0) {
                throw new IOException("gazetteer header lacks a column; header is: " + header);
            }
        }
        List<Place> out = new ArrayList<>();
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            try {
                String aliases = c[at[9]];
                out.add(new Place(c[at[0]], c[at[1]], c[at[2]], LocationPrecision.fromCode(c[at[3]]), c[at[4]], c[at[5]],
                        Double.parseDouble(c[at[6]]), Double.parseDouble(c[at[7]]),
                        c[at[8]].isEmpty() ? 0 : Long.parseLong(c[at[8]]),
                        aliases.isEmpty() ? List.of() : List.of(aliases.split("\\|")), c[at[10]]));
            } catch (RuntimeException e) {
                throw new IOException("gazetteer line " + lineNo + " is malformed: " + line, e);
            }
        }
        return out;
    }

    /** The matching key of a name; see {@link NameFolding}. */
    public static String fold(String name) {
        return NameFolding.fold(name);
    }

    public List<Place> all() {
        return places;
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Places whose name or an alias folds to exactly {@code foldedKey}; empty when none. */
    public List<Place> lookup(String foldedKey) {
        return byKey.getOrDefault(foldedKey, List.of());
    }

    /** Places named {@code name} in any spelling that folds the same. */
    public List<Place> find(String name) {
        return lookup(fold(name));
    }

    /** Whether some name's folded words start with {@code foldedWords} (so a longer match may follow). */
    public boolean isPrefix(String foldedWords) {
        return prefixes.contains(foldedWords);
    }

    /** The largest number of folded words in any name. */
    public int maxWords() {
        return maxWords;
    }

    /** Great-circle distance in kilometres. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * {@code distanceKm(...) <= km}, answered without trigonometry for points further apart in latitude alone: a
     * great-circle distance is never shorter than its north-south part, and ingest tests hundreds of pairs per report.
     */
    public static boolean withinKm(double lat1, double lon1, double lat2, double lon2, double km) {
        if (Math.abs(lat2 - lat1) * KM_PER_DEGREE_OF_LATITUDE > km + 1e-6) { // the margin absorbs rounding
            return false;
        }
        return distanceKm(lat1, lon1, lat2, lon2) <= km;
    }

    public static double distanceKm(Place a, Place b) {
        return distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
    }
}
