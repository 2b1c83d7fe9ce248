package org.servicepolicy.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that hands out one connection, taken elsewhere, to every caller, and that its
 * callers cannot close: whoever took the connection closes it. Flyway asks for a connection to
 * hold its lock and another to migrate; given this, it does both on one, so that migrating
 * needs no more than a pool of one connection.
 */
final class OneConnectionDataSource implements DataSource {
    private final Connection shared;

    OneConnectionDataSource(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        this.shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> null;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> {
                        try {
                            yield method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }

    @Override
    public Connection getConnection() {
        return shared;
    }

    @Override
    public Connection getConnection(String username, String password) {
        return shared;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Nothing is logged here; the connection's own data source logs as it was set up to.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // The connection is open already: there is no login to time out.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
