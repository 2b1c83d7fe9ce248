package org.servicepolicy.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.discipline.PenaltyTransition;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.PenaltyStep;

/** Builds a {@link Penalty}; start from {@link Fixtures#penalty(String, ViolationId, DecisionId)}. */
public final class PenaltyBuilder {
    private final PenaltyId id;
    private final ViolationId violation;
    private final DecisionId decision;
    private EmployeeId employee = Fixtures.EMPLOYEE;
    private PenaltyStep step = PenaltyStep.WARNING;
    private Optional<Money> fine = Optional.empty();
    private Instant proposedAt = Fixtures.T0;
    private final List<PenaltyTransition> later = new ArrayList<>();
    private Optional<Integer> levelBefore = Optional.empty();
    private Optional<EmploymentStatus> statusBefore = Optional.empty();
    private long version;

    PenaltyBuilder(PenaltyId id, ViolationId violation, DecisionId decision) {
        this.id = id;
        this.violation = violation;
        this.decision = decision;
    }

    /** Sets whose penalty it is. */
    public PenaltyBuilder employee(EmployeeId value) {
        this.employee = value;
        return this;
    }

    /** Sets the step. */
    public PenaltyBuilder step(PenaltyStep value) {
        this.step = value;
        return this;
    }

    /** Sets the fine. */
    public PenaltyBuilder fine(Money value) {
        this.fine = Optional.of(value);
        return this;
    }

    /** Sets when it was proposed: the instant of the first, PROPOSED, transition. */
    public PenaltyBuilder proposedAt(Instant value) {
        this.proposedAt = value;
        return this;
    }

    /** Appends a transition after the proposal. */
    public PenaltyBuilder then(PenaltyStatus status, Instant at, EmployeeId by, Optional<String> reason) {
        this.later.add(new PenaltyTransition(status, at, by, reason));
        return this;
    }

    /** Sets the level before an issued demotion. */
    public PenaltyBuilder levelBefore(int value) {
        this.levelBefore = Optional.of(value);
        return this;
    }

    /** Sets the status before an issued dismissal. */
    public PenaltyBuilder statusBefore(EmploymentStatus value) {
        this.statusBefore = Optional.of(value);
        return this;
    }

    /** Sets the optimistic-locking version. */
    public PenaltyBuilder version(long value) {
        this.version = value;
        return this;
    }

    /** The penalty. */
    public Penalty build() {
        var history = new ArrayList<PenaltyTransition>();
        history.add(new PenaltyTransition(PenaltyStatus.PROPOSED, proposedAt, Fixtures.HR, Optional.empty()));
        history.addAll(later);
        return new Penalty(id, violation, employee, step, fine, decision, history, levelBefore, statusBefore, version);
    }
}
