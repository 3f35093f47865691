package io.strikeline.ui.map;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;

/**
 * An icon's SVG path data read once into drawing commands and replayed onto a canvas for every marker:
 * {@code GraphicsContext.appendSVGPath} parsed the text again for every marker drawn (7 MB of number parsing in 10 s
 * of brushing at a million events).
 *
 * <p>Absolute moveto, lineto, cubic curveto and closepath are read, with the numbers read as floats and the same
 * segments as JavaFX's own parser gives, so the path drawn is the same. Path data using anything else is kept as text
 * and appended as before.
 */
final class IconShape {

    static final IconShape EMPTY = new IconShape(new byte[0], new float[0], null);

    private static final byte MOVE = 0;
    private static final byte LINE = 1;
    private static final byte CURVE = 2;
    private static final byte CLOSE = 3;

    private final byte[] segments;
    private final float[] coordinates;
    /** The path data when it is not read into segments, else null. */
    private final String unread;

    private IconShape(byte[] segments, float[] coordinates, String unread) {
        this.segments = segments;
        this.coordinates = coordinates;
        this.unread = unread;
    }

    static IconShape of(String pathData) {
        if (pathData.isBlank()) {
            return EMPTY;
        }
        IconShape read = read(pathData);
        return read != null ? read : new IconShape(new byte[0], new float[0], pathData);
    }

    boolean isEmpty() {
        return segments.length == 0 && unread == null;
    }

    /** Appends the path to the context's current path, in the context's current transform. */
    void append(GraphicsContext gc) {
        if (unread != null) {
            gc.appendSVGPath(unread);
            return;
        }
        int c = 0;
        for (byte segment : segments) {
            switch (segment) {
                case MOVE -> gc.moveTo(coordinates[c++], coordinates[c++]);
                case LINE -> gc.lineTo(coordinates[c++], coordinates[c++]);
                case CURVE -> gc.bezierCurveTo(coordinates[c++], coordinates[c++], coordinates[c++],
                        coordinates[c++], coordinates[c++], coordinates[c++]);
                default -> gc.closePath();
            }
        }
    }

    /** The segments of path data that uses only M, L, C and Z; null for anything else. */
    private static IconShape read(String d) {
        byte[] segments = new byte[d.length()];
        float[] coordinates = new float[d.length()];
        int segmentCount = 0;
        int coordinateCount = 0;
        char command = 0;
        int i = skipSeparators(d, 0);
        while (i < d.length()) {
            char ch = d.charAt(i);
            if (Character.isLetter(ch)) {
                i++;
                if (ch == 'Z' || ch == 'z') {
                    segments[segmentCount++] = CLOSE;
                    command = 0;
                    i = skipSeparators(d, i);
                    continue;
                }
                if (ch != 'M' && ch != 'L' && ch != 'C') {
                    return null;
                }
                command = ch;
            } else if (command == 0) {
                return null;
            } else if (command == 'M') {
                command = 'L'; // coordinates after a moveto's first pair draw lines
            }
            segments[segmentCount++] = command == 'M' ? MOVE : command == 'L' ? LINE : CURVE;
            int numbers = command == 'C' ? 6 : 2;
            for (int n = 0; n < numbers; n++) {
                i = skipSeparators(d, i);
                int end = numberEnd(d, i);
                if (end == i) {
                    return null;
                }
                try {
                    coordinates[coordinateCount++] = Float.parseFloat(d.substring(i, end));
                } catch (NumberFormatException e) {
                    return null;
                }
                i = skipSeparators(d, end);
            }
        }
        return new IconShape(Arrays.copyOf(segments, segmentCount), Arrays.copyOf(coordinates, coordinateCount), null);
    }

    private static int skipSeparators(String d, int i) {
        while (i < d.length() && (Character.isWhitespace(d.charAt(i)) || d.charAt(i) == ',')) {
            i++;
        }
        return i;
    }

    /** The end of the number starting at {@code i}: sign, digits, a point and digits, an exponent. */
    private static int numberEnd(String d, int i) {
        int j = i;
        if (j < d.length() && (d.charAt(j) == '-' || d.charAt(j) == '+')) {
            j++;
        }
        j = digitsEnd(d, j);
        if (j < d.length() && d.charAt(j) == '.') {
            j = digitsEnd(d, j + 1);
        }
        if (j < d.length() && (d.charAt(j) == 'e' || d.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < d.length() && (d.charAt(k) == '-' || d.charAt(k) == '+')) {
                k++;
            }
            int end = digitsEnd(d, k);
            j = end > k ? end : j;
        }
        return j;
    }

    private static int digitsEnd(String d, int i) {
        while (i < d.length() && Character.isDigit(d.charAt(i))) {
            i++;
        }
        return i;
    }
}
