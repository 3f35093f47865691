package io.strikeline.extract;

import io.strikeline.geo.NameFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "since", "after", "before", "when", "while", "because", "but", "although", "though", "whereas", "amid",
            "despite", "which", "following", "retaliation", "response", "revenge");

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        WordForms forms = new WordForms(text.length() / WordForms.CHARS_PER_NEW_WORD);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if (isApostropheOrModifier(d) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                            && Character.isLetter(text.charAt(i - 1))) {
                        i++;
                    } else if ((d == ',' || d == '.') && Character.isDigit(text.charAt(i - 1)) && i + 1 < n
                            && Character.isDigit(text.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                boolean hyphen = i + 1 < n && (text.charAt(i) == '-' || text.charAt(i) == '\u2010')
                        && Character.isLetterOrDigit(text.charAt(i + 1));
                String raw = text.substring(start, i);
                tokens.add(forms.word(tokens.size(), start, i, raw, hyphen, false));
            } else if (isApostropheOrModifier(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                // a leading ʿayn or hamza mark ("ʿAyn"): part of the word that follows
                int start = i;
                i++;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i))
                        == Character.NON_SPACING_MARK)) {
                    i++;
                }
                boolean hyphen = i + 1 < n && text.charAt(i) == '-' && Character.isLetterOrDigit(text.charAt(i + 1));
                String raw = text.substring(start, i);
                tokens.add(forms.word(tokens.size(), start, i, raw, hyphen, true));
            } else if (PUNCT.indexOf(c) >= 0) {
                String raw = String.valueOf(c);
                tokens.add(new Token(tokens.size(), i, i + 1, raw, raw, "", true, false));
                i++;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                tokens.add(new Token(tokens.size(), i, i + 2, "--", "\u2014", "", true, false));
                i += 2;
            } else if (c == '-' && i > 0 && i + 1 < n && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                tokens.add(new Token(tokens.size(), i, i + 1, "-", "\u2014", "", true, false));
                i++;
            } else {
                i++;
            }
        }
        return tokens;
    }

    /**
     * The lower-cased and folded forms of the words of one text. Words repeat through an article, so each distinct word
     * is lower-cased and folded once, and its tokens share one String per form, hashed once for every set they meet.
     */
    private static final class WordForms {

        /** About one distinct word per this many characters of an article: the table's first size. */
        static final int CHARS_PER_NEW_WORD = 12;

        /** Per word as written: its lower-cased form, its key, its key when a hyphen follows; made when first needed. */
        private final Map<String, String[]> byRaw;

        WordForms(int expectedWords) {
            byRaw = new HashMap<>(Math.max(16, expectedWords * 4 / 3));
        }

        /**
         * The token of a word at {@code [start, end)}. {@code leadingMark}: the word opens with an ayn or hamza mark that
         * the lower-cased form drops; a word opening with a mark is never a word without one, so both share the table.
         */
        Token word(int index, int start, int end, String raw, boolean hyphenAfter, boolean leadingMark) {
            String[] forms = byRaw.get(raw);
            if (forms == null) {
                forms = new String[3];
                forms[0] = leadingMark ? raw.substring(1).toLowerCase(Locale.ROOT)
                        : raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
                byRaw.put(raw, forms);
            }
            int slot = hyphenAfter ? 2 : 1;
            if (forms[slot] == null) {
                forms[slot] = NameFolding.foldTextWord(raw, hyphenAfter);
            }
            return new Token(index, start, end, raw, forms[0], forms[slot], false, hyphenAfter);
        }
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
        boolean monthDay = tokens.get(k).is(",") && k + 2 < to && DateFinder.MONTHS.containsKey(tokens.get(k + 1).lower());
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
            } else if (CLAUSE_OPENERS.contains(t.lower()) && i > start) {
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
