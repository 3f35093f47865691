package io.strikeline.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.state.TimeWindow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class RowChangesTest {

    /** Days and some months (events that overlap many windows), undated ones, in random order. */
    private static EventCatalog catalog() {
        Random random = new Random(11);
        List<Event> events = new ArrayList<>();
        LocalDate base = LocalDate.of(2016, 1, 1);
        for (int i = 0; i < 3000; i++) {
            LocalDate day = base.plusDays(random.nextInt(900));
            EventDate date = i % 17 == 0 ? null : i % 7 == 0 ? EventDate.month(YearMonth.from(day)) : EventDate.day(day);
            events.add(new Event(i + 1, EventType.AIRSTRIKE, date, null, null, null, null, "SY", null, null, null, null,
                    null, null, 0.5, Origin.EXTRACTED));
        }
        return EventCatalog.of(events);
    }

    private static List<Event> rows(EventSet set) {
        return EventSetRows.view(set, 0, set.size());
    }

    /** Applies the steps to a copy of the old rows, checking each step's removed rows and that none is a replacement. */
    private static List<Event> applied(EventSet old, EventSet now) {
        List<Event> rows = new ArrayList<>(rows(old));
        RowChanges change = RowChanges.between(FXCollections.observableArrayList(), old, now);
        assertThat(change).isNotNull();
        while (change.next()) {
            assertThat(change.wasReplaced()).isFalse();
            assertThat(change.wasAdded() || change.wasRemoved()).isTrue();
            List<Event> removedHere = rows.subList(change.getFrom(), change.getFrom() + change.getRemovedSize());
            assertThat(removedHere).isEqualTo(change.getRemoved());
            removedHere.clear();
            rows.addAll(change.getFrom(), rows(now).subList(change.getFrom(), change.getTo()));
        }
        return rows;
    }

    @Test
    void slidingAWindowTurnsTheOldRowsIntoTheNewOnesByRemovalsAndAdditions() {
        EventSet all = catalog().all();
        LocalDate start = LocalDate.of(2016, 1, 1);
        EventSet previous = all;
        for (int step = 0; step < 40; step++) {
            LocalDate from = start.plusDays(step * 7L);
            EventSet window = all.overlapping(TimeWindow.ofDays(from, from.plusDays(30)));
            assertThat(applied(previous, window)).isEqualTo(rows(window));
            previous = window;
        }
        assertThat(applied(previous, all)).isEqualTo(rows(all));
    }

    @Test
    void aWindowThatMovesForwardRemovesAtTheTopAndAddsAtTheBottom() {
        EventSet all = catalog().all();
        EventSet before = all.overlapping(TimeWindow.ofDays(LocalDate.of(2016, 6, 1), LocalDate.of(2016, 7, 1)));
        EventSet after = all.overlapping(TimeWindow.ofDays(LocalDate.of(2016, 6, 8), LocalDate.of(2016, 7, 8)));
        RowChanges change = RowChanges.between(FXCollections.observableArrayList(), before, after);
        List<Integer> addedAt = new ArrayList<>();
        int removed = 0;
        while (change.next()) {
            removed += change.getRemovedSize();
            if (change.wasAdded()) {
                addedAt.add(change.getFrom());
            }
        }
        assertThat(removed).isPositive();
        assertThat(addedAt).isNotEmpty().allMatch(at -> at > after.size() / 2);
    }

    @Test
    void theSameRowsMakeNoStepAndRowsScatteredEverywhereMakeNoStepList() {
        EventSet all = catalog().all();
        assertThat(RowChanges.between(FXCollections.observableArrayList(), all, all).isEmpty()).isTrue();
        EventSet everyThird = all.filter(i -> i % 3 != 0);
        assertThat(RowChanges.between(FXCollections.observableArrayList(), all, everyThird)).isNull();
    }

    @Test
    void theTableSeesOnlyRemovalsAndAdditionsWhenTheWindowSlides() {
        EventSet all = catalog().all();
        EventSetRows rows = new EventSetRows(all.overlapping(TimeWindow.ofDays(LocalDate.of(2016, 3, 1),
                LocalDate.of(2016, 4, 1))));
        List<Event> mirror = new ArrayList<>(rows);
        List<Boolean> replaced = new ArrayList<>();
        rows.addListener((ListChangeListener<Event>) c -> {
            while (c.next()) {
                replaced.add(c.wasReplaced());
                mirror.subList(c.getFrom(), c.getFrom() + c.getRemovedSize()).clear();
                mirror.addAll(c.getFrom(), c.getAddedSubList());
            }
        });
        rows.show(all.overlapping(TimeWindow.ofDays(LocalDate.of(2016, 3, 15), LocalDate.of(2016, 4, 15))));
        assertThat(replaced).isNotEmpty().containsOnly(false);
        assertThat(mirror).isEqualTo(rows);
    }
}
