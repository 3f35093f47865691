package io.strikeline.extract;

/**
 * One word or punctuation mark of an article, with its {@code [start, end)} offsets. {@code lower} is the
 * lower-cased surface form (apostrophes unified); {@code key} is the folded form place and group names
 * are matched on ("" for punctuation and for Arabic articles such as the "al" of "al-Asad"). {@code classes}: the
 * bits of the {@link WordClass}es {@code lower} belongs to. {@code capitalized} and {@code isNumber} are found once per
 * distinct word ({@link #startsCapitalized}, {@link #startsWithDigit}), as rules ask them of token after token.
 */
record Token(int index, int start, int end, String raw, String lower, String key, boolean punct, boolean hyphenAfter,
        long classes, boolean capitalized, boolean isNumber) {

    /** A punctuation mark, which is neither capitalized nor a number; {@code lower} must be interned, as {@link #is} needs. */
    static Token punctuation(int index, int start, int end, String raw, String lower) {
        return new Token(index, start, end, raw, lower, "", true, false, WordClass.of(lower), false, false);
    }

    /** Whether a word starts with a capital; a leading ʿayn or hamza mark ("ʿAyn", "‘Afak") is passed over. */
    static boolean startsCapitalized(String word) {
        int first = 0;
        // the ʿayn and hamza marks (U+02BF, U+02BE) are modifier letters, not punctuation: skipped as well
        while (first < word.length() - 1 && (!Character.isLetterOrDigit(word.charAt(first))
                || Character.getType(word.charAt(first)) == Character.MODIFIER_LETTER)) {
            first++;
        }
        return Character.isUpperCase(word.charAt(first));
    }

    static boolean startsWithDigit(String word) {
        return Character.isDigit(word.charAt(0));
    }

    /**
     * Whether the lower-cased word is {@code word}, a string literal. Every token's {@code lower} is interned (by
     * {@link WordForms} and {@link #punctuation}), as literals are, so equal words are one String and identity answers
     * what {@code equals} would, with no compare of characters at each of the rules' many calls.
     */
    boolean is(String word) {
        assert word == word.intern() : "Token.is takes a literal: " + word;
        return lower == word;
    }

    /** Whether the word ends in a possessive "'s" (straight or curly): "Aleppo's", "the SDF\u2019s". */
    boolean possessive() {
        return raw.endsWith("'s") || raw.endsWith("\u2019s");
    }

    /** Whether the lower-cased word is one of the class's set (the same as asking the set, without hashing). */
    boolean in(WordClass c) {
        return (classes & c.bit) != 0;
    }
}
