package org.servicepolicy.jdbc.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads the rows of many keys with {@code IN (?, ...)} lists, a bounded number of keys per
 * statement: the same SQL on H2 and PostgreSQL, and far below either driver's limit on
 * parameters however many keys there are.
 */
public final class InLists {
    /** The most keys one statement binds. */
    public static final int KEYS_PER_STATEMENT = 500;

    private InLists() {
    }

    /** {@code column IN (?, ..., ?)} with {@code count} placeholders. */
    public static String in(String column, int count) {
        return column + " IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    /**
     * The rows of each distinct key of {@code keys}, in the order of the keys, each key's rows
     * sorted by {@code order}; a key without rows maps to an empty list. {@code read} is called
     * once per chunk of at most {@link #KEYS_PER_STATEMENT} keys and returns their rows;
     * {@code keyOf} tells which key a row belongs to.
     */
    public static <K, T> Map<K, List<T>> grouped(Collection<K> keys, ChunkReader<K, T> read, Function<T, K> keyOf,
                                                 Comparator<T> order) {
        var distinct = new ArrayList<K>(new LinkedHashSet<>(keys));
        distinct.forEach(key -> Objects.requireNonNull(key, "key"));
        var byKey = new LinkedHashMap<K, List<T>>();
        distinct.forEach(key -> byKey.put(key, new ArrayList<>()));
        for (int start = 0; start < distinct.size(); start += KEYS_PER_STATEMENT) {
            var chunk = distinct.subList(start, Math.min(start + KEYS_PER_STATEMENT, distinct.size()));
            for (var row : read.rows(List.copyOf(chunk))) {
                var of = byKey.get(keyOf.apply(row));
                if (of != null) {
                    of.add(row);
                }
            }
        }
        byKey.replaceAll((key, rows) -> rows.stream().sorted(order).toList());
        return byKey;
    }

    /**
     * Reads the rows of one chunk of keys.
     *
     * @param <K> the keys' type
     * @param <T> the rows' type
     */
    @FunctionalInterface
    public interface ChunkReader<K, T> {
        /** The rows of {@code keys}, in any order. */
        List<T> rows(List<K> keys);
    }
}
