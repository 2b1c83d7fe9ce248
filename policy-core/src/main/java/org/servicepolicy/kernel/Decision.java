package org.servicepolicy.kernel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored decision about a person, with the explanation that justifies it. Decisions are
 * append-only: they are never changed once stored.
 *
 * @param id            the decision's identifier
 * @param kind          what was decided, e.g. {@code discipline.penalty-proposal}
 * @param subject       the employee the decision is about
 * @param outcome       the outcome in words a program can compare, e.g. {@code FINE}
 * @param reasons       why, clause by clause, in order
 * @param policyVersion the policy version applied: the one in force when {@code factAt} happened
 * @param factAt        when the deciding fact happened
 * @param decidedAt     when the decision was taken (from the injected clock)
 * @param decidedBy     who caused it, when a person did
 */
public record Decision(DecisionId id, DecisionKind kind, EmployeeId subject, String outcome, List<Reason> reasons,
                       String policyVersion, Instant factAt, Instant decidedAt, Optional<EmployeeId> decidedBy) {
    /** Requires every part and copies the reasons. */
    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(factAt, "factAt");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decidedBy, "decidedBy");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a decision carries at least one reason");
        }
    }
}
