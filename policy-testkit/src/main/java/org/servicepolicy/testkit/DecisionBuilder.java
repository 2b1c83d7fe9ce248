package org.servicepolicy.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Reason;

/** Builds a {@link Decision}; start from {@link Fixtures#decision(String)}. */
public final class DecisionBuilder {
    private final DecisionId id;
    private String kind = "discipline.penalty-proposal";
    private EmployeeId subject = Fixtures.EMPLOYEE;
    private String outcome = "WARNING";
    private final List<Reason> reasons = new ArrayList<>();
    private String policyVersion = "standard";
    private Instant factAt = Fixtures.minutesAfterT0(-60);
    private Instant decidedAt = Fixtures.T0;
    private Optional<EmployeeId> decidedBy = Optional.of(Fixtures.HR);

    DecisionBuilder(DecisionId id) {
        this.id = id;
    }

    /** Sets the kind. */
    public DecisionBuilder kind(String value) {
        this.kind = value;
        return this;
    }

    /** Sets the subject. */
    public DecisionBuilder subject(EmployeeId value) {
        this.subject = value;
        return this;
    }

    /** Sets the outcome. */
    public DecisionBuilder outcome(String value) {
        this.outcome = value;
        return this;
    }

    /** Appends a reason; without any, the decision gets one reason with one fact. */
    public DecisionBuilder reason(Reason value) {
        this.reasons.add(value);
        return this;
    }

    /** Sets the policy version. */
    public DecisionBuilder policyVersion(String value) {
        this.policyVersion = value;
        return this;
    }

    /** Sets when the deciding fact happened. */
    public DecisionBuilder factAt(Instant value) {
        this.factAt = value;
        return this;
    }

    /** Sets when the decision was taken. */
    public DecisionBuilder decidedAt(Instant value) {
        this.decidedAt = value;
        return this;
    }

    /** Sets who caused the decision. */
    public DecisionBuilder decidedBy(EmployeeId value) {
        this.decidedBy = Optional.of(value);
        return this;
    }

    /** Makes the decision one no person caused. */
    public DecisionBuilder decidedByNobody() {
        this.decidedBy = Optional.empty();
        return this;
    }

    /** The decision. */
    public Decision build() {
        var all = reasons.isEmpty()
                ? List.of(Reason.of("§3.3.3", "discipline.ladder.points", "1 point(s) in the P12M", "points", 1))
                : reasons;
        return new Decision(id, DecisionKind.of(kind), subject, outcome, all, policyVersion, factAt, decidedAt, decidedBy);
    }
}
