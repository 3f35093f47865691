package io.strikeline.generate;

import io.strikeline.geo.Gazetteer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic corpus for scale tests: strikes drawn from {@link Scenarios} across 2014-2024 (from
 * earlier on when more are asked for than fit, see {@link StrikePlacement}), each reported by one to three articles
 * (more when there are more articles than strikes), articles grouping strikes close in time into round-ups. The same
 * seed and counts always give the same corpus, to the byte.
 */
public final class CorpusGenerator {

    static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    /** Strikes stop a little before the end so their reports can still be published within 2024. */
    private static final LocalDate LAST_STRIKE = LAST_DAY.minusDays(2);
    private static final DateTimeFormatter URL_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);

    private final SplittableRandom random;
    private final Prose prose;
    private final List<Scenario> scenarios = Scenarios.all();
    /** Towns beyond the scenarios' named sites, by country, for when a large corpus has filled those. */
    private final Map<String, List<Site>> moreTowns = new HashMap<>();

    private CorpusGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.prose = new Prose(random);
        Gazetteer gazetteer = Gazetteer.loadDefault();
        for (String country : List.of("IQ", "SY")) {
            moreTowns.put(country, Sites.gazetteerTowns(gazetteer, country));
        }
    }

    /** {@code events} strikes reported in {@code articles} articles. */
    public static Corpus generate(long seed, int events, int articles) {
        if (events < 1 || articles < 1) {
            throw new IllegalArgumentException("need at least one event and one article, got " + events + " and " + articles);
        }
        CorpusGenerator g = new CorpusGenerator(seed);
        List<Drawn> drawn = g.drawEvents(events);
        return new Corpus(drawn.stream().map(Drawn::event).toList(), g.writeArticles(drawn, articles));
    }

    /**
     * A strike and the scenario it came from (which says who reports it and how); only an {@code unnamed} one may be
     * reported without its striker (see {@link StrikePlacement}).
     */
    private record Drawn(GeneratedEvent event, Scenario scenario, boolean unnamed) {}

    // ---- strikes ----------------------------------------------------------------------------

    /** Where and when {@code count} strikes of the corpus of {@code seed} fall, before anything is written about them. */
    static List<StrikePlacement.Placed> placements(long seed, int count) {
        return new CorpusGenerator(seed).placements(count);
    }

    private List<StrikePlacement.Placed> placements(int count) {
        List<Site> candidates = new ArrayList<>(Sites.all());
        moreTowns.values().forEach(candidates::addAll);
        return new StrikePlacement(scenarios, random, LAST_STRIKE, count).place(candidates, moreTowns);
    }

    private List<Drawn> drawEvents(int count) {
        List<Drawn> drawn = new ArrayList<>(count);
        for (StrikePlacement.Placed p : placements(count)) {
            Scenario scenario = scenarios.get(p.scenario());
            drawn.add(new Drawn(strike(scenario, p.site(), p.date()), scenario, p.unnamed()));
        }
        drawn.sort(Comparator.comparing((Drawn d) -> d.event().date()));
        List<Drawn> numbered = new ArrayList<>(count);
        for (int i = 0; i < drawn.size(); i++) {
            GeneratedEvent e = drawn.get(i).event();
            numbered.add(new Drawn(new GeneratedEvent(i + 1, e.type(), e.date(), e.site(), e.scenario(), e.target(), e.killed(),
                    e.injured()), drawn.get(i).scenario(), drawn.get(i).unnamed()));
        }
        return numbered;
    }

    private GeneratedEvent strike(Scenario scenario, Site site, LocalDate date) {
        String target = prose.pick(scenario.targets());
        if (target.equals("-") && site.kind() != Site.Kind.BASE) {
            target = scenario.targets().stream().filter(t -> !t.equals("-")).findFirst().orElseThrow();
        }
        double zeroKilled = scenario.maxKilled() <= 1 ? 0.9 : 0.35;
        int killed = random.nextDouble() < zeroKilled ? 0 : casualtyCount(scenario.maxKilled());
        int injured = random.nextDouble() < 0.5 ? 0 : casualtyCount(scenario.maxInjured());
        return new GeneratedEvent(0, scenario.type(), date, site, scenario.name(), target, killed, injured);
    }

    /** Mostly small numbers, occasionally up to {@code max}. */
    private int casualtyCount(int max) {
        double r = random.nextDouble();
        return Math.min(max, 1 + (int) (max * r * r));
    }

    // ---- articles ---------------------------------------------------------------------------

    private List<GeneratedArticle> writeArticles(List<Drawn> events, int articleCount) {
        List<List<Drawn>> reports = assign(events, articleCount);
        List<GeneratedArticle> articles = new ArrayList<>(articleCount);
        Set<String> texts = new HashSet<>();
        for (int j = 0; j < articleCount; j++) {
            articles.add(article(j + 1, reports.get(j), texts));
        }
        return articles;
    }

    /**
     * Strikes sorted by date are cut into one run per article (its first reports), then most strikes
     * are also reported by one or two of the next few articles, which are published no earlier.
     */
    private List<List<Drawn>> assign(List<Drawn> events, int articleCount) {
        int n = events.size();
        int[] primary = new int[n];
        if (n >= articleCount) {
            double step = (double) n / articleCount;
            int[] cut = new int[articleCount + 1];
            cut[articleCount] = n;
            for (int j = 1; j < articleCount; j++) {
                int c = (int) Math.round((j + random.nextDouble(-0.45, 0.45)) * step);
                cut[j] = Math.max(cut[j - 1], Math.min(n, c));
            }
            for (int j = 0; j < articleCount; j++) {
                for (int i = cut[j]; i < cut[j + 1]; i++) {
                    primary[i] = j;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                primary[i] = (int) ((long) i * articleCount / n);
            }
        }
        List<List<Drawn>> reports = new ArrayList<>(articleCount);
        for (int j = 0; j < articleCount; j++) {
            reports.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            reports.get(primary[i]).add(events.get(i));
            double r = random.nextDouble();
            int extra = r < 0.35 ? 0 : r < 0.7 ? 1 : 2;
            int[] offsets = {1, 2, 3, 4};
            for (int k = 0; k < extra; k++) {
                int swap = k + random.nextInt(offsets.length - k);
                int d = offsets[swap];
                offsets[swap] = offsets[k];
                offsets[k] = d;
                if (primary[i] + d < articleCount) {
                    reports.get(primary[i] + d).add(events.get(i));
                }
            }
        }
        // An article left without a strike reports the latest one before it, as a follow-up.
        int latest = -1;
        for (int j = 0; j < articleCount; j++) {
            while (latest + 1 < n && primary[latest + 1] < j) {
                latest++;
            }
            if (reports.get(j).isEmpty()) {
                reports.get(j).add(events.get(Math.max(0, latest)));
            }
        }
        return reports;
    }

    private GeneratedArticle article(int id, List<Drawn> reported, Set<String> texts) {
        List<Drawn> newestFirst = new ArrayList<>(reported);
        newestFirst.sort(Comparator.comparing((Drawn d) -> d.event().date()).reversed()
                .thenComparingInt(d -> d.event().id()));
        LocalDate newest = newestFirst.get(0).event().date();
        double lagDraw = random.nextDouble();
        LocalDate published = newest.plusDays(lagDraw < 0.45 ? 0 : lagDraw < 0.85 ? 1 : 2);
        if (published.isAfter(LAST_DAY)) {
            published = LAST_DAY;
        }
        Outlet outlet = prose.pick(Outlet.ALL);
        boolean roundup = newestFirst.size() > 1;
        String countries = countries(newestFirst);
        StringBuilder text = new StringBuilder();
        if (outlet.wireTag() != null) {
            String city = newestFirst.get(0).event().site().country().equals("SY") ? "BEIRUT" : "BAGHDAD";
            text.append(city).append(' ').append(outlet.wireTag()).append(' ');
        }
        if (roundup) {
            text.append(prose.roundupLead(countries)).append("\n\n");
        }
        for (Drawn d : newestFirst) {
            text.append(prose.report(d.event(), d.scenario(), published, outlet, !d.unnamed()));
            if (random.nextDouble() < 0.2) {
                text.append(' ').append(prose.filler());
            }
            text.append("\n\n");
        }
        text.append(prose.filler());
        // Identical texts would be one article to ingest; a rare clash gets another background line.
        String body = text.toString();
        while (!texts.add(body)) {
            body = text.append(' ').append(prose.filler()).toString();
        }
        Drawn lead = newestFirst.get(0);
        String title = roundup ? prose.roundupHeadline(countries) : prose.headline(lead.event(), lead.event().killed());
        String url = "https://www." + outlet.domain() + "/" + URL_DATE.format(published) + "/" + slug(title) + "-" + id;
        return new GeneratedArticle(id, title, body, outlet.name(), published, url,
                newestFirst.stream().map(d -> d.event().id()).toList());
    }

    private static String countries(List<Drawn> reported) {
        boolean iraq = reported.stream().anyMatch(d -> d.event().site().country().equals("IQ"));
        boolean syria = reported.stream().anyMatch(d -> d.event().site().country().equals("SY"));
        return iraq && syria ? "Iraq and Syria" : iraq ? "Iraq" : "Syria";
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
