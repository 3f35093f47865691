package io.strikeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits article text into tokens, sentences and clauses. Offsets always index the original text. */
final class Tokenizer {

    private static final String PUNCT = ".,;:!?()[]\"\u201C\u201D\u2014\u2013\u2026";
    /** Words after which a full stop does not end the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "cmdr", "adm", "brig", "rep", "sen",
            "gov", "pres", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "vs", "inc", "corp", "jr", "sr", "ft", "mt", "gens", "lieut", "rev", "prof", "approx");
    /** Words that open a subordinate clause; a clause break goes before them. */
    static final Set<String> CLAUSE_OPENERS = Set.of(
            "since", "after", "before", "when", "while", "because", "but", "although", "though", "whereas", "amid",
            "despite", "which", "following", "retaliation", "response", "revenge");

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        // the loops read an array, not the String: a String's characters are read through a test of how it stores them,
        // and the first article that stores them the other way would send the compiled loops back to be compiled again
        char[] chars = text.toCharArray();
        WordForms forms = new WordForms(text, chars);
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (c < ASCII ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c)) {
                int end = wordEnd(chars, i + 1);
                boolean hyphen = end + 1 < n && (chars[end] == '-' || chars[end] == '\u2010')
                        && isLetterOrDigit(chars[end + 1]);
                tokens.add(forms.word(tokens.size(), i, end, hyphen, false));
                i = end;
            } else if (c == ' ' || c == '\n') {
                i++;
            } else {
                i = notWordStart(chars, i, tokens, forms);
            }
        }
        return tokens;
    }

    /** Characters below this have their classes in the tables below; the rest ask {@link Character}. */
    private static final int ASCII = 128;
    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[ASCII];
    private static final boolean[] ASCII_LETTER = new boolean[ASCII];
    /** One-character punctuation tokens share these strings, whose hashes are computed once. */
    private static final String[] PUNCT_TOKENS = new String[PUNCT.length()];

    static {
        for (char c = 0; c < ASCII; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            ASCII_LETTER[c] = Character.isLetter(c);
        }
        for (int k = 0; k < PUNCT.length(); k++) {
            PUNCT_TOKENS[k] = String.valueOf(PUNCT.charAt(k)).intern(); // Token.is compares by identity
        }
    }

    private static boolean isLetterOrDigit(char c) {
        return c < ASCII ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    private static boolean isLetter(char c) {
        return c < ASCII ? ASCII_LETTER[c] : Character.isLetter(c);
    }

    /** Whether {@code c} goes on a word begun before it: a letter, digit or combining mark. */
    private static boolean continuesWord(char c) {
        return c < ASCII ? ASCII_LETTER_OR_DIGIT[c]
                : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** End of the word whose second character is at {@code from}. */
    private static int wordEnd(char[] chars, int from) {
        int n = chars.length;
        int i = from;
        while (i < n && (continuesWord(chars[i]) || joinsWord(chars, i)) && !gluedWord(chars, i)) {
            i++;
        }
        return i;
    }

    /**
     * Whether a capitalised word begins at {@code i} right after a digit ("November 30, 2024Russian jets"): a page's date
     * line glued to its first sentence, two tokens.
     */
    private static boolean gluedWord(char[] chars, int i) {
        char c = chars[i];
        return c >= 'A' && c <= 'Z' && chars[i - 1] >= '0' && chars[i - 1] <= '9' && i + 1 < chars.length
                && chars[i + 1] >= 'a' && chars[i + 1] <= 'z';
    }

    /**
     * Whether the character at {@code i}, after a word's letter or digit, joins that word to what follows: an apostrophe
     * between letters ("didn't") or a comma or full stop between digits ("1,200", "2.5").
     */
    private static boolean joinsWord(char[] chars, int i) {
        char d = chars[i];
        if (d == ' ' || i + 1 >= chars.length) {
            return false;
        }
        if (d == ',' || d == '.') {
            return Character.isDigit(chars[i - 1]) && Character.isDigit(chars[i + 1]);
        }
        return isApostropheOrModifier(d) && isLetter(chars[i + 1]) && isLetter(chars[i - 1]);
    }

    /**
     * The token, if any, at a character that cannot start an ordinary word: a word opening with an ayn or hamza mark,
     * punctuation or a dash; returns where the next token may start.
     */
    private static int notWordStart(char[] chars, int i, List<Token> tokens, WordForms forms) {
        int n = chars.length;
        char c = chars[i];
        int punct = PUNCT.indexOf(c);
        if (punct >= 0) {
            String raw = PUNCT_TOKENS[punct];
            tokens.add(Token.punctuation(tokens.size(), i, i + 1, raw, raw));
            return i + 1;
        }
        if (isApostropheOrModifier(c) && i + 1 < n && isLetter(chars[i + 1])
                && (i == 0 || !isLetterOrDigit(chars[i - 1]))) {
            // a leading ʿayn or hamza mark ("ʿAyn"): part of the word that follows
            int end = i + 1;
            while (end < n && continuesWord(chars[end])) {
                end++;
            }
            boolean hyphen = end + 1 < n && chars[end] == '-' && isLetterOrDigit(chars[end + 1]);
            tokens.add(forms.word(tokens.size(), i, end, hyphen, true));
            return end;
        }
        if (c == '-' && i + 1 < n && chars[i + 1] == '-') {
            tokens.add(Token.punctuation(tokens.size(), i, i + 2, "--", "\u2014"));
            return i + 2;
        }
        if (c == '-' && i > 0 && i + 1 < n && chars[i - 1] == ' ' && chars[i + 1] == ' ') {
            tokens.add(Token.punctuation(tokens.size(), i, i + 1, "-", "\u2014"));
        }
        return i + 1;
    }

    private static boolean isApostropheOrModifier(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BF' || c == '\u02BE' || c == '\u02BC' || c == '`';
    }

    /** Sentence boundaries as token index ranges {@code [from, to)}: full stops (not after abbreviations) and line breaks. */
    static List<int[]> sentences(String text, List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean breakAfter = false;
            if (i + 1 < tokens.size() && hasLineBreak(text, t.end(), tokens.get(i + 1).start())) {
                breakAfter = !softWrap(text, t, tokens.get(i + 1));
            } else if (t.punct() && ".?!\u2026".contains(t.raw())) {
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).punct() && isCloser(tokens.get(j).raw())
                        && !hasGap(text, tokens.get(j - 1), tokens.get(j))) {
                    j++;
                }
                if (j >= tokens.size() || startsSentence(tokens.get(j))) {
                    breakAfter = !t.raw().equals(".") || !isAbbreviation(text, tokens, i);
                }
                if (breakAfter) {
                    i = j - 1;
                }
            }
            if (breakAfter) {
                out.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        if (from < tokens.size()) {
            out.add(new int[] {from, tokens.size()});
        }
        return out;
    }

    /** How far a dateline's closing dash or agency bracket may lie from its start. */
    private static final int DATELINE_WORDS = 14;

    /**
     * End of the dateline that opens a sentence, or {@code from} when there is none: a place in capitals and a comma
     * ("ERBIL, Kurdistan Region -", "BAGHDAD, Dec. 13 (Agency) --"), up to the dash or bracket that closes it, or the
     * place and the agency in brackets ("ERBIL (Agency) -"), or the place and a colon ("BAGHDAD:"). It names where the
     * report was filed, not where anything happened.
     */
    static int datelineEnd(List<Token> tokens, int from, int to) {
        int k = from;
        while (k < to && allCaps(tokens.get(k))) {
            k++;
        }
        if (k > from && k < to && tokens.get(k).is("(")) {
            // "BAGHDAD (AP) —", "ERBIL (Kurdistan 24) –": the city, then the agency in brackets
            for (int j = k + 1; j < Math.min(to, k + DATELINE_WORDS); j++) {
                if (tokens.get(j).is(")")) {
                    boolean dash = j + 1 < to && (tokens.get(j + 1).is("\u2014") || tokens.get(j + 1).is("\u2013")
                            || tokens.get(j + 1).is("-"));
                    return dash ? j + 2 : j + 1;
                }
            }
        }
        if (k > from && k < to && tokens.get(k).is(":")) {
            return k + 1; // "BAGHDAD: A rocket ..."
        }
        if (k == from) {
            return titleCaseDatelineEnd(tokens, from, to);
        }
        if (k >= to || !tokens.get(k).is(",")) {
            return from;
        }
        for (int j = k + 1; j < Math.min(to, k + DATELINE_WORDS); j++) {
            String lower = tokens.get(j).lower();
            if (tokens.get(j).punct() && (lower.equals("\u2014") || lower.equals("\u2013") || lower.equals(")"))) {
                return j + 1;
            }
        }
        return k;
    }

    /** Words of a place written in title case that may open a dateline ("Baghdad", "Deir ez-Zor"). */
    private static final int TITLE_DATELINE_WORDS = 3;

    /**
     * A dateline in title case, as regional sites reprint wire copy: the place and a colon ("Damascus: At least ...") or
     * the place, a comma, a month and a day, closed by a colon, a bracket or a dash ("Baghdad, Jan 8: ...",
     * "Erbil, March 3 (Agency) - ...").
     */
    private static int titleCaseDatelineEnd(List<Token> tokens, int from, int to) {
        int k = from;
        while (k < to && k - from < TITLE_DATELINE_WORDS && tokens.get(k).capitalized()) {
            k++;
        }
        if (k == from || k >= to) {
            return from;
        }
        if (tokens.get(k).is(":")) {
            return k + 1 < to && tokens.get(k + 1).capitalized() ? k + 1 : from;
        }
        boolean monthDay = tokens.get(k).is(",") && k + 2 < to && tokens.get(k + 1).in(WordClass.MONTH);
        if (!monthDay) {
            return from;
        }
        for (int j = k + 2; j < Math.min(to, k + DATELINE_WORDS); j++) {
            Token t = tokens.get(j);
            if (t.is(":") || t.is(")") || t.is("\u2014") || t.is("\u2013")) {
                return j + 1;
            }
            if (!t.punct() && !t.isNumber() && !t.capitalized()) {
                return from;
            }
        }
        return from;
    }

    private static boolean allCaps(Token t) {
        String raw = t.raw();
        return !t.punct() && raw.length() > 1 && raw.equals(raw.toUpperCase(Locale.ROOT)) && Character.isLetter(raw.charAt(0));
    }

    /** Shortest line taken for hard-wrapped copy rather than a heading, byline or list item. */
    private static final int WRAPPED_LINE = 40;

    /**
     * Wire copy hard-wrapped at a fixed width breaks lines inside sentences: a single line break after a long line that
     * does not end a sentence, before a lowercase word or after a lowercase word or comma, is a space, not a sentence end.
     */
    static boolean softWrap(String text, Token before, Token after) {
        int breaks = 0;
        for (int k = before.end(); k < after.start(); k++) {
            breaks += text.charAt(k) == '\n' ? 1 : 0;
        }
        String last = before.raw();
        if (breaks != 1 || ".?!:\u2026\"\u201D)".contains(last)) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', before.start()) + 1;
        if (before.end() - lineStart < WRAPPED_LINE) {
            return false;
        }
        boolean lowerBefore = Character.isLowerCase(last.charAt(0)) || last.equals(",");
        return Character.isLowerCase(after.raw().charAt(0)) || lowerBefore;
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean isCloser(String s) {
        return s.equals("\"") || s.equals("\u201D") || s.equals(")") || s.equals("]");
    }

    private static boolean hasGap(String text, Token a, Token b) {
        return b.start() > a.end();
    }

    private static boolean startsSentence(Token next) {
        if (next.punct()) {
            return next.raw().equals("\"") || next.raw().equals("\u201C") || next.raw().equals("(");
        }
        return Character.isUpperCase(next.raw().charAt(0)) || Character.isDigit(next.raw().charAt(0));
    }

    private static boolean isAbbreviation(String text, List<Token> tokens, int periodIndex) {
        if (periodIndex == 0) {
            return false;
        }
        Token prev = tokens.get(periodIndex - 1);
        if (prev.punct() || prev.end() != tokens.get(periodIndex).start()) {
            return false;
        }
        // single letters: U.S., U.N., a.m.; and titles, months
        return prev.raw().length() == 1 && Character.isLetter(prev.raw().charAt(0)) || ABBREVIATIONS.contains(prev.lower());
    }

    /** Clause boundaries inside a sentence {@code [from, to)}: punctuation and subordinating words. */
    static List<int[]> clauses(List<Token> tokens, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            boolean cutBefore = false;
            boolean cutAfter = false;
            if (t.punct()) {
                String r = t.lower();
                cutAfter = r.equals(",") || r.equals(";") || r.equals(":") || r.equals("(") || r.equals(")") || r.equals("\u2014")
                        || r.equals("\u2013");
            } else if (t.in(WordClass.CLAUSE_OPENER) && i > start) {
                Token prev = tokens.get(i - 1);
                boolean partOfPhrase = t.is("following") && (prev.is("the") || i + 1 < to && isTimeNoun(tokens.get(i + 1)))
                        || (t.is("after") || t.is("before")) && isTimeNoun(prev);
                cutBefore = !partOfPhrase;
            }
            if (cutBefore) {
                out.add(new int[] {start, i});
                start = i;
            } else if (cutAfter) {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < to) {
            out.add(new int[] {start, to});
        }
        out.removeIf(r -> r[1] <= r[0]);
        return out;
    }

    private static boolean isTimeNoun(Token t) {
        return t.is("day") || t.is("days") || t.is("week") || t.is("weeks") || t.is("hours") || t.is("hour") || t.is("month")
                || t.is("months") || t.is("morning") || t.is("night") || t.is("minutes") || t.is("shortly") || t.is("soon")
                || t.is("year") || t.is("years") || t.is("just");
    }
}
