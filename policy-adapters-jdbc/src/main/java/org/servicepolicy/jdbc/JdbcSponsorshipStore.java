package org.servicepolicy.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.training.sponsorship.Repayment;
import org.servicepolicy.training.sponsorship.Sponsorship;
import org.servicepolicy.training.sponsorship.SponsorshipId;
import org.servicepolicy.training.sponsorship.SponsorshipStatus;
import org.servicepolicy.training.sponsorship.SponsorshipStore;

/**
 * Requests for the sponsorship of external training in {@code servicepolicy_sponsorship}, with
 * optimistic locking on {@code version} (§4.1.2). HR's decision, the company's share, the
 * commitment and what a leaver owes back are columns of the request's row: each exists at most
 * once per request, so one row read gives the whole record. Lists are ordered here rather than by
 * the database, so that ties fall to Java's order of ids whatever the collation.
 */
final class JdbcSponsorshipStore implements SponsorshipStore {
    private static final String TABLE = "servicepolicy_sponsorship";
    private static final String KIND = "sponsorship";
    /** Every column but the id, in the order {@link #columns} binds them. */
    private static final List<String> COLUMNS = List.of("employee_id", "course", "provider", "starts_on", "ends_on",
            "cost_amount", "cost_currency", "requested_at", "status", "share_amount", "share_currency",
            "commitment_until", "decided_by", "decided_at", "decision_id", "repayment_share_amount",
            "repayment_share_currency", "repayment_commitment_from", "repayment_commitment_until",
            "repayment_left_on", "repayment_unserved_days", "repayment_commitment_days", "repayment_owed_amount",
            "repayment_owed_currency", "repayment_decision_id", "version");
    private static final String SELECT = "SELECT id, " + String.join(", ", COLUMNS) + " FROM " + TABLE;
    private static final String INSERT = "INSERT INTO " + TABLE + " (" + String.join(", ", COLUMNS) + ", id) VALUES ("
            + "?, ".repeat(COLUMNS.size()) + "?)";
    private static final String UPDATE = "UPDATE " + TABLE + " SET " + String.join(" = ?, ", COLUMNS)
            + " = ? WHERE id = ? AND version = ?";
    private static final Comparator<Sponsorship> OLDEST_FIRST = Comparator.comparing(Sponsorship::requestedAt)
            .thenComparing(s -> s.id().value());

    private final JdbcTransactions transactions;

    JdbcSponsorshipStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Sponsorship add(Sponsorship sponsorship) {
        Objects.requireNonNull(sponsorship, "sponsorship");
        var stored = sponsorship.atVersion(1);
        transactions.atomically(c -> {
            Sql.insertNew(c, KIND, sponsorship.id(), INSERT, columns(stored, sponsorship.id().value()));
            return null;
        });
        return stored;
    }

    @Override
    public Sponsorship update(Sponsorship sponsorship) {
        Objects.requireNonNull(sponsorship, "sponsorship");
        var stored = sponsorship.atVersion(sponsorship.version() + 1);
        transactions.atomically(c -> {
            Sql.updateVersioned(c, TABLE, KIND, sponsorship.id(), UPDATE,
                    columns(stored, sponsorship.id().value(), sponsorship.version()));
            return null;
        });
        return stored;
    }

    @Override
    public Optional<Sponsorship> find(SponsorshipId id) {
        Objects.requireNonNull(id, "id");
        return transactions.withConnection(c -> Sql.queryOne(c, SELECT + " WHERE id = ?",
                JdbcSponsorshipStore::sponsorship, id.value()));
    }

    @Override
    public List<Sponsorship> ofEmployee(EmployeeId employee) {
        Objects.requireNonNull(employee, "employee");
        return transactions.withConnection(c -> Sql.query(c, SELECT + " WHERE employee_id = ?",
                JdbcSponsorshipStore::sponsorship, employee.value())).stream().sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<Sponsorship> requested() {
        return transactions.withConnection(c -> Sql.query(c, SELECT + " WHERE status = ?",
                JdbcSponsorshipStore::sponsorship, SponsorshipStatus.REQUESTED)).stream().sorted(OLDEST_FIRST)
                .toList();
    }

    /** The values of {@link #COLUMNS}, followed by {@code key} (the id, and the expected version). */
    private static Object[] columns(Sponsorship s, Object... key) {
        var repayment = s.repayment();
        var values = new ArrayList<Object>(List.of(s.employee().value(), s.course(), s.provider(), s.startsOn(),
                s.endsOn(), s.cost().amount(), currency(s.cost()), s.requestedAt(), s.status(),
                s.companyShare().map(Money::amount), s.companyShare().map(JdbcSponsorshipStore::currency),
                s.commitmentUntil(), s.decidedBy().map(EmployeeId::value), s.decidedAt(),
                s.decision().map(DecisionId::value), repayment.map(r -> r.companyShare().amount()),
                repayment.map(r -> currency(r.companyShare())), repayment.map(Repayment::commitmentFrom),
                repayment.map(Repayment::commitmentUntil), repayment.map(Repayment::leftOn),
                repayment.map(Repayment::unservedDays), repayment.map(Repayment::commitmentDays),
                repayment.map(r -> r.owed().amount()), repayment.map(r -> currency(r.owed())),
                repayment.map(r -> r.decision().value()), s.version()));
        values.addAll(List.of(key));
        return values.toArray();
    }

    private static String currency(Money money) {
        return money.currency().getCurrencyCode();
    }

    private static Sponsorship sponsorship(Row row) throws SQLException {
        var id = SponsorshipId.of(row.string("id"));
        var employee = EmployeeId.of(row.string("employee_id"));
        return new Sponsorship(id, employee, row.string("course"), row.string("provider"), row.date("starts_on"),
                row.date("ends_on"), row.money("cost_amount", "cost_currency").orElseThrow(),
                row.instant("requested_at"), row.enumValue(SponsorshipStatus.class, "status"),
                row.money("share_amount", "share_currency"), row.optionalDate("commitment_until"),
                row.optionalString("decided_by").map(EmployeeId::of), row.optionalInstant("decided_at"),
                row.optionalString("decision_id").map(DecisionId::of), repayment(row, id, employee),
                row.longInteger("version"));
    }

    private static Optional<Repayment> repayment(Row row, SponsorshipId sponsorship, EmployeeId employee)
            throws SQLException {
        var decision = row.optionalString("repayment_decision_id");
        if (decision.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Repayment(sponsorship, employee,
                row.money("repayment_share_amount", "repayment_share_currency").orElseThrow(),
                row.date("repayment_commitment_from"), row.date("repayment_commitment_until"),
                row.date("repayment_left_on"), row.longInteger("repayment_unserved_days"),
                row.longInteger("repayment_commitment_days"),
                row.money("repayment_owed_amount", "repayment_owed_currency").orElseThrow(),
                DecisionId.of(decision.get())));
    }
}
