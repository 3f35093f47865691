package io.strikeline.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.EventType;
import java.nio.IntBuffer;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class IconShapeFxTest {

    private static final int SIDE = 120;

    @Start
    void start(Stage stage) {
        // the canvases are drawn and snapshotted offscreen; the extension only needs the toolkit running
    }

    @Test
    void everyIconDrawsTheSamePixelsAsItsPathDataAppendedAsText(FxRobot robot) {
        for (EventType type : EventType.values()) {
            String svg = EventIcons.pathData(EventIcons.read(type.code() + ".svg"));
            IconShape shape = IconShape.of(svg);
            assertThat(shape.isEmpty()).isEqualTo(svg.isBlank());
            for (double size : new double[] {10.15, 17.4, 26.1}) {
                int[] asText = draw(robot, size, gc -> gc.appendSVGPath(svg));
                int[] asShape = draw(robot, size, gc -> shape.append(gc));
                assertThat(asShape).as("%s at %s px", type, size).isEqualTo(asText);
            }
        }
    }

    @Test
    void pathDataWithOtherCommandsIsDrawnAsBefore(FxRobot robot) {
        String relative = "m 4 4 l 16 0 l -8 14 z";
        IconShape shape = IconShape.of(relative);
        assertThat(shape.isEmpty()).isFalse();
        int[] asText = draw(robot, 20, gc -> gc.appendSVGPath(relative));
        assertThat(draw(robot, 20, gc -> shape.append(gc))).isEqualTo(asText);
        assertThat(asText).contains(opaque(Color.BLACK));
    }

    @Test
    void implicitLinesAfterAMovetoAndPackedNumbersAreRead(FxRobot robot) {
        String packed = "M2,2 22,2 12+2e1Z M5 5.5.5 9 9-1";
        IconShape shape = IconShape.of(packed);
        int[] asText = draw(robot, 24, gc -> gc.appendSVGPath(packed));
        assertThat(draw(robot, 24, gc -> shape.append(gc))).isEqualTo(asText);
        assertThat(asText).contains(opaque(Color.BLACK));
    }

    @Test
    void blankPathDataIsAnEmptyShape() {
        assertThat(IconShape.of("  ").isEmpty()).isTrue();
        assertThat(IconShape.of("M1 1 L2 2 Z").isEmpty()).isFalse();
    }

    private static int opaque(Color c) {
        return 0xFF000000 | ((int) (c.getRed() * 255) << 16) | ((int) (c.getGreen() * 255) << 8) | (int) (c.getBlue() * 255);
    }

    /** Draws the path the way the marker painter does (moved and scaled from the 24-unit view box) at two places. */
    private static int[] draw(FxRobot robot, double size, Consumer<GraphicsContext> path) {
        int[] pixels = new int[SIDE * SIDE];
        robot.interact(() -> {
            Canvas canvas = new Canvas(SIDE, SIDE);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            for (double[] at : new double[][] {{30.3, 40.7}, {81.55, 77.25}}) {
                double s = size / EventIcons.VIEW_BOX;
                gc.save();
                gc.translate(at[0] - size / 2, at[1] - size / 2);
                gc.scale(s, s);
                gc.beginPath();
                path.accept(gc);
                gc.setFill(Color.BLACK);
                gc.fill();
                gc.restore();
            }
            WritableImage image = canvas.snapshot(null, null);
            image.getPixelReader().getPixels(0, 0, SIDE, SIDE, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pixels), SIDE);
        });
        return pixels;
    }
}
