package io.strikeline.ui.map;

import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Origin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Reproducible fake events around real Iraqi and Syrian towns, for the benchmark, demo and tests. */
final class SyntheticEvents {

    /** lat, lon of hot spots: Mosul, Baghdad, Ramadi, Fallujah, Al-Qaim, Erbil, Kirkuk, Deir ez-Zor, Raqqa, Aleppo, Idlib... */
    private static final double[][] HOT_SPOTS = {
        {36.34, 43.13}, {33.31, 44.37}, {33.42, 43.30}, {33.35, 43.78}, {34.37, 41.09}, {36.19, 44.01},
        {35.47, 44.39}, {35.34, 40.14}, {35.95, 39.01}, {36.20, 37.16}, {35.93, 36.63}, {34.45, 40.92},
        {33.50, 36.29}, {34.73, 36.71}, {32.03, 44.34}, {30.51, 47.81}, {33.79, 42.44}, {36.50, 40.75},
    };

    private SyntheticEvents() {}

    static List<Event> generate(int n, long seed) {
        Random random = new Random(seed);
        EventType[] types = EventType.values();
        LocationPrecision[] precisions = LocationPrecision.values();
        List<Event> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] spot = HOT_SPOTS[random.nextInt(HOT_SPOTS.length)];
            boolean spread = random.nextDouble() < 0.12;
            double lat = spread ? 31 + random.nextDouble() * 6 : spot[0] + random.nextGaussian() * 0.15;
            double lon = spread ? 37 + random.nextDouble() * 9 : spot[1] + random.nextGaussian() * 0.15;
            boolean located = random.nextDouble() > 0.03;
            // Mostly SITE and CITY, some PROVINCE, few COUNTRY/REGION, as in real reporting.
            int p = (int) (random.nextDouble() * random.nextDouble() * 4);
            LocationPrecision precision = precisions[Math.min(precisions.length - 1, p)];
            int killed = (int) Math.floor(Math.pow(random.nextDouble(), 3) * 40);
            out.add(event(i + 1, types[random.nextInt(types.length)], located ? lat : null, located ? lon : null,
                    precision, killed, random.nextInt(5)));
        }
        return out;
    }

    static Event event(long id, EventType type, Double lat, Double lon, LocationPrecision precision, int killed,
                       int injured) {
        return new Event(id, type, EventDate.day(LocalDate.of(2024, 1, 1).plusDays(id % 365)), "synthetic",
                lat, lon, precision, "IQ", "unknown", "unknown", killed, killed, injured, injured, 0.8, Origin.EXTRACTED);
    }
}
