package io.strikeline.extract;

import java.util.Map;

/** Number words as they appear in casualty and date phrases. */
final class Numbers {

    static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("dozen", 12), Map.entry("dozens", 24), Map.entry("hundred", 100),
            Map.entry("hundreds", 200), Map.entry("single", 1), Map.entry("several", 3), Map.entry("couple", 2));

    private Numbers() {}

    /** The number a token spells ("17", "four", "a dozen" at its "dozen"), or -1. */
    static int value(Token t) {
        if (t.punct()) {
            return -1;
        }
        if (t.isNumber()) {
            return digitsValue(t.raw());
        }
        return t.in(WordClass.NUMBER_WORD) ? WORDS.get(t.lower()) : -1;
    }

    /** "1,200" is 1200; more than six digits, or anything but digits and commas, is no count (-1). */
    private static int digitsValue(String raw) {
        int value = 0;
        int digits = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ',') {
                continue;
            }
            if (!Character.isDigit(c) || ++digits > 6) {
                return -1;
            }
            value = value * 10 + Character.digit(c, 10);
        }
        return value;
    }
}
