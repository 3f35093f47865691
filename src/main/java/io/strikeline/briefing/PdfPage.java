package io.strikeline.briefing;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Drawing on one PDF page with top-left coordinates in points (as {@link PageLayout} gives them): text that
 * wraps, pictures and filled boxes. Characters the standard fonts cannot encode (e.g. Arabic) print as "?"
 * rather than failing the export.
 */
final class PdfPage implements AutoCloseable {

    private final PDPageContentStream content;
    private final double height;

    PdfPage(PDDocument pdf, PDPage page) throws IOException {
        this.content = new PDPageContentStream(pdf, page);
        this.height = page.getMediaBox().getHeight();
    }

    /** Writes wrapped text from the top of {@code area} down, stopping at its bottom; returns the y below it. */
    double paragraph(Rectangle2D area, String text, PDFont font, double size, Color color) throws IOException {
        double lineHeight = size * 1.3;
        double y = area.getY();
        for (String line : wrap(text, font, size, area.getWidth())) {
            if (y + lineHeight > area.getMaxY() + 0.5 && y > area.getY()) {
                break;
            }
            line(area.getX(), y + size, line, font, size, color);
            y += lineHeight;
        }
        return y;
    }

    /** One line of text with its baseline at {@code baselineY}. */
    void line(double x, double baselineY, String text, PDFont font, double size, Color color) throws IOException {
        content.beginText();
        content.setFont(font, (float) size);
        content.setNonStrokingColor(color);
        content.newLineAtOffset((float) x, (float) (height - baselineY));
        content.showText(encodable(text, font));
        content.endText();
    }

    void image(PDImageXObject image, Rectangle2D box) throws IOException {
        content.drawImage(image, (float) box.getX(), (float) (height - box.getMaxY()), (float) box.getWidth(),
                (float) box.getHeight());
    }

    void fill(Rectangle2D box, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect((float) box.getX(), (float) (height - box.getMaxY()), (float) box.getWidth(),
                (float) box.getHeight());
        content.fill();
    }

    /** The text broken into lines no wider than {@code width}; explicit newlines are kept. */
    static List<String> wrap(String text, PDFont font, double size, double width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && width(candidate, font, size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text shortened with an ellipsis to fit {@code width}. */
    static String clip(String text, PDFont font, double size, double width) throws IOException {
        String s = text == null ? "" : text;
        if (width(s, font, size) <= width) {
            return s;
        }
        while (!s.isEmpty() && width(s + "\u2026", font, size) > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "\u2026";
    }

    static double width(String text, PDFont font, double size) throws IOException {
        return font.getStringWidth(encodable(text, font)) / 1000 * size;
    }

    private static String encodable(String text, PDFont font) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                s.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                s.append(Character.isWhitespace(cp) ? " " : "?");
            }
        });
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
