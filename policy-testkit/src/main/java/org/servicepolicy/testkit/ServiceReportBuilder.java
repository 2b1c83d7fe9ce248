package org.servicepolicy.testkit;

import java.time.Instant;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.ServiceReport;
import org.servicepolicy.service.ServiceReportAddressee;
import org.servicepolicy.service.ServiceReportId;
import org.servicepolicy.service.ServiceReportRuling;
import org.servicepolicy.service.ServiceReportStatus;
import org.servicepolicy.service.ServiceReportSubject;
import org.servicepolicy.service.ServiceReportSubjectKind;

/** Builds a {@link ServiceReport}; start from {@link Fixtures#serviceReport(String)}. */
public final class ServiceReportBuilder {
    private final ServiceReportId id;
    private EmployeeId reporter = Fixtures.HR;
    private ServiceReportAddressee addressedTo = ServiceReportAddressee.SUPERVISION_GROUP;
    private Optional<EmployeeId> superior = Optional.empty();
    private ServiceReportSubject subject = new ServiceReportSubject(ServiceReportSubjectKind.EMPLOYEE,
            Fixtures.EMPLOYEE.value());
    private Optional<ServiceStandard> standard = Optional.of(ServiceStandard.RECEPTION_WAIT);
    private String description = "Left a customer waiting 20 minutes at the counter — 柜台等候二十分钟.";
    private Instant happenedAt = Fixtures.T0;
    private Instant reportedAt = Fixtures.minutesAfterT0(30);
    private Optional<ServiceReportRuling> ruling = Optional.empty();
    private long version;

    ServiceReportBuilder(String id) {
        this.id = ServiceReportId.of(id);
    }

    /** Sets who reported it. */
    public ServiceReportBuilder reporter(EmployeeId value) {
        this.reporter = value;
        return this;
    }

    /** Addresses it to {@code value}, the reporter's superior. */
    public ServiceReportBuilder toSuperior(EmployeeId value) {
        this.addressedTo = ServiceReportAddressee.SUPERIOR;
        this.superior = Optional.of(value);
        return this;
    }

    /** Sets what it is about. */
    public ServiceReportBuilder subject(ServiceReportSubjectKind kind, String reference) {
        this.subject = new ServiceReportSubject(kind, reference);
        return this;
    }

    /** Sets the standard it concerns; null for none. */
    public ServiceReportBuilder standard(ServiceStandard value) {
        this.standard = Optional.ofNullable(value);
        return this;
    }

    /** Sets what happened. */
    public ServiceReportBuilder description(String value) {
        this.description = value;
        return this;
    }

    /** Sets when it happened. */
    public ServiceReportBuilder happenedAt(Instant value) {
        this.happenedAt = value;
        return this;
    }

    /** Sets when it was reported. */
    public ServiceReportBuilder reportedAt(Instant value) {
        this.reportedAt = value;
        return this;
    }

    /** Confirms it by {@code by} at {@code at}, with {@code finding} at {@code severity} (or no finding when null). */
    public ServiceReportBuilder confirmed(EmployeeId by, Instant at, Severity severity, String finding) {
        this.ruling = Optional.of(new ServiceReportRuling(ServiceReportStatus.CONFIRMED, at, Optional.of(by),
                Optional.of("seen on the recording"), standard, Optional.ofNullable(severity),
                Optional.ofNullable(finding)));
        return this;
    }

    /** Dismisses it by {@code by} at {@code at} for {@code reason}. */
    public ServiceReportBuilder dismissed(EmployeeId by, Instant at, String reason) {
        this.ruling = Optional.of(new ServiceReportRuling(ServiceReportStatus.DISMISSED, at, Optional.of(by),
                Optional.of(reason), Optional.empty(), Optional.empty(), Optional.empty()));
        return this;
    }

    /** Sets the version. */
    public ServiceReportBuilder version(long value) {
        this.version = value;
        return this;
    }

    /** The report. */
    public ServiceReport build() {
        return new ServiceReport(id, Optional.of(reporter), addressedTo, superior, subject, standard, description,
                happenedAt, reportedAt, ruling, version);
    }
}
