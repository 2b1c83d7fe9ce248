package org.servicepolicy.jdbc.internal;

import java.sql.SQLException;

/** Takes in the current row of a result. */
@FunctionalInterface
public interface RowConsumer {
    /** Takes in {@code row}. */
    void accept(Row row) throws SQLException;
}
