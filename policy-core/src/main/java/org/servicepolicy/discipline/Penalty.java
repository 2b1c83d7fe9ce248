package org.servicepolicy.discipline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.PenaltyStep;

/**
 * A penalty the ladder proposed for one violation (§3.3.3), and its lifecycle.
 *
 * @param id           identifier
 * @param violation    the violation that earned it
 * @param employee     who it applies to
 * @param step         warning, fine, demotion or dismissal
 * @param fine         the fine, for the FINE step
 * @param decisionId   the stored decision that proposed it, with its explanation
 * @param history      every status entered, oldest first; the first is PROPOSED
 * @param levelBefore  the level before an issued demotion, to restore on revocation
 * @param statusBefore the employment status before an issued dismissal, to restore on revocation
 * @param version      optimistic-locking version, 0 before the first save
 */
public record Penalty(PenaltyId id, ViolationId violation, EmployeeId employee, PenaltyStep step,
                      Optional<Money> fine, DecisionId decisionId, List<PenaltyTransition> history,
                      Optional<Integer> levelBefore, Optional<EmploymentStatus> statusBefore, long version) {
    /** Requires every part and a history that starts with PROPOSED. */
    public Penalty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(violation, "violation");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(fine, "fine");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(levelBefore, "levelBefore");
        Objects.requireNonNull(statusBefore, "statusBefore");
        history = List.copyOf(history);
        if (history.isEmpty() || history.get(0).status() != PenaltyStatus.PROPOSED) {
            throw new IllegalArgumentException("a penalty's history starts with PROPOSED");
        }
    }

    /** The current status: the last one entered. */
    public PenaltyStatus status() {
        return history.get(history.size() - 1).status();
    }

    /** When it was proposed. */
    public Instant proposedAt() {
        return history.get(0).at();
    }

    /** The transition into {@code status}, if it happened. */
    public Optional<PenaltyTransition> entered(PenaltyStatus status) {
        return history.stream().filter(t -> t.status() == status).findFirst();
    }

    /**
     * This penalty moved to {@code status}.
     *
     * @throws ConflictException when the lifecycle does not allow the move
     */
    public Penalty moveTo(PenaltyStatus status, Instant at, EmployeeId by, Optional<String> reason) {
        if (!status().next().contains(status)) {
            throw ConflictException.illegalTransition("penalty", id, status(), status.verb());
        }
        var more = new ArrayList<>(history);
        more.add(new PenaltyTransition(status, at, by, reason));
        return new Penalty(id, violation, employee, step, fine, decisionId, more, levelBefore, statusBefore, version);
    }

    /** This penalty remembering what an issued demotion or dismissal changed. */
    public Penalty remembering(Optional<Integer> level, Optional<EmploymentStatus> employmentStatus) {
        return new Penalty(id, violation, employee, step, fine, decisionId, history, level, employmentStatus, version);
    }
}
