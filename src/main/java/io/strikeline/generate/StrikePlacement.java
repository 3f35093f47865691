package io.strikeline.generate;

import io.strikeline.model.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Where and when the corpus's strikes fall, kept apart so that ingest stores each as an event of its own.
 *
 * <p>Ingest takes two reports for one strike when they are of one kind (an airstrike and a drone strike are one),
 * within a day and 50 km of each other, and their strikers do not conflict: a report that names no striker agrees
 * with every side. So a strike whose reports may leave the striker out ("Rockets hit the base") is kept apart from
 * every strike of its kind; one whose every report names the striker only from its own side's and from the unnamed
 * ones. Airstrikes come from six sides at once, far too many to keep all apart, so only some of them go unnamed
 * ({@link Scenario#unnamedShare()}). Unnamed strikes are placed first, while there is room everywhere.
 *
 * <p>At the merge rule's resolution Iraq and Syria hold only a few dozen strikes of one group a day (the gazetteer's
 * towns there are a few hundred): a corpus asked for more than {@value #STRIKES_PER_DAY} strikes a day over 2014-2024
 * stretches its calendar back before 2014, each scenario keeping its share of it, and a strike whose day is full goes
 * to the nearest day with room, flattening the waves.
 */
final class StrikePlacement {

    /** Strikes a day the 2014-2024 calendar takes before it is stretched; above it the largest groups run out of room. */
    static final int STRIKES_PER_DAY = 80;
    private static final int EPISODES_PER_SCENARIO = 24;

    /** A strike's place and day, and whether its reports may leave out its striker. */
    record Placed(int scenario, Site site, LocalDate date, boolean unnamed) {}

    private record Wanted(int scenario, long day, boolean unnamed) {}

    private final List<Scenario> scenarios;
    private final SplittableRandom random;
    private final int count;
    private final long lastStrike;
    private final double stretch;

    /** Placement for {@code count} strikes ending on {@code lastStrike}, in 2014-2024 when they fit. */
    StrikePlacement(List<Scenario> scenarios, SplittableRandom random, LocalDate lastStrike, int count) {
        this.scenarios = scenarios;
        this.random = random;
        this.count = count;
        this.lastStrike = lastStrike.toEpochDay();
        long nominalDays = this.lastStrike - CorpusGenerator.FIRST_DAY.toEpochDay() + 1;
        this.stretch = Math.max(1, (double) count / STRIKES_PER_DAY / nominalDays);
    }

    /** The first day a strike can fall on. */
    private long firstDay() {
        return stretched(CorpusGenerator.FIRST_DAY);
    }

    /** The strikes, at {@code candidates}: a scenario's own sites, then the towns of its countries. */
    List<Placed> place(List<Site> candidates, Map<String, List<Site>> townsByCountry) {
        StrikeSpacing spacing = new StrikeSpacing(candidates, firstDay(), lastStrike);
        Groups groups = new Groups(scenarios);
        List<StrikeSpacing.Kind> named = new ArrayList<>();
        List<StrikeSpacing.Kind> unnamed = new ArrayList<>();
        for (Scenario s : scenarios) {
            List<Site> towns = fallbackTowns(s, townsByCountry);
            named.add(spacing.new Kind(s.sites(), towns, groups.namedConflicts(s), groups.named(s)));
            unnamed.add(spacing.new Kind(s.sites(), towns, groups.unnamedConflicts(s), groups.unnamed(s)));
        }
        List<Wanted> wanted = want();
        List<Placed> placed = new ArrayList<>(count);
        for (boolean unnamedPass : new boolean[] {true, false}) {
            for (Wanted w : wanted) {
                if (w.unnamed() == unnamedPass) {
                    placed.add(placeOne(w, (unnamedPass ? unnamed : named).get(w.scenario()), spacing));
                }
            }
        }
        return placed;
    }

    /** Which scenario each strike comes from and the day it would fall on if there were room. */
    private List<Wanted> want() {
        double totalWeight = scenarios.stream().mapToDouble(Scenario::weight).sum();
        List<long[]> episodes = new ArrayList<>();
        for (Scenario s : scenarios) {
            long[] centres = new long[EPISODES_PER_SCENARIO];
            for (int i = 0; i < centres.length; i++) {
                centres[i] = uniformDay(s);
            }
            episodes.add(centres);
        }
        List<Wanted> wanted = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            int s = pickScenario(totalWeight);
            Scenario scenario = scenarios.get(s);
            // Strikes come in waves: most fall near one of the scenario's episodes.
            long day = random.nextDouble() < 0.6 ? clampDay(episodes.get(s)[random.nextInt(EPISODES_PER_SCENARIO)]
                    + random.nextInt(-12, 13), scenario) : uniformDay(scenario);
            boolean unnamed = random.nextDouble() < scenario.unnamedShare();
            wanted.add(new Wanted(s, day, unnamed));
        }
        return wanted;
    }

    /** The nearest day to the wanted one with room; a strike that finds none anywhere merges, at one of its sites. */
    private Placed placeOne(Wanted w, StrikeSpacing.Kind kind, StrikeSpacing spacing) {
        Scenario scenario = scenarios.get(w.scenario());
        long first = firstDay(scenario);
        long last = lastDay(scenario);
        for (long k = 0; w.day() - k >= first || w.day() + k <= last; k++) {
            for (long day : k == 0 ? new long[] {w.day()} : new long[] {w.day() + k, w.day() - k}) {
                if (day >= first && day <= last) {
                    int site = kind.freeSite(day, random);
                    if (site >= 0) {
                        kind.take(site, day);
                        return new Placed(w.scenario(), spacing.site(site), LocalDate.ofEpochDay(day), w.unnamed());
                    }
                }
            }
        }
        int site = kind.anyOwnSite(random);
        kind.take(site, w.day());
        return new Placed(w.scenario(), spacing.site(site), LocalDate.ofEpochDay(w.day()), w.unnamed());
    }

    /** Once a scenario's own sites are taken: any named town of the countries it strikes in, or any gazetteer town. */
    private static List<Site> fallbackTowns(Scenario s, Map<String, List<Site>> townsByCountry) {
        TreeSet<String> countries = new TreeSet<>();
        s.sites().forEach(site -> countries.add(site.country()));
        List<Site> towns = new ArrayList<>();
        Sites.all().stream().filter(site -> site.kind() == Site.Kind.TOWN && countries.contains(site.country()))
                .forEach(towns::add);
        countries.forEach(c -> towns.addAll(townsByCountry.get(c)));
        return towns;
    }

    private static boolean aerial(EventType type) {
        return type == EventType.AIRSTRIKE || type == EventType.DRONE_STRIKE;
    }

    /** A bit for each side's strikes of one kind whose reports name it, and one for each kind's unnamed strikes. */
    private static final class Groups {
        private final List<String> keys = new ArrayList<>();

        Groups(List<Scenario> scenarios) {
            for (Scenario s : scenarios) {
                for (String key : List.of(namedKey(s), unnamedKey(s))) {
                    if (!keys.contains(key)) {
                        keys.add(key);
                    }
                }
            }
            if (keys.size() > Integer.SIZE) {
                throw new IllegalStateException("more groups of strikes than bits: " + keys);
            }
        }

        int named(Scenario s) {
            return 1 << keys.indexOf(namedKey(s));
        }

        int unnamed(Scenario s) {
            return 1 << keys.indexOf(unnamedKey(s));
        }

        /** A named strike keeps away from its own side's and from the unnamed strikes of its kind. */
        int namedConflicts(Scenario s) {
            return named(s) | unnamed(s);
        }

        /** An unnamed strike keeps away from every strike of its kind. */
        int unnamedConflicts(Scenario s) {
            int mask = 0;
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).endsWith("/" + kind(s.type()))) {
                    mask |= 1 << i;
                }
            }
            return mask;
        }

        private static String namedKey(Scenario s) {
            return s.side() + "/" + kind(s.type());
        }

        private static String unnamedKey(Scenario s) {
            return "/" + kind(s.type());
        }

        /** Kinds ingest never takes for one strike; an airstrike and a drone strike are one. */
        private static String kind(EventType type) {
            return aerial(type) ? EventType.AIRSTRIKE.name() : type.name();
        }
    }

    private int pickScenario(double totalWeight) {
        double r = random.nextDouble() * totalWeight;
        for (int i = 0; i < scenarios.size(); i++) {
            r -= scenarios.get(i).weight();
            if (r < 0) {
                return i;
            }
        }
        return scenarios.size() - 1;
    }

    private long uniformDay(Scenario s) {
        return random.nextLong(firstDay(s), lastDay(s) + 1);
    }

    private long clampDay(long day, Scenario s) {
        return Math.max(firstDay(s), Math.min(lastDay(s), day));
    }

    private long firstDay(Scenario s) {
        return stretched(LocalDate.of(s.fromYear(), 1, 1));
    }

    private long lastDay(Scenario s) {
        return Math.min(stretched(LocalDate.of(s.toYear(), 12, 31)), lastStrike);
    }

    /** A day of the 2014-2024 calendar on the stretched one: as far before the last strike, times the stretch. */
    private long stretched(LocalDate day) {
        return lastStrike - Math.round((lastStrike - day.toEpochDay()) * stretch);
    }
}
