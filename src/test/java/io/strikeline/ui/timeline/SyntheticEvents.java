package io.strikeline.ui.timeline;

import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Origin;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test events: random dates 2014–2024 with mixed types, perpetrators and date precisions. */
final class SyntheticEvents {

    private static final String[] PERPETRATORS = {
        "US-led coalition", "Russia", "Syrian government", "Turkey", "Israel", "Islamic State", "Iran-backed militia",
        "Kataib Hezbollah", "SDF", null,
    };

    private SyntheticEvents() {}

    static List<Event> generate(int count, long seed) {
        Random random = new Random(seed);
        LocalDate first = LocalDate.of(2014, 1, 1);
        int days = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - first.toEpochDay());
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // a bump in 2016–2017 so the histogram has a shape
            int day = random.nextDouble() < 0.35 ? 730 + (int) (Math.abs(random.nextGaussian()) * 300) % days
                    : random.nextInt(days);
            LocalDate date = first.plusDays(day);
            double p = random.nextDouble();
            EventDate when = p < 0.85 ? EventDate.day(date) : p < 0.97 ? EventDate.month(YearMonth.from(date))
                    : EventDate.year(date.getYear());
            EventType type = EventType.values()[Math.min(EventType.values().length - 1,
                    (int) (Math.abs(random.nextGaussian()) * 2.2))];
            events.add(event(i + 1, type, when, PERPETRATORS[random.nextInt(PERPETRATORS.length)]));
        }
        return events;
    }

    static Event event(long id, EventType type, EventDate date, String perpetrator) {
        return new Event(id, type, date, "Place " + id, 35.0, 40.0, LocationPrecision.CITY, "Syria", perpetrator,
                null, 2, 4, null, null, 0.8, Origin.EXTRACTED);
    }

    /** About what the sample database holds: a handful of strikes over 2020–2021, one only known to the month. */
    static List<Event> sample() {
        return List.of(
                event(1, EventType.AIRSTRIKE, EventDate.day(LocalDate.of(2020, 1, 3)), "United States"),
                event(2, EventType.DRONE_STRIKE, EventDate.day(LocalDate.of(2020, 3, 12)), "United States"),
                event(3, EventType.ROCKET_ATTACK, EventDate.month(YearMonth.of(2020, 9)), "Kataib Hezbollah"),
                event(4, EventType.AIRSTRIKE, EventDate.day(LocalDate.of(2021, 2, 25)), "United States"),
                event(5, EventType.DRONE_ATTACK, EventDate.day(LocalDate.of(2021, 6, 27)), null),
                new Event(6, EventType.OTHER, null, "Unknown", null, null, null, null, null, null, null, null,
                        null, null, 0.4, Origin.EXTRACTED));
    }

}
