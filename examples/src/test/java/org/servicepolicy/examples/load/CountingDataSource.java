package org.servicepolicy.examples.load;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts what the library asks of the database: connections taken,
 * transactions begun ({@code setAutoCommit(false)}), commits and statements prepared or created.
 */
final class CountingDataSource {
    /** The counts since the last {@link #reset()}. */
    record Counts(int connections, int transactions, int commits, int statements) {
    }

    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger transactions = new AtomicInteger();
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger statements = new AtomicInteger();
    private final DataSource counted;

    CountingDataSource(DataSource delegate) {
        this.counted = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    var result = call(delegate, method, args);
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
        commits.set(0);
        statements.set(0);
    }

    /** What was counted since the last reset. */
    Counts counts() {
        return new Counts(connections.get(), transactions.get(), commits.get(), statements.get());
    }

    private Connection connection(Connection delegate) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "prepareStatement", "createStatement", "prepareCall" -> statements.incrementAndGet();
                        case "commit" -> commits.incrementAndGet();
                        case "setAutoCommit" -> {
                            if (!(Boolean) args[0]) {
                                transactions.incrementAndGet();
                            }
                        }
                        default -> {
                        }
                    }
                    return call(delegate, method, args);
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
