package io.strikeline.generate;

import io.strikeline.extract.StrikeMatcher;
import io.strikeline.geo.Gazetteer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Keeps drawn strikes apart by the rule ingest merges reports by: two strikes within a day and
 * {@link StrikeMatcher#SAME_PLACE_KM} of each other that ingest could take for one would be stored as one event, so a
 * corpus asked for a million strikes must not draw two such. Which strikes ingest could take for one is the caller's
 * (see {@link StrikePlacement}): here each kind of strike files itself under a group bit and keeps away from a mask of
 * them. Every site a strike can be drawn at is indexed once with the sites within that distance of it; a strike marks
 * its group on those sites for its day and the days either side, so a test is one read, and a day with no room left
 * for a kind of strike is marked so that no later strike searches it again.
 */
final class StrikeSpacing {

    /** A little over the merge distance: ingest places a named site by the gazetteer's point, a few km off ours. */
    private static final double KM = StrikeMatcher.SAME_PLACE_KM + 5;

    private final Map<Site, Integer> index = new IdentityHashMap<>();
    private final List<Site> sites = new ArrayList<>();
    private final int[][] near;
    private final long firstDay;
    private final int days;
    /**
     * Per day and site, at {@code (day - firstDay) * sites + site}, the bits of the groups with a strike within merge
     * distance of the site and a day of that day: a test is one read.
     */
    private final int[] blocked;

    /** Spacing over the given sites (each once, by identity) for strikes from {@code firstDay} to {@code lastDay}. */
    StrikeSpacing(List<Site> candidates, long firstDay, long lastDay) {
        for (Site s : candidates) {
            if (index.putIfAbsent(s, sites.size()) == null) {
                sites.add(s);
            }
        }
        int n = sites.size();
        List<List<Integer>> neighbours = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            neighbours.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                Site a = sites.get(i);
                Site b = sites.get(j);
                if (Gazetteer.distanceKm(a.lat(), a.lon(), b.lat(), b.lon()) <= KM) {
                    neighbours.get(i).add(j);
                    if (j != i) {
                        neighbours.get(j).add(i);
                    }
                }
            }
        }
        near = new int[n][];
        for (int i = 0; i < n; i++) {
            near[i] = neighbours.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        this.firstDay = firstDay;
        this.days = Math.toIntExact(lastDay - firstDay + 1);
        this.blocked = new int[Math.multiplyExact(days, n)];
    }

    private int[] indices(List<Site> some) {
        return some.stream().mapToInt(s -> {
            Integer i = index.get(s);
            if (i == null) {
                throw new IllegalArgumentException("not a candidate site: " + s.key());
            }
            return i;
        }).toArray();
    }

    Site site(int i) {
        return sites.get(i);
    }

    /** True when no strike of a group in {@code conflicts} was drawn within merge distance of the site and a day of it. */
    private boolean isFree(int site, long day, int conflicts) {
        return (blocked[(int) (day - firstDay) * sites.size() + site] & conflicts) == 0;
    }

    /** Files a strike of {@code group} under every site within merge distance of it, on its day and the next and last. */
    private void take(int site, long day, int group) {
        int d = (int) (day - firstDay);
        int n = sites.size();
        for (int dd = Math.max(0, d - 1); dd <= Math.min(days - 1, d + 1); dd++) {
            for (int other : near[site]) {
                blocked[dd * n + other] |= group;
            }
        }
    }

    /**
     * Where and against whom one kind of strike is placed: its own sites first, any of {@code fallback} once those are
     * taken; it must keep away from the groups in {@code conflicts} and files itself under {@code group}.
     */
    final class Kind {
        private final int[] own;
        private final int[] fallback;
        private final int conflicts;
        private final int group;
        /** Days a whole search found no room on: nothing is ever freed, so no later strike of the kind looks again. */
        private final boolean[] full = new boolean[days];

        Kind(List<Site> own, List<Site> fallback, int conflicts, int group) {
            this.own = indices(own);
            this.fallback = indices(fallback);
            this.conflicts = conflicts;
            this.group = group;
        }

        /** A free site on {@code day}, each list searched from a random place on; -1 when the day has no room. */
        int freeSite(long day, SplittableRandom random) {
            int d = (int) (day - firstDay);
            if (full[d]) {
                return -1;
            }
            for (int[] list : new int[][] {own, fallback}) {
                int start = random.nextInt(list.length);
                for (int k = 0; k < list.length; k++) {
                    int site = list[(start + k) % list.length];
                    if (isFree(site, day, conflicts)) {
                        return site;
                    }
                }
            }
            full[d] = true;
            return -1;
        }

        void take(int site, long day) {
            StrikeSpacing.this.take(site, day, group);
        }

        /** One of its own sites at random, for a strike that found no room anywhere. */
        int anyOwnSite(SplittableRandom random) {
            return own[random.nextInt(own.length)];
        }
    }
}
