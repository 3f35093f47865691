package io.strikeline.extract;

import io.strikeline.geo.NameFolding;
import java.util.Arrays;
import java.util.Locale;

/**
 * The lower-cased and folded forms of the words of one text. Words repeat through an article and across articles, so
 * each distinct word is cut out of the text, lower-cased, folded and classed ({@link WordClass}) once per thread, and its
 * tokens share one String per form. Words are found by their characters, so a word seen before costs no new String.
 * The forms are functions of the word's characters alone, so which articles a thread read before changes no token.
 */
final class WordForms {

    /**
     * The words this thread has seen, kept from article to article: a new article met its words again and cut, lower-cased,
     * folded and classed each of them anew (about half of its tokens), which was also what made the compiled word lookup
     * large. Bounded: when the words kept hold more characters than this, the table starts afresh.
     */
    private static final int MAX_KEPT_CHARS = 1 << 19;
    private static final ThreadLocal<Table> SEEN = ThreadLocal.withInitial(Table::new);

    /** One distinct word as written, and its forms (the folded keys made when first needed). */
    private static final class Entry {
        final String raw;
        /** The word's characters, which a later occurrence is compared with. */
        final char[] chars;
        final int hash;
        final String lower;
        final long classes;
        final boolean capitalized;
        final boolean number;
        String key;
        String keyBeforeHyphen;

        Entry(String raw, int hash, String lower) {
            this.raw = raw;
            this.chars = raw.toCharArray();
            this.hash = hash;
            this.lower = lower;
            this.classes = WordClass.of(lower);
            this.capitalized = Token.startsCapitalized(raw);
            this.number = Token.startsWithDigit(raw);
        }
    }

    /** Open addressing by the word's hash, linear probing; the length is a power of two, at most half full. */
    private static final class Table {
        Entry[] slots = new Entry[1 << 12];
        int size;
        int chars;
    }

    private final String text;
    /** The text's characters, which the tokenizer reads too. */
    private final char[] chars;
    private final Table table = SEEN.get();

    WordForms(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
    }

    /**
     * The token of the word at {@code [start, end)}. {@code leadingMark}: the word opens with an ayn or hamza mark that
     * the lower-cased form drops; a word opening with a mark is never a word without one, so both share the table.
     */
    Token word(int index, int start, int end, boolean hyphenAfter, boolean leadingMark) {
        Entry e = entry(start, end, leadingMark);
        String key = hyphenAfter ? e.keyBeforeHyphen : e.key;
        if (key == null) {
            key = folded(e, hyphenAfter);
        }
        return new Token(index, start, end, e.raw, e.lower, key, false, hyphenAfter, e.classes, e.capitalized, e.number);
    }

    private static String folded(Entry e, boolean hyphenAfter) {
        String key = NameFolding.foldTextWord(e.raw, hyphenAfter);
        if (hyphenAfter) {
            e.keyBeforeHyphen = key;
        } else {
            e.key = key;
        }
        return key;
    }

    private Entry entry(int start, int end, boolean leadingMark) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = 31 * hash + chars[k];
        }
        Entry[] slots = table.slots;
        int mask = slots.length - 1;
        int slot = spread(hash) & mask;
        for (Entry e = slots[slot]; e != null; e = slots[slot]) {
            if (e.hash == hash && sameChars(start, end, e.chars)) {
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
        Entry e = new Entry(raw, hash, lower.intern()); // interned, as Token.is compares by identity
        if (table.chars + raw.length() > MAX_KEPT_CHARS) {
            Arrays.fill(table.slots, null);
            table.size = 0;
            table.chars = 0;
            return place(e);
        }
        table.slots[slot] = e;
        table.chars += raw.length();
        if (++table.size * 2 > table.slots.length) {
            grow();
        }
        return e;
    }

    /** Puts an entry in its first free slot (the table must have one) and returns it. */
    private Entry place(Entry e) {
        int mask = table.slots.length - 1;
        int slot = spread(e.hash) & mask;
        while (table.slots[slot] != null) {
            slot = (slot + 1) & mask;
        }
        table.slots[slot] = e;
        table.size++;
        table.chars += e.raw.length();
        return e;
    }

    private void grow() {
        Entry[] old = table.slots;
        table.slots = new Entry[old.length * 2];
        table.size = 0;
        table.chars = 0;
        for (Entry e : old) {
            if (e != null) {
                place(e);
            }
        }
    }

    /** Whether the text's {@code [start, end)} is {@code word}: a plain loop, as words are too short for a vector compare. */
    private boolean sameChars(int start, int end, char[] word) {
        if (end - start != word.length) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (chars[start + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** Mixes the high bits of a string hash into the low bits that pick a slot. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
