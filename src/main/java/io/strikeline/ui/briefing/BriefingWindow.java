package io.strikeline.ui.briefing;

import io.strikeline.briefing.Briefing;
import io.strikeline.briefing.BriefingFormat;
import io.strikeline.briefing.BriefingPage;
import io.strikeline.model.Citation;
import io.strikeline.model.Event;
import io.strikeline.model.Scene;
import io.strikeline.ui.state.EventCatalog;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File > Export briefing: the scene list (click restores a scene, drag reorders, rename, delete, save the view
 * as a new scene), a preview of the slides as they will be written, and the export itself. Database work and
 * rendering run on a background thread; results come back on the FX thread.
 */
public final class BriefingWindow {

    private final LiveView live;
    private final SceneLibrary library;
    private final Stage stage = new Stage();
    private final ListView<Scene> list = new ListView<>();
    private final FlowPane preview = new FlowPane(12, 12);
    private final Label status = new Label();
    private final ChoiceBox<BriefingFormat> format = new ChoiceBox<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "strikeline-briefing");
        t.setDaemon(true);
        return t;
    });

    public BriefingWindow(Window owner, LiveView live, SceneLibrary library) {
        this.live = live;
        this.library = library;
        stage.initOwner(owner);
        stage.setTitle("Briefing: scenes, preview and export");
        list.setId("scene-list");
        list.setCellFactory(v -> new SceneCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, scene) -> restore(scene));
        Button save = new Button("Save view as scene...");
        save.setOnAction(e -> saveView());
        Button rename = new Button("Rename...");
        rename.setOnAction(e -> renameSelected());
        Button delete = new Button("Delete");
        delete.setOnAction(e -> deleteSelected());
        Button present = new Button("Present");
        present.setOnAction(e -> new PresentationMode(live.state().catalogProperty().get(), pages(), library).show());
        VBox left = new VBox(8, new Label("Scenes (drag to reorder; click to show)"), list,
                new HBox(6, save, rename, delete), present);
        left.setPadding(new Insets(10));
        left.setPrefWidth(320);
        format.getItems().addAll(BriefingFormat.values());
        format.setValue(BriefingFormat.PPTX);
        Button refresh = new Button("Preview slides");
        refresh.setOnAction(e -> renderPreview());
        Button export = new Button("Export...");
        export.setDefaultButton(true);
        export.setOnAction(e -> export());
        HBox bottom = new HBox(8, new Label("Format"), format, refresh, export, status);
        bottom.setPadding(new Insets(10));
        preview.setPadding(new Insets(10));
        stage.setScene(new javafx.scene.Scene(new BorderPane(new ScrollPane(preview), null, null, bottom, left), 1180, 720));
        stage.setOnHidden(e -> background.shutdown());
    }

    /** Presents the saved scenes (or the view and the selection) full screen, without opening this window. */
    public static void present(LiveView live, SceneLibrary library) {
        Thread loader = new Thread(() -> {
            List<Scene> saved = library.scenes();
            Platform.runLater(() -> new PresentationMode(live.state().catalogProperty().get(), saved.isEmpty()
                    ? BriefingBuilder.viewAndSelection(live.capture("Whole view", "The view", ""), List.of()) : saved,
                    library).show());
        }, "strikeline-scenes");
        loader.setDaemon(true);
        loader.start();
    }

    public void show() {
        stage.show();
        reload();
        renderPreview();
    }

    private void reload() {
        background.submit(() -> {
            List<Scene> scenes = library.scenes();
            Platform.runLater(() -> list.getItems().setAll(scenes));
        });
    }

    /** The saved scenes in list order, or the view as it is and one page per selected event. */
    private List<Scene> pages() {
        if (!list.getItems().isEmpty()) {
            return List.copyOf(list.getItems());
        }
        List<Event> selected = new ArrayList<>();
        Event e = live.state().selectedProperty().get();
        if (e != null) {
            selected.add(e);
        }
        EventCatalog catalog = live.state().catalogProperty().get();
        for (long id : live.state().markedProperty().get()) {
            int i = catalog.indexOf(id);
            if (i >= 0 && !selected.contains(catalog.get(i))) {
                selected.add(catalog.get(i));
            }
        }
        return BriefingBuilder.viewAndSelection(live.capture("Whole view", "The view", ""), selected);
    }

    private void restore(Scene scene) {
        if (scene == null) {
            return;
        }
        String query = scene.filter().textQuery();
        background.submit(() -> {
            Set<Long> matches = query == null ? Set.of() : library.search(query);
            Platform.runLater(() -> live.restore(scene, q -> matches));
        });
    }

    private void saveView() {
        if (library.readOnlyReason() != null) {
            error("Scenes cannot be saved", "The file is open read-only: " + library.readOnlyReason());
            return;
        }
        TextInputDialog ask = new TextInputDialog("Scene " + (list.getItems().size() + 1));
        ask.initOwner(stage);
        ask.setHeaderText("Name the scene (it is also the slide's title)");
        ask.showAndWait().filter(n -> !n.isBlank()).ifPresent(name -> {
            Scene scene = live.capture(name.trim(), name.trim(), "");
            run(() -> library.saveScene(scene));
        });
    }

    private void renameSelected() {
        Scene scene = list.getSelectionModel().getSelectedItem();
        if (scene == null) {
            return;
        }
        TextInputDialog ask = new TextInputDialog(scene.name());
        ask.initOwner(stage);
        ask.setHeaderText("New name");
        ask.showAndWait().filter(n -> !n.isBlank()).ifPresent(name -> run(() -> library.renameScene(scene.name(), name)));
    }

    private void deleteSelected() {
        Scene scene = list.getSelectionModel().getSelectedItem();
        if (scene != null) {
            run(() -> library.deleteScene(scene.name()));
        }
    }

    /** A change to the scene list on the database thread, then the list as the file now has it. */
    private void run(Runnable change) {
        background.submit(() -> {
            try {
                change.run();
            } catch (RuntimeException e) {
                Platform.runLater(() -> error("The scene was not changed", e.getMessage()));
            }
            List<Scene> scenes = library.scenes();
            Platform.runLater(() -> list.getItems().setAll(scenes));
        });
    }

    /** Renders the slides as the deck will have them (at 1x) and shows each as a thumbnail with its title. */
    private void renderPreview() {
        List<Scene> scenes = pages();
        EventCatalog catalog = live.state().catalogProperty().get();
        status.setText("Drawing " + scenes.size() + " slide(s)...");
        background.submit(() -> {
            try {
                Map<Long, List<Citation>> citations = library.citations();
                Briefing briefing = new BriefingBuilder(catalog, citations, library::search).build("", "", scenes, 1);
                Platform.runLater(() -> showPreview(briefing));
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.setText("Preview failed: " + e.getMessage()));
            }
        });
    }

    private void showPreview(Briefing briefing) {
        preview.getChildren().clear();
        for (BriefingPage page : briefing.pages()) {
            ImageView map = new ImageView(SwingFXUtils.toFXImage(page.map(), null));
            map.setFitWidth(360);
            map.setPreserveRatio(true);
            ImageView timeline = new ImageView(SwingFXUtils.toFXImage(page.timeline(), null));
            timeline.setFitWidth(360);
            timeline.setPreserveRatio(true);
            Label title = new Label(page.title());
            title.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
            Label facts = new Label(page.events().size() + " event(s) \u00B7 " + page.sources().size() + " source(s)\n"
                    + page.caption());
            facts.setWrapText(true);
            facts.setMaxWidth(360);
            VBox slide = new VBox(4, title, map, timeline, facts);
            slide.setStyle("-fx-border-color: #c8ccd4; -fx-padding: 8; -fx-background-color: white;");
            preview.getChildren().add(slide);
        }
        status.setText(briefing.pages().size() + " slide(s) after the title slide");
    }

    private void export() {
        BriefingFormat chosen = format.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export briefing");
        chooser.setInitialFileName("briefing." + chosen.extension());
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        List<Scene> scenes = pages();
        EventCatalog catalog = live.state().catalogProperty().get();
        status.setText("Exporting " + file + " ...");
        background.submit(() -> {
            try {
                BriefingExport.Content content = new BriefingExport.Content("Strikeline briefing",
                        String.format(Locale.ROOT, "%,d events", catalog.size()), catalog, library.citations(),
                        library::search, scenes);
                // the file chooser has asked whether to replace an existing file
                String done = BriefingExport.write(content, new BriefingExport.Options(chosen, file.toPath(), true, 2,
                        48, 8, 960));
                Platform.runLater(() -> status.setText(done));
            } catch (Exception e) {
                Platform.runLater(() -> error("Export failed", e.getMessage()));
            }
        });
    }

    private void error(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setHeaderText(title);
        alert.show();
    }

    /** A scene in the list: its name and title; dragging one onto another moves it there. */
    private final class SceneCell extends ListCell<Scene> {
        SceneCell() {
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(getItem().name());
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                }
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                String moved = e.getDragboard().getString();
                List<String> order = new ArrayList<>(list.getItems().stream().map(Scene::name).toList());
                int target = getItem() == null ? order.size() - 1 : order.indexOf(getItem().name());
                if (order.remove(moved) && target >= 0) {
                    order.add(Math.min(target, order.size()), moved);
                    run(() -> library.reorderScenes(order));
                }
                e.setDropCompleted(true);
                e.consume();
            });
        }

        @Override
        protected void updateItem(Scene scene, boolean empty) {
            super.updateItem(scene, empty);
            setText(empty || scene == null ? null
                    : scene.name() + (scene.title().isBlank() || scene.title().equals(scene.name()) ? "" : " \u2014 "
                            + scene.title()));
        }
    }
}
