package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.servicepolicy.jdbc.internal.RowsRead;
import org.servicepolicy.jdbc.internal.SqlWork;
import org.servicepolicy.kernel.ExpectedRead;
import org.servicepolicy.kernel.StorageException;
import org.servicepolicy.kernel.Transactions;

/**
 * {@link Transactions} on a {@link DataSource}: one connection per transaction, held by the
 * thread that runs it. A transaction started while another runs on the same thread joins it;
 * only the outermost one commits, and any exception rolls everything back. The JDBC stores of
 * the same {@link JdbcStores} write through the running transaction's connection; outside one,
 * each store call takes a short connection of its own, and a call that writes more than one
 * row runs as a short transaction.
 *
 * <p>A transaction that needs a row another one holds (an employee a decision is being taken
 * about, an assessment cycle being finalized) waits for the other to end. PostgreSQL waits as
 * long as its {@code lock_timeout} says, for ever by default. H2 gives up after its
 * {@code LOCK_TIMEOUT}, two seconds by default, which a busy holder can outlast; so on H2 every
 * connection taken here first gets the lock timeout of
 * {@link JdbcStores.Builder#h2LockTimeout(Duration)}, whatever the data source's URL set. It is
 * set only where it differs (a new connection of a pool, one whose timeout someone changed):
 * a {@code SET} makes H2 forget the statements it parsed on the connection, and every query of
 * the transaction would then be parsed and planned again.
 *
 * <p>The rows of new records that stores append in a transaction ({@link #insert}: decisions,
 * violations, penalties, audit lines, events) are held until the transaction next sends a
 * statement, or commits, and then go together: on PostgreSQL as one request of several
 * statements, one round trip where each INSERT used to take one. The database therefore sees
 * every statement in the order the stores issued it; a duplicate key or a broken reference is
 * reported by the statement or the commit that sends the rows, within the same transaction.
 *
 * <p>On PostgreSQL, a transaction whose first request is a read sent with {@link #readFirst}
 * (the employees a read use case is about, with the records it said it would read) sends that
 * request on its own, with no {@code BEGIN}: the database runs a request of several statements
 * as one transaction of its own, so a read that needs nothing more is one transaction and one
 * round trip, with no {@code COMMIT} to wait for. Anything the transaction sends afterwards
 * begins an explicit transaction. This is done only where it cannot be told apart from reading
 * inside the explicit transaction: under {@code READ COMMITTED}, where every statement sees what
 * was committed when it began, in a transaction or not, and plain queries, which lock nothing
 * that a transaction would hold until it ends.
 */
public final class JdbcTransactions implements Transactions {
    private static final System.Logger LOG = System.getLogger(JdbcTransactions.class.getName());

    private final DataSource dataSource;
    private final long h2LockTimeoutMillis;
    private final String setH2LockTimeout;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();
    /** The database's product name; learnt from the first connection. */
    private volatile String product;
    /** Whether transactions run under {@code READ COMMITTED}; learnt from the first connection. */
    private volatile Boolean readCommitted;

