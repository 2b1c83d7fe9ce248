package org.servicepolicy.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts what the library asks of the database: connections taken,
 * transactions begun ({@code setAutoCommit(false)}), statements executed (a batch, or a request
 * of several statements, counts once: the driver sends it as one) and transactions ended by a
 * commit or a rollback. On PostgreSQL each execution and each end is one round trip.
 */
final class CountingDataSource {
    /** The counts since the last {@link #reset()}. */
    record Counts(int connections, int transactions, int executions, int ends) {
        /** The round trips to PostgreSQL these stand for: every execution and every commit or rollback. */
        int roundTrips() {
            return executions + ends;
        }
    }

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger transactions = new AtomicInteger();
    private final AtomicInteger executions = new AtomicInteger();
    private final AtomicInteger ends = new AtomicInteger();
    private final DataSource counted;

    CountingDataSource(DataSource delegate) {
        this.counted = proxy(DataSource.class, delegate, (method, args, result) -> {
            if (method.getName().equals("getConnection")) {
                connections.incrementAndGet();
                return connection((Connection) result);
            }
            return result;
        });
    }

    /** The data source to give the library. */
    DataSource dataSource() {
        return counted;
    }

    /** Starts counting afresh. */
    void reset() {
        connections.set(0);
        transactions.set(0);
        executions.set(0);
        ends.set(0);
    }

    /** What was counted since the last reset. */
    Counts counts() {
        return new Counts(connections.get(), transactions.get(), executions.get(), ends.get());
    }

    private Connection connection(Connection delegate) {
        return proxy(Connection.class, delegate, (method, args, result) -> {
            switch (method.getName()) {
                case "prepareStatement", "prepareCall" -> {
                    return proxy(PreparedStatement.class, (PreparedStatement) result, this::statement);
                }
                case "createStatement" -> {
                    return proxy(Statement.class, (Statement) result, this::statement);
                }
                case "commit", "rollback" -> ends.incrementAndGet();
                case "setAutoCommit" -> {
                    if (!(Boolean) args[0]) {
                        transactions.incrementAndGet();
                    }
                }
                default -> {
                }
            }
            return result;
        });
    }

    private Object statement(Method method, Object[] args, Object result) {
        if (EXECUTIONS.contains(method.getName())) {
            executions.incrementAndGet();
        }
        return result;
    }

    /** What to answer for a call, once the delegate has answered {@code result}. */
    @FunctionalInterface
    private interface AfterCall {
        Object answer(Method method, Object[] args, Object result);
    }

    private static <T> T proxy(Class<T> type, T delegate, AfterCall after) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.answer(method, args, result);
        }));
    }
}
