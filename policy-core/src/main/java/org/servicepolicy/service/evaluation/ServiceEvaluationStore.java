package org.servicepolicy.service.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Port: service evaluation periods (with optimistic locking), the internal scores given in them,
 * and the results and training follow-ups their finalisation stores (append-only) (§2.3.3).
 *
 * <p>Inside a transaction, an adapter that several processes share locks: {@link #periods()}
 * and {@link #add(ServiceEvaluationPeriod)} take one lock of the register, so that two
 * overlapping periods opened at once are decided one after the other; {@link #period} locks the
 * period, so that scoring and finalising it, or finalising it twice, take turns.
 */
public interface ServiceEvaluationStore {
    /** Stores a new period at version 1 and returns it; an existing id is a {@code ConflictException}. */
    ServiceEvaluationPeriod add(ServiceEvaluationPeriod period);

    /** Replaces the period stored at {@code period.version()}; returns it at the next version. */
    ServiceEvaluationPeriod update(ServiceEvaluationPeriod period);

    /** The period with {@code id}. */
    Optional<ServiceEvaluationPeriod> period(ServiceEvaluationPeriodId id);

    /** Every period, by first day then id. */
    List<ServiceEvaluationPeriod> periods();

    /** Stores {@code score}, replacing the one of the same period, employee and role. */
    InternalScore put(InternalScore score);

    /** The internal scores of a period, by employee, role. */
    List<InternalScore> scoresIn(ServiceEvaluationPeriodId period);

    /** Stores the results of a finalisation at once; an existing id is a {@code ConflictException}. */
    void addResults(List<ServiceEvaluationResult> results);

    /** The results of a period, by employee. */
    List<ServiceEvaluationResult> resultsIn(ServiceEvaluationPeriodId period);

    /** The results of {@code employees}, read at once, each employee's oldest period first. */
    List<ServiceEvaluationResult> resultsOfAll(Collection<EmployeeId> employees);

    /** Stores follow-ups at once; an existing id is a {@code ConflictException}. */
    void addFollowUps(List<ServiceTrainingFollowUp> followUps);

    /** The follow-ups of {@code employee}, oldest first. */
    List<ServiceTrainingFollowUp> followUpsOf(EmployeeId employee);
}
