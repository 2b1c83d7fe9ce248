package org.servicepolicy.testkit;

import java.time.Instant;
import java.util.Optional;
import org.servicepolicy.discipline.Compensation;
import org.servicepolicy.discipline.Violation;
import org.servicepolicy.discipline.Voiding;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/** Builds a {@link Violation}; start from {@link Fixtures#violation(String)}. */
public final class ViolationBuilder {
    private final ViolationId id;
    private EmployeeId employee = Fixtures.EMPLOYEE;
    private ViolationType type = ViolationType.LATE_ARRIVAL;
    private Severity severity = Severity.MINOR;
    private Instant occurredAt = Fixtures.T0;
    private Instant recordedAt = Fixtures.minutesAfterT0(60);
    private EmployeeId recordedBy = Fixtures.HR;
    private String description = "arrived at 09:10 — 迟到";
    private Optional<Integer> minutes = Optional.empty();
    private Optional<Integer> days = Optional.empty();
    private Optional<RuleArea> ruleArea = Optional.empty();
    private boolean customerDataLeaked;
    private Optional<Compensation> compensation = Optional.empty();
    private String policyVersion = "standard";
    private Optional<Voiding> voiding = Optional.empty();
    private Optional<ViolationId> replaces = Optional.empty();
    private long version;

    ViolationBuilder(ViolationId id) {
        this.id = id;
    }

    /** Sets whose violation it is. */
    public ViolationBuilder employee(EmployeeId value) {
        this.employee = value;
        return this;
    }

    /** Sets the type. */
    public ViolationBuilder type(ViolationType value) {
        this.type = value;
        return this;
    }

    /** Sets the severity. */
    public ViolationBuilder severity(Severity value) {
        this.severity = value;
        return this;
    }

    /** Sets when it happened. */
    public ViolationBuilder occurredAt(Instant value) {
        this.occurredAt = value;
        return this;
    }

    /** Sets when it was recorded. */
    public ViolationBuilder recordedAt(Instant value) {
        this.recordedAt = value;
        return this;
    }

    /** Sets who recorded it. */
    public ViolationBuilder recordedBy(EmployeeId value) {
        this.recordedBy = value;
        return this;
    }

    /** Sets the description. */
    public ViolationBuilder description(String value) {
        this.description = value;
        return this;
    }

    /** Sets the minutes late or left early. */
    public ViolationBuilder minutes(int value) {
        this.minutes = Optional.of(value);
        return this;
    }

    /** Sets the consecutive days absent. */
    public ViolationBuilder days(int value) {
        this.days = Optional.of(value);
        return this;
    }

    /** Sets the company rule area. */
    public ViolationBuilder ruleArea(RuleArea value) {
        this.ruleArea = Optional.of(value);
        return this;
    }

    /** Sets whether customer data leaked. */
    public ViolationBuilder customerDataLeaked(boolean value) {
        this.customerDataLeaked = value;
        return this;
    }

    /** Sets the compensation owed. */
    public ViolationBuilder compensation(Compensation value) {
        this.compensation = Optional.of(value);
        return this;
    }

    /** Sets the policy version applied. */
    public ViolationBuilder policyVersion(String value) {
        this.policyVersion = value;
        return this;
    }

    /** Sets why it was voided. */
    public ViolationBuilder voiding(Voiding value) {
        this.voiding = Optional.of(value);
        return this;
    }

    /** Sets the violation whose part uncovered by leave this one records. */
    public ViolationBuilder replaces(ViolationId value) {
        this.replaces = Optional.of(value);
        return this;
    }

    /** Sets the optimistic-locking version. */
    public ViolationBuilder version(long value) {
        this.version = value;
        return this;
    }

    /** The violation. */
    public Violation build() {
        return new Violation(id, employee, type, severity, occurredAt, recordedAt, recordedBy, description, minutes,
                days, ruleArea, customerDataLeaked, compensation, policyVersion, voiding, replaces, version);
    }
}
