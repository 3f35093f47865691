package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roles from possessives, more named parties, and towns named only as reference points; sentences written here. */
class RolesAndPlacesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static ExtractedEvent single(String text) {
        List<ExtractedEvent> found = RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void theOwnerOfAnAttackIsItsPerpetratorNotItsTarget() {
        ExtractedEvent e = single("Iran's missile attack hit a camp of the KDPI near Koya on Monday, killing two people.");
        assertThat(e.perpetrator()).isEqualTo("Iran");
        assertThat(e.target()).isEqualTo("Kurdistan Democratic Party of Iran");
    }

    @Test
    void coalitionMembersArePerpetrators() {
        assertThat(single("Canadian jets bombed Islamic State positions near Fallujah on Sunday.").perpetrator())
                .isEqualTo("Canada");
        assertThat(single("Dutch F-16s struck Islamic State vehicles near Ramadi on Sunday.").perpetrator())
                .isEqualTo("Netherlands");
    }

    @Test
    void aDistantTownNamedToLocateTheTargetIsNotThePlace() {
        ExtractedEvent e = single("Coalition warplanes bombed a bomb factory in Heet, some 150 km west of Baghdad, on Sunday.");
        assertThat(e.place()).isEqualTo("Hit");
    }
}
