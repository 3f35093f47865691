package io.strikeline.extract;

import java.util.List;
import java.util.Set;

/** How a sentence tells what it tells, as the dating of strikes needs it: in the perfect, inside a quotation. */
final class SentenceForm {

    private SentenceForm() {}

    /** Participles of striking that do not end in -ed or -en. */
    private static final Set<String> PARTICIPLES = Set.of("hit", "struck", "shot", "been", "led");

    /**
     * Whether a sentence tells its news in the perfect ("jets have bombed ...", "nine people have been killed"), which
     * English gives no day: the copy states a result, and the day of the statement about it is not the day it happened.
     */
    static boolean perfect(List<Token> tokens, SentenceInfo s) {
        for (int i = s.from; i < s.to - 1; i++) {
            if (tokens.get(i).is("has") || tokens.get(i).is("have") || tokens.get(i).is("had")) {
                for (int k = i + 1; k < Math.min(s.to, i + 3); k++) {
                    String w = tokens.get(k).lower();
                    if (w.endsWith("ed") || w.endsWith("en") || PARTICIPLES.contains(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether an odd number of double quotation marks opens the sentence before token {@code at}. */
    static boolean insideQuote(List<Token> tokens, SentenceInfo s, int at) {
        boolean inside = false;
        for (int i = s.from; i < at; i++) {
            String r = tokens.get(i).raw();
            inside ^= r.equals("\"") || r.equals("\u201c") || r.equals("\u201d");
        }
        return inside;
    }
}
