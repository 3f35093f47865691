package io.strikeline.editing;

import io.strikeline.extract.ArticleText;
import io.strikeline.extract.ExtractedEvent;
import io.strikeline.extract.Extractor;
import io.strikeline.extract.RuleBasedExtractor;
import io.strikeline.geo.Gazetteer;
import io.strikeline.model.Article;
import io.strikeline.model.Event;
import io.strikeline.model.EventSource;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import io.strikeline.model.ReviewStatus;
import io.strikeline.model.Span;
import io.strikeline.store.Column;
import io.strikeline.store.ColumnChange;
import io.strikeline.store.EventChanges;
import io.strikeline.store.EventStore;
import io.strikeline.store.LogEntry;
import io.strikeline.store.SourceMove;
import io.strikeline.store.StoreException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The analyst's corrections: edit, review, merge, split and create events, each one transaction and one
 * change in the append-only edit log, with undo and redo. The viewer and the command line both call
 * this; it is confined to one thread like the store it writes.
 */
public final class EditService {

    private final EventStore store;
    private final EventChanges changes;
    private final FieldValues fieldValues;
    private final Extractor extractor;
    private final String user;
    private final Deque<Long> undoable = new ArrayDeque<>();
    private final Deque<Long> redoable = new ArrayDeque<>();

    public EditService(EventStore store, Gazetteer gazetteer, Extractor extractor, String user) {
        if (store.readOnly()) {
            throw new EditException(store.file() + " is open read-only; save a copy to edit it");
        }
        this.store = store;
        this.changes = store.changes();
        this.fieldValues = new FieldValues(gazetteer);
        this.extractor = extractor;
        this.user = user;
    }

    /** The service on the bundled gazetteer and extractor, acting as the system user. */
    public static EditService standard(EventStore store) {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        return new EditService(store, gazetteer, new RuleBasedExtractor(gazetteer),
                System.getProperty("user.name", "analyst"));
    }

    // ---- editing ---------------------------------------------------------------------------------

    /** Sets fields of one event; values as the command line takes them (see {@link EditableField}). */
    public EditResult edit(long eventId, Map<EditableField, String> values) {
        return run("edit", () -> {
            requireLive(eventId);
            List<ColumnChange> list = fieldValues.changes(eventId, changes.columns(eventId), values);
            if (list.isEmpty()) {
                throw new EditException("event " + eventId + " already has these values; nothing changed");
            }
            String summary = values.keySet().equals(Set.of(EditableField.STATUS))
                    ? "Event " + eventId + " marked " + values.get(EditableField.STATUS).strip().toLowerCase(Locale.ROOT)
                    : "Edited event " + eventId;
            return new Plan(list, List.of(), eventId, summary);
        });
    }

    public EditResult setStatus(long eventId, ReviewStatus status) {
        return edit(eventId, Map.of(EditableField.STATUS, status.code()));
    }

    /**
     * Merges events into one: the others are kept but count as part of {@code intoId} (their sources
     * become its sources); figures widen to the range of all, missing fields are filled from the others,
     * and fields the analyst set on the target stay.
     */
    public EditResult merge(long intoId, Collection<Long> others) {
        return run("merge", () -> {
            requireLive(intoId);
            Set<Long> from = new LinkedHashSet<>(others);
            from.remove(intoId);
            if (from.isEmpty()) {
                throw new EditException("merge needs at least one other event than " + intoId);
            }
            Event target = store.event(requireLive(intoId));
            List<Event> merged = new ArrayList<>();
            List<ColumnChange> list = new ArrayList<>();
            for (long id : from) {
                requireLive(id);
                merged.add(store.event(id));
                list.add(new ColumnChange(id, Column.MERGED_INTO, null, Long.toString(intoId)));
            }
            Map<Column, String> now = changes.columns(intoId);
            Map<Column, String> combined = EventCombining.combine(target, merged);
            for (Map.Entry<Column, String> c : combined.entrySet()) {
                if (!Objects.equals(now.get(c.getKey()), c.getValue())) {
                    list.add(new ColumnChange(intoId, c.getKey(), now.get(c.getKey()), c.getValue()));
                }
            }
            return new Plan(list, List.of(), intoId, "Merged " + from.size() + " event(s) into event " + intoId);
        });
    }

