package org.servicepolicy.testkit;

import java.time.Instant;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.FindingSource;
import org.servicepolicy.service.ServiceFinding;

/** Builds a {@link ServiceFinding}; start from {@link Fixtures#finding(String)}. */
public final class ServiceFindingBuilder {
    private final String id;
    private EmployeeId employee = Fixtures.EMPLOYEE;
    private ServiceStandard standard = ServiceStandard.RECEPTION_WAIT;
    private Severity severity = Severity.MINOR;
    private Instant observedAt = Fixtures.T0;
    private FindingSource source = FindingSource.SUPERVISION;
    private String sourceId = "O-1";
    private Instant recordedAt = Fixtures.minutesAfterT0(30);

    ServiceFindingBuilder(String id) {
        this.id = id;
    }

    /** Sets whose record it is in. */
    public ServiceFindingBuilder employee(EmployeeId value) {
        this.employee = value;
        return this;
    }

    /** Sets the standard not met. */
    public ServiceFindingBuilder standard(ServiceStandard value) {
        this.standard = value;
        return this;
    }

    /** Sets how serious it is. */
    public ServiceFindingBuilder severity(Severity value) {
        this.severity = value;
        return this;
    }

    /** Sets when the conduct was observed. */
    public ServiceFindingBuilder observedAt(Instant value) {
        this.observedAt = value;
        return this;
    }

    /** Sets the source's record. */
    public ServiceFindingBuilder sourceId(String value) {
        this.sourceId = value;
        return this;
    }

    /** Sets when it was made. */
    public ServiceFindingBuilder recordedAt(Instant value) {
        this.recordedAt = value;
        return this;
    }

    /** The finding. */
    public ServiceFinding build() {
        return new ServiceFinding(id, employee, standard, severity, observedAt, source, sourceId, recordedAt);
    }
}
