package io.strikeline.ui.article;

import io.strikeline.model.Event;
import io.strikeline.model.MentionKind;
import io.strikeline.ui.state.ArticleSpan;
import io.strikeline.ui.state.DetailsLoader;
import io.strikeline.ui.state.EventDetails;
import io.strikeline.ui.state.EventFilter;
import io.strikeline.ui.state.ViewState;
import io.strikeline.ui.style.EventStyle;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The reading pane: the selected event's header and its source articles, one tab per source, each
 * with the evidence sentence and the evidence mentions highlighted and the current full-text query
 * marked. Listens to {@link ViewState}'s selection and filter; loads details off the FX thread and
 * drops results for a selection that has since changed.
 */
public final class ArticlePane extends BorderPane {

    static final String PLACEHOLDER = "Select an event on the map, timeline or list to read its sources";

    private final ViewState state;
    private final DetailsLoader loader;
    private final Executor executor;
    // Bumped on every selection change; a load whose number is no longer current is dropped.
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<EventDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final TabPane tabs = new TabPane();
    private final HoverNote hoverNote = new HoverNote();
    // made once and put back on each selection: new nodes would be styled again on every selection
    private final Node loading = loadingNote();
    private final Node legend = legend();
    private final Tooltip copyTip = SourceView.copyTip();
    private List<String> queryWords = List.of();

    public ArticlePane(ViewState state, DetailsLoader loader) {
        this(state, loader, newLoaderThread());
    }

