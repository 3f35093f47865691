package io.strikeline.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.DateStatus;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.Origin;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class EventSummaryTest {

    @Test
    void casualtiesShowARangeWhenSourcesDisagree() {
        Event e = ArticleFixtures.event(1, "Hit");
        assertThat(EventSummary.casualties(e)).isEqualTo("3\u20137 killed, 1 injured");
        Event none = new Event(2, e.type(), e.date(), null, null, null, null, null, null, null,
                null, null, null, null, 0.5, Origin.EXTRACTED);
        assertThat(EventSummary.casualties(none)).isEqualTo("No casualty figures");
        assertThat(EventSummary.where(none)).isEqualTo("Place unknown");
        assertThat(EventSummary.origin(none.origin())).isNull();
        assertThat(EventSummary.confidence(0.826)).isEqualTo("83%");
    }

    @Test
    void datesKeepTheirPrecision() {
        assertThat(EventSummary.when(EventDate.day(LocalDate.of(2024, 3, 13)))).isEqualTo("13 March 2024");
        assertThat(EventSummary.when(EventDate.month(YearMonth.of(2024, 3)))).isEqualTo("March 2024 (month only)");
        assertThat(EventSummary.when(EventDate.year(2023))).isEqualTo("2023 (year only)");
    }

    @Test
    void inferredPublishedDatesExplainThemselves() {
        var given = ArticleFixtures.article(1, "t", "Wire", LocalDate.of(2024, 3, 14), DateStatus.GIVEN, null, "");
        var inferred = ArticleFixtures.article(2, "t", "Wire", LocalDate.of(2024, 3, 14), DateStatus.INFERRED, "dateline", "");
        var unknown = ArticleFixtures.article(3, "t", null, null, DateStatus.UNKNOWN, null, "");
        assertThat(EventSummary.published(given)).isEqualTo("Published 14 March 2024");
        assertThat(EventSummary.publishedNote(given)).isNull();
        assertThat(EventSummary.published(inferred)).isEqualTo("Published 14 March 2024 (inferred)");
        assertThat(EventSummary.publishedNote(inferred)).isEqualTo("Published date inferred: dateline");
        assertThat(EventSummary.published(unknown)).isEqualTo("Publication date unknown");
        assertThat(EventSummary.tabLabel(unknown)).isEqualTo("Outlet not stated \u00b7 undated");
    }

    @Test
    void citationQuotesTheEvidenceWithTitleOutletAndDate() {
        assertThat(EventSummary.citation(ArticleFixtures.wireSource(1))).isEqualTo("\u201c" + ArticleFixtures.EVIDENCE
                + "\u201d \u2014 Drone strike near Iraq's Ain al-Asad base kills three, officials say, Northline Wire,"
                + " 2024-03-14");
    }

    @Test
    void aSideTheSourcesDoNotNameReadsAsMissingNotAsAName() {
        Event e = ArticleFixtures.event(1, "Hit");
        Event noTarget = new Event(2, e.type(), e.date(), "Hit", 33.6, 42.8, null, "Iraq", "United States", null,
                null, null, null, null, 0.5, Origin.EXTRACTED);
        Event noPerpetrator = new Event(3, e.type(), e.date(), "Hit", 33.6, 42.8, null, "Iraq", " ", "Kataib Hezbollah",
                null, null, null, null, 0.5, Origin.EXTRACTED);
        Event neither = new Event(4, e.type(), e.date(), "Hit", 33.6, 42.8, null, "Iraq", null, "",
                null, null, null, null, 0.5, Origin.EXTRACTED);
        assertThat(EventSummary.actors(e)).isEqualTo("U.S. forces \u2192 armed group members");
        assertThat(EventSummary.actors(noTarget)).isEqualTo("United States \u2192 target not stated");
        assertThat(EventSummary.actors(noPerpetrator)).isEqualTo("perpetrator not stated \u2192 Kataib Hezbollah");
        assertThat(EventSummary.actors(neither)).isEqualTo("Perpetrator and target not stated");
        assertThat(EventSummary.actors(noTarget)).doesNotContain("unknown");
    }
}
