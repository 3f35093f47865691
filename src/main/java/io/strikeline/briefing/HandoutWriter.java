package io.strikeline.briefing;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The briefing as a PDF handout (PDFBox): the deck's pages laid out the same way with vector text, then an
 * appendix listing every event shown with its evidence sentence, sources, and the analyst's status and note.
 */
public final class HandoutWriter {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x55, 0x5b, 0x66);
    private static final Color HEADER = new Color(0xe8, 0xec, 0xf2);
    private static final double MARGIN = 36;

    private final PDDocument pdf;

    private HandoutWriter(PDDocument pdf) {
        this.pdf = pdf;
    }

    public static void write(Briefing briefing, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            HandoutWriter writer = new HandoutWriter(pdf);
            writer.titlePage(briefing);
            for (BriefingPage page : briefing.pages()) {
                writer.page(page);
            }
            writer.appendix(briefing.appendix());
            pdf.save(out);
        }
    }

    private PdfPage newPage() throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) PageLayout.WIDTH, (float) PageLayout.HEIGHT));
        pdf.addPage(page);
        return new PdfPage(pdf, page);
    }

    private void titlePage(Briefing briefing) throws IOException {
        try (PdfPage p = newPage()) {
            p.paragraph(new Rectangle2D.Double(60, 170, 840, 70), briefing.title(), BOLD, 30, INK);
            p.paragraph(new Rectangle2D.Double(60, 240, 840, 60), briefing.subtitle(), REGULAR, 14, MUTED);
            double y = 310;
            for (BriefingPage page : briefing.pages()) {
                y = p.paragraph(new Rectangle2D.Double(60, y, 840, 20), "\u2022 " + page.title(), REGULAR, 12, INK);
            }
        }
    }

    private void page(BriefingPage page) throws IOException {
        try (PdfPage p = newPage()) {
            p.paragraph(PageLayout.TITLE, page.title(), BOLD, 20, INK);
            p.paragraph(PageLayout.CAPTION, page.caption(), REGULAR, 9, MUTED);
            image(p, page.map(), PageLayout.MAP);
            image(p, page.timeline(), PageLayout.TIMELINE);
            image(p, page.legend(), PageLayout.LEGEND);
            table(p, page);
            Rectangle2D s = PageLayout.SOURCES;
            double y = p.paragraph(new Rectangle2D.Double(s.getX(), s.getY(), s.getWidth(), 12), "Sources", BOLD, 8, INK);
            List<SourceRef> refs = page.sources();
            for (int i = 0; i < Math.min(refs.size(), PageLayout.SOURCE_LINES); i++) {
                y = p.paragraph(new Rectangle2D.Double(s.getX(), y, s.getWidth(), s.getMaxY() - y),
                        (i + 1) + ". " + refs.get(i).line(), REGULAR, 7.5, INK);
            }
        }
    }

    private void image(PdfPage p, BufferedImage image, Rectangle2D area) throws IOException {
        if (image != null) {
            PDImageXObject x = LosslessFactory.createFromImage(pdf, image);
            p.image(x, PageLayout.fit(image, area));
        }
    }

    private static void table(PdfPage p, BriefingPage page) throws IOException {
        Rectangle2D t = PageLayout.TABLE;
        double rowHeight = 13;
        double y = t.getY();
        p.fill(new Rectangle2D.Double(t.getX(), y, t.getWidth(), rowHeight), HEADER);
        cells(p, PageLayout.COLUMNS, y, BOLD);
        List<EventRow> events = page.events();
        for (int i = 0; i < Math.min(events.size(), PageLayout.TABLE_ROWS); i++) {
            y += rowHeight;
            cells(p, PageLayout.cells(events.get(i)), y, REGULAR);
            p.fill(new Rectangle2D.Double(t.getX(), y + rowHeight - 0.5, t.getWidth(), 0.5), HEADER);
        }
        String more = PageLayout.overflow(page);
        if (more != null) {
            p.line(t.getX() + 3, y + rowHeight + 9, more, REGULAR, 7, MUTED);
        }
    }

    private static void cells(PdfPage p, String[] cells, double y, PDFont font) throws IOException {
        double x = PageLayout.TABLE.getX();
        for (int c = 0; c < cells.length; c++) {
            double width = PageLayout.COLUMN_WIDTHS[c] - 4;
            p.line(x + 2, y + 9, PdfPage.clip(cells[c], font, 7, width), font, 7, INK);
            x += PageLayout.COLUMN_WIDTHS[c];
        }
    }

    /** Every event shown, with what supports it; as many pages as it takes. */
    private void appendix(List<EventRow> rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        List<Entry> entries = new ArrayList<>();
        for (EventRow r : rows) {
            entries.add(new Entry(r.date() + " \u00B7 " + r.place() + " \u00B7 " + r.type() + " \u00B7 " + r.perpetrator()
                    + " \u00B7 " + r.casualties() + " \u00B7 status: " + r.status() + "  (event " + r.id() + ")", BOLD, 9));
            entries.add(new Entry(r.evidence() == null ? "No evidence sentence." : "\u201C" + r.evidence() + "\u201D",
                    REGULAR, 8.5));
            for (SourceRef s : r.sources()) {
                entries.add(new Entry("\u2014 " + s.line(), REGULAR, 8));
            }
            if (r.note() != null && !r.note().isBlank()) {
                entries.add(new Entry("Analyst's note: " + r.note(), REGULAR, 8));
            }
            entries.add(new Entry("", REGULAR, 4));
        }
        Rectangle2D column = new Rectangle2D.Double(MARGIN, MARGIN + 30, PageLayout.WIDTH - 2 * MARGIN,
                PageLayout.HEIGHT - 2 * MARGIN - 30);
        PdfPage p = null;
        double y = column.getMaxY();
        try {
            for (Entry e : entries) {
                double needed = PdfPage.wrap(e.text(), e.font(), e.size(), column.getWidth()).size() * e.size() * 1.3;
                if (y + needed > column.getMaxY()) {
                    if (p != null) {
                        p.close();
                    }
                    p = newPage();
                    p.paragraph(new Rectangle2D.Double(MARGIN, MARGIN - 6, column.getWidth(), 24),
                            "Appendix: every event shown, with its evidence", BOLD, 14, INK);
                    y = column.getY();
                }
                y = p.paragraph(new Rectangle2D.Double(column.getX(), y, column.getWidth(), column.getMaxY() - y),
                        e.text(), e.font(), e.size(), e.font() == BOLD ? INK : MUTED);
            }
        } finally {
            if (p != null) {
                p.close();
            }
        }
    }

    private record Entry(String text, PDFont font, double size) {}
}
