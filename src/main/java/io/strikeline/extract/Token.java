package io.strikeline.extract;

/**
 * One word or punctuation mark of an article, with its {@code [start, end)} offsets. {@code lower} is the
 * lower-cased surface form (apostrophes unified); {@code key} is the folded form place and group names
 * are matched on ("" for punctuation and for Arabic articles such as the "al" of "al-Asad"). {@code classes}: the
 * bits of the {@link WordClass}es {@code lower} belongs to.
 */
record Token(int index, int start, int end, String raw, String lower, String key, boolean punct, boolean hyphenAfter,
        long classes) {

    /** Whether the word starts with a capital; a leading ʿayn or hamza mark ("ʿAyn", "‘Afak") is passed over. */
    boolean capitalized() {
        if (punct) {
            return false;
        }
        int first = 0;
        while (first < raw.length() - 1 && !Character.isLetterOrDigit(raw.charAt(first))) {
            first++;
        }
        return Character.isUpperCase(raw.charAt(first));
    }

    boolean isNumber() {
        return !punct && Character.isDigit(raw.charAt(0));
    }

    boolean is(String word) {
        return lower.equals(word);
    }

    /** Whether the lower-cased word is one of the class's set (the same as asking the set, without hashing). */
    boolean in(WordClass c) {
        return (classes & c.bit) != 0;
    }
}
