package org.servicepolicy.inmemory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.servicepolicy.kernel.Transactions;

/**
 * The shared state of the in-memory adapters, and their {@link Transactions}: one lock for
 * everything, and a snapshot that is put back when a transaction fails, so nothing is ever
 * half-written. A transaction already running on the thread is joined.
 */
public final class InMemoryState implements Transactions {
    private final List<Table<?, ?>> tables = new ArrayList<>();
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    /** A new, empty table that takes part in this state's transactions. */
    public synchronized <K, V> Table<K, V> table() {
        var table = new Table<K, V>();
        tables.add(table);
        return table;
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (inTransaction.get()) {
            return work.get();
        }
        var snapshots = tables.stream().map(Table::snapshot).toList();
        inTransaction.set(true);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            for (int i = 0; i < tables.size(); i++) {
                restore(tables.get(i), snapshots.get(i));
            }
            throw e;
        } finally {
            inTransaction.set(false);
        }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> void restore(Table<K, V> table, Map<?, ?> snapshot) {
        table.restore((Map<K, V>) snapshot);
    }

    /**
     * Rows by key, in insertion order. Every access synchronises on the owning state, so that
     * readers never see a transaction half-way.
     *
     * @param <K> key type
     * @param <V> row type
     */
    public final class Table<K, V> {
        private Map<K, V> rows = new LinkedHashMap<>();

        private Table() {
        }

        /** The row with {@code key}, or null. */
        public V get(K key) {
            synchronized (InMemoryState.this) {
                return rows.get(key);
            }
        }

        /** Puts a row. */
        public void put(K key, V value) {
            synchronized (InMemoryState.this) {
                rows.put(key, value);
            }
        }

        /** Every row, in insertion order. */
        public List<V> values() {
            synchronized (InMemoryState.this) {
                return List.copyOf(rows.values());
            }
        }

        private Map<K, V> snapshot() {
            return new LinkedHashMap<>(rows);
        }

        private void restore(Map<K, V> snapshot) {
            rows = snapshot;
        }
    }
}
