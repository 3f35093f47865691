package io.strikeline.extract;

import java.util.List;
import java.util.Map;

/** Number words as they appear in casualty and date phrases. */
final class Numbers {

    static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12), Map.entry("dozens", 24), Map.entry("hundred", 100),
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

    /**
     * The number the words from {@code i} spell, with a hyphenated compound read whole ("twenty-three" is 23, where the
     * tokenizer splits it in two); see {@link #words} for how many tokens it takes.
     */
    static int value(List<Token> t, int i) {
        int n = value(t.get(i));
        return compound(t, i) ? n + value(t.get(i + 1)) : n;
    }

    /** How many tokens the number at {@code i} takes: two for "twenty-three", else one. */
    static int words(List<Token> t, int i) {
        return compound(t, i) ? 2 : 1;
    }

    private static boolean compound(List<Token> t, int i) {
        Token x = t.get(i);
        if (!x.hyphenAfter() || x.isNumber() || i + 1 >= t.size()) {
            return false;
        }
        int tens = value(x);
        int unit = value(t.get(i + 1));
        return tens >= 20 && tens < 100 && tens % 10 == 0 && unit >= 1 && unit <= 9 && !t.get(i + 1).isNumber();
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
