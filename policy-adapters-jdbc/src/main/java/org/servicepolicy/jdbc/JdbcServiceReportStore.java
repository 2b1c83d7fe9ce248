package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.ServiceReport;
import org.servicepolicy.service.ServiceReportAddressee;
import org.servicepolicy.service.ServiceReportId;
import org.servicepolicy.service.ServiceReportRuling;
import org.servicepolicy.service.ServiceReportStatus;
import org.servicepolicy.service.ServiceReportStore;
import org.servicepolicy.service.ServiceReportSubject;
import org.servicepolicy.service.ServiceReportSubjectKind;

/**
 * Peer service problem reports in {@code servicepolicy_service_report}, one row each with its
 * ruling, with optimistic locking on {@code version}: a report is ruled once.
 */
final class JdbcServiceReportStore implements ServiceReportStore {
    private static final String TABLE = "servicepolicy_service_report";
    /** Every column but the id, in the order {@link #columns} binds them. */
    private static final List<String> COLUMNS = List.of("reporter_id", "addressed_to", "superior_id", "subject_kind",
            "subject_reference", "standard", "description", "happened_at", "reported_at", "status", "ruled_at",
            "ruled_by", "ruling_note", "ruling_standard", "finding_severity", "finding_id", "version");
    private static final String SELECT = "SELECT id, " + String.join(", ", COLUMNS) + " FROM " + TABLE;
    private static final String ORDER = " ORDER BY reported_at, id";
    private static final String INSERT = "INSERT INTO " + TABLE + " (" + String.join(", ", COLUMNS) + ", id) VALUES ("
            + "?, ".repeat(COLUMNS.size()) + "?)";
    private static final String UPDATE = "UPDATE " + TABLE + " SET " + String.join(" = ?, ", COLUMNS)
            + " = ? WHERE id = ? AND version = ?";

    private final JdbcTransactions transactions;

    JdbcServiceReportStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public ServiceReport add(ServiceReport report) {
        Objects.requireNonNull(report, "report");
        var stored = report.atVersion(1);
        transactions.atomically(c -> {
            Sql.insertNew(c, "service report", report.id(), INSERT, columns(stored, report.id().value()));
            return null;
        });
        return stored;
    }

    @Override
    public ServiceReport update(ServiceReport report) {
        Objects.requireNonNull(report, "report");
        var stored = report.atVersion(report.version() + 1);
        transactions.atomically(c -> {
            Sql.updateVersioned(c, TABLE, "service report", report.id(), UPDATE,
                    columns(stored, report.id().value(), report.version()));
            return null;
        });
        return stored;
    }

    @Override
    public Optional<ServiceReport> find(ServiceReportId id) {
        return transactions.withConnection(c -> load(c, " WHERE id = ?", id.value())).stream().findFirst();
    }

    @Override
    public List<ServiceReport> filedBy(EmployeeId reporter) {
        return transactions.withConnection(c -> load(c, " WHERE reporter_id = ?", reporter.value()));
    }

    @Override
    public List<ServiceReport> addressedTo(EmployeeId superior) {
        return transactions.withConnection(c -> load(c, " WHERE superior_id = ?", superior.value()));
    }

    @Override
    public List<ServiceReport> all() {
        return transactions.withConnection(c -> load(c, ""));
    }

    private static List<ServiceReport> load(Connection c, String where, Object... parameters) throws SQLException {
        return Sql.query(c, SELECT + where + ORDER, JdbcServiceReportStore::report, parameters);
    }

    private static ServiceReport report(Row row) throws SQLException {
        var status = row.enumValue(ServiceReportStatus.class, "status");
        var ruling = status == ServiceReportStatus.OPEN ? Optional.<ServiceReportRuling>empty()
                : Optional.of(new ServiceReportRuling(status, row.instant("ruled_at"),
                row.optionalString("ruled_by").map(EmployeeId::of), row.optionalString("ruling_note"),
                row.optionalEnum(ServiceStandard.class, "ruling_standard"),
                row.optionalEnum(Severity.class, "finding_severity"), row.optionalString("finding_id")));
        return new ServiceReport(ServiceReportId.of(row.string("id")), Optional.of(EmployeeId.of(row.string("reporter_id"))),
                row.enumValue(ServiceReportAddressee.class, "addressed_to"),
                row.optionalString("superior_id").map(EmployeeId::of),
                new ServiceReportSubject(row.enumValue(ServiceReportSubjectKind.class, "subject_kind"),
                        row.string("subject_reference")),
                row.optionalEnum(ServiceStandard.class, "standard"), row.string("description"),
                row.instant("happened_at"), row.instant("reported_at"), ruling, row.longInteger("version"));
    }

    /** The values of {@link #COLUMNS}, followed by {@code key} (the id, and the expected version). */
    private static Object[] columns(ServiceReport r, Object... key) {
        var ruling = r.ruling();
        var values = new ArrayList<Object>(List.of(
                r.reporter().orElseThrow(() -> new IllegalArgumentException("a report is stored with its reporter"))
                        .value(), r.addressedTo(), r.superior().map(EmployeeId::value), r.subject().kind(),
                r.subject().reference(), r.standard(), r.description(), r.happenedAt(), r.reportedAt(), r.status(),
                ruling.map(ServiceReportRuling::at), ruling.flatMap(ServiceReportRuling::by).map(EmployeeId::value),
                ruling.flatMap(ServiceReportRuling::note), ruling.flatMap(ServiceReportRuling::standard),
                ruling.flatMap(ServiceReportRuling::severity), ruling.flatMap(ServiceReportRuling::finding),
                r.version()));
        values.addAll(List.of(key));
        return values.toArray();
    }
}