    /** With a given executor, so tests can run loads concurrently and out of order. */
    ArticlePane(ViewState state, DetailsLoader loader, Executor executor) {
        this.state = Objects.requireNonNull(state, "state");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.executor = Objects.requireNonNull(executor, "executor");
        getStyleClass().add("article-pane");
        getStylesheets().add(Objects.requireNonNull(ArticlePane.class.getResource("article.css")).toExternalForm());
        setPrefWidth(420);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("source-tabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> fill(tab));
        VBox.setVgrow(tabs, Priority.ALWAYS);

        setBottom(hoverNote);
        state.hoveredProperty().addListener((obs, old, event) -> hoverNote.show(event, state.selectedProperty().get()));
        state.selectedProperty().addListener((obs, old, event) -> hoverNote.show(state.hoveredProperty().get(), event));
        state.darkProperty().addListener((obs, old, dark) -> applyTheme(dark));
        applyTheme(state.darkProperty().get());
        state.selectedProperty().addListener((obs, old, event) -> select(event));
        state.spanToShowProperty().addListener((obs, old, span) -> showSpan(span));
        state.savedChangesProperty().addListener((obs, old, now) -> select(state.selectedProperty().get()));
        state.filterProperty().addListener((obs, old, filter) -> query(filter));
        query(state.filterProperty().get());
        select(state.selectedProperty().get());
    }

    private static Executor newLoaderThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "article-pane-loader");
            t.setDaemon(true);
            return t;
        });
    }

    /** The pane's own colours follow the application theme through the {@code dark} style class. */
    private void applyTheme(boolean dark) {
        getStyleClass().remove("dark");
        if (dark) {
            getStyleClass().add("dark");
        }
    }

    /** The details on show; null while nothing is selected, loading or after a failed load. */
    public ReadOnlyObjectProperty<EventDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public EventDetails getDetails() {
        return details.get();
    }

    private void select(Event event) {
        long ticket = generation.incrementAndGet();
        details.set(null);
        tabs.getTabs().clear();
        if (event == null) {
            setCenter(message(PLACEHOLDER, "placeholder"));
            return;
        }
        setCenter(loading);
        executor.execute(() -> {
            if (generation.get() != ticket) {
                return;
            }
            try {
                EventDetails loaded = loader.load(event);
                Platform.runLater(() -> {
                    if (generation.get() == ticket) {
                        show(loaded);
                    }
                });
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Platform.runLater(() -> {
                    if (generation.get() == ticket) {
                        setCenter(message("Could not load the sources of this event: " + why, "error"));
                    }
                });
            }
        });
    }

    private void show(EventDetails loaded) {
        if (loaded == null) {
            setCenter(message("No details are stored for this event.", "error"));
            return;
        }
        details.set(loaded);
        VBox page = new VBox(header(loaded));
        page.getStyleClass().add("article-page");
        if (loaded.sources().isEmpty()) {
            Label none = message("No source articles are linked to this event.", "placeholder");
            VBox.setVgrow(none, Priority.ALWAYS);
            page.getChildren().add(none);
        } else {
            for (EventDetails.Source source : loaded.sources()) {
                Tab tab = new Tab(EventSummary.tabLabel(source.article()));
                tab.setUserData(source);
                tabs.getTabs().add(tab);
            }
            fill(tabs.getSelectionModel().getSelectedItem());
            page.getChildren().addAll(tabs, legend);
        }
        setCenter(page);
    }

    /** Builds a tab's article the first time the tab is shown, so unseen sources cost nothing. */
    private void fill(Tab tab) {
        if (tab != null && tab.getContent() == null && tab.getUserData() instanceof EventDetails.Source source) {
            SourceView view = new SourceView(source, queryWords, copyTip);
            long articleId = source.article().id();
            view.body().setOnSelected(span -> state.articleSelectionProperty().set(new ArticleSpan(articleId, span)));
            tab.setContent(view);
        }
    }

    /** Brings the tab of the span's article to the front and marks the span (evidence another view points at). */
    private void showSpan(ArticleSpan span) {
        if (span == null) {
            return;
        }
        for (Tab tab : tabs.getTabs()) {
            if (tab.getUserData() instanceof EventDetails.Source source && source.article().id() == span.articleId()) {
                tabs.getSelectionModel().select(tab);
                fill(tab);
                if (tab.getContent() instanceof SourceView view) {
                    view.body().setSelection(span.span());
                    Platform.runLater(() -> view.scrollTo(span.span()));
                }
                return;
            }
        }
    }

    private void query(EventFilter filter) {
        List<String> words = SearchTerms.words(filter == null ? null : filter.textQuery());
        if (words.equals(queryWords)) {
            return;
        }
        queryWords = words;
        for (Tab tab : tabs.getTabs()) {
            if (tab.getContent() instanceof SourceView view) {
                view.setQueryWords(words);
            }
        }
    }

    private static Node header(EventDetails d) {
        Event e = d.event();
        Rectangle swatch = new Rectangle(12, 12, EventStyle.color(e.type()));
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        Label type = new Label(e.type().label());
        type.getStyleClass().add("event-type");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label confidence = new Label(EventSummary.confidence(e.confidence()) + " confidence");
        confidence.getStyleClass().add("event-confidence");
        HBox title = new HBox(8, swatch, type, spacer, confidence);
        title.setAlignment(Pos.CENTER_LEFT);

        GridPane facts = new GridPane();
        facts.getStyleClass().add("event-facts");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(keys, values);
        int row = 0;
        addFact(facts, row++, "When", EventSummary.when(e.date()));
        addFact(facts, row++, "Where", EventSummary.where(e));
        addFact(facts, row++, "Who", EventSummary.actors(e));
        addFact(facts, row++, "Toll", EventSummary.casualties(e));
        String origin = EventSummary.origin(e.origin());
        String sources = EventSummary.sources(d.sources().size());
        addFact(facts, row, "Sources", origin == null ? sources : sources + " \u00b7 " + origin);

        VBox header = new VBox(8, title, facts);
        header.getStyleClass().add("event-header");
        return header;
    }

    private static void addFact(GridPane grid, int row, String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add("fact-key");
        Label v = new Label(value);
        v.getStyleClass().add("fact-value");
        v.setWrapText(true);
        grid.addRow(row, k, v);
    }

    private static Node loadingNote() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(28, 28);
        VBox note = new VBox(10, spinner, new Label("Loading sources\u2026"));
        note.setAlignment(Pos.CENTER);
        note.getStyleClass().add("loading");
        return note;
    }

    private static Node legend() {
        FlowPane legend = new FlowPane(10, 4);
        legend.getStyleClass().add("legend");
        legend.getChildren().add(legendItem("band-evidence", "evidence"));
        for (MentionKind kind : MentionKind.values()) {
            legend.getChildren().add(legendItem("band-" + kind.code(), kind.code()));
        }
        legend.getChildren().add(legendItem("band-search", "search match"));
        return legend;
    }

    private static Node legendItem(String swatchClass, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", swatchClass);
        Label label = new Label(text, swatch);
        label.getStyleClass().add("legend-item");
        return label;
    }

    private static Label message(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("pane-message", styleClass);
        label.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        return label;
    }
}
