package io.strikeline.ui.article;

import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import io.strikeline.model.Span;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an article's text into non-overlapping runs that each carry one combination of styles: inside
 * the evidence sentence or not, the kind of the evidence mention covering it, whether another mention
 * covers it, whether it is a search hit. Adjacent runs with equal styles are merged so a long article
 * becomes few text nodes. Pure: no JavaFX.
 *
 * <p>A cut never falls inside a right-to-left word: splitting an Arabic word over two text nodes would
 * break its letter joining, so every styled span is widened to whole words of such scripts.
 */
final class StyledRuns {

    /** One run {@code [start, end)}; {@code kind} is the evidence mention kind, null when none. */
    record Run(int start, int end, boolean evidence, MentionKind kind, boolean mention, boolean searchHit) {

        boolean plain() {
            return !evidence && kind == null && !mention && !searchHit;
        }

        boolean sameStyle(Run other) {
            return evidence == other.evidence && kind == other.kind && mention == other.mention
                    && searchHit == other.searchHit;
        }
    }

    private StyledRuns() {}

    /**
     * Splits {@code text}. {@code evidence} may be null; spans outside the text are clipped. Where evidence
     * mentions overlap, the shortest one wins (the more specific span, e.g. a place inside an actor name).
     */
    static List<Run> split(String text, Span evidence, List<Mention> evidenceMentions, List<Mention> otherMentions,
            List<Span> searchHits) {
        int length = text.length();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        int[] band = evidence == null ? null : snap(text, evidence.start(), evidence.end());
        addCuts(cuts, band);
        List<int[]> kinds = new ArrayList<>();
        List<MentionKind> kindOf = new ArrayList<>();
        for (Mention m : evidenceMentions) {
            int[] s = snap(text, m.start(), m.end());
            if (s != null) {
                kinds.add(s);
                kindOf.add(m.kind());
                addCuts(cuts, s);
            }
        }
        List<int[]> others = snapAll(text, otherMentions.stream().map(m -> new Span(m.start(), m.end())).toList(), cuts);
        List<int[]> hits = snapAll(text, searchHits, cuts);

        int[] bounds = cuts.stream().mapToInt(Integer::intValue).toArray();
        int[] mentionCover = coverage(bounds, others);
        int[] hitCover = coverage(bounds, hits);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.length; i++) {
            int a = bounds[i];
            int b = bounds[i + 1];
            boolean inBand = band != null && band[0] <= a && b <= band[1];
            Run run = new Run(a, b, inBand, kindCovering(kinds, kindOf, a, b), mentionCover[i] > 0, hitCover[i] > 0);
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.sameStyle(run)) {
                runs.set(runs.size() - 1, new Run(last.start, b, last.evidence, last.kind, last.mention, last.searchHit));
            } else {
                runs.add(run);
            }
        }
        return runs;
    }

    private static List<int[]> snapAll(String text, List<Span> spans, TreeSet<Integer> cuts) {
        List<int[]> out = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int[] s = snap(text, span.start(), span.end());
            if (s != null) {
                out.add(s);
                addCuts(cuts, s);
            }
        }
        return out;
    }

    private static void addCuts(TreeSet<Integer> cuts, int[] span) {
        if (span != null) {
            cuts.add(span[0]);
            cuts.add(span[1]);
        }
    }

    /** For each elementary interval between cuts, how many spans cover it (difference array over cut indexes). */
    private static int[] coverage(int[] bounds, List<int[]> spans) {
        int[] delta = new int[bounds.length + 1];
        for (int[] s : spans) {
            delta[Arrays.binarySearch(bounds, s[0])]++;
            delta[Arrays.binarySearch(bounds, s[1])]--;
        }
        int[] cover = new int[bounds.length];
        int running = 0;
        for (int i = 0; i < bounds.length; i++) {
            running += delta[i];
            cover[i] = running;
        }
        return cover;
    }

    private static MentionKind kindCovering(List<int[]> spans, List<MentionKind> kinds, int a, int b) {
        MentionKind best = null;
        int bestLength = Integer.MAX_VALUE;
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            if (s[0] <= a && b <= s[1] && s[1] - s[0] < bestLength) {
                best = kinds.get(i);
                bestLength = s[1] - s[0];
            }
        }
        return best;
    }

    /** Clips {@code [start, end)} to the text and widens it to whole right-to-left words; null when empty. */
    static int[] snap(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        if (s == e) {
            return null;
        }
        while (s > 0 && joins(text.charAt(s - 1)) && joins(text.charAt(s))) {
            s--;
        }
        while (e < text.length() && joins(text.charAt(e - 1)) && joins(text.charAt(e))) {
            e++;
        }
        return new int[] {s, e};
    }

    /** True for characters that join into right-to-left words: letters of RTL scripts and their marks. */
    static boolean joins(char c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || c == '\u0640' || c == '\u200D') {
            return true;
        }
        UnicodeScript script = UnicodeScript.of(c);
        return Character.isLetter(c) && (script == UnicodeScript.ARABIC || script == UnicodeScript.HEBREW
                || script == UnicodeScript.SYRIAC || script == UnicodeScript.THAANA || script == UnicodeScript.NKO);
    }

    /** The run list as "start-end:flags" for assertions and debugging. */
    static String describe(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(r.start).append('-').append(r.end);
            if (r.evidence) {
                sb.append(":E");
            }
            if (r.kind != null) {
                sb.append(':').append(r.kind.code());
            }
            if (r.mention) {
                sb.append(":m");
            }
            if (r.searchHit) {
                sb.append(":S");
            }
        }
        return sb.toString();
    }
}
