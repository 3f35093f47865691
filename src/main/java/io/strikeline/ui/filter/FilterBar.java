package io.strikeline.ui.filter;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventFilter;
import io.strikeline.ui.state.ViewState;
import io.strikeline.ui.style.EventStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * Filters over the events: type, perpetrator, country, date precision, origin and full-text search in the
 * articles. Writes only {@link ViewState#filterProperty()}; the search runs off the FX thread and a
 * newer query always wins over an older, slower one.
 */
public final class FilterBar extends HBox {

    private final ViewState state;
    private final Function<String, Set<Long>> search;
    private final ExecutorService searcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "strikeline-search");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong searchSequence = new AtomicLong();
    private final TextField query = new TextField();
    private final MenuButton types = new MenuButton("Type");
    private final MenuButton perpetrators = new MenuButton("Perpetrator");
    private final MenuButton countries = new MenuButton("Country");
    private final MenuButton precisions = new MenuButton("Date precision");
    private final MenuButton origins = new MenuButton("Origin");
    private final ChoiceBox<Integer> confidence = new ChoiceBox<>();
    private final Label status = new Label();
    /** One tooltip whose text follows the status: a new one on each brushing frame cost a popup's setup and CSS. */
    private final Tooltip statusTip = new Tooltip();

    /** {@code search} maps a full-text query to the ids of events whose articles match; it may be slow. */
    public FilterBar(ViewState state, Function<String, Set<Long>> search) {
        this.state = state;
        this.search = search;
        getStyleClass().add("filter-bar");
        setSpacing(8);
        setPadding(new Insets(6, 10, 6, 10));
        setAlignment(Pos.CENTER_LEFT);

        query.setPromptText("Search articles  (Ctrl+F)");
        query.setPrefColumnCount(22);
        query.setId("search");
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> runSearch(query.getText()));
        query.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        query.setOnAction(e -> {
            debounce.stop();
            runSearch(query.getText());
        });

        for (EventType type : EventType.values()) {
            CheckMenuItem item = new CheckMenuItem(type.label(), new Circle(5, EventStyle.color(type)));
            item.setUserData(type);
            item.setOnAction(e -> applyChoices());
            types.getItems().add(item);
        }
        for (DatePrecision p : DatePrecision.values()) {
            CheckMenuItem item = new CheckMenuItem(p.code());
            item.setUserData(p);
            item.setOnAction(e -> applyChoices());
            precisions.getItems().add(item);
        }
        for (Origin o : Origin.values()) {
            CheckMenuItem item = new CheckMenuItem(o.code());
            item.setUserData(o);
            item.setOnAction(e -> applyChoices());
            origins.getItems().add(item);
        }
        origins.setId("origin-filter");
        confidence.getItems().addAll(0, 50, 70, 90);
        confidence.setValue(0);
        confidence.setId("min-confidence");
        confidence.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer percent) {
                return percent == null || percent == 0 ? "Any confidence" : "Confidence \u2265 " + percent + "%";
            }

            @Override
            public Integer fromString(String text) {
                return null; // never edited as text
            }
        });
        confidence.setOnAction(e -> state.filterProperty().set(
                state.filterProperty().get().withMinConfidence(confidence.getValue() / 100.0)));
        Button reset = new Button("Reset filters");
        reset.setTooltip(new Tooltip("Clear every filter, the search and the region box"));
        reset.setOnAction(e -> resetAll());
        status.getStyleClass().add("filter-status");
        status.setTooltip(statusTip);
        // The controls wrap onto a second row rather than shrink to "T..."; the status keeps its whole text.
        FlowPane controls = new FlowPane(8, 6, query, types, perpetrators, countries, precisions, origins, confidence,
                reset);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setMinWidth(0);
        controls.getChildren().forEach(c -> ((Region) c).setMinWidth(Region.USE_PREF_SIZE));
        HBox.setHgrow(controls, Priority.ALWAYS);
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.setWrapText(false);
        getChildren().addAll(controls, status);

        state.catalogProperty().addListener((obs, old, now) -> rebuildValueMenus(now));
        state.filterProperty().addListener((obs, old, now) -> showStatus());
        state.visibleEventsProperty().addListener((obs, old, now) -> showStatus());
        rebuildValueMenus(state.catalogProperty().get());
    }

    public TextField searchField() {
        return query;
    }

    private void runSearch(String text) {
        long sequence = searchSequence.incrementAndGet();
        if (text == null || text.isBlank()) {
            state.filterProperty().set(state.filterProperty().get().withText(null, null));
            return;
        }
        searcher.submit(() -> {
            Set<Long> ids;
            try {
                ids = search.apply(text);
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.setText("Search failed: " + e.getMessage()));
                return;
            }
            Platform.runLater(() -> {
                if (sequence == searchSequence.get()) {
                    state.filterProperty().set(state.filterProperty().get().withText(text.strip(), ids));
                }
            });
        });
    }

    /**
     * Perpetrator and country menus list the values present in the loaded events, most frequent first; they are
     * empty while only the events' outlines are loaded, which carry no actors or countries.
     */
    private void rebuildValueMenus(EventCatalog catalog) {
        Map<String, Integer> perpetratorCounts = new HashMap<>();
        Map<String, Integer> countryCounts = new HashMap<>();
        if (!state.outlinesOnlyProperty().get()) {
            for (Event e : catalog.events()) {
                perpetratorCounts.merge(e.perpetrator() == null ? "" : e.perpetrator(), 1, Integer::sum);
                countryCounts.merge(e.country() == null ? "" : e.country(), 1, Integer::sum);
            }
        }
        fillValueMenu(perpetrators, perpetratorCounts, "(unknown)");
        fillValueMenu(countries, countryCounts, "(not located)");
    }

    private void fillValueMenu(MenuButton menu, Map<String, Integer> counts, String emptyLabel) {
        menu.getItems().clear();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> {
                    String label = entry.getKey().isEmpty() ? emptyLabel : entry.getKey();
                    CheckMenuItem item = new CheckMenuItem(String.format("%s  (%,d)", label, entry.getValue()));
                    item.setUserData(entry.getKey());
                    item.setOnAction(e -> applyChoices());
                    menu.getItems().add(item);
                });
        if (menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
    }

    private void applyChoices() {
        Set<EventType> chosenTypes = EnumSet.noneOf(EventType.class);
        checked(types).forEach(o -> chosenTypes.add((EventType) o));
        Set<DatePrecision> chosenPrecisions = EnumSet.noneOf(DatePrecision.class);
        checked(precisions).forEach(o -> chosenPrecisions.add((DatePrecision) o));
        Set<Origin> chosenOrigins = EnumSet.noneOf(Origin.class);
        checked(origins).forEach(o -> chosenOrigins.add((Origin) o));
        Set<String> chosenPerpetrators = new HashSet<>();
        checked(perpetrators).forEach(o -> chosenPerpetrators.add((String) o));
        Set<String> chosenCountries = new HashSet<>();
        checked(countries).forEach(o -> chosenCountries.add((String) o));
        state.filterProperty().set(state.filterProperty().get()
                .withTypes(chosenTypes).withPrecisions(chosenPrecisions)
                .withPerpetrators(chosenPerpetrators).withCountries(chosenCountries).withOrigins(chosenOrigins));
        markActive(types, chosenTypes.size());
        markActive(precisions, chosenPrecisions.size());
        markActive(origins, chosenOrigins.size());
        markActive(perpetrators, chosenPerpetrators.size());
        markActive(countries, chosenCountries.size());
    }

    private static List<Object> checked(MenuButton menu) {
        return menu.getItems().stream()
                .filter(i -> i instanceof CheckMenuItem c && c.isSelected())
                .map(i -> i.getUserData())
                .toList();
    }

    private static void markActive(MenuButton menu, int chosen) {
        String base = menu.getText().replaceAll(" \\(\\d+\\)$", "");
        menu.setText(chosen == 0 ? base : base + " (" + chosen + ")");
        if (chosen == 0) {
            menu.getStyleClass().remove("accent");
        } else if (!menu.getStyleClass().contains("accent")) {
            menu.getStyleClass().add("accent");
        }
    }

    private void resetAll() {
        for (MenuButton menu : Arrays.asList(types, perpetrators, countries, precisions, origins)) {
            menu.getItems().forEach(i -> {
                if (i instanceof CheckMenuItem c) {
                    c.setSelected(false);
                }
            });
            markActive(menu, 0);
        }
        searchSequence.incrementAndGet();
        query.clear();
        confidence.setValue(0);
        state.filterProperty().set(EventFilter.NONE);
    }

    private void showStatus() {
        EventFilter f = state.filterProperty().get();
        int visible = state.visibleEventsProperty().get().size();
        int total = state.catalogProperty().get().size();
        // nothing filtered out: the short form, so a million events' count does not push the controls to a second row
        String text = visible == total ? String.format("%,d events", total) : String.format("%,d of %,d events", visible, total);
        if (f.textQuery() != null) {
            String q = f.textQuery().length() > 32 ? f.textQuery().substring(0, 31) + "\u2026" : f.textQuery();
            text += String.format("  ·  \"%s\" in %,d", q, f.textMatchIds().size());
        }
        if (f.region() != null) {
            text += "  ·  region box";
        }
        status.setText(text);
        statusTip.setText(text);
    }
}
