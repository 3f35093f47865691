package io.strikeline.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.model.Citation;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Origin;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Each writer's output parsed back: what the analyst's briefing must hold is there. */
class BriefingWritersTest {

    private static final String EVIDENCE = "Of them, 17 struck the Ayn al-Asad air base in Iraq's western province of Anbar.";
    private static final String TITLE = "Iraqi Shiite militia leader promises to retaliate";

    @TempDir
    Path dir;

    static Event event(long id, String place, Double lat, Double lon) {
        return new Event(id, EventType.MISSILE_STRIKE, EventDate.day(LocalDate.of(2020, 1, 8)), place, lat, lon,
                LocationPrecision.SITE, "IQ", "Iran", "US forces", 0, 0, null, null, 0.9, Origin.EXTRACTED);
    }

    static Map<Long, List<Citation>> citations() {
        return Map.of(1L, List.of(new Citation(1, 7, TITLE, "APD NEWS", LocalDate.of(2020, 1, 8), EVIDENCE)));
    }

    static BufferedImage picture(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, w, h);
        return image;
    }

    static Briefing briefing() {
        EventRow row = EventRow.of(event(1, "Ain al-Asad Air Base", 33.79, 42.44), citations().get(1L));
        BriefingPage page = new BriefingPage("Iran retaliates", "7 Jan 2020 \u2013 9 Jan 2020 \u00B7 No filters",
                picture(160, 90), picture(160, 36), picture(84, 16), List.of(row), row.sources(),
                List.of("\u201C" + EVIDENCE + "\u201D"));
        return new Briefing("Test briefing", "1 event", List.of(page, page), List.of(row));
    }

    @Test
    void theDeckHasATitleSlideAndPicturesTableSourcesAndNotesPerPage() throws Exception {
        Path deck = dir.resolve("b.pptx");
        SafeOutput.write(deck, false, out -> DeckWriter.write(briefing(), out));
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            List<XSLFSlide> slides = show.getSlides();
            assertThat(slides).hasSize(3);
            XSLFSlide scene = slides.get(1);
            assertThat(scene.getShapes().stream().filter(s -> s instanceof XSLFPictureShape)).hasSize(3);
            assertThat(scene.getShapes().stream().filter(s -> s instanceof XSLFTable)).hasSize(1);
            assertThat(text(scene.getShapes())).contains("Iran retaliates", "APD NEWS", TITLE, "2020-01-08");
            assertThat(text(show.getNotesSlide(scene).getShapes())).contains(EVIDENCE);
        }
    }

    @Test
    void theHandoutHasVectorTextAndAnAppendixWithEvidence() throws Exception {
        Path pdf = dir.resolve("b.pdf");
        SafeOutput.write(pdf, false, out -> HandoutWriter.write(briefing(), out));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Iran retaliates", "Ain al-Asad Air Base", "Appendix", "status: unreviewed",
                    "struck the Ayn al-Asad air base", TITLE);
        }
    }

    @Test
    void kmlHasOnePlacemarkAndOneTimeSpanPerEvent() throws Exception {
        Path kml = dir.resolve("b.kml");
        List<Event> events = List.of(event(1, "Ain al-Asad Air Base", 33.79, 42.44), event(2, "somewhere", null, null));
        SafeOutput.write(kml, false, out -> KmlWriter.write("t", events, citations(), type -> "#D55E00", out));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(kml.toFile());
        String ns = "http://www.opengis.net/kml/2.2";
        assertThat(doc.getElementsByTagNameNS(ns, "Placemark").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagNameNS(ns, "TimeSpan").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagNameNS(ns, "Point").getLength()).as("the unlocated event has no point").isEqualTo(1);
        assertThat(doc.getElementsByTagNameNS(ns, "begin").item(0).getTextContent()).isEqualTo("2020-01-08");
        assertThat(Files.readString(kml, StandardCharsets.UTF_8)).contains("<color>ff005ed5</color>", EVIDENCE);
    }

    @Test
    void theGifHoldsEveryFrame() throws Exception {
        Path gif = dir.resolve("b.gif");
        SafeOutput.write(gif, false, out -> {
            try (GifAnimation animation = new GifAnimation(out, 10)) {
                for (int i = 0; i < 12; i++) {
                    animation.add(picture(64, 36));
                }
            }
        });
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(12);
        }
    }

    @Test
    void theMp4IsWritten() throws Exception {
        Path mp4 = dir.resolve("b.mp4");
        SafeOutput.writeFile(mp4, false, file -> {
            try (Mp4Animation animation = new Mp4Animation(file, 10)) {
                for (int i = 0; i < 5; i++) {
                    animation.add(picture(65, 37));
                }
            }
        });
        byte[] head = Arrays.copyOf(Files.readAllBytes(mp4), 12);
        assertThat(new String(head, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Path out = dir.resolve("b.kml");
        Files.writeString(out, "mine");
        assertThatThrownBy(() -> SafeOutput.write(out, false, stream -> stream.write(1)))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(out)).isEqualTo("mine");
        SafeOutput.write(out, true, stream -> stream.write('x'));
        assertThat(Files.readString(out)).isEqualTo("x");
    }

    @Test
    void aFailedExportLeavesNoFileBehind() throws Exception {
        Path out = dir.resolve("b.pptx");
        assertThatThrownBy(() -> SafeOutput.write(out, false, stream -> {
            stream.write(new byte[4096]);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        Files.writeString(dir.resolve("kept.pdf"), "old");
        assertThatThrownBy(() -> SafeOutput.write(dir.resolve("kept.pdf"), true, stream -> {
            throw new IllegalStateException("rendering failed");
        })).hasMessage("rendering failed");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kept.pdf");
        }
        assertThat(Files.readString(dir.resolve("kept.pdf"))).isEqualTo("old");
    }

    private static String text(List<? extends XSLFShape> shapes) {
        StringBuilder s = new StringBuilder();
        for (XSLFShape shape : shapes) {
            if (shape instanceof XSLFTextShape t) {
                s.append(t.getText()).append('\n');
            } else if (shape instanceof XSLFTable table) {
                table.getRows().forEach(r -> r.getCells().forEach(c -> s.append(c.getText()).append(' ')));
            }
        }
        return s.toString();
    }
}
