package io.strikeline.ui.article;

import io.strikeline.model.Article;
import io.strikeline.model.DateStatus;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventSource;
import io.strikeline.model.EventType;
import io.strikeline.model.FieldEvidence;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import io.strikeline.model.Origin;
import io.strikeline.model.Span;
import io.strikeline.ui.state.EventDetails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Invented wire-style articles with their mentions, for the pane's tests and demo. */
final class ArticleFixtures {

    static final String WIRE_TEXT = """
            BAGHDAD, March 14 (Northline Wire) - A drone strike hit two vehicles near Ain al-Asad air base \
            (\u0639\u064a\u0646 \u0627\u0644\u0623\u0633\u062f) in western Anbar province late on Wednesday, \
            killing three members of an armed group, two Iraqi security officials said.

            The officials, who spoke on condition of anonymity because they were not authorised to brief the \
            media, said the vehicles were travelling on a desert road west of the base when they were struck \
            shortly before midnight. A fourth man was wounded and taken to hospital in Hit.

            U.S. forces did not immediately comment. The base hosts Iraqi troops and members of the \
            U.S.-led coalition and has come under repeated rocket and drone attack in recent months.

            A spokesman for the regional government in Erbil (\u0623\u0631\u0628\u064a\u0644) condemned \
            what he called a dangerous escalation and urged all sides to keep the conflict out of Iraq.

            Residents of nearby al-Baghdadi said they heard two loud explosions and saw smoke rising from \
            the road. "We are used to the sound of drones now, but this was very close," said one farmer, \
            who gave only his first name, Ahmed.
            """;

    static final String AIN_AL_ASAD = "\u0639\u064a\u0646 \u0627\u0644\u0623\u0633\u062f";

    static final String ERBIL = "\u0623\u0631\u0628\u064a\u0644";

    static final String EVIDENCE = "A drone strike hit two vehicles near Ain al-Asad air base "
            + "(\u0639\u064a\u0646 \u0627\u0644\u0623\u0633\u062f) in western Anbar province late on Wednesday, "
            + "killing three members of an armed group, two Iraqi security officials said.";

    static final String SECOND_TEXT = """
            Three killed in strike on vehicles in western Iraq, officials say

            Security sources in Anbar said on Thursday that an unidentified aircraft targeted a convoy on the \
            road between al-Baghdadi and Ain al-Asad. Medical sources in Hit said between three and seven \
            people were killed, and one injured man was receiving treatment.

            No group has claimed the attack.
            """;

    private ArticleFixtures() {}

    static Event event(long id, String place) {
        return new Event(id, EventType.DRONE_STRIKE, EventDate.day(LocalDate.of(2024, 3, 13)), place, 33.79, 42.44,
                LocationPrecision.SITE, "Iraq", "U.S. forces", "armed group members", 3, 7, 1, 1, 0.82, Origin.EDITED);
    }

    static Article article(long id, String title, String source, LocalDate published, DateStatus status, String reason,
            String text) {
        return new Article(id, title, source, "https://example.invalid/" + id, published, status, reason, text,
                "hash" + id, null);
    }

    /** The wire report: evidence is the lede sentence, with one mention of each kind in it. */
    static EventDetails.Source wireSource(long eventId) {
        Article a = article(10, "Drone strike near Iraq's Ain al-Asad base kills three, officials say", "Northline Wire",
                LocalDate.of(2024, 3, 14), DateStatus.GIVEN, null, WIRE_TEXT);
        int s = WIRE_TEXT.indexOf(EVIDENCE);
        List<FieldEvidence> fields = List.of(
                new FieldEvidence("type", find(WIRE_TEXT, MentionKind.TRIGGER, "drone strike", s)),
                new FieldEvidence("place", find(WIRE_TEXT, MentionKind.PLACE, "Ain al-Asad air base", s)),
                new FieldEvidence("place", find(WIRE_TEXT, MentionKind.PLACE, AIN_AL_ASAD, s)),
                new FieldEvidence("date", find(WIRE_TEXT, MentionKind.DATE, "Wednesday", s)),
                new FieldEvidence("killed", find(WIRE_TEXT, MentionKind.CASUALTY, "killing three", s)),
                new FieldEvidence("target", find(WIRE_TEXT, MentionKind.ACTOR, "armed group", s)),
                new FieldEvidence("weapon", find(WIRE_TEXT, MentionKind.WEAPON, "drone", s)));
        List<Mention> mentions = new ArrayList<>();
        fields.forEach(f -> mentions.add(f.mention()));
        mentions.add(find(WIRE_TEXT, MentionKind.PLACE, "Hit", 0));
        mentions.add(find(WIRE_TEXT, MentionKind.ACTOR, "U.S. forces", 0));
        mentions.add(find(WIRE_TEXT, MentionKind.PLACE, "Erbil", 0));
        mentions.add(find(WIRE_TEXT, MentionKind.PLACE, ERBIL, 0));
        mentions.add(find(WIRE_TEXT, MentionKind.PLACE, "al-Baghdadi", 0));
        mentions.add(find(WIRE_TEXT, MentionKind.CASUALTY, "A fourth man was wounded", 0));
        EventSource link = new EventSource(eventId, a.id(), new Span(s, s + EVIDENCE.length()), EVIDENCE, 3, 1, fields);
        return new EventDetails.Source(a, link, mentions);
    }

