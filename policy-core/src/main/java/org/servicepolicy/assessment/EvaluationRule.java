package org.servicepolicy.assessment;

import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * §3.3.1: submitting an evaluation in an open cycle. The evaluator's role follows from who they
 * are: the employee themself (SELF), the direct superior or who stands in for one no longer
 * employed (SUPERIOR, recorded with its {@link StandIn}), or a colleague (PEER) as
 * {@link EvaluatorRule} defines one, under the policy that grades the cycle; anyone else is
 * refused. Only the employees the cycle assesses are evaluated, nobody evaluates the same person
 * twice in a cycle, and an employee has one superior evaluation. Pure.
 */
public final class EvaluationRule {
    private EvaluationRule() {
    }

    /** The stamp's actor evaluates the employee {@code command} names, once the command is valid. */
    public static Outcome<AssessmentStores, Evaluation> submit(SubmitEvaluation command,
                                                               AssessmentFacts.Evaluating facts, Stamp stamp) {
        var cycle = facts.roll().cycle();
        if (cycle.status() != CycleStatus.OPEN) {
            return Outcome.refused(Refusal.transition("assessment cycle", cycle.id(), cycle.status(), "evaluate in"));
        }
        var self = facts.roll().workforce().find(stamp.actor().id());
        var access = AssessmentAccess.mayEvaluate(self);
        if (access.isPresent()) {
            return Outcome.refused(access.get());
        }
        var evaluated = facts.roll().workforce().find(EmployeeId.of(command.employeeId()));
        if (evaluated.isEmpty()) {
            return Outcome.refused(Refusal.invalid("employeeId", "no such employee: " + command.employeeId()));
        }
        var admission = admission(self.get(), evaluated.get(), facts);
        if (admission.refusal().isPresent()) {
            return Outcome.refused(admission.refusal().get());
        }
        var role = admission.role().orElseThrow();
        var evaluation = new Evaluation(EvaluationId.of(stamp.nextId()), cycle.id(), evaluated.get().id(),
                self.get().id(), role, admission.standIn(), command.scores(), command.comment().strip(), stamp.now());
        var draft = Outcome.<AssessmentStores>draft();
        var added = draft.change(Change.of(s -> {
            s.evaluations().add(evaluation);
            return evaluation;
        }));
        draft.event(new AssessmentEvent.EvaluationSubmitted(evaluation.id(), cycle.id(), evaluation.evaluated(), role,
                stamp.now()));
        draft.audit(stamp.audit("assessment.evaluate", "evaluation", evaluation.id().value(),
                role + " evaluation of " + evaluation.evaluated() + " in cycle " + cycle.id()
                        + evaluation.standIn().map(s -> " by " + s.describe()).orElse("")));
        return draft.answer(stored -> stored.of(added));
    }

    /** The role {@code evaluator} evaluates {@code evaluated} in, or why they may not evaluate them. */
    private static Admission admission(Employee evaluator, Employee evaluated, AssessmentFacts.Evaluating facts) {
        var cycle = facts.roll().cycle();
        if (!cycle.assesses(evaluated)) {
            return Admission.refused(Refusal.policy("§3.3.1", "assessment.evaluation.participant",
                    evaluated.id() + " is not assessed in cycle " + cycle.name() + ": it covers the employees on post in "
                            + cycle.scope(), "employeeId"));
        }
        var standing = facts.roll().workforce().standing(evaluator, evaluated, facts.roll().policy().assessment());
        if (!standing.allowed()) {
            return Admission.refused(Refusal.policy("§3.3.1", "assessment.evaluation.evaluator", standing.refusal(),
                    "employeeId"));
        }
        var role = standing.role().orElseThrow();
        if (facts.given().stream().anyMatch(e -> e.evaluator().equals(evaluator.id()))) {
            return Admission.refused(Refusal.duplicate("evaluation", "of " + evaluated.id() + " by " + evaluator.id()
                    + " in cycle " + cycle.id()));
        }
        if (role == EvaluatorRole.SUPERIOR && facts.given().stream().anyMatch(e -> e.role() == EvaluatorRole.SUPERIOR)) {
            return Admission.refused(Refusal.duplicate("superior evaluation", "of " + evaluated.id() + " in cycle "
                    + cycle.id()));
        }
        return new Admission(Optional.of(role), standing.standIn(), Optional.empty());
    }

    /** The role the evaluator is admitted in and in whose place, if anyone's, or the refusal. */
    private record Admission(Optional<EvaluatorRole> role, Optional<StandIn> standIn, Optional<Refusal> refusal) {
        static Admission refused(Refusal refusal) {
            return new Admission(Optional.empty(), Optional.empty(), Optional.of(refusal));
        }
    }
}