    JdbcTransactions(DataSource dataSource, Duration h2LockTimeout) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.h2LockTimeoutMillis = h2LockTimeout.toMillis();
        this.setH2LockTimeout = "SET LOCK_TIMEOUT " + h2LockTimeoutMillis;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        var transaction = begin();
        current.set(transaction);
        Throwable failure = null;
        try {
            var result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException | Error e) {
            failure = e;
            transaction.rollback(e);
            throw e;
        } finally {
            current.remove();
            transaction.release(failure);
        }
    }

    /**
     * Keeps what the running transaction's use case is expected to read, for its first read of
     * employees to read along ({@link JdbcEmployeeStore#findAll}); outside a transaction, nothing.
     */
    @Override
    public void expect(Collection<ExpectedRead> reads) {
        var transaction = current.get();
        if (transaction != null) {
            reads.forEach(read -> transaction.expected.add(Objects.requireNonNull(read, "read")));
        }
    }

    /** What the running transaction was told to expect ({@link #expect}), taken: a second call finds none. */
    List<ExpectedRead> takeExpected() {
        var transaction = current.get();
        if (transaction == null || transaction.expected.isEmpty()) {
            return List.of();
        }
        var expected = List.copyOf(transaction.expected);
        transaction.expected.clear();
        return expected;
    }

    /** Whether a transaction runs on this thread; unlike {@link #currentConnection()}, it sends and drops nothing. */
    boolean running() {
        return current.get() != null;
    }

    /**
     * The connection of the transaction running on this thread, for an application that wants
     * its own statements in the same transaction as the library's. The rows the library's stores
     * hold (see the class comment) are sent first, so that the application's statements see them;
     * ask again after further library calls rather than keeping the connection across them.
     */
    public Optional<Connection> currentConnection() {
        var transaction = current.get();
        if (transaction == null) {
            return Optional.empty();
        }
        transaction.readAhead.clear();
        try {
            transaction.sendHeldRows();
            return Optional.of(transaction.begunConnection());
        } catch (SQLException e) {
            throw failure("a statement failed", e);
        }
    }

    /**
     * Runs {@code work}, plain queries sent as one request that lock nothing, like
     * {@link #withConnection}; but when it is the first thing a transaction on PostgreSQL sends,
     * under {@code READ COMMITTED}, before the transaction begins (see the class comment).
     */
    <T> T readFirst(SqlWork<T> work) {
        var transaction = current.get();
        if (transaction == null || !transaction.mayReadBeforeBeginning()) {
            return withConnection(work);
        }
        try {
            transaction.readAhead.clear();
            return work.run(transaction.connection);
        } catch (SQLException e) {
            throw failure("a statement failed", e);
        }
    }

    /**
     * Runs {@code work} on the running transaction's connection, after the rows it holds, or on a
     * short connection of its own.
     */
    <T> T withConnection(SqlWork<T> work) {
        var transaction = current.get();
        try {
            if (transaction != null) {
                transaction.readAhead.clear();
                transaction.sendHeldRows();
                return work.run(transaction.begunConnection());
            }
            try (var connection = connect()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw failure("a statement failed", e);
        }
    }

    /** Runs {@code work} in the running transaction, or in a short one of its own. */
    <T> T atomically(SqlWork<T> work) {
        return inTransaction(() -> withConnection(work));
    }

    /**
     * Inserts {@code inserts}, in order: in the running transaction, held until it next sends a
     * statement or commits (see the class comment); outside one, at once, in a short transaction.
     */
    void insert(NewRows... inserts) {
        var transaction = current.get();
        if (transaction != null) {
            transaction.readAhead.clear();
            transaction.pendingRows.addAll(List.of(inserts));
            return;
        }
        atomically(c -> {
            NewRows.send(c, List.of(inserts), onPostgreSql(c));
            return null;
        });
    }

    /**
     * Marks the running transaction with {@code mark} until it ends (an employee whose row it
     * locked for a decision, a policy version it added); outside a transaction, nothing.
     */
    void mark(Object mark) {
        var transaction = current.get();
        if (transaction != null) {
            transaction.marks.add(Objects.requireNonNull(mark, "mark"));
        }
    }

    /** Whether the running transaction is marked with {@code mark} (see {@link #mark}). */
    boolean marked(Object mark) {
        var transaction = current.get();
        return transaction != null && transaction.marks.contains(mark);
    }

    /**
     * Keeps {@code answer}, read ahead in the same request as another read, for the running
     * transaction's next {@link #readAhead} of {@code key}. It is what reading it then would
     * answer, as long as the transaction sends nothing in between; so anything else the
     * transaction does through this class first discards every answer kept.
     */
    void keepReadAhead(Object key, Object answer) {
        var transaction = current.get();
        if (transaction != null) {
            transaction.readAhead.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(answer, "answer"));
        }
    }

    /** The answer kept under {@code key} by {@link #keepReadAhead}, taken: a second call finds none. */
    <T> Optional<T> readAhead(Object key, Class<T> type) {
        var transaction = current.get();
        if (transaction == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(transaction.readAhead.remove(key)).map(type::cast);
    }

    /**
     * The values of the rows kept under {@code key} as a {@link RowsRead}, taken as
     * {@link #readAhead} takes them. Each key names the store that keeps rows under it and reads
     * them back, which alone knows the values' type.
     */
    @SuppressWarnings("unchecked")
    <T> Optional<List<T>> rowsReadAhead(Object key) {
        return readAhead(key, RowsRead.class).map(rows -> (List<T>) rows.values());
    }

    /**
     * The value the running transaction keeps under {@code key}, created by {@code create} on
     * first use; {@code beforeCommit} then receives it just before the transaction commits.
     *
     * @throws IllegalStateException when no transaction runs on this thread
     */
    <T> T perTransaction(Object key, Supplier<T> create, BeforeCommit<T> beforeCommit) {
        return running(key, create, Optional.of(beforeCommit));
    }

    /**
     * The value the running transaction keeps under {@code key}, created by {@code create} on
     * first use, with nothing to write when the transaction commits.
     *
     * @throws IllegalStateException when no transaction runs on this thread
     */
    <T> T perTransaction(Object key, Supplier<T> create) {
        return running(key, create, Optional.empty());
    }

    private <T> T running(Object key, Supplier<T> create, Optional<BeforeCommit<T>> beforeCommit) {
        var transaction = current.get();
        if (transaction == null) {
            throw new IllegalStateException("no transaction runs on this thread");
        }
        return transaction.value(key, create, beforeCommit);
    }

    /**
     * Has {@code action} run once the transaction running on this thread has ended, committed or
     * rolled back, after its connection is released.
     *
     * @throws IllegalStateException when no transaction runs on this thread
     */
    void whenEnded(Runnable action) {
        var transaction = current.get();
        if (transaction == null) {
            throw new IllegalStateException("no transaction runs on this thread");
        }
        transaction.whenEnded.add(Objects.requireNonNull(action, "action"));
    }

    private Transaction begin() {
        Connection connection = null;
        try {
            connection = connect();
            boolean onPostgreSql = onPostgreSql(connection);
            // A pool that hands out connections already in a transaction leaves nothing to read before it.
            var transaction = new Transaction(connection, onPostgreSql,
                    onPostgreSql && connection.getAutoCommit() && readCommitted(connection));
            if (!onPostgreSql) {
                transaction.begunConnection();
            }
            return transaction;
        } catch (SQLException e) {
            var failure = failure("cannot begin a transaction", e);
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException closing) {
                    failure.addSuppressed(closing);
                }
            }
            throw failure;
        }
    }

    /** A connection of the data source, with the lock timeout set on H2. */
    private Connection connect() throws SQLException {
        var connection = dataSource.getConnection();
        try {
            if (isH2(connection)) {
                try (var statement = connection.createStatement()) {
                    if (lockTimeout(statement) != h2LockTimeoutMillis) {
                        statement.execute(setH2LockTimeout);
                    }
                }
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            try (connection) {
                throw e;
            }
        }
    }

    /**
     * Whether the data source's transactions run under {@code READ COMMITTED}; known from the
     * first connection, as the pool gives every connection the same isolation.
     */
    private boolean readCommitted(Connection connection) throws SQLException {
        var known = readCommitted;
        if (known == null) {
            known = connection.getTransactionIsolation() == Connection.TRANSACTION_READ_COMMITTED;
            readCommitted = known;
        }
        return known;
    }

    /** The lock timeout of the H2 connection of {@code statement}, in milliseconds. */
    private static long lockTimeout(Statement statement) throws SQLException {
        try (var result = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
            result.next();
            return result.getLong(1);
        }
    }

    private boolean isH2(Connection connection) throws SQLException {
        return "H2".equals(product(connection));
    }

    /** Whether the data source is PostgreSQL; known from the first connection, which this may take. */
    boolean onPostgreSql() {
        var known = product;
        if (known != null) {
            return "PostgreSQL".equals(known);
        }
        return withConnection(this::onPostgreSql);
    }

    /** Whether {@code connection}, a connection of this data source, is one to PostgreSQL. */
    boolean onPostgreSql(Connection connection) throws SQLException {
        return "PostgreSQL".equals(product(connection));
    }

    private String product(Connection connection) throws SQLException {
        var known = product;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductName();
            product = known;
        }
        return known;
    }

    static StorageException failure(String what, SQLException e) {
        return new StorageException(what + " (SQLSTATE " + e.getSQLState() + "): " + e.getMessage(), e);
    }

    /**
     * Work a transaction does with a value it keeps, just before it commits.
     *
     * @param <T> the value's type
     */
    @FunctionalInterface
    interface BeforeCommit<T> {
        /** Writes what {@code value} holds through {@code connection}. */
        void run(Connection connection, T value) throws SQLException;
    }

    private static final class Transaction {
        private final Connection connection;
        /** Whether the held rows may go as one request of several statements. */
        private final boolean sendsTogether;
        /** Whether a first read may go before the transaction begins (see {@link JdbcTransactions#readFirst}). */
        private final boolean readsBeforeBeginning;
        /** Whether the explicit transaction has begun: the connection no longer commits each request. */
        private boolean begun;
        /** Whether anything was sent before the transaction began. */
        private boolean readBeforeBeginning;
        private final Map<Object, Object> values = new IdentityHashMap<>();
        private final List<SqlWork<Void>> beforeCommit = new ArrayList<>();
        private final List<Runnable> whenEnded = new ArrayList<>();
        private final List<NewRows> pendingRows = new ArrayList<>();
        /** What the transaction is marked with (see {@link JdbcTransactions#mark}). */
        private final Set<Object> marks = new HashSet<>();
        /** Answers read ahead, each kept for one taking until the transaction next does anything else. */
        private final Map<Object, Object> readAhead = new HashMap<>();
        private final List<ExpectedRead> expected = new ArrayList<>();

        private Transaction(Connection connection, boolean sendsTogether, boolean readsBeforeBeginning) {
            this.connection = connection;
            this.sendsTogether = sendsTogether;
            this.readsBeforeBeginning = readsBeforeBeginning;
        }

        /** The connection, its explicit transaction begun. */
        private Connection begunConnection() throws SQLException {
            if (!begun) {
                connection.setAutoCommit(false);
                begun = true;
            }
            return connection;
        }

        /**
         * Whether the read about to go may go before the transaction begins: only its first
         * request may, so this answers yes once at most.
         */
        private boolean mayReadBeforeBeginning() {
            if (!readsBeforeBeginning || begun || readBeforeBeginning || !pendingRows.isEmpty()) {
                return false;
            }
            readBeforeBeginning = true;
            return true;
        }

        /** Sends the rows held so far, before anything else reaches the connection. */
        private void sendHeldRows() throws SQLException {
            if (pendingRows.isEmpty()) {
                return;
            }
            var rows = List.copyOf(pendingRows);
            pendingRows.clear();
            NewRows.send(begunConnection(), rows, sendsTogether);
        }

        @SuppressWarnings("unchecked")
        private <T> T value(Object key, Supplier<T> create, Optional<BeforeCommit<T>> action) {
            var existing = values.get(key);
            if (existing != null) {
                return (T) existing;
            }
            var created = Objects.requireNonNull(create.get(), "created value");
            values.put(key, created);
            action.ifPresent(writes -> beforeCommit.add(c -> {
                writes.run(c, created);
                return null;
            }));
            return created;
        }

        private void commit() {
            try {
                if (!sendsTogether) {
                    // Nothing to gain by waiting: the rows are written before the outbox takes its turn.
                    sendHeldRows();
                }
                for (var action : beforeCommit) {
                    action.run(begunConnection());
                }
                sendHeldRows();
                if (begun) {
                    connection.commit();
                }
            } catch (SQLException e) {
                throw failure("cannot commit", e);
            }
        }

        private void rollback(Throwable cause) {
            if (!begun) {
                return;
            }
            try {
                connection.rollback();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }

        private void release(Throwable failure) {
            try (connection) {
                if (begun) {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else {
                    // The work is committed; a connection that will not close must not undo that for the caller.
                    LOG.log(System.Logger.Level.WARNING, "could not release a committed transaction's connection", e);
                }
            } finally {
                whenEnded.forEach(Runnable::run);
            }
        }
    }
}
