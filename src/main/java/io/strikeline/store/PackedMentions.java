package io.strikeline.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.strikeline.model.FieldEvidence;
import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One article's mentions as they are stored from schema 5 on: a JSON array on the article's row, by start then end
 * offset, each mention once, and field provenance as the places of its mentions in that array ({@code [[field, place],
 * ...]}). See docs/schema.md. A mention whose surface is its span of the article's text is stored without it
 * ({@code [kind, start, end, normalized]}), the others with it ({@code [kind, start, end, surface, normalized]}): the
 * surfaces were a third of the array, and the array is the largest part of an article's row.
 * Ingest packs an article's mentions on the thread that extracted them, so the one writer thread only binds the text.
 */
public final class PackedMentions {

    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonStringEncoder QUOTING = JsonStringEncoder.getInstance();

    /** Text order; the other parts make it total, so equal mentions sit side by side and are kept once. */
    private static final Comparator<Mention> ORDER = PackedMentions::compare;

    private static final String[] KIND_CODES = codes();

    private final List<Mention> mentions;
    private final String json;

    private PackedMentions(List<Mention> sortedDistinct, String json) {
        this.mentions = sortedDistinct;
        this.json = json;
    }

    /**
     * An article's mentions, each once, in stored order: the extractor's, and those its events' fields came from.
     * {@code text}: the article's text, which their offsets point into.
     */
    public static PackedMentions of(Collection<Mention> found, String text) {
        List<Mention> sorted = new ArrayList<>(found);
        sorted.sort(ORDER);
        List<Mention> distinct = new ArrayList<>(sorted.size());
        for (Mention m : sorted) {
            if (distinct.isEmpty() || ORDER.compare(distinct.get(distinct.size() - 1), m) != 0) {
                distinct.add(m);
            }
        }
        return new PackedMentions(distinct, write(distinct, text));
    }

    /** Reads an article's stored array; {@code text} is the article's text, where surfaces not stored are read. */
    static PackedMentions read(String json, String text) {
        List<Mention> result = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_ARRAY) {
                MentionKind kind = MentionKind.fromCode(p.nextTextValue());
                int start = p.nextIntValue(-1);
                int end = p.nextIntValue(-1);
                String fourth = nullableText(p);
                String surface;
                String normalized;
                if (p.nextToken() == JsonToken.END_ARRAY) {
                    if (end > text.length() || start < 0 || end < start) {
                        throw new IOException("mention [" + start + ", " + end + ") lies outside the article's "
                                + text.length() + " characters");
                    }
                    surface = text.substring(start, end);
                    normalized = fourth;
                } else {
                    surface = fourth;
                    normalized = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                    expect(p.nextToken(), JsonToken.END_ARRAY);
                }
                result.add(new Mention(kind, start, end, surface, normalized));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("an article's stored mentions are not readable: " + e.getMessage(), e);
        }
        return new PackedMentions(result, json);
    }

    private static String nullableText(JsonParser p) throws IOException {
        return p.nextToken() == JsonToken.VALUE_NULL ? null : p.getValueAsString();
    }

    List<Mention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    /** The stored form of the mentions. */
    String json() {
        return json;
    }

    /** Jackson's compact form, written with a builder: a generator made per article was 4% of the extracting threads. */
    private static String write(List<Mention> mentions, String text) {
        StringBuilder out = new StringBuilder(mentions.size() * 36 + 2).append('[');
        for (Mention m : mentions) {
            out.append(out.length() == 1 ? "[" : ",[");
            quoted(out, KIND_CODES[m.kind().ordinal()]).append(',').append(m.start()).append(',').append(m.end()).append(',');
            if (!isSpanOf(m, text)) {
                quoted(out, m.text()).append(',');
            }
            if (m.normalized() == null) {
                out.append("null");
            } else {
                quoted(out, m.normalized());
            }
            out.append(']');
        }
        return out.append(']').toString();
    }

    private static boolean isSpanOf(Mention m, String text) {
        return m.end() <= text.length() && m.length() == m.text().length()
                && text.regionMatches(m.start(), m.text(), 0, m.length());
    }

    /** A JSON string with Jackson's escapes. */
    private static StringBuilder quoted(StringBuilder out, String text) {
        out.append('"');
        QUOTING.quoteAsString(text, out);
        return out.append('"');
    }

    /**
     * The stored form of a source's field provenance, in mention order then by field; each mention must be one of these.
     * Ingest makes it on the extracting thread, with the packed mentions, and hands it to {@link ChunkWriter#addSource}.
     */
    public String fieldsJson(List<FieldEvidence> fields) {
        // a few short pairs per source: a plain builder, not a generator made per call
        int[] places = new int[fields.size()];
        Integer[] order = new Integer[fields.size()];
        for (int i = 0; i < places.length; i++) {
            places[i] = Collections.binarySearch(mentions, fields.get(i).mention(), ORDER);
            if (places[i] < 0) {
                throw new IllegalArgumentException("evidence mention is not one of the article's: " + fields.get(i).mention());
            }
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> places[i]).thenComparing(i -> fields.get(i).field()));
        StringBuilder out = new StringBuilder(fields.size() * 16 + 2).append('[');
        for (Integer i : order) {
            out.append(out.length() == 1 ? "[" : ",[");
            quoted(out, fields.get(i).field()).append(',').append(places[i]).append(']');
        }
        return out.append(']').toString();
    }

    /** A source's stored field provenance, read against these mentions. */
    List<FieldEvidence> fields(String json) {
        List<FieldEvidence> result = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_ARRAY) {
                String field = p.nextTextValue();
                int place = p.nextIntValue(-1);
                expect(p.nextToken(), JsonToken.END_ARRAY);
                if (place < 0 || place >= mentions.size()) {
                    throw new StoreException("field provenance names mention " + place + " of " + mentions.size());
                }
                result.add(new FieldEvidence(field, mentions.get(place)));
            }
        } catch (IOException e) {
            throw new StoreException("a source's stored field provenance is not readable: " + e.getMessage(), e);
        }
        return result;
    }

    private static int compare(Mention a, Mention b) {
        int c = Integer.compare(a.start(), b.start());
        if (c == 0) {
            c = Integer.compare(a.end(), b.end());
        }
        if (c == 0) {
            c = a.kind().compareTo(b.kind());
        }
        if (c == 0) {
            c = a.text().compareTo(b.text());
        }
        if (c == 0 && !Objects.equals(a.normalized(), b.normalized())) {
            c = a.normalized() == null ? -1 : b.normalized() == null ? 1 : a.normalized().compareTo(b.normalized());
        }
        return c;
    }

    private static void expect(JsonToken found, JsonToken wanted) throws IOException {
        if (found != wanted) {
            throw new IOException("expected " + wanted + ", found " + found);
        }
    }

    private static String[] codes() {
        MentionKind[] kinds = MentionKind.values();
        String[] codes = new String[kinds.length];
        for (MentionKind k : kinds) {
            codes[k.ordinal()] = k.code();
        }
        return codes;
    }
}
