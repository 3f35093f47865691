package io.strikeline.ui.state;

import io.strikeline.editing.EditableField;
import io.strikeline.model.Event;
import io.strikeline.model.ReviewStatus;
import io.strikeline.model.Span;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The analyst's changes as the views ask for them. The main window carries each out on its database
 * thread and puts the result back into the {@link ViewState} (the catalog, the selection), so a view
 * that edits sees the outcome the same way every other view does. Errors are shown by the window.
 */
public interface Curator {

    /** A gazetteer entry offered while the analyst types a place. */
    record PlaceChoice(String name, String detail, double lat, double lon) {}

    /** Whether the open file can be edited. */
    boolean writable();

    void edit(Event event, Map<EditableField, String> values);

    void setStatus(Event event, ReviewStatus status);

    /** Merges {@code others} into {@code into}; the merged event is selected. */
    void merge(Event into, List<Event> others);

    void split(Event event, long articleId);

    /** A new event citing a stretch of an article, prefilled by the extractor; it is selected. */
    void createFromSentence(long articleId, Span sentence);

    /** A new event at a point of the map; it is selected. */
    void createAt(double lat, double lon);

    void undo();

    void redo();

    /** One line per logged change of the event, oldest first. */
    CompletableFuture<List<String>> history(Event event);

    /** Gazetteer places whose name starts with what was typed, best first. */
    List<PlaceChoice> places(String typed, int limit);
}