    /** A second outlet whose date was inferred and whose figures disagree. */
    static EventDetails.Source secondSource(long eventId) {
        Article a = article(11, "Three killed in strike on vehicles in western Iraq", "Al-Rafidain Daily",
                LocalDate.of(2024, 3, 14),
                DateStatus.INFERRED, "the text says \"on Thursday\" and the file was saved on 15 March 2024", SECOND_TEXT);
        String evidence = "Medical sources in Hit said between three and seven people were killed, and one injured man was "
                + "receiving treatment.";
        int s = SECOND_TEXT.indexOf(evidence);
        List<FieldEvidence> fields = List.of(
                new FieldEvidence("place", find(SECOND_TEXT, MentionKind.PLACE, "Hit", s)),
                new FieldEvidence("killed", find(SECOND_TEXT, MentionKind.CASUALTY, "between three and seven", s)),
                new FieldEvidence("injured", find(SECOND_TEXT, MentionKind.CASUALTY, "one injured", s)));
        List<Mention> mentions = new ArrayList<>();
        fields.forEach(f -> mentions.add(f.mention()));
        mentions.add(find(SECOND_TEXT, MentionKind.PLACE, "Anbar", 0));
        mentions.add(find(SECOND_TEXT, MentionKind.DATE, "Thursday", 0));
        EventSource link = new EventSource(eventId, a.id(), new Span(s, s + evidence.length()), evidence, 7, 1, fields);
        return new EventDetails.Source(a, link, mentions);
    }

    static EventDetails details(Event event) {
        return new EventDetails(event, List.of(wireSource(event.id()), secondSource(event.id())));
    }

    static final String LONG_EVIDENCE = "A missile struck an arms depot near al-Qaim (\u0627\u0644\u0642\u0627\u0626\u0645) "
            + "on Friday, killing five.";

    /** A digest of at least {@code minChars} characters whose evidence sits 2,000 characters from the end. */
    static EventDetails.Source longSource(long eventId, int minChars) {
        String[] lines = {
            "Officials in Ramadi said the convoy had passed the last checkpoint before dawn. ",
            "Local police in Fallujah reported no damage to the bridge, which reopened at noon. ",
            "Residents said power cuts had lasted most of the week as repairs to the line continued. ",
            "A provincial council member in Ramadi called for more patrols on the desert highway. ",
        };
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < minChars; i++) {
            sb.append(lines[i % lines.length]).append(i % 5 == 4 ? "\n\n" : "");
        }
        int at = sb.length() - 2_000;
        sb.insert(at, LONG_EVIDENCE + " ");
        String text = sb.toString();
        List<Mention> mentions = new ArrayList<>();
        for (int i = text.indexOf("Ramadi"); i >= 0; i = text.indexOf("Ramadi", i + 1)) {
            mentions.add(new Mention(MentionKind.PLACE, i, i + 6, "Ramadi", "Ramadi"));
        }
        List<FieldEvidence> fields = List.of(
                new FieldEvidence("type", find(text, MentionKind.WEAPON, "missile", at)),
                new FieldEvidence("place", find(text, MentionKind.PLACE, "al-Qaim", at)),
                new FieldEvidence("date", find(text, MentionKind.DATE, "Friday", at)),
                new FieldEvidence("killed", find(text, MentionKind.CASUALTY, "killing five", at)));
        fields.forEach(f -> mentions.add(f.mention()));
        Article a = article(5, "Weekly security digest: Anbar province", "Anbar Monitor", null, DateStatus.UNKNOWN, null, text);
        EventSource link = new EventSource(eventId, a.id(), new Span(at, at + LONG_EVIDENCE.length()), LONG_EVIDENCE, 5, null,
                fields);
        return new EventDetails.Source(a, link, mentions);
    }

    /** The first occurrence of {@code phrase} at or after {@code from}. */
    static Mention find(String text, MentionKind kind, String phrase, int from) {
        int at = text.indexOf(phrase, from);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + phrase);
        }
        return new Mention(kind, at, at + phrase.length(), phrase, phrase);
    }
}
