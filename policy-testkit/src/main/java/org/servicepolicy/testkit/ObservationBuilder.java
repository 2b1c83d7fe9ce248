package org.servicepolicy.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.Observation;
import org.servicepolicy.service.ObservationId;
import org.servicepolicy.service.ObservationMethod;
import org.servicepolicy.service.ObservationOutcome;

/** Builds an {@link Observation}; start from {@link Fixtures#observation(String)}. */
public final class ObservationBuilder {
    private final ObservationId id;
    private ServiceStandard standard = ServiceStandard.RECEPTION_WAIT;
    private ObservationMethod method = ObservationMethod.ON_SITE;
    private ObservationOutcome outcome = ObservationOutcome.NONCONFORMITY;
    private Optional<Severity> severity = Optional.of(Severity.MINOR);
    private Optional<String> severityReason = Optional.empty();
    private String evidence = "A customer waited 12 minutes at counter 3 — 顾客等候12分钟.";
    private List<EmployeeId> concerned = List.of(Fixtures.EMPLOYEE);
    private Instant observedAt = Fixtures.T0;
    private Instant recordedAt = Fixtures.minutesAfterT0(30);
    private EmployeeId recordedBy = Fixtures.SUPERVISOR;
    private String policyVersion = "2025.1";

    ObservationBuilder(String id) {
        this.id = ObservationId.of(id);
    }

    /** Sets the standard checked. */
    public ObservationBuilder standard(ServiceStandard value) {
        this.standard = value;
        return this;
    }

    /** Sets how it was checked. */
    public ObservationBuilder method(ObservationMethod value) {
        this.method = value;
        return this;
    }

    /** Makes it conforming: no severity. */
    public ObservationBuilder conforming() {
        this.outcome = ObservationOutcome.CONFORMING;
        this.severity = Optional.empty();
        this.severityReason = Optional.empty();
        return this;
    }

    /** Makes it a nonconformity of {@code value}. */
    public ObservationBuilder severity(Severity value) {
        this.outcome = ObservationOutcome.NONCONFORMITY;
        this.severity = Optional.of(value);
        return this;
    }

    /** Sets the recorder's reason for the severity they stated. */
    public ObservationBuilder severityReason(String value) {
        this.severityReason = Optional.of(value);
        return this;
    }

    /** Sets the evidence. */
    public ObservationBuilder evidence(String value) {
        this.evidence = value;
        return this;
    }

    /** Sets the employees concerned. */
    public ObservationBuilder concerned(EmployeeId... value) {
        this.concerned = List.of(value);
        return this;
    }

    /** Sets when the conduct was observed. */
    public ObservationBuilder observedAt(Instant value) {
        this.observedAt = value;
        return this;
    }

    /** Sets when it was recorded. */
    public ObservationBuilder recordedAt(Instant value) {
        this.recordedAt = value;
        return this;
    }

    /** Sets who recorded it. */
    public ObservationBuilder recordedBy(EmployeeId value) {
        this.recordedBy = value;
        return this;
    }

    /** Sets the policy version applied. */
    public ObservationBuilder policyVersion(String value) {
        this.policyVersion = value;
        return this;
    }

    /** The observation. */
    public Observation build() {
        return new Observation(id, standard, method, outcome, severity, severityReason, evidence, concerned,
                observedAt, recordedAt, Optional.of(recordedBy), policyVersion);
    }
}
