package io.strikeline.briefing;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The briefing as a PowerPoint deck (Apache POI): a title slide, then one slide per page with the rendered
 * map, timeline and legend as pictures and everything else as real text (caption, event table, sources),
 * and the evidence sentences in the speaker notes.
 */
public final class DeckWriter {

    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x55, 0x5b, 0x66);
    private static final Color HEADER = new Color(0xe8, 0xec, 0xf2);

    private DeckWriter() {}

    public static void write(Briefing briefing, OutputStream out) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(new Dimension((int) PageLayout.WIDTH, (int) PageLayout.HEIGHT));
            titleSlide(deck, briefing);
            for (BriefingPage page : briefing.pages()) {
                pageSlide(deck, page);
            }
            deck.write(out);
        }
    }

    private static void titleSlide(XMLSlideShow deck, Briefing briefing) {
        XSLFSlide slide = deck.createSlide();
        text(slide, new Rectangle2D.Double(60, 170, 840, 70), briefing.title(), 36, true, INK);
        text(slide, new Rectangle2D.Double(60, 245, 840, 60), briefing.subtitle(), 16, false, MUTED);
        StringBuilder contents = new StringBuilder();
        for (BriefingPage page : briefing.pages()) {
            contents.append(contents.length() == 0 ? "" : "\n").append("\u2022 ").append(page.title());
        }
        text(slide, new Rectangle2D.Double(60, 310, 840, 200), contents.toString(), 13, false, INK);
    }

    private static void pageSlide(XMLSlideShow deck, BriefingPage page) throws IOException {
        XSLFSlide slide = deck.createSlide();
        text(slide, PageLayout.TITLE, page.title(), 22, true, INK);
        text(slide, PageLayout.CAPTION, page.caption(), 10, false, MUTED);
        picture(deck, slide, page.map(), PageLayout.MAP);
        picture(deck, slide, page.timeline(), PageLayout.TIMELINE);
        picture(deck, slide, page.legend(), PageLayout.LEGEND);
        table(slide, page);
        StringBuilder sources = new StringBuilder("Sources");
        List<SourceRef> refs = page.sources();
        for (int i = 0; i < Math.min(refs.size(), PageLayout.SOURCE_LINES); i++) {
            sources.append('\n').append(i + 1).append(". ").append(refs.get(i).line());
        }
        if (refs.size() > PageLayout.SOURCE_LINES) {
            sources.append("\n+ ").append(refs.size() - PageLayout.SOURCE_LINES).append(" more in the handout");
        }
        text(slide, PageLayout.SOURCES, sources.toString(), 8, false, INK);
        notes(deck, slide, page.notes());
    }

    private static void table(XSLFSlide slide, BriefingPage page) {
        XSLFTable table = slide.createTable();
        table.setAnchor(PageLayout.TABLE);
        row(table, PageLayout.COLUMNS, true);
        List<EventRow> events = page.events();
        for (int i = 0; i < Math.min(events.size(), PageLayout.TABLE_ROWS); i++) {
            row(table, PageLayout.cells(events.get(i)), false);
        }
        String more = PageLayout.overflow(page);
        if (more != null) {
            row(table, new String[] {more, "", "", "", "", ""}, false);
            table.mergeCells(table.getNumberOfRows() - 1, table.getNumberOfRows() - 1, 0, PageLayout.COLUMNS.length - 1);
        }
        for (int c = 0; c < PageLayout.COLUMN_WIDTHS.length; c++) {
            table.setColumnWidth(c, PageLayout.COLUMN_WIDTHS[c]);
        }
    }

    private static void row(XSLFTable table, String[] cells, boolean header) {
        XSLFTableRow row = table.addRow();
        row.setHeight(14);
        for (String value : cells) {
            XSLFTableCell cell = row.addCell();
            cell.setInsets(new Insets2D(1.5, 3, 1.5, 3));
            XSLFTextRun run = cell.addNewTextParagraph().addNewTextRun();
            run.setText(value == null ? "" : value);
            run.setFontSize(7.5);
            run.setBold(header);
            run.setFontColor(INK);
            if (header) {
                cell.setFillColor(HEADER);
            }
            cell.setBorderColor(TableCell.BorderEdge.bottom, HEADER);
        }
    }

    private static void picture(XMLSlideShow deck, XSLFSlide slide, BufferedImage image, Rectangle2D area)
            throws IOException {
        if (image == null) {
            return;
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        slide.createPicture(deck.addPicture(png.toByteArray(), PictureData.PictureType.PNG))
                .setAnchor(PageLayout.fit(image, area));
    }

    private static void text(XSLFSlide slide, Rectangle2D area, String text, double size, boolean bold, Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(area);
        box.setWordWrap(true);
        box.setInsets(new Insets2D(0, 0, 0, 0));
        box.clearText();
        for (String line : (text == null ? "" : text).split("\n", -1)) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            XSLFTextRun run = paragraph.addNewTextRun();
            run.setText(line);
            run.setFontSize(size);
            run.setBold(bold);
            run.setFontColor(color);
        }
    }

    /** Speaker notes: the evidence sentences, one paragraph each. */
    private static void notes(XMLSlideShow deck, XSLFSlide slide, List<String> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        XSLFNotes notes = deck.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(String.join("\n", sentences));
                return;
            }
        }
    }
}
