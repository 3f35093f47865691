package io.strikeline.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * An INSERT that writes many rows per statement ({@code VALUES (...), (...), ...}). Each statement run costs a
 * native step and reset besides binding its values: with one row a run that fixed cost was about half of
 * writing a mention (341,348 mentions: 1.25 s of CPU one row a run, 0.7 s 32 or 128 rows a run).
 */
final class BulkInsert {

    /** Binds one row's values from parameter {@code after + 1} on. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement ps, int after, T row) throws SQLException;
    }

    /** Rows per statement: far below SQLite's 32,766 parameters even for a 20-column row. */
    static final int ROWS = 64;

    private final String manyRows;
    private final String oneRow;
    private final int columns;

    /** {@code head}: the statement up to {@code VALUES}, e.g. {@code INSERT INTO t (a, b)}. */
    BulkInsert(String head, int columns) {
        String row = "(?" + ", ?".repeat(columns - 1) + ")";
        this.oneRow = head + " VALUES " + row;
        this.manyRows = head + " VALUES " + row + (", " + row).repeat(ROWS - 1);
        this.columns = columns;
    }

    /** The one-row statement, for callers that write a single row. */
    String oneRow() {
        return oneRow;
    }

    /** Writes all rows, {@link #ROWS} to a statement and the rest one by one, in order. */
    <T> void write(StatementCache statements, List<T> rows, RowBinder<T> binder) throws SQLException {
        int whole = rows.size() - rows.size() % ROWS;
        if (whole > 0) {
            PreparedStatement many = statements.compiled(manyRows);
            for (int first = 0; first < whole; first += ROWS) {
                for (int i = 0; i < ROWS; i++) {
                    binder.bind(many, i * columns, rows.get(first + i));
                }
                many.executeUpdate();
            }
        }
        if (whole < rows.size()) {
            PreparedStatement one = statements.compiled(oneRow);
            for (T row : rows.subList(whole, rows.size())) {
                binder.bind(one, 0, row);
                one.addBatch();
            }
            one.executeBatch();
        }
    }
}
