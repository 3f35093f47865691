package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.strikeline.model.EventType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedArticlesTest {

    private static final String SEED_000 = "seeds/000_c15bedc5f9a67cb5.txt";
    private static final String SEED_003 = "seeds/003_e10c3287c1a65d1c.txt";
    private static final Extractor EXTRACTOR = RuleBasedExtractor.standard();

    private static ExtractedEvent only(List<ExtractedEvent> events, EventType type, String place) {
        List<ExtractedEvent> found = events.stream()
                .filter(e -> e.type() == type && e.place() != null && e.place().contains(place)).toList();
        assertThat(found).as("%s at %s in %s", type, place, events).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void seed000IranianMissilesOnAinAlAsadAndErbilAndTheSoleimaniDroneStrike(boolean withPublishedDate) {
        Extraction x = EXTRACTOR.extract(Articles.load(SEED_000, withPublishedDate ? LocalDate.of(2020, 1, 8) : null));

        assertThat(x.events()).hasSize(3);
        ExtractedEvent asad = only(x.events(), EventType.MISSILE_STRIKE, "Ain al-Asad");
        assertThat(asad.date().format()).isEqualTo("2020-01-08");
        assertThat(asad.country()).isEqualTo("IQ");
        assertThat(asad.lat()).isCloseTo(33.80, within(0.05));
        assertThat(asad.lon()).isCloseTo(42.44, within(0.05));
        assertThat(asad.perpetrator()).isEqualTo("Iran");

        ExtractedEvent erbil = only(x.events(), EventType.MISSILE_STRIKE, "Erbil");
        assertThat(erbil.date().format()).isEqualTo("2020-01-08");
        assertThat(erbil.lat()).isCloseTo(36.19, within(0.1));
        assertThat(erbil.lon()).isCloseTo(44.01, within(0.1));

        ExtractedEvent soleimani = only(x.events(), EventType.DRONE_STRIKE, "Baghdad International Airport");
        assertThat(soleimani.date().format()).isEqualTo("2020-01-03");
        assertThat(soleimani.perpetrator()).isEqualTo("United States");
        assertThat(soleimani.killed()).isEqualTo(2);
        assertThat(soleimani.lat()).isCloseTo(33.26, within(0.05));
        assertThat(soleimani.lon()).isCloseTo(44.23, within(0.05));

        if (withPublishedDate) {
            assertThat(x.inferredPublished()).isNull();
        } else {
            assertThat(x.inferredPublished()).isEqualTo(LocalDate.of(2020, 1, 8));
            assertThat(x.inferenceReason()).contains("Soleimani");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void seed003BorderAirstrikeRocketAttackAndBackgroundSoleimaniStrike(boolean withPublishedDate) {
        Extraction x = EXTRACTOR.extract(Articles.load(SEED_003, withPublishedDate ? LocalDate.of(2021, 7, 6) : null));

        assertThat(x.events()).hasSize(3);
        ExtractedEvent border = only(x.events(), EventType.AIRSTRIKE, "Iraq-Syria border");
        assertThat(border.date().format()).isEqualTo("2021-06-27");
        assertThat(border.perpetrator()).isEqualTo("United States");
        assertThat(border.killed()).isEqualTo(4);
        assertThat(border.target()).isIn("Kata'ib Hezbollah", "Kata'ib Sayyid al-Shuhada");

        ExtractedEvent rockets = only(x.events(), EventType.ROCKET_ATTACK, "eastern Syria");
        assertThat(rockets.date().format()).isEqualTo("2021-06-28");
        assertThat(rockets.killed()).isZero();
        assertThat(rockets.target()).isEqualTo("US forces");
        assertThat(rockets.country()).isEqualTo("SY");

        ExtractedEvent soleimani = only(x.events(), EventType.DRONE_STRIKE, "Baghdad International Airport");
        assertThat(soleimani.date().format()).isEqualTo("2020-01-03");
        assertThat(soleimani.perpetrator()).isEqualTo("United States");

        if (!withPublishedDate) {
            assertThat(x.inferredPublished()).isBetween(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 7, 31));
            assertThat(x.inferenceReason()).isNotBlank();
        }
    }

    @Test
    void everyFieldPointsAtAMentionWhoseOffsetsMatchTheText() {
        ArticleText article = Articles.load(SEED_003, LocalDate.of(2021, 7, 6));
        Extraction x = EXTRACTOR.extract(article);

        assertThat(x.mentions()).isNotEmpty().allSatisfy(m ->
                assertThat(article.text().substring(m.start(), m.end())).isEqualTo(m.text()));
        for (ExtractedEvent e : x.events()) {
            assertThat(e.fields()).extracting(f -> f.field()).contains("type", "date", "place", "perpetrator");
            assertThat(x.mentions()).containsAll(e.fields().stream().map(f -> f.mention()).toList());
            assertThat(e.confidence()).isBetween(0.0, 1.0);
        }
    }
}
