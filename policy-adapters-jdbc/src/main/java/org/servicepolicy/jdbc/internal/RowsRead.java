package org.servicepolicy.jdbc.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Collects the rows it is given, each turned into a value, in the order they come: the answer
 * of a query sent in a request of several ({@link Sql#forEachRowOfEach}).
 *
 * @param <T> the values' type
 */
public final class RowsRead<T> implements RowConsumer {
    private final RowMapper<T> mapper;
    private final List<T> values = new ArrayList<>();

    /** Nothing read yet; each row will be turned into a value by {@code mapper}. */
    public RowsRead(RowMapper<T> mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public void accept(Row row) throws SQLException {
        values.add(mapper.map(row));
    }

    /** The values read so far, in the order their rows came. */
    public List<T> values() {
        return Collections.unmodifiableList(values);
    }
}
