package io.strikeline.generate;

import io.strikeline.model.EventType;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Wire-report English for strikes: one sentence per report, dates said the way outlets say them
 * relative to the published date ("late Sunday", "on 3 March"), casualty clauses and attribution.
 * Every choice comes from the caller's random source, so the text is a pure function of the seed.
 */
final class Prose {

    /** Subjects that read in lower case inside a sentence ("a Turkish drone"); names are left as they are. */
    private static final Pattern COMMON_SUBJECT = Pattern.compile("(A|An|The|Coalition|Militants|Unidentified|Suspected)( .*)?");
    /** Regions that say where by themselves ("north of Mosul") rather than after "in". */
    private static final Pattern RELATIVE_REGION = Pattern.compile("(north|south|east|west|near|on) .*");

    // {S} subject, {TP} target and place, {W}/{W^} when, {C} casualties, {A} trailing attribution, {A^} leading one.
    private static final Map<EventType, List<String>> TEMPLATES = new EnumMap<>(EventType.class);

    static {
        TEMPLATES.put(EventType.AIRSTRIKE, List.of(
                "{S} struck {TP} {W}{C}{A}.",
                "{S} carried out airstrikes on {TP} {W}{C}{A}.",
                "An airstrike hit {TP} {W}{C}{A}.",
                "{W^}, {S} bombed {TP}{C}{A}.",
                "{A^} {S} had struck {TP} {W}{C}."));
        TEMPLATES.put(EventType.DRONE_STRIKE, List.of(
                "{S} struck {TP} {W}{C}{A}.",
                "A drone strike hit {TP} {W}{C}{A}.",
                "{W^}, a drone strike targeted {TP}{C}{A}.",
                "{A^} a drone strike had hit {TP} {W}{C}."));
        TEMPLATES.put(EventType.MISSILE_STRIKE, List.of(
                "{S} fired ballistic missiles at {TP} {W}{C}{A}.",
                "Ballistic missiles struck {TP} {W}{C}{A}.",
                "{W^}, a missile strike hit {TP}{C}{A}."));
        TEMPLATES.put(EventType.ROCKET_ATTACK, List.of(
                "Rockets hit {TP} {W}{C}{A}.",
                "Several Katyusha rockets struck {TP} {W}{C}{A}.",
                "{S} fired rockets at {TP} {W}{C}{A}.",
                "{W^}, a rocket attack targeted {TP}{C}{A}."));
        TEMPLATES.put(EventType.DRONE_ATTACK, List.of(
                "A drone attack targeted {TP} {W}{C}{A}.",
                "{S} launched an explosive-laden drone at {TP} {W}{C}{A}.",
                "{W^}, one-way attack drones struck {TP}{C}{A}."));
        TEMPLATES.put(EventType.ARTILLERY, List.of(
                "{S} shelled {TP} {W}{C}{A}.",
                "Artillery fire hit {TP} {W}{C}{A}.",
                "{W^}, {S} pounded {TP} with artillery{C}{A}.",
                "Mortar rounds landed on {TP} {W}{C}{A}."));
    }

    private static final Map<EventType, String> HEADLINE_NOUN = new EnumMap<>(Map.of(
            EventType.AIRSTRIKE, "airstrike",
            EventType.DRONE_STRIKE, "drone strike",
            EventType.MISSILE_STRIKE, "missile strike",
            EventType.ROCKET_ATTACK, "rocket attack",
            EventType.DRONE_ATTACK, "drone attack",
            EventType.ARTILLERY, "shelling",
            EventType.OTHER, "attack"));

    private static final String[] NUMBER_WORDS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten"};

    // Background and threats: sentences with no strike in them, which extraction must not turn into events.
    private static final List<String> FILLERS = List.of(
            "The United States has about 2,500 troops in Iraq and some 900 in Syria, on a mission it says is aimed at"
                    + " preventing a resurgence of the Islamic State.",
            "Iraqi officials have repeatedly warned that the country risks being dragged into a wider regional conflict.",
            "The Pentagon did not immediately respond to a request for comment.",
            "Turkey considers the PKK and the Syrian Kurdish YPG militia to be terrorist organisations.",
            "Sleeper cells of the Islamic State remain active in the desert between the two countries.",
            "Negotiations on ending the coalition's military mission in Iraq resumed in Baghdad.",
            "Kata'ib Hezbollah has threatened to target U.S. interests if American troops do not leave Iraq.",
            "Harakat al-Nujaba said it would respond to any further U.S. aggression.",
            "Asa'ib Ahl al-Haq vowed revenge and called on the government to expel foreign forces.",
            "Turkey's defense minister warned that operations against the PKK in northern Iraq would continue.",
            "Iran denied any role and said the accusations were baseless.");

    private static final List<String> DEATH_TOLL_SOURCES = List.of("Medical sources", "A local health official",
            "Security sources", "A hospital official");

    private final SplittableRandom random;

    Prose(SplittableRandom random) {
        this.random = random;
    }

