package org.servicepolicy.assessment;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.AssessmentPolicy;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.PeerScope;

/**
 * §3.3.1: who may evaluate whom, and in which role. The employee evaluates themself (SELF), the
 * direct superior gives the superior evaluation (SUPERIOR), and colleagues give peer
 * evaluations (PEER). When the direct superior is no longer employed (dismissed or left), the
 * superior evaluation falls to who stands in for them ({@link SuperiorEvaluator}), so that a
 * departed superior does not block the cycle. A colleague is, by the policy's {@link PeerScope}, someone of the same
 * department or of the company who is neither a superior nor a subordinate of the evaluated
 * employee anywhere up or down the reporting line: a superior further up the line would weigh
 * in twice, and a subordinate would rate the person who rates them (§1.3.3). An employee
 * whose department holds fewer possible peers than the policy's minimum (a department manager,
 * whose department colleagues all report to them) finds peers among the colleagues of other
 * departments outside their reporting line too, so that everyone can be assessed. Pure.
 */
public final class EvaluatorRule {
    private EvaluatorRule() {
    }

    /**
     * Where {@code evaluator} stands towards {@code evaluated}.
     *
     * @param aboveEvaluated  every superior of the evaluated employee, up the reporting line
     * @param aboveEvaluator  every superior of the evaluator, up the reporting line
     * @param superior        who gives the evaluated employee's superior evaluation: the direct
     *                        superior, or who stands in for one no longer employed; empty when
     *                        the evaluated employee has no direct superior
     * @param departmentPeers how many colleagues of the evaluated employee's department are
     *                        possible peers (see {@link #possibleDepartmentPeer}); asked only for
     *                        an evaluator from another department
     */
    public static Standing standing(Employee evaluator, Employee evaluated, Set<EmployeeId> aboveEvaluated,
                                    Set<EmployeeId> aboveEvaluator, Optional<SuperiorEvaluator> superior,
                                    LongSupplier departmentPeers, AssessmentPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(superior, "superior");
        if (evaluator.id().equals(evaluated.id())) {
            return Standing.as(EvaluatorRole.SELF);
        }
        if (superior.filter(s -> s.givenBy(evaluator.id())).isPresent()) {
            return new Standing(Optional.of(EvaluatorRole.SUPERIOR), superior.get().standIn(evaluator.id()), "");
        }
        if (evaluated.supervisor().filter(evaluator.id()::equals).isPresent()) {
            return Standing.refused(evaluator.id() + " is no longer employed; the superior evaluation of "
                    + evaluated.id() + " is given by "
                    + superior.map(SuperiorEvaluator::describe).orElse("the direct superior"));
        }
        if (aboveEvaluated.contains(evaluator.id())) {
            return Standing.refused(evaluator.id() + " is a superior of " + evaluated.id()
                    + " further up the reporting line, not a peer; the superior evaluation is given by "
                    + superior.map(SuperiorEvaluator::describe).orElse("the direct superior"));
        }
        if (aboveEvaluator.contains(evaluated.id())) {
            return Standing.refused(evaluator.id() + " is a subordinate of " + evaluated.id()
                    + ", not a peer; peers are colleagues who are neither superior nor subordinate");
        }
        if (policy.peerScope() == PeerScope.DEPARTMENT && !evaluator.department().equals(evaluated.department())
                && departmentPeers.getAsLong() >= policy.minimumPeers()) {
            return Standing.refused(evaluator.id() + " is not in the department of " + evaluated.id()
                    + "; peers are colleagues of the same department");
        }
        return Standing.as(EvaluatorRole.PEER);
    }

    /**
     * Whether {@code candidate} could give {@code evaluated} a peer evaluation within the
     * department: a colleague of the same department, employed, neither superior nor subordinate.
     *
     * @param aboveEvaluated every superior of the evaluated employee
     * @param aboveCandidate every superior of the candidate
     */
    public static boolean possibleDepartmentPeer(Employee candidate, Employee evaluated, Set<EmployeeId> aboveEvaluated,
                                                 Set<EmployeeId> aboveCandidate) {
        return !candidate.id().equals(evaluated.id()) && candidate.department().equals(evaluated.department())
                && candidate.status().employed() && !aboveEvaluated.contains(candidate.id())
                && !aboveCandidate.contains(evaluated.id());
    }

    /**
     * The role an evaluator may evaluate in, or why they may not.
     *
     * @param role    the role, when the evaluator may evaluate
     * @param standIn for a superior evaluation given in the place of a direct superior no longer
     *                employed, who stands in and why; empty otherwise
     * @param refusal why not, when they may not (empty otherwise)
     */
    public record Standing(Optional<EvaluatorRole> role, Optional<StandIn> standIn, String refusal) {
        /** Requires a role or a refusal, not both, and a stand-in only for a superior evaluation. */
        public Standing {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(standIn, "standIn");
            Objects.requireNonNull(refusal, "refusal");
            if (role.isPresent() == !refusal.isEmpty()) {
                throw new IllegalArgumentException("a standing has a role or a refusal");
            }
            if (standIn.isPresent() && role.filter(EvaluatorRole.SUPERIOR::equals).isEmpty()) {
                throw new IllegalArgumentException("only a superior evaluation is given in someone's place");
            }
        }

        static Standing as(EvaluatorRole role) {
            return new Standing(Optional.of(role), Optional.empty(), "");
        }

        static Standing refused(String why) {
            return new Standing(Optional.empty(), Optional.empty(), why);
        }

        /** Whether the evaluator may evaluate. */
        public boolean allowed() {
            return role.isPresent();
        }
    }
}
