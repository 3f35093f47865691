package io.strikeline.ui.article;

import io.strikeline.ui.state.EventDetails;
import io.strikeline.ui.state.EventFilter;
import io.strikeline.ui.state.ViewState;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders the article pane offscreen to PNGs for a visual check: run with the headless Monocle
 * properties (see TOOLCHAIN.md) and open target/article-*.png. Args: output directory (default target).
 */
public final class ArticleDemo {

    private ArticleDemo() {}

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "target");
        CompletableFuture<ArticlePane> ready = new CompletableFuture<>();
        ViewState state = new ViewState();
        Platform.startup(() -> {
            ArticlePane pane = new ArticlePane(state, event -> event.id() == 3
                    ? new EventDetails(event, List.of(ArticleFixtures.longSource(3, 70_000)))
                    : ArticleFixtures.details(event), Runnable::run);
            Stage stage = new Stage();
            stage.setScene(new Scene(pane, 440, 780));
            stage.show();
            ready.complete(pane);
        });
        ArticlePane pane = ready.get();
        try {
            onFx(() -> state.selectedProperty().set(ArticleFixtures.event(1, "Ain al-Asad air base")));
            onFx(() -> shot(pane, new File(dir, "article-wire.png")));
            onFx(() -> state.filterProperty().set(EventFilter.NONE.withText("killed OR الاسد officials", null)));
            onFx(() -> ((TabPane) pane.lookup(".source-tabs")).getSelectionModel().select(1));
            onFx(() -> shot(pane, new File(dir, "article-second.png")));
            onFx(ArticleDemo::timeLongArticle);
            onFx(() -> state.selectedProperty().set(ArticleFixtures.event(3, "al-Qaim")));
            onFx(() -> shot(pane, new File(dir, "article-long.png")));
            onFx(() -> state.selectedProperty().set(null));
            onFx(() -> shot(pane, new File(dir, "article-empty.png")));
        } finally {
            Platform.exit();
        }
    }

    private interface FxAction {
        void run() throws IOException;
    }

    /** Runs the action on the FX thread, then lets two more pulses pass so layout and runLater work settle. */
    private static void onFx(FxAction action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 3; i++) {
            CountDownLatch pulse = new CountDownLatch(1);
            Thread.sleep(50);
            Platform.runLater(pulse::countDown);
            pulse.await(5, TimeUnit.SECONDS);
        }
    }

    /** Prints how long a 10,000+ word article with a search query takes to build, style and lay out. */
    private static void timeLongArticle() {
        EventDetails.Source source = ArticleFixtures.longSource(3, 70_000);
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            SourceView view = new SourceView(source, List.of("ramadi", "said"), SourceView.copyTip());
            new Scene(view, 420, 780);
            view.applyCss();
            view.layout();
            System.out.printf("long article (%d chars, %d text nodes): built and laid out in %d ms%n",
                    source.article().text().length(), view.body().flow().getChildren().size(),
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static void shot(ArticlePane pane, File file) throws IOException {
        WritableImage image = pane.snapshot(null, null);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
    }
}
