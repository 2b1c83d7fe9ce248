package org.servicepolicy.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Statements run on one connection.
 *
 * @param <T> the result's type
 */
@FunctionalInterface
public interface SqlWork<T> {
    /** Runs the statements on {@code connection}. */
    T run(Connection connection) throws SQLException;
}
