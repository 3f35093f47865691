package io.strikeline.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import io.strikeline.ui.state.DetailsLoader;
import io.strikeline.ui.state.EventDetails;
import io.strikeline.ui.state.EventFilter;
import io.strikeline.ui.state.ViewState;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ArticlePaneFxTest {

    private final Event ainAlAsad = ArticleFixtures.event(1, "Ain al-Asad air base");
    private final Event hit = ArticleFixtures.event(2, "Hit");
    private Stage stage;
    private ViewState state;
    private ArticlePane pane;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new ViewState();
    }

    /** Shows a pane with this loader, loading on the pane's own background thread. */
    private void show(FxRobot robot, DetailsLoader loader) {
        robot.interact(() -> {
            pane = new ArticlePane(state, loader);
            stage.setScene(new Scene(pane, 440, 700));
            stage.show();
        });
    }

    private void show(FxRobot robot, DetailsLoader loader, Executor executor) {
        robot.interact(() -> {
            pane = new ArticlePane(state, loader, executor);
            stage.setScene(new Scene(pane, 440, 700));
            stage.show();
        });
    }

    private void selectAndWait(FxRobot robot, Event event) throws Exception {
        robot.interact(() -> state.selectedProperty().set(event));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pane.getDetails() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TabPane tabs() {
        return (TabPane) pane.lookup(".source-tabs");
    }

    private SourceView shownSource() {
        return (SourceView) tabs().getSelectionModel().getSelectedItem().getContent();
    }

    private static List<Text> texts(Node root, String styleClass) {
        return root.lookupAll("." + styleClass).stream().map(Text.class::cast).toList();
    }

    private static String joined(List<Text> texts) {
        return texts.stream().map(Text::getText).collect(Collectors.joining());
    }

    private String titleShown() {
        return ((Label) shownSource().lookup(".article-title")).getText();
    }

    @Test
    void placeholderUntilSomethingIsSelectedAndAfterTheSelectionIsCleared(FxRobot robot) throws Exception {
        show(robot, ArticleFixtures::details);
        assertThat(robot.lookup(".placeholder").queryAs(Label.class).getText()).isEqualTo(ArticlePane.PLACEHOLDER);
        selectAndWait(robot, ainAlAsad);
        assertThat(robot.lookup(".placeholder").tryQuery()).isEmpty();
        robot.interact(() -> state.selectedProperty().set(null));
        assertThat(robot.lookup(".placeholder").queryAs(Label.class).getText()).isEqualTo(ArticlePane.PLACEHOLDER);
        assertThat(pane.getDetails()).isNull();
    }

    @Test
    void selectingAnEventShowsItsFirstArticleWithTheEvidenceHighlighted(FxRobot robot) throws Exception {
        show(robot, ArticleFixtures::details);
        selectAndWait(robot, ainAlAsad);
        assertThat(titleShown()).isEqualTo("Drone strike near Iraq's Ain al-Asad base kills three, officials say");
        assertThat(joined(texts(shownSource(), "evidence"))).isEqualTo(ArticleFixtures.EVIDENCE);
        assertThat(joined(texts(shownSource(), "mention-casualty"))).isEqualTo("killing three");
        assertThat(joined(texts(shownSource(), "mention-place"))).isEqualTo("Ain al-Asad air base" + ArticleFixtures.AIN_AL_ASAD);
        // the whole Arabic name is one text node, so its letters still join
        assertThat(texts(shownSource(), "mention-place")).extracting(Text::getText).contains(ArticleFixtures.AIN_AL_ASAD);
        assertThat(texts(shownSource(), "mention")).extracting(Text::getText).contains("Erbil", ArticleFixtures.ERBIL);
        assertThat(robot.lookup(".event-type").queryAs(Label.class).getText()).isEqualTo("Drone strike");
        assertThat(robot.lookup(".fact-value").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("3\u20137 killed, 1 injured", "2 sources \u00b7 Edited by an analyst");
    }

    @Test
    void theEvidenceBandIsDrawnUnderTheEvidenceText(FxRobot robot) throws Exception {
        show(robot, ArticleFixtures::details);
        selectAndWait(robot, ainAlAsad);
        robot.clickOn("Al-Rafidain Daily \u00b7 2024-03-14"); // its evidence begins mid-paragraph, lines below the top
        WaitForAsyncUtils.waitForFxEvents();
        Text firstEvidence = texts(shownSource(), "evidence").get(0);
        Node band = shownSource().lookup(".band-evidence");
        javafx.geometry.Bounds text = firstEvidence.localToScene(firstEvidence.getBoundsInLocal());
        javafx.geometry.Bounds drawn = band.localToScene(band.getBoundsInLocal());
        assertThat(Math.abs(drawn.getMinY() - text.getMinY())).as("band top vs evidence top").isLessThan(4);
        assertThat(drawn.intersects(text)).isTrue();
    }

    @Test
    void twoSourcesGiveTwoTabsAndEachShowsItsOwnEvidence(FxRobot robot) throws Exception {
        show(robot, ArticleFixtures::details);
        selectAndWait(robot, ainAlAsad);
        assertThat(tabs().getTabs()).extracting(t -> t.getText())
                .containsExactly("Northline Wire \u00b7 2024-03-14", "Al-Rafidain Daily \u00b7 2024-03-14");
        robot.clickOn("Al-Rafidain Daily \u00b7 2024-03-14");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titleShown()).isEqualTo("Three killed in strike on vehicles in western Iraq");
        assertThat(joined(texts(shownSource(), "evidence"))).startsWith("Medical sources in Hit said between three and seven");
        assertThat(((Label) shownSource().lookup(".article-note")).getText())
                .startsWith("Published date inferred: the text says");
    }

    @Test
    void aSlowStaleLoadDoesNotOverwriteANewerSelection(FxRobot robot) throws Exception {
        CountDownLatch releaseSlow = new CountDownLatch(1);
        CountDownLatch slowDone = new CountDownLatch(1);
        DetailsLoader loader = event -> {
            if (event.id() == ainAlAsad.id()) {
                try {
                    releaseSlow.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new EventDetails(event, List.of(event.id() == ainAlAsad.id()
                    ? ArticleFixtures.wireSource(event.id()) : ArticleFixtures.secondSource(event.id())));
        };
        // each load on its own thread, so the slow one can finish after the fast one
        show(robot, loader, task -> new Thread(() -> {
            task.run();
            slowDone.countDown();
        }).start());
        robot.interact(() -> state.selectedProperty().set(ainAlAsad));
        selectAndWait(robot, hit);
        assertThat(titleShown()).isEqualTo("Three killed in strike on vehicles in western Iraq");
        releaseSlow.countDown();
        assertThat(slowDone.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.getDetails().event()).isEqualTo(hit);
        assertThat(titleShown()).isEqualTo("Three killed in strike on vehicles in western Iraq");
    }

    @Test
    void copyCitationPutsTheQuotedEvidenceOnTheClipboard(FxRobot robot) throws Exception {
        show(robot, ArticleFixtures::details);
        selectAndWait(robot, ainAlAsad);
        robot.clickOn("Copy citation");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertThat(copied).isEqualTo(EventSummary.citation(ArticleFixtures.wireSource(ainAlAsad.id())));
    }

    @Test
    void aFailingLoaderShowsItsMessageInThePane(FxRobot robot) throws Exception {
        show(robot, event -> {
            throw new IllegalStateException("database is locked");
        });
        robot.interact(() -> state.selectedProperty().set(ainAlAsad));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".error").tryQuery().isPresent());
        assertThat(robot.lookup(".error").queryAs(Label.class).getText()).contains("database is locked");
    }

    @Test
    void theTextQueryIsHighlightedAndFollowsFilterChanges(FxRobot robot) throws Exception {
        show(robot, ArticleFixtures::details);
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withText("official* \u0627\u0644\u0627\u0633\u062f",
                Set.of(1L))));
        selectAndWait(robot, ainAlAsad);
        assertThat(texts(shownSource(), "search-hit")).extracting(Text::getText)
                .containsExactly("\u0627\u0644\u0623\u0633\u062f", "officials", "officials");
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withText("erbil", Set.of(1L))));
        assertThat(texts(shownSource(), "search-hit")).extracting(Text::getText).containsExactly("Erbil");
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        assertThat(texts(shownSource(), "search-hit")).isEmpty();
    }

    @Test
    void aLongArticleStaysFewNodesAndScrollsItsEvidenceIntoView(FxRobot robot) throws Exception {
        EventDetails.Source source = ArticleFixtures.longSource(1, 80_000);
        String text = source.article().text();
        show(robot, event -> new EventDetails(event, List.of(source)));
        selectAndWait(robot, ainAlAsad);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownSource().getVvalue() > 0.9);
        int words = text.split("\\s+").length;
        assertThat(words).isGreaterThan(10_000);
        // one node per styled run: at most two per mention plus the text around the evidence
        assertThat(shownSource().body().flow().getChildren()).hasSizeLessThanOrEqualTo(2 * source.mentions().size() + 3);
        assertThat(joined(texts(shownSource(), "evidence"))).isEqualTo(ArticleFixtures.LONG_EVIDENCE);
    }
}
