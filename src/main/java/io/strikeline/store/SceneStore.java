package io.strikeline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.strikeline.model.Scene;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The saved scenes of a file (schema 3). Reading works on every file: an older one opened read-only simply
 * has none. Writing needs a file opened for writing, which {@link EventStore#open} has already upgraded.
 * Like the store it belongs to, it is confined to the store's thread.
 */
public final class SceneStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, position, name, title, caption, map_min_lat, map_min_lon, map_max_lat,"
            + " map_max_lon, window_start, window_end, range_start, range_end, filter, lanes, selected_event_id";

    private final EventStore store;

    public SceneStore(EventStore store) {
        this.store = store;
    }

    private boolean hasScenes() {
        return store.schemaVersion() >= 3;
    }

    /** Every scene in list order. */
    public List<Scene> list() {
        if (!hasScenes()) {
            return List.of();
        }
        return store.read(() -> {
            List<Scene> scenes = new ArrayList<>();
            try (Statement st = store.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM scenes ORDER BY position, id")) {
                while (rs.next()) {
                    scenes.add(scene(rs));
                }
            }
            return scenes;
        });
    }

    public Optional<Scene> byName(String name) {
        return list().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Saves a scene under its name: replaces the one of that name in place, or adds it at the end of the list. */
    public Scene save(Scene scene) {
        Connection c = writable();
        return store.inTransaction(() -> {
            Optional<Scene> existing = byName(scene.name());
            int position = existing.map(Scene::position).orElseGet(() -> list().size());
            if (existing.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM scenes WHERE id = ?")) {
                    ps.setLong(1, existing.get().id());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenes (" + COLUMNS + ", saved_at)"
                    + " VALUES (" + "?, ".repeat(16) + "?)")) {
                if (existing.isPresent()) {
                    ps.setLong(1, existing.get().id());
                } else {
                    ps.setNull(1, Types.INTEGER);
                }
                bind(ps, scene, position);
                ps.setString(17, Instant.now().toString());
                ps.executeUpdate();
            }
            return byName(scene.name()).orElseThrow();
        });
    }

    /** Renames a scene; refuses a name another scene has. */
    public void rename(String from, String to) {
        if (to == null || to.isBlank()) {
            throw new StoreException("a scene needs a name");
        }
        update("UPDATE scenes SET name = ? WHERE name = ?", to.trim(), from);
    }

    /** Deletes a scene; returns false when there was none of that name. */
    public boolean delete(String name) {
        return update("DELETE FROM scenes WHERE name = ?", name) > 0;
    }

    /** Puts the scenes in this order (by name); scenes not named keep their order after them. */
    public void reorder(List<String> names) {
        Connection c = writable();
        store.inTransaction(() -> {
            List<String> order = new ArrayList<>(new LinkedHashSet<>(names));
            list().stream().map(Scene::name).filter(n -> !order.contains(n)).forEach(order::add);
            try (PreparedStatement ps = c.prepareStatement("UPDATE scenes SET position = ? WHERE name = ?")) {
                for (int i = 0; i < order.size(); i++) {
                    ps.setInt(1, i);
                    ps.setString(2, order.get(i));
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private int update(String sql, String... values) {
        Connection c = writable();
        return store.inTransaction(() -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    ps.setString(i + 1, values[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    private Connection writable() {
        if (store.readOnly()) {
            throw new StoreException(store.file() + ": opened read-only; scenes cannot be saved");
        }
        if (!hasScenes()) {
            throw new StoreException(store.file() + ": schema " + store.schemaVersion() + " has no scenes");
        }
        return store.connection();
    }

    private static void bind(PreparedStatement ps, Scene s, int position) throws SQLException {
        ps.setInt(2, position);
        ps.setString(3, s.name().trim());
        ps.setString(4, s.title());
        ps.setString(5, s.caption());
        Scene.Extent m = s.map();
        setDouble(ps, 6, m == null ? null : m.minLat());
        setDouble(ps, 7, m == null ? null : m.minLon());
        setDouble(ps, 8, m == null ? null : m.maxLat());
        setDouble(ps, 9, m == null ? null : m.maxLon());
        ps.setString(10, s.window() == null ? null : s.window().start().toString());
        ps.setString(11, s.window() == null ? null : s.window().end().toString());
        ps.setString(12, s.range() == null ? null : s.range().start().toString());
        ps.setString(13, s.range() == null ? null : s.range().end().toString());
        ps.setString(14, filterJson(s.filter()));
        ps.setString(15, s.lanes());
        if (s.selectedEventId() == null) {
            ps.setNull(16, Types.INTEGER);
        } else {
            ps.setLong(16, s.selectedEventId());
        }
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static Scene scene(ResultSet rs) throws SQLException {
        double minLat = rs.getDouble("map_min_lat");
        Scene.Extent map = rs.wasNull() ? null : new Scene.Extent(minLat, rs.getDouble("map_min_lon"),
                rs.getDouble("map_max_lat"), rs.getDouble("map_max_lon"));
        long selected = rs.getLong("selected_event_id");
        Long selectedId = rs.wasNull() ? null : selected;
        return new Scene(rs.getLong("id"), rs.getInt("position"), rs.getString("name"), rs.getString("title"),
                rs.getString("caption"), map, period(rs.getString("window_start"), rs.getString("window_end")),
                period(rs.getString("range_start"), rs.getString("range_end")), filter(rs.getString("filter")),
                rs.getString("lanes"), selectedId);
    }

    private static Scene.Period period(String start, String end) {
        return start == null ? null : new Scene.Period(Instant.parse(start), Instant.parse(end));
    }

    static String filterJson(Scene.Filter f) {
        ObjectNode o = JSON.createObjectNode();
        putSet(o, "types", f.types());
        putSet(o, "perpetrators", f.perpetrators());
        putSet(o, "countries", f.countries());
        putSet(o, "precisions", f.precisions());
        if (f.textQuery() != null) {
            o.put("text", f.textQuery());
        }
        if (f.region() != null) {
            o.putArray("region").add(f.region().minLat()).add(f.region().minLon()).add(f.region().maxLat())
                    .add(f.region().maxLon());
        }
        o.put("min_confidence", f.minConfidence());
        o.put("include_rejected", f.includeRejected());
        return o.toString();
    }

    private static void putSet(ObjectNode o, String field, Set<String> values) {
        ArrayNode array = o.putArray(field);
        values.stream().sorted().forEach(array::add);
    }

    static Scene.Filter filter(String json) {
        try {
            JsonNode o = JSON.readTree(json == null ? "{}" : json);
            JsonNode region = o.path("region");
            return new Scene.Filter(set(o, "types"), set(o, "perpetrators"), set(o, "countries"), set(o, "precisions"),
                    o.hasNonNull("text") ? o.get("text").asText() : null,
                    region.size() == 4 ? new Scene.Extent(region.get(0).asDouble(), region.get(1).asDouble(),
                            region.get(2).asDouble(), region.get(3).asDouble()) : null,
                    o.path("min_confidence").asDouble(0), o.path("include_rejected").asBoolean(false));
        } catch (java.io.IOException e) {
            throw new StoreException("a scene's filter is not valid JSON: " + json, e);
        }
    }

    private static Set<String> set(JsonNode o, String field) {
        Set<String> values = new LinkedHashSet<>();
        o.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }
}
