package io.strikeline.extract;

import io.strikeline.model.EventDate;
import java.time.LocalDate;

/**
 * A strike mention its sentence dates well before the article ("in April", "March 2020", "last month's strike", "in
 * 2013") tells a strike of the past. It is no reading of a strike the article tells with no date of its own: that one is
 * the article's news, and the older day would replace its own.
 */
final class OlderMentions {

    /** How many days before the article a mention's date must end to be surely another strike than its news. */
    private static final int OLDER_DAYS = 31;

    private OlderMentions() {}

    /** Whether one reading is dated well before {@code reference} and the other, told as news, has no date. */
    static boolean toldApart(Candidate a, Candidate b, LocalDate reference) {
        return reference != null && (olderThan(a, b, reference) || olderThan(b, a, reference));
    }

    private static boolean olderThan(Candidate dated, Candidate undated, LocalDate reference) {
        return undated.date == null && !undated.referential && dated.dateExpr != null && older(dated.date, reference);
    }

    /**
     * Whether an event the article dates itself is such a strike of the past: no date of the article's news, so it does not
     * make the strikes the article tells with no day of their own background, nor take them in.
     */
    static boolean olderEvent(Candidate e, LocalDate reference) {
        return reference != null && !e.dateBorrowed && older(e.date, reference);
    }

    /** Its day, month or year ended over a month before the article ("last month" may be a few days back). */
    private static boolean older(EventDate date, LocalDate reference) {
        return date != null && date.end().isBefore(reference.minusDays(OLDER_DAYS));
    }
}
