package io.strikeline.extract;

import io.strikeline.geo.NameFolding;
import java.util.Arrays;
import java.util.Locale;

/**
 * The lower-cased and folded forms of the words of one text. Words repeat through an article, so each distinct word is
 * cut out of the text, lower-cased, folded and classed ({@link WordClass}) once, and its tokens share one String per
 * form. Words are found by their characters in the text, so a repeated word costs no new String.
 */
final class WordForms {

    /** About one distinct word per this many characters of an article: the table's first size. */
    private static final int CHARS_PER_NEW_WORD = 12;

    /** One distinct word as written, and its forms (made when first needed). */
    private static final class Entry {
        final String raw;
        /** Where the word first stands in the text: later occurrences are compared with it there. */
        final int firstStart;
        final int hash;
        final String lower;
        final long classes;
        String key;
        String keyBeforeHyphen;

        Entry(String raw, int firstStart, int hash, String lower) {
            this.raw = raw;
            this.firstStart = firstStart;
            this.hash = hash;
            this.lower = lower;
            this.classes = WordClass.of(lower);
        }
    }

    private final String text;
    /** The text's characters, which the tokenizer reads too. */
    private final char[] chars;
    /** Open addressing by the word's hash, linear probing; the length is a power of two, at most half full. */
    private Entry[] table;
    private int size;

    WordForms(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
        int expected = Math.max(16, text.length() / CHARS_PER_NEW_WORD);
        table = new Entry[Integer.highestOneBit(expected * 2 - 1) << 1];
    }

    /**
     * The token of the word at {@code [start, end)}. {@code leadingMark}: the word opens with an ayn or hamza mark that
     * the lower-cased form drops; a word opening with a mark is never a word without one, so both share the table.
     */
    Token word(int index, int start, int end, boolean hyphenAfter, boolean leadingMark) {
        Entry e = entry(start, end, leadingMark);
        if (hyphenAfter && e.keyBeforeHyphen == null) {
            e.keyBeforeHyphen = NameFolding.foldTextWord(e.raw, true);
        } else if (!hyphenAfter && e.key == null) {
            e.key = NameFolding.foldTextWord(e.raw, false);
        }
        String key = hyphenAfter ? e.keyBeforeHyphen : e.key;
        return new Token(index, start, end, e.raw, e.lower, key, false, hyphenAfter, e.classes);
    }

    private Entry entry(int start, int end, boolean leadingMark) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = 31 * hash + chars[k];
        }
        int mask = table.length - 1;
        int slot = spread(hash) & mask;
        for (Entry e = table[slot]; e != null; e = table[slot]) {
            if (e.hash == hash && e.raw.length() == end - start
                    && Arrays.equals(chars, start, end, chars, e.firstStart, e.firstStart + end - start)) {
                return e;
            }
            slot = (slot + 1) & mask;
        }
        return add(slot, start, end, hash, leadingMark);
    }

    private Entry add(int slot, int start, int end, int hash, boolean leadingMark) {
        String raw = text.substring(start, end);
        String lower = leadingMark ? raw.substring(1).toLowerCase(Locale.ROOT)
                : raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        Entry e = new Entry(raw, start, hash, lower);
        table[slot] = e;
        if (++size * 2 > table.length) {
            grow();
        }
        return e;
    }

    private void grow() {
        Entry[] old = table;
        table = new Entry[old.length * 2];
        int mask = table.length - 1;
        for (Entry e : old) {
            if (e != null) {
                int slot = spread(e.hash) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = e;
            }
        }
    }

    /** Mixes the high bits of a string hash into the low bits that pick a slot. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
