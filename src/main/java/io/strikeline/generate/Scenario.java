package io.strikeline.generate;

import io.strikeline.model.EventType;
import java.util.List;

/**
 * One recurring kind of strike in the region, e.g. militia rockets on bases hosting U.S. troops
 * (2019-2024) or Turkish drone strikes on PKK targets: who strikes what, where, when, how
 * deadly, and who reports it. "-" as a target means the strike hit the base itself.
 * Victims are "singular/plural" pairs. {@code side} is who strikes, as ingest tells strikers apart: two
 * scenarios of one side at one place and day would be read as one strike. {@code unnamedShare} of its strikes may be
 * reported without saying who struck; the others always say it.
 */
record Scenario(String name, String side, EventType type, int fromYear, int toYear, double weight, List<String> subjects,
        List<String> targets, List<String> victims, List<String> speakers, List<Site> sites, int maxKilled,
        int maxInjured, double unnamedShare) {

    Scenario {
        subjects = List.copyOf(subjects);
        targets = List.copyOf(targets);
        victims = List.copyOf(victims);
        speakers = List.copyOf(speakers);
        sites = List.copyOf(sites);
    }
}
