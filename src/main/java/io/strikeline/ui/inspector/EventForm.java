package io.strikeline.ui.inspector;

import io.strikeline.editing.EditableField;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.ui.style.ScrollViewports;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/**
 * The inspector's editable fields, one text control per {@link EditableField}, filled from an event in
 * the same text form the command line takes; {@link #changedValues()} is what the analyst altered.
 */
final class EventForm {

    private final Map<EditableField, TextInputControl> inputs = new EnumMap<>(EditableField.class);
    private final ComboBox<String> type = new ComboBox<>();
    private final ComboBox<String> precision = new ComboBox<>();
    private final ComboBox<String> perpetrator = new ComboBox<>();
    private final ComboBox<String> target = new ComboBox<>();
    private Map<EditableField, String> shown = Map.of();

    EventForm() {
        for (EventType t : EventType.values()) {
            type.getItems().add(t.code());
        }
        precision.getItems().add("");
        for (LocationPrecision p : LocationPrecision.values()) {
            precision.getItems().add(p.code());
        }
        perpetrator.setEditable(true);
        target.setEditable(true);
        for (EditableField f : new EditableField[] {EditableField.DATE, EditableField.PLACE, EditableField.LAT,
            EditableField.LON, EditableField.KILLED, EditableField.INJURED, EditableField.CONFIDENCE, EditableField.TAGS}) {
            TextField field = new TextField();
            field.setId("inspector-" + f.cliName());
            inputs.put(f, field);
        }
        TextArea note = new TextArea();
        note.setId("inspector-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        ScrollViewports.uncache(note);
        inputs.put(EditableField.NOTE, note);
        inputs.put(EditableField.PERPETRATOR, perpetrator.getEditor());
        inputs.put(EditableField.TARGET, target.getEditor());
        type.setId("inspector-event_type");
        precision.setId("inspector-location_precision");
        perpetrator.setId("inspector-perpetrator");
        target.setId("inspector-target");
    }

    ComboBox<String> typeBox() {
        return type;
    }

    ComboBox<String> precisionBox() {
        return precision;
    }

    ComboBox<String> perpetratorBox() {
        return perpetrator;
    }

    ComboBox<String> targetBox() {
        return target;
    }

    TextInputControl input(EditableField f) {
        return inputs.get(f);
    }

    /** The event's fields as text, as the command line would take them. */
    static Map<EditableField, String> valuesOf(Event e) {
        Map<EditableField, String> v = new LinkedHashMap<>();
        v.put(EditableField.EVENT_TYPE, e.type().code());
        v.put(EditableField.DATE, e.date() == null ? "" : e.date().format());
        v.put(EditableField.PLACE, e.place() == null ? "" : e.place());
        v.put(EditableField.LAT, e.lat() == null ? "" : String.format(Locale.ROOT, "%.5f", e.lat()));
        v.put(EditableField.LON, e.lon() == null ? "" : String.format(Locale.ROOT, "%.5f", e.lon()));
        v.put(EditableField.LOCATION_PRECISION, e.locationPrecision() == null ? "" : e.locationPrecision().code());
        v.put(EditableField.PERPETRATOR, e.perpetrator() == null ? "" : e.perpetrator());
        v.put(EditableField.TARGET, e.target() == null ? "" : e.target());
        v.put(EditableField.KILLED, range(e.killed(), e.killedMax()));
        v.put(EditableField.INJURED, range(e.injured(), e.injuredMax()));
        v.put(EditableField.CONFIDENCE, String.format(Locale.ROOT, "%.2f", e.confidence()));
        v.put(EditableField.TAGS, String.join(", ", e.curation().tags()));
        v.put(EditableField.NOTE, e.curation().note() == null ? "" : e.curation().note());
        return v;
    }

    private static String range(Integer low, Integer high) {
        if (low == null) {
            return "";
        }
        return high == null || high.equals(low) ? low.toString() : low + "-" + high;
    }

    void show(Event e) {
        shown = valuesOf(e);
        for (Map.Entry<EditableField, String> v : shown.entrySet()) {
            set(v.getKey(), v.getValue());
        }
    }

    void set(EditableField f, String value) {
        switch (f) {
            case EVENT_TYPE -> type.setValue(value);
            case LOCATION_PRECISION -> precision.setValue(value);
            case PERPETRATOR -> perpetrator.setValue(value);
            case TARGET -> target.setValue(value);
            default -> inputs.get(f).setText(value);
        }
    }

    String get(EditableField f) {
        String value = switch (f) {
            case EVENT_TYPE -> type.getValue();
            case LOCATION_PRECISION -> precision.getValue();
            case PERPETRATOR -> perpetrator.getEditor().getText();
            case TARGET -> target.getEditor().getText();
            default -> inputs.get(f).getText();
        };
        return value == null ? "" : value.strip();
    }

    /** The fields whose text differs from what the event had when shown. */
    Map<EditableField, String> changedValues() {
        Map<EditableField, String> changed = new EnumMap<>(EditableField.class);
        for (Map.Entry<EditableField, String> v : shown.entrySet()) {
            String now = get(v.getKey());
            if (!now.equals(v.getValue().strip())) {
                changed.put(v.getKey(), now);
            }
        }
        if (changed.containsKey(EditableField.LAT) || changed.containsKey(EditableField.LON)) {
            // a point moves as a whole: both coordinates, so the pair is checked together
            changed.put(EditableField.LAT, get(EditableField.LAT));
            changed.put(EditableField.LON, get(EditableField.LON));
        }
        return changed;
    }
}
