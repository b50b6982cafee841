package dev.plugbay.adapters.persistence.catalog.search;

import java.sql.Connection;
import java.sql.SQLException;

/** The database a search runs on: the plan for several words and the text order differ between them. */
enum Dialect {
    H2(TextOrder.CODE_UNIT),
    POSTGRESQL(TextOrder.CODE_POINT);

    private final TextOrder textOrder;

    Dialect(TextOrder textOrder) {
        this.textOrder = textOrder;
    }

    static Dialect of(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("H2") ? H2 : POSTGRESQL;
    }

    /** How this database orders the text keys a search merges in Java. */
    TextOrder textOrder() {
        return textOrder;
    }
}
