package dev.plugbay.adapters.persistence.catalog.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The few JDBC shapes the hand-written search SQL uses. */
final class Jdbc {

    private Jdbc() {
    }

    static PreparedStatement prepared(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    /** The first column of the only row, a number ({@code COUNT(*)}), or {@code absent} without a row. */
    static long number(Connection connection, String sql, List<Object> parameters, long absent) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : absent;
        }
    }

    /** The first column of every row, as text. */
    static List<String> texts(Connection connection, String sql, List<Object> parameters) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (PreparedStatement statement = prepared(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
        }
        return texts;
    }

    static void execute(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