    /** Moves one source article off an event into a new event of its own, dated and placed by that article. */
    public EditResult split(long eventId, long articleId) {
        return run("split", () -> {
            requireLive(eventId);
            List<SourceMove> sentences = changes.sentencesOf(eventId, articleId);
            if (sentences.isEmpty()) {
                throw new EditException("article " + articleId + " is not a source of event " + eventId);
            }
            List<EventSource> sources = store.sources(eventId);
            if (sources.stream().allMatch(s -> s.articleId() == articleId)) {
                throw new EditException("article " + articleId + " is the only source of event " + eventId
                        + "; there is nothing to split it from");
            }
            EventSource source = sources.stream().filter(s -> s.articleId() == articleId).findFirst().orElseThrow();
            Event draft = EventCombining.fromSource(store.event(eventId), source);
            long newId = changes.insertWithdrawn(draft);
            List<SourceMove> moves = new ArrayList<>();
            for (SourceMove s : sentences) {
                moves.add(new SourceMove(articleId, s.sentenceStart(), s.fromEvent(), newId));
            }
            List<ColumnChange> list = List.of(new ColumnChange(newId, Column.WITHDRAWN, "1", "0"));
            return new Plan(list, moves, newId, "Split article " + articleId + " off event " + eventId
                    + " into new event " + newId);
        });
    }

    /**
     * Creates an event by hand with the given fields (event_type defaults to "other"); with a sentence,
     * that sentence of the article becomes its evidence.
     */
    public EditResult create(Map<EditableField, String> values, Long articleId, Span sentence) {
        return run("create", () -> {
            Map<EditableField, String> fields = new EnumMap<>(EditableField.class);
            fields.putAll(values);
            fields.putIfAbsent(EditableField.EVENT_TYPE, EventType.OTHER.code());
            Event blank = new Event(0, EventType.OTHER, null, null, null, null, null, null, null, null, null, null, null,
                    null, 0.5, Origin.MANUAL);
            long id = changes.insertWithdrawn(blank);
            if (articleId != null) {
                Article article = store.article(articleId);
                if (sentence.start() < 0 || sentence.end() > article.text().length() || sentence.end() <= sentence.start()) {
                    throw new EditException("the selection " + sentence.start() + ".." + sentence.end()
                            + " is not inside article " + articleId);
                }
                changes.addSource(id, articleId, sentence, article.text().substring(sentence.start(), sentence.end()));
            }
            List<ColumnChange> list = new ArrayList<>();
            list.add(new ColumnChange(id, Column.WITHDRAWN, "1", "0"));
            list.addAll(fieldValues.changes(id, withoutWithdrawn(changes.columns(id)), fields));
            return new Plan(list, List.of(), id, "Created event " + id);
        });
    }

    private static Map<Column, String> withoutWithdrawn(Map<Column, String> columns) {
        Map<Column, String> copy = new EnumMap<>(columns);
        copy.put(Column.WITHDRAWN, "0");
        return copy;
    }

    /**
     * What the extractor reads in one sentence of an article, as field values to prefill a new event with;
     * only the event type (other) when it finds no strike there.
     */
    public Map<EditableField, String> proposeFromSentence(long articleId, Span sentence) {
        Article article = store.article(articleId);
        String text = article.text().substring(Math.max(0, sentence.start()), Math.min(article.text().length(),
                sentence.end()));
        Map<EditableField, String> values = new LinkedHashMap<>();
        List<ExtractedEvent> found = extractor.extract(new ArticleText("", text, article.published())).events();
        if (found.isEmpty()) {
            values.put(EditableField.EVENT_TYPE, EventType.OTHER.code());
            return values;
        }
        ExtractedEvent e = found.get(0);
        values.put(EditableField.EVENT_TYPE, e.type().code());
        putIfKnown(values, EditableField.DATE, e.date() == null ? null : e.date().format());
        if (e.lat() != null) {
            putIfKnown(values, EditableField.PLACE, e.place());
            values.put(EditableField.LAT, Double.toString(e.lat()));
            values.put(EditableField.LON, Double.toString(e.lon()));
            putIfKnown(values, EditableField.LOCATION_PRECISION,
                    e.locationPrecision() == null ? null : e.locationPrecision().code());
        }
        putIfKnown(values, EditableField.PERPETRATOR, e.perpetrator());
        putIfKnown(values, EditableField.TARGET, e.target());
        putIfKnown(values, EditableField.KILLED, e.killed() == null ? null : e.killed().toString());
        putIfKnown(values, EditableField.INJURED, e.injured() == null ? null : e.injured().toString());
        return values;
    }