    /**
     * The sentence reporting {@code e} in an article published on {@code published}, plus any follow-up detail;
     * {@code named}: the sentence says who struck ("Turkish jets struck ..."), never only what ("An airstrike hit ...").
     */
    String report(GeneratedEvent e, Scenario scenario, LocalDate published, Outlet outlet, boolean named) {
        List<String> templates = TEMPLATES.get(e.type());
        String template = pick(named ? templates.stream().filter(t -> t.contains("{S}")).toList() : templates);
        String when = when(e.date(), published, outlet.dayFirstDates());
        String speaker = pick(scenario.speakers());
        int killed = reportedKilled(e.killed());
        String sentence = template
                .replace("{S}", subject(pick(scenario.subjects()), template.startsWith("{S}")))
                .replace("{TP}", targetAndPlace(e))
                .replace("{W^}", capitalize(when))
                .replace("{W}", when)
                .replace("{C}", casualties(killed, e.injured(), pick(scenario.victims())))
                .replace("{A^}", capitalize(speaker) + " said")
                .replace("{A}", template.contains("{A^}") ? "" : attribution(speaker));
        if (e.killed() > 0 && random.nextDouble() < 0.15) {
            int otherToll = e.killed() + 1 + random.nextInt(3);
            sentence += " " + pick(DEATH_TOLL_SOURCES) + " put the death toll at " + otherToll + ".";
        }
        return sentence;
    }

    String filler() {
        return pick(FILLERS);
    }

    String headline(GeneratedEvent e, int reportedKilled) {
        String noun = HEADLINE_NOUN.get(e.type());
        String place = e.site().names().get(0).replaceFirst("^the ", "");
        if (reportedKilled > 0) {
            return capitalize(number(reportedKilled)) + " killed in " + noun + " near " + place;
        }
        return capitalize(noun) + " " + pick(List.of("reported near", "hits", "targets")) + " " + place;
    }

    String roundupHeadline(String countries) {
        return pick(List.of("Security round-up: " + countries, countries + ": the latest security incidents",
                "Daily security report: " + countries, countries + " security briefing"));
    }

    String roundupLead(String countries) {
        return pick(List.of("Here is a summary of security incidents reported in " + countries + ".",
                "The following incidents were reported in " + countries + "."));
    }

    /** How a report of a strike on {@code event} dates it, seen from {@code published}. */
    String when(LocalDate event, LocalDate published, boolean dayFirst) {
        long daysBefore = ChronoUnit.DAYS.between(event, published);
        if (daysBefore < 0) {
            throw new IllegalArgumentException("an article cannot report a strike after it was published");
        }
        if (daysBefore < 7 && random.nextDouble() < 0.75) {
            String day = event.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return pick(List.of("on " + day, "late " + day, "early " + day, "on " + day + " night", "on " + day + " morning"));
        }
        String month = event.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String date = dayFirst ? event.getDayOfMonth() + " " + month : month + " " + event.getDayOfMonth();
        if (event.getYear() != published.getYear()) {
            date += (dayFirst ? " " : ", ") + event.getYear();
        }
        return "on " + date;
    }

    /** Outlets sometimes disagree with the true toll by a little. */
    int reportedKilled(int killed) {
        if (killed == 0 || random.nextDouble() >= 0.2) {
            return killed;
        }
        return Math.max(1, killed + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(2)));
    }

    /** "A Turkish drone" opens a sentence; inside one it is "a Turkish drone". Names keep their capitals. */
    private static String subject(String subject, boolean opensSentence) {
        if (opensSentence || !COMMON_SUBJECT.matcher(subject).matches()) {
            return subject;
        }
        return Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
    }

    private String targetAndPlace(GeneratedEvent e) {
        Site site = e.site();
        String name = pick(site.names());
        String where = switch (site.kind()) {
            case BASE -> e.target().equals("-") ? name : e.target() + " at " + name;
            case TOWN -> e.target() + (random.nextBoolean() ? " near " : " in ") + name;
            case AREA -> e.target() + " in " + name;
        };
        if (random.nextBoolean()) {
            String region = pick(site.regions());
            where += RELATIVE_REGION.matcher(region).matches() ? " " + region : " in " + region;
        }
        return where;
    }

    private String casualties(int killed, int injured, String victim) {
        String[] forms = victim.split("/");
        String noun = killed == 1 ? forms[0] : forms[1];
        double r = random.nextDouble();
        if (r < 0.1) {
            return ""; // the report says nothing about casualties
        }
        if (killed > 0 && injured > 0) {
            return ", killing " + atLeast() + number(killed) + " " + noun + " and wounding " + number(injured)
                    + (injured == 1 ? " other" : " others");
        }
        if (killed > 0) {
            return ", killing " + atLeast() + number(killed) + " " + noun;
        }
        if (injured > 0) {
            return ", wounding " + number(injured) + " " + (injured == 1 ? forms[0] : forms[1]);
        }
        return r < 0.55 ? "; no casualties were reported" : ", causing no casualties";
    }

    private String atLeast() {
        return random.nextDouble() < 0.25 ? "at least " : "";
    }

    private String attribution(String speaker) {
        double r = random.nextDouble();
        if (r < 0.35) {
            return ", " + speaker + " said";
        }
        if (r < 0.55) {
            return ", according to " + speaker;
        }
        if (r < 0.7) {
            return ", " + speaker + " said in a statement";
        }
        return "";
    }

    static String number(int n) {
        return n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : Integer.toString(n);
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
