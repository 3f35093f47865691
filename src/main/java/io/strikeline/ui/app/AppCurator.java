package io.strikeline.ui.app;

import io.strikeline.editing.EditResult;
import io.strikeline.editing.EditableField;
import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import io.strikeline.model.Event;
import io.strikeline.model.ReviewStatus;
import io.strikeline.model.Span;
import io.strikeline.ui.state.Curator;
import io.strikeline.ui.state.ViewState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Carries out the views' change requests on the database thread through the open session, then puts
 * the changed events into the view state's catalog on the FX thread and selects the event the change
 * was about. Failures (a bad value, a read-only file) go to {@code onError} as one line.
 */
final class AppCurator implements Curator {

    private final ViewState state;
    private final ExecutorService background;
    private final Supplier<ViewerSession> session;
    private final Consumer<String> onDone;
    private final Consumer<String> onError;
    private volatile Gazetteer gazetteer;

    AppCurator(ViewState state, ExecutorService background, Supplier<ViewerSession> session, Consumer<String> onDone,
            Consumer<String> onError) {
        this.state = state;
        this.background = background;
        this.session = session;
        this.onDone = onDone;
        this.onError = onError;
    }

    @Override
    public boolean writable() {
        ViewerSession s = session.get();
        return s != null && s.readOnlyReason() == null;
    }

    @Override
    public void edit(Event event, Map<EditableField, String> values) {
        change(s -> s.edit(event.id(), values), false);
    }

    @Override
    public void setStatus(Event event, ReviewStatus status) {
        // review mode has moved on to the next event by the time this lands: keep the selection where it is
        change(s -> s.setStatus(event.id(), status), false);
    }

    @Override
    public void merge(Event into, List<Event> others) {
        change(s -> s.merge(into.id(), others.stream().map(Event::id).toList()));
    }

    @Override
    public void split(Event event, long articleId) {
        change(s -> s.split(event.id(), articleId));
    }

    @Override
    public void createFromSentence(long articleId, Span sentence) {
        change(s -> s.create(s.propose(articleId, sentence), articleId, sentence));
    }

    @Override
    public void createAt(double lat, double lon) {
        Place nearest = nearestPlace(lat, lon);
        String name = nearest == null ? String.format("%.4f, %.4f", lat, lon) : "near " + nearest.name();
        change(s -> s.create(Map.of(EditableField.PLACE, name, EditableField.LAT, Double.toString(lat),
                EditableField.LON, Double.toString(lon), EditableField.LOCATION_PRECISION, "site"), null, null));
    }

    @Override
    public void undo() {
        change(ViewerSession::undo);
    }

    @Override
    public void redo() {
        change(ViewerSession::redo);
    }

    @Override
    public CompletableFuture<List<String>> history(Event event) {
        ViewerSession s = session.get();
        if (s == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return CompletableFuture.supplyAsync(() -> s.history(event.id()), background);
    }

    @Override
    public List<PlaceChoice> places(String typed, int limit) {
        String key = Gazetteer.fold(typed == null ? "" : typed);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Place> found = new ArrayList<>();
        for (Place p : gazetteer().all()) {
            if (Gazetteer.fold(p.name()).startsWith(key)
                    || p.aliases().stream().anyMatch(a -> Gazetteer.fold(a).startsWith(key))) {
                found.add(p);
            }
        }
        found.sort(Comparator.comparingInt((Place p) -> p.precision().ordinal()).reversed()
                .thenComparing(Comparator.comparingLong(Place::population).reversed()));
        return found.stream().limit(limit).map(p -> new PlaceChoice(p.name(),
                p.category() + ", " + (p.admin1() == null ? "" : p.admin1() + ", ") + p.country(), p.lat(), p.lon())).toList();
    }

    private Place nearestPlace(double lat, double lon) {
        Place best = null;
        double bestKm = 25;
        for (Place p : gazetteer().all()) {
            double km = Gazetteer.distanceKm(lat, lon, p.lat(), p.lon());
            if (km < bestKm) {
                best = p;
                bestKm = km;
            }
        }
        return best;
    }

    private Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.loadDefault();
        }
        return gazetteer;
    }

    private void change(Function<ViewerSession, EditResult> work) {
        change(work, true);
    }

    /**
     * Runs one change on the database thread; the result lands in the catalog on the FX thread, and with
     * {@code selectResult} the event it made (a merge, split or new event) is selected.
     */
    private void change(Function<ViewerSession, EditResult> work, boolean selectResult) {
        ViewerSession s = session.get();
        if (s == null) {
            return;
        }
        background.submit(() -> {
            try {
                EditResult result = work.apply(s);
                Platform.runLater(() -> {
                    if (session.get() != s) {
                        return; // another file was opened meanwhile
                    }
                    state.catalogProperty().set(state.catalogProperty().get().replacing(result.changed(), result.gone()));
                    Event primary = result.primary();
                    if (primary != null && selectResult) {
                        int index = state.catalogProperty().get().indexOf(primary.id());
                        state.selectedProperty().set(index < 0 ? null : state.catalogProperty().get().get(index));
                    }
                    state.noteSavedChange();
                    onDone.accept(result.summary());
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> onError.accept(e.getMessage()));
            }
        });
    }
}
