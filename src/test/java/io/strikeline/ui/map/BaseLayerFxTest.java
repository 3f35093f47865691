package io.strikeline.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.geo.Basemap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The basemap canvas is painted once per scale and moved under the view while the view stays within its margins. */
@ExtendWith(ApplicationExtension.class)
class BaseLayerFxTest {

    private static BaseLayer layer(AtomicInteger settled) {
        BasemapShapes shapes = new BasemapShapes(Basemap.empty(), MapViewport.home(1, 1).projection());
        return new BaseLayer(new BasemapPainter(CompletableFuture.completedFuture(shapes)), settled::incrementAndGet);
    }

    @Test
    void panningWithinTheMarginsMovesTheCanvasAndOnlyANewScaleOrAFarJumpPaints() {
        AtomicInteger settled = new AtomicInteger();
        int[][] steps = onFx(() -> {
            BaseLayer base = layer(settled);
            MapViewport home = MapViewport.home(800, 600);
            int[][] seen = new int[6][];
            base.show(home, MapPalette.LIGHT, false);
            seen[0] = state(base);                       // the view alone, on a canvas of its size
            MapViewport moved = home.pannedBy(40, 15);
            base.show(moved, MapPalette.LIGHT, false);
            seen[1] = state(base);                       // first move at this scale: the margins too
            base.show(moved.pannedBy(30, -20), MapPalette.LIGHT, false);
            seen[2] = state(base);                       // within the margins: moved, not painted
            base.show(moved.pannedBy(900, 0), MapPalette.LIGHT, false);
            seen[3] = state(base);                       // more than a view away: painted around it
            MapViewport zoomed = moved.zoomedAt(400, 300, 1.25);
            base.show(zoomed, MapPalette.LIGHT, false);
            seen[4] = state(base);                       // a new scale: the view alone again, on the grown canvas
            base.show(zoomed, MapPalette.DARK, false);
            seen[5] = state(base);                       // a new theme
            return seen;
        });
        assertThat(steps[0]).containsExactly(1, 0, 0);
        assertThat(steps[1]).containsExactly(2, -800, -600);
        assertThat(steps[2]).containsExactly(2, -770, -620);
        assertThat(steps[3]).containsExactly(3, -800, -600);
        assertThat(steps[4]).containsExactly(4, -800, -600);
        assertThat(steps[5]).containsExactly(5, -800, -600);
    }

    @Test
    void aViewThatRestsOffCentreIsPaintedAgainAroundItOnce() throws Exception {
        AtomicInteger settled = new AtomicInteger();
        BaseLayer base = onFx(() -> layer(settled));
        MapViewport home = MapViewport.home(800, 600);
        Platform.runLater(() -> {
            base.show(home, MapPalette.LIGHT, false);
            base.show(home.pannedBy(10, 0), MapPalette.LIGHT, false);
            base.show(home.pannedBy(20, 0), MapPalette.LIGHT, false);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> settled.get() == 1);
        Thread.sleep((long) BaseLayer.SETTLE.toMillis() * 2);
        assertThat(settled.get()).isEqualTo(1);
    }

    @Test
    void largeViewsGetNarrowerMarginsAndHugeOnesNone() {
        assertThat(BaseLayer.marginShare(800, 600)).isEqualTo(1);
        assertThat(BaseLayer.marginShare(2000, 1400)).isBetween(0.3, 0.4);
        assertThat(BaseLayer.marginShare(4000, 2500)).isZero();
    }

    private static int[] state(BaseLayer base) {
        return new int[] {base.paints(), (int) base.node().getLayoutX(), (int) base.node().getLayoutY()};
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
