package org.servicepolicy.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.servicepolicy.jdbc.internal.InLists;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.service.evaluation.CustomerScore;
import org.servicepolicy.service.evaluation.CustomerScoreSource;
import org.servicepolicy.service.evaluation.CustomerScoreStore;

/** The customer-score ledger in {@code servicepolicy_customer_score} (§2.3.3), append-only. */
final class JdbcCustomerScoreStore implements CustomerScoreStore {
    private static final String INSERT = "INSERT INTO servicepolicy_customer_score (id, employee_id, score, source,"
            + " source_reference, given_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT id, employee_id, score, source, source_reference, given_at,"
            + " recorded_at FROM servicepolicy_customer_score WHERE given_at >= ? AND given_at < ? AND ";
    private static final Comparator<CustomerScore> BY_GIVEN_THEN_ID = Comparator.comparing(CustomerScore::givenAt)
            .thenComparing(CustomerScore::id);

    private final JdbcTransactions transactions;

    JdbcCustomerScoreStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public CustomerScore add(CustomerScore s) {
        Objects.requireNonNull(s, "score");
        transactions.atomically(c -> {
            Sql.insertNew(c, "customer score", s.id(), INSERT, s.id(), s.employee().value(), s.score(), s.source(),
                    s.sourceReference(), s.givenAt(), s.recordedAt());
            return null;
        });
        return s;
    }

    @Override
    public List<CustomerScore> ofAll(Collection<EmployeeId> employees, Instant from, Instant until) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        return InLists.grouped(employees, chunk -> transactions.withConnection(c -> Sql.query(c,
                        SELECT + InLists.in("employee_id", chunk.size()), JdbcCustomerScoreStore::read,
                        Stream.concat(Stream.of(from, until), chunk.stream().map(EmployeeId::value)).toArray())),
                CustomerScore::employee, BY_GIVEN_THEN_ID).values().stream().flatMap(List::stream)
                .sorted(BY_GIVEN_THEN_ID).toList();
    }

    private static CustomerScore read(Row row) throws SQLException {
        return new CustomerScore(row.string("id"), EmployeeId.of(row.string("employee_id")), row.integer("score"),
                row.enumValue(CustomerScoreSource.class, "source"), row.string("source_reference"),
                row.instant("given_at"), row.instant("recorded_at"));
    }
}
