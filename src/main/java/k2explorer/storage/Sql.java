package k2explorer.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Binds values to a statement by position, the same way for every table: a {@code null} is SQL NULL, a number or
 * text is stored as it is. One call per row replaces a column-by-column list of setters.
 */
public final class Sql {
    private Sql() {
    }

    /** Binds {@code values} to parameters 1, 2, … of {@code p}. */
    public static void bind(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            p.setObject(i + 1, values[i]);
        }
    }

    /** Binds one row of {@code values} and adds it to the statement's batch. */
    public static void addRow(PreparedStatement p, Object... values) throws SQLException {
        bind(p, values);
        p.addBatch();
    }

    /** Runs one statement with {@code values} bound; returns how many rows it changed. */
    public static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, values);
            return p.executeUpdate();
        }
    }

    /** Runs a query with {@code values} bound and hands each row of the answer to {@code row}. */
    public static void eachRow(Connection c, String sql, RowAction row, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, values);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    /** What is done with one row of an answer. */
    @FunctionalInterface
    public interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }
}