    private static void putIfKnown(Map<EditableField, String> values, EditableField field, String value) {
        if (value != null) {
            values.put(field, value);
        }
    }

    // ---- undo and redo -----------------------------------------------------------------------------

    public boolean canUndo() {
        return !undoable.isEmpty();
    }

    public boolean canRedo() {
        return !redoable.isEmpty();
    }

    /** Undoes this service's latest change (itself logged as an "undo" change). */
    public EditResult undo() {
        if (undoable.isEmpty()) {
            throw new EditException("nothing to undo");
        }
        long changeId = undoable.peek();
        EditResult result = replay("undo", changeId, true);
        undoable.pop();
        redoable.push(changeId);
        return result;
    }

    /** Makes the latest undone change again. */
    public EditResult redo() {
        if (redoable.isEmpty()) {
            throw new EditException("nothing to redo");
        }
        long changeId = redoable.peek();
        EditResult result = replay("redo", changeId, false);
        redoable.pop();
        undoable.push(result.changeId());
        return result;
    }

    private EditResult replay(String action, long changeId, boolean inverse) {
        return store.inTransaction(() -> {
            List<LogEntry> entries = changes.change(changeId);
            List<ColumnChange> columns = new ArrayList<>();
            List<SourceMove> moves = new ArrayList<>();
            for (LogEntry e : entries) {
                if (e.sourceMove()) {
                    moves.add(inverse ? e.asSourceMove().inverse() : e.asSourceMove());
                } else {
                    columns.add(inverse ? e.asColumnChange().inverse() : e.asColumnChange());
                }
            }
            if (inverse) {
                Collections.reverse(columns);
                Collections.reverse(moves);
            }
            long primary = entries.isEmpty() ? 0 : entries.get(0).eventId();
            String verb = inverse ? "Undid" : "Redid";
            return applyPlan(action, new Plan(columns, moves, primary, verb + " change " + changeId));
        });
    }

    // ---- history ---------------------------------------------------------------------------------

    public List<LogEntry> history(long eventId) {
        return store.read(() -> changes.history(eventId));
    }

    public List<LogEntry> history() {
        return store.read(changes::history);
    }

    // ---- plumbing --------------------------------------------------------------------------------

    /** The column changes and source moves of one action, and the event it is about. */
    private record Plan(List<ColumnChange> columns, List<SourceMove> moves, long primary, String summary) {}

    @FunctionalInterface
    private interface Planner {
        Plan plan() throws SQLException;
    }

    private EditResult run(String action, Planner planner) {
        EditResult result = store.inTransaction(() -> applyPlan(action, planner.plan()));
        undoable.push(result.changeId());
        redoable.clear();
        return result;
    }

    private EditResult applyPlan(String action, Plan plan) throws SQLException {
        long changeId;
        try {
            changeId = changes.apply(action, user, plan.columns(), plan.moves());
        } catch (StoreException e) {
            throw new EditException(e.getMessage());
        }
        Set<Long> touched = new LinkedHashSet<>();
        touched.add(plan.primary());
        plan.columns().forEach(c -> touched.add(c.eventId()));
        plan.moves().forEach(m -> {
            touched.add(m.fromEvent());
            touched.add(m.toEvent());
        });
        List<Event> changed = new ArrayList<>();
        Set<Long> gone = new LinkedHashSet<>();
        for (long id : touched) {
            if (changes.whyNotLive(id).isEmpty()) {
                changed.add(store.event(id));
            } else {
                gone.add(id);
            }
        }
        return new EditResult(changeId, changed, gone, plan.summary());
    }

    private long requireLive(long eventId) throws SQLException {
        changes.whyNotLive(eventId).ifPresent(why -> {
            throw new EditException(why);
        });
        return eventId;
    }
}
