package io.strikeline.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Compiles each SQL statement of the store once per connection. Callers keep their try-with-resources
 * blocks: the statement they get back only clears its parameters on close, and the real statements are
 * closed with the cache. Ingest runs the same few inserts and lookups hundreds of thousands of times,
 * and compiling them again each time was a quarter of its time.
 */
final class StatementCache implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> compiled = new HashMap<>();
    private final Map<String, PreparedStatement> views = new HashMap<>();

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return view(sql, false);
    }

    /** A statement whose {@code getGeneratedKeys()} gives the new row's id. */
    PreparedStatement prepareReturningKeys(String sql) throws SQLException {
        return view(sql, true);
    }

    /**
     * The compiled statement itself, for bulk writes binding millions of parameters: the view's reflective
     * call per parameter cost more than the binding. The cache owns it: callers never close it.
     */
    PreparedStatement compiled(String sql) throws SQLException {
        view(sql, false);
        return compiled.get("S:" + sql);
    }

    private PreparedStatement view(String sql, boolean keys) throws SQLException {
        String key = (keys ? "K:" : "S:") + sql;
        PreparedStatement view = views.get(key);
        if (view != null) {
            return view;
        }
        PreparedStatement real = keys ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(sql);
        compiled.put(key, real);
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
                real.clearParameters();
                return null;
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        view = (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
        views.put(key, view);
        return view;
    }

    @Override
    public void close() {
        for (PreparedStatement ps : compiled.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing the connection releases it anyway
            }
        }
        compiled.clear();
        views.clear();
    }
}
