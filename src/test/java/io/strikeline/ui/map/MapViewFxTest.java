package io.strikeline.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.geo.Basemap;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.GeoBox;
import io.strikeline.ui.state.ViewState;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MapViewFxTest {

    private final Event mosul = SyntheticEvents.event(1, EventType.AIRSTRIKE, 36.34, 43.13, LocationPrecision.SITE, 3, 0);
    private final Event basra = SyntheticEvents.event(2, EventType.ARTILLERY, 30.51, 47.81, LocationPrecision.PROVINCE, 0, 0);
    private final Event nowhere = SyntheticEvents.event(3, EventType.OTHER, null, null, LocationPrecision.COUNTRY, 0, 0);
    private ViewState state;
    private MapView map;

    @Start
    void start(Stage stage) {
        state = new ViewState();
        state.catalogProperty().set(EventCatalog.of(List.of(mosul, basra, nowhere)));
        map = new MapView(state, Basemap.empty());
        stage.setScene(new Scene(map, 900, 700));
        stage.show();
    }

    private Point2D onScreen(FxRobot robot, double lat, double lon) {
        robot.interact(() -> {
            map.layout();
            map.renderNow();
        });
        MapViewport vp = map.getMapViewport();
        return map.localToScreen(vp.screenX(lon), vp.screenY(lat));
    }

    @Test
    void clickingAMarkerSelectsItsEvent(FxRobot robot) {
        robot.clickOn(onScreen(robot, mosul.lat(), mosul.lon()), MouseButton.PRIMARY);
        assertThat(state.selectedProperty().get()).isEqualTo(mosul);
        robot.moveTo(onScreen(robot, basra.lat(), basra.lon()));
        assertThat(state.hoveredProperty().get()).isEqualTo(basra);
    }

    @Test
    void shiftDragDrawsTheRegionFilterAndEscapeClearsIt(FxRobot robot) {
        Point2D from = onScreen(robot, 37.0, 42.0);
        Point2D to = onScreen(robot, 35.0, 44.5);
        robot.press(KeyCode.SHIFT).drag(from, MouseButton.PRIMARY).dropTo(to).release(KeyCode.SHIFT);
        GeoBox region = state.filterProperty().get().region();
        assertThat(region).isNotNull();
        assertThat(region.contains(mosul.lat(), mosul.lon())).isTrue();
        assertThat(region.contains(basra.lat(), basra.lon())).isFalse();
        assertThat(state.visibleEventsProperty().get().size()).isEqualTo(1);
        robot.type(KeyCode.ESCAPE);
        assertThat(state.filterProperty().get().region()).isNull();
    }

    @Test
    void selectingAnOffScreenEventElsewhereCentresTheMapOnIt(FxRobot robot) {
        robot.interact(() -> map.setMapViewport(map.getMapViewport().centeredOn(36.34, 43.13).zoomedAt(450, 350, 20)));
        assertThat(map.getMapViewport().showsWithin(basra.lat(), basra.lon(), 0)).isFalse();
        robot.interact(() -> state.selectedProperty().set(basra));
        assertThat(map.getMapViewport().showsWithin(basra.lat(), basra.lon(), 40)).isTrue();
    }

    @Test
    void theSelectionMarkSitsOnTheSelectedMarkerFollowsAPanAndGoesAwayWithTheSelection(FxRobot robot) {
        Canvas mark = (Canvas) map.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Canvas && n.isMouseTransparent() && n.getClip() != null).findFirst().orElseThrow();
        robot.interact(() -> state.selectedProperty().set(mosul));
        Point2D at = onScreen(robot, mosul.lat(), mosul.lon());
        assertThat(mark.isVisible()).isTrue();
        assertThat(mark.getBoundsInParent().getWidth()).as("a small square, not the whole map").isLessThan(100);
        assertThat(mark.localToScreen(mark.getBoundsInLocal()).contains(at)).isTrue();
        robot.interact(() -> map.setMapViewport(map.getMapViewport().pannedBy(60, 30)));
        Point2D panned = onScreen(robot, mosul.lat(), mosul.lon());
        assertThat(mark.localToScreen(mark.getBoundsInLocal()).contains(panned)).isTrue();
        assertThat(mark.localToScreen(mark.getBoundsInLocal()).contains(at)).as("moved with the map").isFalse();
        robot.interact(() -> state.selectedProperty().set(null));
        onScreen(robot, mosul.lat(), mosul.lon());
        assertThat(mark.isVisible()).isFalse();
    }

    @Test
    void clickingAStackOffersAPickerOfItsEvents(FxRobot robot) {
        Event a = SyntheticEvents.event(11, EventType.AIRSTRIKE, 34.45, 40.92, LocationPrecision.SITE, 0, 0);
        Event b = SyntheticEvents.event(12, EventType.ROCKET_ATTACK, 34.45, 40.92, LocationPrecision.SITE, 2, 0);
        Event c = SyntheticEvents.event(13, EventType.DRONE_STRIKE, 34.45, 40.92, LocationPrecision.SITE, 0, 1);
        robot.interact(() -> state.catalogProperty().set(EventCatalog.of(List.of(a, b, c, mosul))));
        robot.clickOn(onScreen(robot, 34.45, 40.92), MouseButton.PRIMARY);

        var picker = map.stackPicker().menu();
        assertThat(picker.isShowing()).isTrue();
        assertThat(picker.getItems()).extracting(item -> item.getUserData()).containsExactlyInAnyOrder(a, b, c);
        assertThat(state.selectedProperty().get()).as("nothing chosen yet").isNull();
        robot.interact(() -> picker.getItems().stream().filter(item -> item.getUserData() == c).findFirst()
                .orElseThrow().fire());
        assertThat(state.selectedProperty().get()).isEqualTo(c);
        robot.interact(picker::hide);
    }
}
