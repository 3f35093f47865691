package io.strikeline.extract;

import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage: tolls told in a sentence of their own ("A hospital source said four had died.") go to the strike told just
 * before them. When that strike was on several sites, the toll goes to the site it names ("... died in Syria", "killed
 * 18 members of the Syrian militia"), and to none when it names none: a figure shared by strikes on several places is
 * no one strike's. A sentence of tolls alone passes the strike it counts on to the toll sentence after it, so a run of
 * sources' figures counts one strike however long it runs. How the toll weighs against a figure the strike holds is
 * {@link TollWeighing}'s to say.
 */
final class TollChain {

    /** How many sentences back an orphan toll looks for its strike. */
    private static final int ORPHAN_REACH = 2;
    /** How many sentences back a toll that names its country looks for a strike there ("... died in Syria"). */
    private static final int PLACED_REACH = 4;
    /** How many words after a toll its victims and their place are looked for ("nine gunmen died in eastern Syria"). */
    private static final int VICTIMS_REACH = 8;
    /** A town named with a toll this near the strike's place is the strike's own (a village and its district town). */
    private static final double NEAR_KM = 25;
    /** How many words a toll's verb may stand after the party that is its subject ("X, led by Y, killed five"). */
    private static final int SUBJECT_REACH = 12;

    /** The nouns a toll names its strike by ("in the attack", "in the raids"). */
    private static final Set<String> STRIKE_NOUNS = Set.of(
            "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing", "bombardment",
            "shelling", "assault");

    private final ArticleDoc doc;
    /** The strikes each sentence of tolls alone gave its tolls to: a run of such sentences counts the same strike. */
    private final Map<Integer, List<Candidate>> passedOn = new HashMap<>();

    TollChain(ArticleDoc doc) {
        this.doc = doc;
    }

    /** Gives each toll of a sentence that tells of no strike to the strike told in one of the sentences before. */
    void attachOrphans(List<Candidate> events) {
        List<SentenceInfo> sentences = doc.sentences;
        for (SentenceInfo s : sentences) {
            if (s.casualties.isEmpty() || tellsOwnStrike(s, events) || otherTally(s) || setApart(s)) {
                continue;
            }
            for (CasualtyFinder.Hit h : s.casualties) {
                // "..., after raids that killed 11 fighters": the dead of the incident before, not of the strike told
                List<Candidate> targets = TollContext.priorIncident(doc.tokens, s.from, h.fromTok()) >= 0 ? List.of()
                        : s.index == 0 ? leadTargets(events, s, h) : targets(events, s, h);
                targets = h.count() == 0 && targets.size() == 1 && everySite(s, h) ? sameDay(events, targets.get(0)) : targets;
                if (targets.isEmpty()) {
                    continue;
                }
                passedOn.put(s.index, targets);
                Mention m = doc.mention(MentionKind.CASUALTY, h.fromTok(), h.toTok(),
                        (h.killed() ? "killed=" : "injured=") + h.count());
                boolean others = TollCounting.othersToll(doc.tokens, h, s.casualties);
                for (Candidate e : targets) {
                    if (!otherDay(s, e) && !otherTown(s, h, e) && !killedByOther(s, h, e)) {
                        TollWeighing.offer(doc.tokens, e, h, m, others);
                    }
                }
            }
        }
        SharedTolls.drop(doc, events);
    }

    /**
     * The strikes of the nearest sentence before that tells of one, passing over a sentence whose strikes all lie outside
     * the country the toll places itself in ("... died in Syria"). When that sentence tells of strikes on several places,
     * the toll goes to those in the countries it names by place or nationality; a toll above zero that singles out none
     * of them goes to none, while "no one was hurt" holds for all.
     */
    private List<Candidate> targets(List<Candidate> events, SentenceInfo s, CasualtyFinder.Hit h) {
        int to = Math.min(s.to, h.toTok() + VICTIMS_REACH);
        Set<String> placedIn = placeCountries(s, h.fromTok(), to);
        Set<String> named = new HashSet<>(placedIn);
        for (int i = h.fromTok(); i < to; i++) {
            String nation = Roles.NATIONALITY.get(doc.tokens.get(i).lower());
            if (nation != null) {
                named.add(nation);
            }
        }
        // "no one was hurt" speaks of the story's strike however far below it stands; a figure may count another incident
        boolean namesTheStrike = namesTheStrike(s, h);
        int reach = namesTheStrike || h.count() == 0 ? s.index : placedIn.isEmpty() ? ORPHAN_REACH : PLACED_REACH;
        List<Candidate> passedOver = null;
        for (int back = 1; back <= reach && back <= s.index; back++) {
            SentenceInfo prev = doc.sentences.get(s.index - back);
            List<Candidate> told = new ArrayList<>(toldIn(events, prev.index));
            if (told.isEmpty()) {
                // "The monitor said 100 were killed. The minister put the toll at 80.": the run counts one strike
                told.addAll(passedOn.getOrDefault(prev.index, List.of()));
            }
            if (told.isEmpty() || !placedIn.isEmpty() && told.stream().noneMatch(e -> inCountries(e, placedIn))) {
                continue;
            }
            if (readInPassing(told, h.count() == 0, namesTheStrike)) {
                passedOver = passedOver != null ? passedOver : told;
                continue;
            }
            if (!severalPlaces(told)) {
                boolean shared = h.count() > 0 && named.isEmpty() && operationWide(prev)
                        && told.stream().anyMatch(e -> otherSiteSameDay(e, events));
                return shared ? List.of() : told;
            }
            List<Candidate> there = told.stream().filter(e -> inCountries(e, named)).toList();
            if (!there.isEmpty() && there.size() < told.size()) {
                return there;
            }
            return h.count() == 0 ? told : List.of();
        }
        return passedOver != null ? passedOver : List.of();
    }

    /**
     * Whether the strikes a toll would go to were read in passing, when a placed strike of the story may stand further
     * back: "an air-raid siren sounded" or "missiles were fired from the Golan" make unplaced strikes, which the story
     * drops, so neither "no one was hurt" nor "five were killed in the attack" speaks of them; a strike placed outside
     * the war ("Sana news agency said", read as Yemen's capital) is passed over by a toll of zero only, since a figure
     * after a real strike elsewhere is that strike's.
     */
    private static boolean readInPassing(List<Candidate> told, boolean zero, boolean namesStrike) {
        if (zero) {
            return told.stream().noneMatch(e -> Scope.inRegion(e) && !Scope.vague(e));
        }
        return namesStrike && told.stream().allMatch(e -> e.placeValue() == null);
    }

    /**
     * "no casualties or damage at either base", "nobody was hurt at both sites": a toll of zero said of every site struck,
     * with "either", "both" or "any" of the sites after it.
     */
    private boolean everySite(SentenceInfo s, CasualtyFinder.Hit h) {
        int to = Math.min(s.to, h.toTok() + VICTIMS_REACH);
        for (int k = h.toTok(); k < to; k++) {
            Token x = doc.tokens.get(k);
            if ((x.is("either") || x.is("both") || x.is("any")) && siteNamedAfter(k + 1, to)) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of the places struck that "either", "both" or "any of the" may go before ("both the ministry" names none). */
    private static final Set<String> SITE_NOUNS = Set.of("base", "bases", "site", "sites", "position", "positions",
            "facility", "facilities", "location", "locations", "target", "targets", "camp", "camps", "place", "places");

    /** Whether a site's noun comes within two words (past "of the") from {@code k}. */
    private boolean siteNamedAfter(int k, int to) {
        for (int j = k; j < Math.min(to, k + 3); j++) {
            if (SITE_NOUNS.contains(doc.tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The strikes of the story on the day of {@code one}, of a kind that may be the same attack's. */
    private static List<Candidate> sameDay(List<Candidate> events, Candidate one) {
        return events.stream().filter(e -> e == one || StrikeClass.compatible(e.type, one.type)
                && e.date != null && one.date != null && Coreference.daysAgree(e.date, one.date)).toList();
    }

    /**
     * "Six people died in the attack, at least." opening the story, before the strike is told: a toll that names the
     * strike with a definite noun counts the strike told first after it (a line or two may stand between: "Updated at
     * 6 pm"); any other opening toll, none.
     */
    private List<Candidate> leadTargets(List<Candidate> events, SentenceInfo s, CasualtyFinder.Hit h) {
        if (!namesTheStrike(s, h)) {
            return List.of();
        }
        for (int ahead = 1; ahead <= ORPHAN_REACH && ahead < doc.sentences.size(); ahead++) {
            List<Candidate> told = toldIn(events, ahead);
            if (!told.isEmpty()) {
                return severalPlaces(told) ? List.of() : told;
            }
        }
        return List.of();
    }

    /**
     * "Elsewhere, ...", "Separately, ...", "In a separate attack, ...", "... died in a separate incident": a sentence set
     * apart from the strike told before.
     */
    private boolean setApart(SentenceInfo s) {
        List<Token> t = doc.tokens;
        Token first = t.get(s.from);
        if (first.is("elsewhere") || first.is("separately")) {
            return true;
        }
        for (int k = s.from + 1; k < s.to; k++) {
            if ((t.get(k).is("separate") || t.get(k).is("unrelated")) && (t.get(k - 1).is("a") || t.get(k - 1).is("an"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a strike read from the sentence itself holds its tolls: a sentence whose strike words made no strike of
     * their own ("... closed the airport after the attack; no one was hurt") passes its tolls to the strike before.
     */
    private static boolean tellsOwnStrike(SentenceInfo s, List<Candidate> events) {
        return !s.ownedClauses.isEmpty() && !toldIn(events, s.index).isEmpty();
    }

    /** The strikes sentence {@code index} tells, first or again. */
    private static List<Candidate> toldIn(List<Candidate> events, int index) {
        return events.stream().filter(e -> e.sentence.index == index || e.sentences.contains(index)).toList();
    }

    /**
     * Whether the toll names the strike it counts with a definite noun ("... were killed in the attack", "no one was hurt
     * in the strikes"): it counts a strike told before, however many sentences back.
     */
    private boolean namesTheStrike(SentenceInfo s, CasualtyFinder.Hit h) {
        List<Token> t = doc.tokens;
        for (int k = h.toTok(); k + 2 < Math.min(s.to, h.toTok() + VICTIMS_REACH); k++) {
            boolean of = t.get(k).is("in") || t.get(k).is("by") || t.get(k).is("from");
            if (of && (t.get(k + 1).is("the") || t.get(k + 1).is("that")) && STRIKE_NOUNS.contains(t.get(k + 2).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "... a roadside bomb killed three soldiers near Tikrit": a toll above zero whose words name a town or site, none of
     * them near the strike's own place, counts the dead of another incident.
     */
    private static boolean otherTown(SentenceInfo s, CasualtyFinder.Hit h, Candidate e) {
        Place own = e.placeValue();
        if (own == null || h.count() == 0) {
            return false; // "no one was hurt at X" is said of the whole attack as often as of one site
        }
        boolean townNamed = false;
        for (PlaceHit p : s.places) {
            Place named = p.chosen();
            if (named == null || p.origin() || p.from() < h.fromTok() - VICTIMS_REACH || p.from() >= h.toTok() + VICTIMS_REACH
                    || named.precision().compareTo(LocationPrecision.CITY) > 0) {
                continue;
            }
            if (named.id().equals(own.id()) || Places.contains(named, own) || Places.contains(own, named)
                    || Gazetteer.distanceKm(named, own) <= NEAR_KM) {
                return false;
            }
            townNamed = true;
        }
        return townNamed;
    }

    /**
     * "Earlier, the rebel group X killed five soldiers": a toll told by its verb whose subject is a party that is neither
     * the strike's perpetrator nor its target counts that party's own attack, not the strike. The subject is the party
     * named last before the verb with no verb of saying between ("the SDF said the raid killed five" names a speaker).
     */
    private boolean killedByOther(SentenceInfo s, CasualtyFinder.Hit h, Candidate e) {
        List<Token> t = doc.tokens;
        if (e.perpetrator == null || !t.get(h.fromTok()).is("killed") && !t.get(h.fromTok()).is("kills")) {
            return false;
        }
        ActorFinder.Hit subject = null;
        for (ActorFinder.Hit a : s.actors) {
            if (a.toTok() <= h.fromTok() && h.fromTok() - a.toTok() <= SUBJECT_REACH) {
                subject = a;
            }
        }
        if (subject == null) {
            return false;
        }
        for (int k = subject.toTok(); k < h.fromTok(); k++) {
            if (CasualtyFinder.REPORTING.contains(t.get(k).lower()) || t.get(k).in(WordClass.TRIGGER_START)) {
                return false; // a speaker, or a strike word between: "X said the raid killed", "X's raid killed"
            }
        }
        Actor who = subject.actor();
        return !who.name().equals(e.perpetrator.name()) && (e.target == null || !who.name().equals(e.target.name()));
    }

    /** The countries of the places named in tokens [from, to) of the sentence, origins ("fired from Iran") aside. */
    private static Set<String> placeCountries(SentenceInfo s, int from, int to) {
        Set<String> out = new HashSet<>();
        for (PlaceHit p : s.places) {
            if (p.from() >= from && p.from() < to && p.chosen() != null && !p.origin()) {
                out.add(p.chosen().country());
            }
        }
        return out;
    }

    /**
     * Whether the sentence tells of the strikes no finer than a country or region ("American jets hit militia sites
     * across Iraq"): a toll after it counts the whole operation.
     */
    private static boolean operationWide(SentenceInfo s) {
        for (PlaceHit p : s.places) {
            boolean finer = p.chosen() != null && Places.rank(p.chosen().precision()) > Places.rank(LocationPrecision.REGION);
            if (finer && !p.origin()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the article tells of a strike of the same kind on the same day at another place ("it hit two sites"). */
    private static boolean otherSiteSameDay(Candidate e, List<Candidate> events) {
        for (Candidate o : events) {
            Place a = e.placeValue();
            Place b = o.placeValue();
            if (o != e && b != null && b.precision().compareTo(LocationPrecision.PROVINCE) < 0
                    && (a == null || !a.id().equals(b.id()) && !Places.contains(a, b))
                    && StrikeClass.compatible(o.type, e.type) && Coreference.daysAgree(o.date, e.date)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inCountries(Candidate e, Set<String> countries) {
        Place p = e.placeValue();
        return p != null && countries.contains(p.country());
    }

    /** Whether the strikes are placed in more than one place (unplaced ones aside). */
    private static boolean severalPlaces(List<Candidate> told) {
        Set<String> places = new HashSet<>();
        for (Candidate e : told) {
            if (e.placeValue() != null) {
                places.add(e.placeValue().id());
            }
        }
        return places.size() > 1;
    }

    /**
     * Whether the toll's sentence names a calendar day of its own ("... killed six on Sept. 7") that is not the strike's:
     * a toll dated to another day, or told with a day when the strike has none, counts another incident.
     */
    private static boolean otherDay(SentenceInfo s, Candidate e) {
        for (DateExpr d : s.dates) {
            boolean calendarDay = (d.kind() == DateExpr.Kind.ABSOLUTE || d.kind() == DateExpr.Kind.PARTIAL) && d.day() > 0;
            if (!calendarDay || d.statement()) {
                continue;
            }
            boolean sameDay = e.date != null && e.date.precision() == DatePrecision.DAY
                    && (d.month() == 0 || e.date.start().getMonthValue() == d.month())
                    && e.date.start().getDayOfMonth() == d.day();
            if (!sameDay) {
                return true;
            }
        }
        return false;
    }

    /** A toll of a sentence of its own: the tally of days of fighting, or of an incident of another month or year. */
    private boolean otherTally(SentenceInfo s) {
        if (TollContext.countsGroundFighting(doc.tokens, s.from, s.to) || Triggers.overSpan(doc.tokens, s.from, s.to)) {
            return true;
        }
        return s.dates.stream().anyMatch(d -> d.kind() == DateExpr.Kind.YEAR || d.kind() == DateExpr.Kind.MONTH_YEAR);
    }
}
