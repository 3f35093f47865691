package io.strikeline.extract;

import io.strikeline.geo.NameFolding;
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
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "since", "after", "before", "when", "while", "because", "but", "although", "though", "whereas", "amid",
            "despite", "which", "following", "retaliation", "response", "revenge");

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
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
                String lower = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
                tokens.add(new Token(tokens.size(), start, i, raw, lower, NameFolding.foldTextWord(raw, hyphen), false, hyphen));
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
                tokens.add(new Token(tokens.size(), start, i, raw, raw.substring(1).toLowerCase(Locale.ROOT),
                        NameFolding.foldTextWord(raw, hyphen), false, hyphen));
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
                breakAfter = true;
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
