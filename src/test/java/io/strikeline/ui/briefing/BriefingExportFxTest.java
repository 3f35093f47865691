package io.strikeline.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.briefing.BriefingFormat;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.model.Scene;
import io.strikeline.store.EventStore;
import io.strikeline.ui.map.MapViewport;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.GeoBox;
import io.strikeline.ui.state.TimeWindow;
import io.strikeline.ui.state.ViewState;
import io.strikeline.ui.timeline.LaneMode;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports drawn offscreen by the screen's views from the bundled sample, and scenes captured from and put back on a view. */
class BriefingExportFxTest {

    private static EventCatalog catalog;
    private static BriefingExport.Content content;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        Fx.start();
        try (EventStore store = EventStore.openReadOnly(Path.of("data/sample.db"))) {
            catalog = EventCatalog.of(store.events());
            Scene retaliation = new Scene(0, 0, "retaliation", "Iran retaliates", "Missiles", null,
                    new Scene.Period(TimeWindow.startOf(LocalDate.of(2020, 1, 7)), TimeWindow.startOf(LocalDate.of(2020, 1, 10))),
                    null, Scene.Filter.NONE, null, 1L);
            content = new BriefingExport.Content("Sample", "five events", catalog, store.citations(), q -> Set.of(),
                    List.of(retaliation, new Scene(0, 1, "all", null, null, null, null, null, null, "BY_PERPETRATOR", null)));
        }
    }

    private String export(BriefingFormat format, Path out) throws Exception {
        return BriefingExport.write(content, new BriefingExport.Options(format, out, false, 1, 12, 2, 480));
    }

    @Test
    void theDeckHasATitleSlideAndOneSlideWithPicturesPerScene() throws Exception {
        Path deck = dir.resolve("b.pptx");
        export(BriefingFormat.PPTX, deck);
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            assertThat(show.getSlides()).hasSize(3);
            assertThat(show.getPictureData()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theGifHasTheFramesAskedFor() throws Exception {
        Path gif = dir.resolve("b.gif");
        export(BriefingFormat.GIF, gif);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(12);
            assertThat(reader.read(0).getWidth()).isEqualTo(480);
        }
    }

    @Test
    void thePngIsAtLeast1600By900AtOneX() throws Exception {
        Path png = dir.resolve("b.png");
        export(BriefingFormat.PNG, png);
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(1600);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(900);
    }

    @Test
    void dataExportsWriteWhatTheScenesShowAndNeverOverwrite() throws Exception {
        Path kml = dir.resolve("b.kml");
        export(BriefingFormat.KML, kml);
        assertThat(Files.readString(kml).split("<Placemark", -1)).hasSize(catalog.size() + 1);
        assertThatThrownBy(() -> export(BriefingFormat.KML, kml)).isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void aSceneCapturedFromTheViewPutsBackEveryField() {
        Scene restored = Fx.call(() -> {
            ViewState state = new ViewState();
            state.catalogProperty().set(catalog);
            state.filterProperty().set(state.filterProperty().get().withTypes(Set.of(EventType.MISSILE_STRIKE))
                    .withPerpetrators(Set.of("Iran")).withRegion(new GeoBox(30, 40, 37, 46)).withText("militia", Set.of(1L)));
            state.timeWindowProperty().set(TimeWindow.ofDays(LocalDate.of(2020, 1, 7), LocalDate.of(2020, 1, 9)));
            Event first = catalog.get(catalog.indexOf(1));
            state.selectedProperty().set(first);
            MapViewport map = MapViewport.home(800, 450).fitted(new GeoBox(32, 41, 37, 46));
            TimeWindow range = TimeWindow.ofDays(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 2, 1));
            Scene scene = SceneCodec.capture("s", "t", "c", state, map, range, LaneMode.BY_PERPETRATOR);

            ViewState other = new ViewState();
            other.catalogProperty().set(catalog);
            Function<String, Set<Long>> search = q -> Set.of(1L);
            SceneCodec.applyTo(other, scene, search);
            assertThat(other.filterProperty().get()).isEqualTo(state.filterProperty().get());
            assertThat(other.timeWindowProperty().get()).isEqualTo(state.timeWindowProperty().get());
            assertThat(other.selectedProperty().get()).isEqualTo(first);
            assertThat(SceneCodec.viewport(scene, 800, 450).visibleBox()).usingRecursiveComparison()
                    .withComparatorForType((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : 1, Double.class).isEqualTo(map.visibleBox());
            assertThat(SceneCodec.lanes(scene)).isEqualTo(LaneMode.BY_PERPETRATOR);
            assertThat(SceneCodec.window(scene.range())).isEqualTo(range);
            return scene;
        });
        assertThat(restored.title()).isEqualTo("t");
    }
}
