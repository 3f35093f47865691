package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Origin;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrikeMatcherTest {

    private static ExtractedEvent extracted(EventType type, String date, String place, double lat, double lon,
            LocationPrecision precision, String country, String perpetrator) {
        return new ExtractedEvent(type, EventDate.parse(date), place, lat, lon, precision, country, perpetrator, null, null,
                null, 0.8, new io.strikeline.model.Span(0, 1), List.of());
    }

    private static Event stored(ExtractedEvent e) {
        return new Event(1, e.type(), e.date(), e.place(), e.lat(), e.lon(), e.locationPrecision(), e.country(),
                e.perpetrator(), e.target(), e.killed(), e.killed(), e.injured(), e.injured(), e.confidence(), Origin.EXTRACTED);
    }

    @Test
    void theSoleimaniStrikeFromBothSeedsIsOneStrike() {
        Extractor x = RuleBasedExtractor.standard();
        ExtractedEvent from000 = x.extract(Articles.load("seeds/000_c15bedc5f9a67cb5.txt", LocalDate.of(2020, 1, 8)))
                .events().stream().filter(e -> e.type() == EventType.DRONE_STRIKE).findFirst().orElseThrow();
        List<ExtractedEvent> from003 = x.extract(Articles.load("seeds/003_e10c3287c1a65d1c.txt", LocalDate.of(2021, 7, 6)))
                .events();

        assertThat(from003).filteredOn(e -> StrikeMatcher.sameStrike(e, stored(from000))).hasSize(1)
                .first().extracting(ExtractedEvent::type).isEqualTo(EventType.DRONE_STRIKE);
    }

    @Test
    void airstrikeAndDroneStrikeByTheSamePartyMatchButNotByDifferentParties() {
        ExtractedEvent air = extracted(EventType.AIRSTRIKE, "2024-02-02", "Al-Qaim", 34.37, 41.09, LocationPrecision.CITY, "IQ",
                "United States");
        ExtractedEvent drone = extracted(EventType.DRONE_STRIKE, "2024-02-03", "Husaybah", 34.40, 41.00, LocationPrecision.CITY,
                "IQ", "United States");
        ExtractedEvent israeliDrone = extracted(EventType.DRONE_STRIKE, "2024-02-02", "Al-Qaim", 34.37, 41.09,
                LocationPrecision.CITY, "IQ", "Israel");

        assertThat(StrikeMatcher.sameStrike(drone, stored(air))).isTrue();
        assertThat(StrikeMatcher.sameStrike(israeliDrone, stored(air))).isFalse();
    }

    @Test
    void missilesAndRocketsAreDifferentStrikesEvenSameDayAndPlace() {
        ExtractedEvent missiles = extracted(EventType.MISSILE_STRIKE, "2020-01-08", "Erbil", 36.19, 44.01, LocationPrecision.CITY,
                "IQ", "Iran");
        ExtractedEvent rockets = extracted(EventType.ROCKET_ATTACK, "2020-01-08", "Erbil", 36.19, 44.01, LocationPrecision.CITY,
                "IQ", null);

        assertThat(StrikeMatcher.sameStrike(rockets, stored(missiles))).isFalse();
    }

    @Test
    void datesMoreThanADayApartOrPlacesFarApartDoNotMatch() {
        ExtractedEvent base = extracted(EventType.ROCKET_ATTACK, "2021-06-28", "Al-Omar oil field", 34.92, 40.56,
                LocationPrecision.SITE, "SY", null);
        ExtractedEvent later = extracted(EventType.ROCKET_ATTACK, "2021-06-30", "Al-Omar oil field", 34.92, 40.56,
                LocationPrecision.SITE, "SY", null);
        ExtractedEvent far = extracted(EventType.ROCKET_ATTACK, "2021-06-28", "Conoco gas field", 35.36, 40.30,
                LocationPrecision.SITE, "SY", null);
        ExtractedEvent month = extracted(EventType.ROCKET_ATTACK, "2021-06", "eastern Syria", 35.0, 40.2,
                LocationPrecision.REGION, "SY", "Iran-backed militias");

        assertThat(StrikeMatcher.sameStrike(later, stored(base))).isFalse();
        assertThat(StrikeMatcher.sameStrike(far, stored(base))).isFalse();
        assertThat(StrikeMatcher.sameStrike(month, stored(base))).isTrue();
    }

    @Test
    void aStrikeByTurkeyIsNotTheAttackOnTurkishTroops() {
        ExtractedEvent turkishStrike = extracted(EventType.AIRSTRIKE, "2024-01-12", "Qandil Mountains", 36.45, 44.95,
                LocationPrecision.REGION, "IQ", "Turkey");
        ExtractedEvent onTurks = new ExtractedEvent(EventType.OTHER, EventDate.parse("2024-01-12"), "northern Iraq", 36.0, 43.5,
                LocationPrecision.REGION, "IQ", null, "Turkey", 9, null, 0.6, new io.strikeline.model.Span(0, 1), List.of());

        assertThat(StrikeMatcher.sameStrike(onTurks, stored(turkishStrike))).isFalse();
        assertThat(StrikeMatcher.sameStrike(turkishStrike, stored(onTurks))).isFalse();
    }

    @Test
    void specificMilitiaAgreesWithIranBackedMilitiasButNotWithTheUnitedStates() {
        assertThat(StrikeMatcher.perpetratorsAgree("Kata'ib Hezbollah", "Iran-backed militias")).isTrue();
        assertThat(StrikeMatcher.perpetratorsAgree("Kata'ib Hezbollah", "Harakat al-Nujaba")).isFalse();
        assertThat(StrikeMatcher.perpetratorsAgree("Kata'ib Hezbollah", "United States")).isFalse();
    }
}
