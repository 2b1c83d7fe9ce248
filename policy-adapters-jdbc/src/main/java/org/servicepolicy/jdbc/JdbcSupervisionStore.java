package org.servicepolicy.jdbc;

import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.jdbc.internal.InLists;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.FindingSource;
import org.servicepolicy.service.Observation;
import org.servicepolicy.service.ObservationId;
import org.servicepolicy.service.ObservationMethod;
import org.servicepolicy.service.ObservationOutcome;
import org.servicepolicy.service.ServiceFinding;
import org.servicepolicy.service.SupervisionStore;

/**
 * Supervision observations in {@code servicepolicy_observation}, with the employees concerned in
 * {@code servicepolicy_observation_employee}, and service findings in
 * {@code servicepolicy_service_finding} (§2.3.1). Both are append-only.
 */
final class JdbcSupervisionStore implements SupervisionStore {
    private static final String INSERT_OBSERVATION = "INSERT INTO servicepolicy_observation (id, standard, method,"
            + " outcome, severity, severity_reason, evidence, observed_at, recorded_at, recorded_by, policy_version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_OBSERVATION = "SELECT o.id, o.standard, o.method, o.outcome, o.severity,"
            + " o.severity_reason, o.evidence, o.observed_at, o.recorded_at, o.recorded_by, o.policy_version"
            + " FROM servicepolicy_observation o WHERE o.id = ?";
    private static final String SELECT_CONCERNED = "SELECT employee_id FROM servicepolicy_observation_employee"
            + " WHERE observation_id = ?";
    private static final String INSERT_FINDING = "INSERT INTO servicepolicy_service_finding (id, employee_id,"
            + " standard, severity, observed_at, source, source_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_FINDINGS = "SELECT id, employee_id, standard, severity, observed_at, source,"
            + " source_id, recorded_at FROM servicepolicy_service_finding WHERE employee_id = ?";
    private static final String SELECT_ALL_FINDINGS = "SELECT id, employee_id, standard, severity, observed_at,"
            + " source, source_id, recorded_at FROM servicepolicy_service_finding WHERE ";

    private final JdbcTransactions transactions;

    JdbcSupervisionStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Observation add(Observation o) {
        Objects.requireNonNull(o, "observation");
        transactions.atomically(c -> {
            Sql.insertNew(c, "service observation", o.id(), INSERT_OBSERVATION, o.id().value(), o.standard(),
                    o.method(), o.outcome(), o.severity(), o.severityReason(), o.evidence(), o.observedAt(),
                    o.recordedAt(), o.recordedBy().orElseThrow().value(), o.policyVersion());
            Sql.batch(c, "INSERT INTO servicepolicy_observation_employee (observation_id, employee_id) VALUES (?, ?)",
                    o.concerned().stream().map(e -> new Object[] {o.id().value(), e.value()}).toList());
            return null;
        });
        return o;
    }

    @Override
    public Optional<Observation> find(ObservationId id) {
        // an observation is never changed once added, so its two reads agree
        return transactions.withConnection(c -> {
            var concerned = Sql.query(c, SELECT_CONCERNED, row -> EmployeeId.of(row.string("employee_id")),
                    id.value());
            return Sql.queryOne(c, SELECT_OBSERVATION, row -> observation(row, concerned), id.value());
        });
    }

    @Override
    public ServiceFinding add(ServiceFinding f) {
        Objects.requireNonNull(f, "finding");
        transactions.atomically(c -> {
            Sql.insertNew(c, "service finding", f.id(), INSERT_FINDING, f.id(), f.employee().value(), f.standard(),
                    f.severity(), f.observedAt(), f.source(), f.sourceId(), f.recordedAt());
            return null;
        });
        return f;
    }

    @Override
    public List<ServiceFinding> findingsOf(EmployeeId employee) {
        return transactions.withConnection(c -> Sql.query(c, SELECT_FINDINGS, JdbcSupervisionStore::finding,
                employee.value())).stream()
                .sorted(Comparator.comparing(ServiceFinding::observedAt).thenComparing(ServiceFinding::id)).toList();
    }

    @Override
    public Map<EmployeeId, List<ServiceFinding>> findingsOfAll(Collection<EmployeeId> employees) {
        Objects.requireNonNull(employees, "employees");
        return InLists.grouped(employees, chunk -> transactions.withConnection(c -> Sql.query(c,
                        SELECT_ALL_FINDINGS + InLists.in("employee_id", chunk.size()), JdbcSupervisionStore::finding,
                        chunk.stream().map(EmployeeId::value).toArray())), ServiceFinding::employee,
                Comparator.comparing(ServiceFinding::observedAt).thenComparing(ServiceFinding::id));
    }

    /** The observation of {@code row}, a nonconformity only if it has a severity. */
    private static Observation observation(Row row, List<EmployeeId> concerned) throws SQLException {
        return new Observation(ObservationId.of(row.string("id")), row.enumValue(ServiceStandard.class, "standard"),
                row.enumValue(ObservationMethod.class, "method"), row.enumValue(ObservationOutcome.class, "outcome"),
                row.optionalEnum(Severity.class, "severity"), row.optionalString("severity_reason"),
                row.string("evidence"), concerned, row.instant("observed_at"), row.instant("recorded_at"),
                Optional.of(EmployeeId.of(row.string("recorded_by"))), row.string("policy_version"));
    }

    private static ServiceFinding finding(Row row) throws SQLException {
        return new ServiceFinding(row.string("id"), EmployeeId.of(row.string("employee_id")),
                row.enumValue(ServiceStandard.class, "standard"), row.enumValue(Severity.class, "severity"),
                row.instant("observed_at"), row.enumValue(FindingSource.class, "source"), row.string("source_id"),
                row.instant("recorded_at"));
    }
}
