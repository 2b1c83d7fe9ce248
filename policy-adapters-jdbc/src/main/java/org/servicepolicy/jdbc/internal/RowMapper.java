package org.servicepolicy.jdbc.internal;

import java.sql.SQLException;

/**
 * Turns the current row of a result into a value.
 *
 * @param <T> the value's type
 */
@FunctionalInterface
public interface RowMapper<T> {
    /** The value of {@code row}. */
    T map(Row row) throws SQLException;
}
