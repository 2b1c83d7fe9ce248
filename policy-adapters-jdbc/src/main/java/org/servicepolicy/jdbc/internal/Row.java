package org.servicepolicy.jdbc.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Money;

/**
 * Typed access to the current row of a {@link ResultSet}, by column name. Names are resolved to
 * column numbers once per result, not once per row and column as drivers do (H2 upper-cases the
 * name on every call).
 */
public final class Row {
    private final ResultSet result;
    private Map<String, Integer> columns;

    /** Reads the current row of {@code result}. */
    public Row(ResultSet result) {
        this.result = Objects.requireNonNull(result, "result");
    }

    /** The number of the column labelled {@code column}, whatever case the database gives labels in. */
    private int column(String column) throws SQLException {
        if (columns == null) {
            var metadata = result.getMetaData();
            columns = new HashMap<>();
            for (int i = metadata.getColumnCount(); i >= 1; i--) {
                columns.put(metadata.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
            }
        }
        var number = columns.get(column);
        return number != null ? number : result.findColumn(column);
    }

    /** A non-null text column. */
    public String string(String column) throws SQLException {
        return required(result.getString(column(column)), column);
    }

    /** A nullable text column. */
    public Optional<String> optionalString(String column) throws SQLException {
        return Optional.ofNullable(result.getString(column(column)));
    }

    /** A non-null integer column. */
    public int integer(String column) throws SQLException {
        return optionalInteger(column).orElseThrow(() -> missing(column));
    }

    /** A nullable integer column. */
    public Optional<Integer> optionalInteger(String column) throws SQLException {
        int value = result.getInt(column(column));
        return result.wasNull() ? Optional.empty() : Optional.of(value);
    }

    /** A non-null big integer column. */
    public long longInteger(String column) throws SQLException {
        long value = result.getLong(column(column));
        if (result.wasNull()) {
            throw missing(column);
        }
        return value;
    }

    /** A non-null boolean column. */
    public boolean bool(String column) throws SQLException {
        boolean value = result.getBoolean(column(column));
        if (result.wasNull()) {
            throw missing(column);
        }
        return value;
    }

    /** A non-null decimal column. */
    public BigDecimal decimal(String column) throws SQLException {
        return required(result.getBigDecimal(column(column)), column);
    }

    /** A nullable decimal column. */
    public Optional<BigDecimal> optionalDecimal(String column) throws SQLException {
        return Optional.ofNullable(result.getBigDecimal(column(column)));
    }

    /** A non-null {@code TIMESTAMP WITH TIME ZONE} column. */
    public Instant instant(String column) throws SQLException {
        return optionalInstant(column).orElseThrow(() -> missing(column));
    }

    /** A nullable {@code TIMESTAMP WITH TIME ZONE} column. */
    public Optional<Instant> optionalInstant(String column) throws SQLException {
        return Optional.ofNullable(result.getObject(column(column), OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    /** A non-null {@code DATE} column. */
    public LocalDate date(String column) throws SQLException {
        return required(result.getObject(column(column), LocalDate.class), column);
    }

    /** A nullable {@code DATE} column. */
    public Optional<LocalDate> optionalDate(String column) throws SQLException {
        return Optional.ofNullable(result.getObject(column(column), LocalDate.class));
    }

    /** A non-null column holding an enum constant's name. */
    public <E extends Enum<E>> E enumValue(Class<E> type, String column) throws SQLException {
        return Enum.valueOf(type, string(column));
    }

    /** A nullable column holding an enum constant's name. */
    public <E extends Enum<E>> Optional<E> optionalEnum(Class<E> type, String column) throws SQLException {
        return optionalString(column).map(name -> Enum.valueOf(type, name));
    }

    /** An amount column and its currency column, both null when there is no amount. */
    public Optional<Money> money(String amountColumn, String currencyColumn) throws SQLException {
        var amount = result.getBigDecimal(column(amountColumn));
        var currency = result.getString(column(currencyColumn));
        if (amount == null || currency == null) {
            return Optional.empty();
        }
        return Optional.of(new Money(amount, Currency.getInstance(currency)));
    }

    private static <T> T required(T value, String column) {
        if (value == null) {
            throw missing(column);
        }
        return value;
    }

    private static IllegalStateException missing(String column) {
        return new IllegalStateException("column " + column + " is null, which the schema does not allow");
    }
}
