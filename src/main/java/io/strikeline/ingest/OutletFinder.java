package io.strikeline.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's outlet from its own opening lines when no header names it: a short all-capitals line
 * under the title ("APD NEWS"), a line that is a known outlet's name ("The Hill"), a byline with the outlet
 * after the writer ("By Jane Doe, Associated Press"), or a wire credit in the dateline
 * ("BAGHDAD (AP) —", "ERBIL, Iraq (Reuters) -"). A mere mention ("told The Associated Press",
 * "according to the AP") is never taken for the outlet.
 */
final class OutletFinder {

    /** How many non-blank opening lines may hold the outlet's name or the byline. */
    private static final int HEAD_LINES = 6;
    /** A short all-capitals line under the title is, in pasted wire copy, the outlet's name ("APD NEWS"). */
    private static final Pattern CAPS_LINE = Pattern.compile("^[A-Z][A-Z0-9 .&'-]{1,38}$");
    private static final Pattern BYLINE = Pattern.compile("^By\\s+[^,|\u2014\u2013]{2,60}\\s*[,|\u2014\u2013]\\s*(.{2,40})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE_CREDIT = Pattern.compile(
            "^[A-Z][A-Za-z.'\\- ]{1,40}(?:,\\s*[A-Z][A-Za-z.\\- ]{1,30})?"
            + "\\s*\\((AP|Reuters|AFP|UPI|dpa|Xinhua)\\)\\s*[\u2014\u2013-]");
    private static final Map<String, String> WIRES = Map.of(
            "AP", "Associated Press", "REUTERS", "Reuters", "AFP", "Agence France-Presse", "UPI", "United Press International",
            "DPA", "dpa", "XINHUA", "Xinhua");
    /** Outlets whose name, alone on a line, heads copied articles (lower case, for matching). */
    private static final Set<String> KNOWN = Set.of(
            "the hill", "associated press", "the associated press", "reuters", "agence france-presse", "afp",
            "al jazeera", "al-monitor", "al monitor", "rudaw", "kurdistan 24", "the national", "military times",
            "stars and stripes", "bbc news", "cnn", "the new york times", "the washington post", "defense news",
            "breaking defense", "the war zone", "task & purpose", "the guardian", "voice of america", "anadolu agency",
            "the times of israel", "politico", "axios", "fox news", "nbc news", "cbs news", "abc news");

    private OutletFinder() {}

    /** The outlet named by the body's opening lines, or null. */
    static String find(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        int seen = 0;
        for (String raw : body.split("\n", 40)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (seen++ >= HEAD_LINES) {
                break;
            }
            if (CAPS_LINE.matcher(line).matches()) {
                return line;
            }
            String known = line.replaceAll("[\\s.:]+$", "");
            if (KNOWN.contains(known.toLowerCase(Locale.ROOT))) {
                return known;
            }
            Matcher by = BYLINE.matcher(line);
            if (by.matches() && !by.group(1).matches(".*\\d.*")) {
                return wireName(by.group(1).strip());
            }
            Matcher credit = DATELINE_CREDIT.matcher(line);
            if (credit.find()) {
                return WIRES.get(credit.group(1).toUpperCase(Locale.ROOT));
            }
        }
        return null;
    }

    /** "The Associated Press" and "AP" name the same outlet as "Associated Press". */
    private static String wireName(String outlet) {
        String key = outlet.replaceFirst("(?i)^the\\s+", "").toUpperCase(Locale.ROOT);
        if (key.equals("ASSOCIATED PRESS")) {
            return "Associated Press";
        }
        return WIRES.getOrDefault(key, outlet);
    }
}
