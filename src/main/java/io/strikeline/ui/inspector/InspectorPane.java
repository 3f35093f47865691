package io.strikeline.ui.inspector;

import io.strikeline.editing.EditableField;
import io.strikeline.model.Event;
import io.strikeline.model.FieldEvidence;
import io.strikeline.model.ReviewStatus;
import io.strikeline.model.Span;
import io.strikeline.ui.state.ArticleSpan;
import io.strikeline.ui.state.Curator;
import io.strikeline.ui.state.DetailsLoader;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventDetails;
import io.strikeline.ui.state.ViewState;
import io.strikeline.ui.style.ScrollViewports;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Beside the article pane: the selected event's fields to correct, what each source said for each
 * field (click to see the words in the article, "use" to take that value), its review status, its
 * sources (split one off) and its history. Changes go through the {@link Curator}; the pane redraws
 * from the view state like every other view.
 */
public final class InspectorPane extends ScrollPane {

    private static final EditableField[] FIELDS = {EditableField.EVENT_TYPE, EditableField.DATE, EditableField.PLACE,
        EditableField.LAT, EditableField.LON, EditableField.LOCATION_PRECISION, EditableField.PERPETRATOR,
        EditableField.TARGET, EditableField.KILLED, EditableField.INJURED, EditableField.CONFIDENCE, EditableField.TAGS,
        EditableField.NOTE};

    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)(?!.*\\d)");

    private final ViewState state;
    private final Curator curator;
    private final DetailsLoader loader;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "inspector-loader");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final EventForm form = new EventForm();
    private final Label title = new Label("No event selected");
    // one tooltip for all the rows of a kind: a tooltip is a popup window, costly to make on every selection
    // what each source said under each field: found here, not by a selector lookup parsed on every row shown
    private final Map<EditableField, FlowPane> saidRows = new EnumMap<>(EditableField.class);
    private final Tooltip splitTip = new Tooltip("Make this article's report an event of its own");
    private final Tooltip showWordsTip = new Tooltip("Show these words in the article");
    private final Label status = new Label();
    private final GridPane grid = new GridPane();
    private final VBox sources = new VBox(4);
    private final ListView<String> history = new ListView<>();
    private final VBox body;
    private final ContextMenu placeChoices = new ContextMenu();
    private final FlowPane statusRow = new FlowPane(4, 4); // wraps rather than cutting a label short in a narrow pane
    private HBox actions;
    private boolean editable;
    private EventCatalog actorsCatalog;
    private List<String> actors = List.of();

    public InspectorPane(ViewState state, Curator curator, DetailsLoader loader) {
        this.state = state;
        this.curator = curator;
        this.loader = loader;
        getStyleClass().add("inspector");
        ScrollViewports.uncache(this);
        setFitToWidth(true);
        setMinWidth(260);
        setPrefWidth(330);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        grid.setHgap(6);
        grid.setVgap(3);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(80);
        values.setPrefWidth(160); // the pane's width decides, not the longest value
        grid.getColumnConstraints().addAll(keys, values);
        title.setWrapText(true);
        status.setWrapText(true);
        history.setPrefHeight(140);
        history.setPlaceholder(new Label("No changes yet"));
        Button save = new Button("Save changes");
        save.setId("inspector-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        save.setTooltip(new Tooltip("Ctrl+Enter"));
        Button revert = new Button("Revert");
        revert.setOnAction(e -> showEvent(state.selectedProperty().get()));
        actions = new HBox(6, save, revert);
        body = new VBox(8, title, statusButtons(), actions, grid, heading("Sources"), sources, heading("History"), history);
        body.setPadding(new Insets(8));
        // opaque, so a changed field is repainted from here rather than from the window's root down
        body.setStyle("-fx-background-color: -color-bg-default;");
        setContent(body);
        layoutForm();
        installPlaceSearch();
        setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                save();
                e.consume();
            }
        });
        state.selectedProperty().addListener((obs, old, event) -> showEvent(event));
        state.savedChangesProperty().addListener((obs, old, now) -> showEvent(state.selectedProperty().get()));
        showEvent(state.selectedProperty().get());
    }

    /** Whether the open file can be edited; a read-only file shows the fields without letting them change. */
    public void setEditable(boolean value) {
        editable = value;
        showEvent(state.selectedProperty().get());
    }

    /** Puts the keyboard focus on a field (review mode's E and N keys). */
    public void focus(EditableField field) {
        Node target = switch (field) {
            case EVENT_TYPE -> form.typeBox();
            case LOCATION_PRECISION -> form.precisionBox();
            default -> form.input(field);
        };
        target.requestFocus();
    }

    private Node statusButtons() {
        FlowPane row = statusRow;
        for (ReviewStatus s : ReviewStatus.values()) {
            Button b = new Button(label(s));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setId("inspector-status-" + s.code());
            b.setOnAction(e -> {
                Event event = state.selectedProperty().get();
                if (event != null && editable) {
                    curator.setStatus(event, s);
                }
            });
            row.getChildren().add(b);
        }
        VBox box = new VBox(4, status, row);
        return box;
    }

    private static String label(ReviewStatus s) {
        return switch (s) {
            case UNREVIEWED -> "Unreviewed";
            case CONFIRMED -> "Confirm";
            case DISPUTED -> "Dispute";
            case REJECTED -> "Reject";
        };
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
        return l;
    }

    private void layoutForm() {
        int row = 0;
        for (EditableField f : FIELDS) {
            Label key = new Label(fieldLabel(f));
            key.setMinWidth(Label.USE_PREF_SIZE);
            Node input = switch (f) {
                case EVENT_TYPE -> form.typeBox();
                case LOCATION_PRECISION -> form.precisionBox();
                case PERPETRATOR -> form.perpetratorBox();
                case TARGET -> form.targetBox();
                default -> form.input(f);
            };
            GridPane.setHgrow(input, Priority.ALWAYS);
            if (input instanceof Control c) {
                c.setMaxWidth(Double.MAX_VALUE);
                c.setMinWidth(60);
                c.setPrefWidth(160);
            }
            grid.add(key, 0, row);
            grid.add(input, 1, row++);
            FlowPane said = new FlowPane(6, 0);
            said.setPrefWrapLength(160);
            said.setMinWidth(0);
            said.setId("said-" + f.cliName());
            saidRows.put(f, said);
            grid.add(said, 1, row++);
        }
    }

    private static String fieldLabel(EditableField f) {
        String name = f.cliName().replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Typing a place offers gazetteer names; choosing one fills the point too. */
    private void installPlaceSearch() {
        TextField place = (TextField) form.input(EditableField.PLACE);
        place.textProperty().addListener((obs, old, typed) -> {
            if (!place.isFocused() || typed == null || typed.length() < 2) {
                placeChoices.hide();
                return;
            }
            placeChoices.getItems().clear();
            for (Curator.PlaceChoice p : curator.places(typed, 8)) {
                MenuItem item = new MenuItem(p.name() + "  (" + p.detail() + ")");
                item.setOnAction(e -> {
                    form.set(EditableField.PLACE, p.name());
                    form.set(EditableField.LAT, String.format(Locale.ROOT, "%.5f", p.lat()));
                    form.set(EditableField.LON, String.format(Locale.ROOT, "%.5f", p.lon()));
                });
                placeChoices.getItems().add(item);
            }
            if (placeChoices.getItems().isEmpty()) {
                placeChoices.hide();
            } else if (!placeChoices.isShowing() && place.getScene() != null) {
                placeChoices.show(place, Side.BOTTOM, 0, 0);
            }
        });
    }

    private void save() {
        Event event = state.selectedProperty().get();
        if (event == null || !editable) {
            return;
        }
        Map<EditableField, String> changed = form.changedValues();
        if (!changed.isEmpty()) {
            curator.edit(event, changed);
        }
    }

    private void showEvent(Event event) {
        long ticket = generation.incrementAndGet();
        body.setDisable(event == null);
        sources.getChildren().clear();
        history.getItems().clear();
        saidRows.values().forEach(said -> said.getChildren().clear());
        if (event == null) {
            title.setText("No event selected");
            status.setText("");
            return;
        }
        title.setText("Event " + event.id() + " \u00b7 " + event.type().label()
                + (event.date() == null ? "" : " \u00b7 " + event.date().format()) + (editable ? "" : "  (read-only)"));
        status.setText("Status: " + event.curation().status().code() + "  \u00b7  origin: " + event.origin().code()
                + (event.curation().editedFields().isEmpty() ? ""
                        : "  \u00b7  set by hand: " + String.join(", ", new TreeSet<>(event.curation().editedFields()))));
        actorChoices(); // before the values: replacing a combo's items clears what its editor shows
        form.show(event);
        grid.setDisable(!editable);
        statusRow.setDisable(!editable);
        actions.setDisable(!editable);
        executor.execute(() -> {
            if (generation.get() != ticket) {
                return;
            }
            try {
                EventDetails details = loader.load(event);
                Platform.runLater(() -> {
                    if (generation.get() == ticket) {
                        showSources(details);
                    }
                });
            } catch (RuntimeException e) {
                String why = "Sources could not be loaded: " + e.getMessage();
                Platform.runLater(() -> sources.getChildren().setAll(new Label(why)));
            }
        });
        curator.history(event).thenAccept(lines -> Platform.runLater(() -> {
            if (generation.get() == ticket) {
                history.getItems().setAll(lines);
            }
        }));
    }

    private void actorChoices() {
        EventCatalog catalog = state.catalogProperty().get();
        if (catalog != actorsCatalog) { // one pass over the catalog per catalog, not per selection
            // hashed while walking (a million events at most), sorted once: a tree set compared names on every event
            Set<String> found = new HashSet<>();
            for (Event e : catalog.events()) {
                if (e.perpetrator() != null) {
                    found.add(e.perpetrator());
                }
                if (e.target() != null) {
                    found.add(e.target());
                }
                if (found.size() > 400) {
                    break;
                }
            }
            actors = found.stream().sorted().toList();
            actorsCatalog = catalog;
        }
        // replacing the items relays out both open lists: done only when the actors changed, not on each selection
        if (!form.perpetratorBox().getItems().equals(actors)) {
            form.perpetratorBox().getItems().setAll(actors);
        }
        if (!form.targetBox().getItems().equals(actors)) {
            form.targetBox().getItems().setAll(actors);
        }
    }

    /** Each source with its split button, and under each field what each source said there. */
    private void showSources(EventDetails details) {
        int n = 1;
        boolean several = details.sources().stream().map(s -> s.article().id()).distinct().count() > 1;
        for (EventDetails.Source source : details.sources()) {
            String outlet = source.article().source() == null ? "source " + n : source.article().source();
            Label name = new Label(n + ". " + outlet + ": " + source.article().title());
            name.setWrapText(true);
            HBox.setHgrow(name, Priority.ALWAYS);
            Button split = new Button("Split off");
            split.setDisable(!editable || !several);
            split.setTooltip(splitTip);
            long articleId = source.article().id();
            split.setOnAction(e -> curator.split(details.event(), articleId));
            sources.getChildren().add(new HBox(6, name, split));
            for (FieldEvidence f : source.link().fields()) {
                addSaid(f, n, articleId);
            }
            n++;
        }
    }

    private void addSaid(FieldEvidence f, int sourceNumber, long articleId) {
        EditableField field = switch (f.field()) {
            case "type" -> EditableField.EVENT_TYPE;
            case "date" -> EditableField.DATE;
            case "place" -> EditableField.PLACE;
            case "perpetrator" -> EditableField.PERPETRATOR;
            case "target" -> EditableField.TARGET;
            case "killed" -> EditableField.KILLED;
            case "injured" -> EditableField.INJURED;
            default -> null;
        };
        FlowPane said = field == null ? null : saidRows.get(field);
        if (field == null || said == null) {
            return;
        }
        Hyperlink where = new Hyperlink(sourceNumber + ": \u201c" + f.mention().text() + "\u201d");
        where.setTooltip(showWordsTip);
        where.setWrapText(true);
        where.setMaxWidth(200);
        where.setOnAction(e -> state.spanToShowProperty().set(new ArticleSpan(articleId,
                new Span(f.mention().start(), f.mention().end()))));
        said.getChildren().add(where);
        String value = usableValue(field, f);
        if (value != null && editable) {
            Hyperlink use = new Hyperlink("use");
            use.setTooltip(new Tooltip("Take " + value));
            use.setOnAction(e -> form.set(field, value));
            said.getChildren().add(use);
        }
    }

    /** The value a mention gives a field, in the form's text, or null when it gives none the form can take. */
    private static String usableValue(EditableField field, FieldEvidence f) {
        String normalized = f.mention().normalized();
        return switch (field) {
            case DATE -> normalized == null ? null : normalized.split(" ")[0];
            case PLACE -> f.mention().text();
            case KILLED, INJURED -> normalized == null ? null : lastNumber(normalized);
            default -> normalized == null ? f.mention().text() : normalized;
        };
    }

    /** The last run of digits ("killed=4" gives 4), or null. */
    private static String lastNumber(String normalized) {
        Matcher m = LAST_NUMBER.matcher(normalized);
        return m.find() ? m.group(1) : null;
    }

    /** How many source rows are shown (tests wait on it). */
    public int sourceCount() {
        return sources.getChildren().size();
    }
}
