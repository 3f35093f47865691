package io.strikeline.ui.app;

import io.strikeline.editing.EditableField;
import io.strikeline.model.Event;
import io.strikeline.ui.map.MapView;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.GeoPoint;
import io.strikeline.ui.state.ViewState;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/** Right-click on the map: a new event at that point, or move the selected event there; a dragged marker moves too. */
final class MapMenu {

    private MapMenu() {}

    /** Installs the menu on the map, and moves an event whose marker is dragged. */
    static void install(MapView map, ViewState state, AppCurator curator) {
        MenuItem here = new MenuItem("New event here");
        MenuItem move = new MenuItem("Move selected event here");
        ContextMenu menu = new ContextMenu(here, move);
        here.setOnAction(e -> {
            GeoPoint p = (GeoPoint) menu.getUserData();
            if (p != null) {
                curator.createAt(p.lat(), p.lon());
            }
        });
        move.setOnAction(e -> {
            GeoPoint p = (GeoPoint) menu.getUserData();
            Event selected = state.selectedProperty().get();
            if (p != null && selected != null) {
                moveTo(curator, selected, p.lat(), p.lon());
            }
        });
        map.setOnContextMenuRequested(e -> {
            GeoPoint p = state.pointerProperty().get();
            boolean editable = curator.writable();
            here.setDisable(!editable || p == null);
            move.setDisable(!editable || p == null || state.selectedProperty().get() == null);
            menu.setUserData(p);
            menu.show(map, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        state.markerMovedProperty().addListener((obs, old, moved) -> moveMarker(state, curator, moved));
    }

    /** A marker dragged on the map: the event's point moves there, at site precision. */
    private static void moveMarker(ViewState state, AppCurator curator, ViewState.MarkerMove move) {
        EventCatalog catalog = state.catalogProperty().get();
        int index = move == null ? -1 : catalog.indexOf(move.eventId());
        if (index >= 0) {
            moveTo(curator, catalog.get(index), move.lat(), move.lon());
        }
    }

    /** The analyst put the event at a point by hand: it is located there, at site precision. */
    private static void moveTo(AppCurator curator, Event event, double lat, double lon) {
        curator.edit(event, Map.of(EditableField.LAT, String.format(Locale.ROOT, "%.5f", lat),
                EditableField.LON, String.format(Locale.ROOT, "%.5f", lon), EditableField.LOCATION_PRECISION, "site"));
    }
}
