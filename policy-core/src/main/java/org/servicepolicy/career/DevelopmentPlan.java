package org.servicepolicy.career;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * An employee's development plan (§4.3.1: the company helps each employee plan a career path and
 * provides training resources): proposed by a superior, agreed by the employee; neither alone
 * makes it the employee's plan.
 *
 * @param id          its identifier
 * @param employee    whose plan
 * @param proposedBy  the superior who proposed it
 * @param goals       what the employee aims to achieve
 * @param targetLevel the level aimed at, if one is
 * @param targetRole  the role aimed at, if one is
 * @param programmes  the ids of the training programmes to take
 * @param status      where it stands
 * @param proposedAt  when it was proposed
 * @param agreedAt    when the employee agreed to it
 * @param version     the optimistic-locking version, 0 before the first save
 */
public record DevelopmentPlan(DevelopmentPlanId id, EmployeeId employee, EmployeeId proposedBy, List<String> goals,
                              Optional<Integer> targetLevel, Optional<String> targetRole, List<String> programmes,
                              DevelopmentPlanStatus status, Instant proposedAt, Optional<Instant> agreedAt,
                              long version) {
    /** Requires every part, copies the lists, and a target; nobody proposes their own plan. */
    public DevelopmentPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(proposedBy, "proposedBy");
        goals = List.copyOf(goals);
        Objects.requireNonNull(targetLevel, "targetLevel");
        Objects.requireNonNull(targetRole, "targetRole");
        programmes = List.copyOf(programmes);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(agreedAt, "agreedAt");
        if (targetLevel.isEmpty() && targetRole.isEmpty()) {
            throw new IllegalArgumentException("a plan aims at a level or a role");
        }
        if (employee.equals(proposedBy)) {
            throw new IllegalArgumentException("nobody proposes their own plan");
        }
    }

    /** A plan {@code proposedBy} proposes at {@code at}. */
    public static DevelopmentPlan proposed(DevelopmentPlanId id, EmployeeId proposedBy, ProposeDevelopmentPlan command,
                                           Instant at) {
        return new DevelopmentPlan(id, EmployeeId.of(command.employeeId()), proposedBy,
                command.goals().stream().map(String::strip).toList(), Optional.ofNullable(command.targetLevel()),
                Optional.ofNullable(command.targetRole()).map(String::strip).filter(r -> !r.isEmpty()),
                command.programmes(), DevelopmentPlanStatus.PROPOSED, at, Optional.empty(), 0);
    }

    /** This plan agreed by its employee at {@code at}. */
    public DevelopmentPlan agreed(Instant at) {
        return new DevelopmentPlan(id, employee, proposedBy, goals, targetLevel, targetRole, programmes,
                DevelopmentPlanStatus.AGREED, proposedAt, Optional.of(at), version);
    }

    /** This plan replaced by a newer one. */
    public DevelopmentPlan superseded() {
        return new DevelopmentPlan(id, employee, proposedBy, goals, targetLevel, targetRole, programmes,
                DevelopmentPlanStatus.SUPERSEDED, proposedAt, agreedAt, version);
    }

    /** This record as stored at {@code storedVersion}. */
    public DevelopmentPlan atVersion(long storedVersion) {
        return new DevelopmentPlan(id, employee, proposedBy, goals, targetLevel, targetRole, programmes, status,
                proposedAt, agreedAt, storedVersion);
    }
}
