package org.servicepolicy.testkit;

import java.time.Instant;
import java.util.Optional;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.ComponentScores;
import org.servicepolicy.assessment.Evaluation;
import org.servicepolicy.assessment.EvaluationId;
import org.servicepolicy.assessment.StandIn;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.EvaluatorRole;

/** Builds an {@link Evaluation}; start from {@link Fixtures#evaluation(String, AssessmentCycleId)}. */
public final class EvaluationBuilder {
    private final EvaluationId id;
    private final AssessmentCycleId cycle;
    private EmployeeId evaluated = Fixtures.EMPLOYEE;
    private EmployeeId evaluator = Fixtures.HR;
    private EvaluatorRole role = EvaluatorRole.SUPERIOR;
    private ComponentScores scores = new ComponentScores(80, 85, 90);
    private String comment = "Accepts every task; 按时完成任务 — reports on time.";
    private Instant submittedAt = Fixtures.T0;
    private Optional<EmployeeId> inPlaceOf = Optional.empty();
    private StandIn.Basis basis = StandIn.Basis.NEXT_SUPERIOR;

    EvaluationBuilder(EvaluationId id, AssessmentCycleId cycle) {
        this.id = id;
        this.cycle = cycle;
    }

    /** Sets who is evaluated. */
    public EvaluationBuilder evaluated(EmployeeId value) {
        this.evaluated = value;
        return this;
    }

    /** Sets who evaluates. */
    public EvaluationBuilder evaluator(EmployeeId value) {
        this.evaluator = value;
        return this;
    }

    /** Sets the evaluator's role. */
    public EvaluationBuilder role(EvaluatorRole value) {
        this.role = value;
        return this;
    }

    /** Sets the three component scores. */
    public EvaluationBuilder scores(int taskAcceptance, int taskExecution, int rulesAndDiscipline) {
        this.scores = new ComponentScores(taskAcceptance, taskExecution, rulesAndDiscipline);
        return this;
    }

    /** Sets the comment. */
    public EvaluationBuilder comment(String value) {
        this.comment = value;
        return this;
    }

    /** Sets when it was submitted. */
    public EvaluationBuilder submittedAt(Instant value) {
        this.submittedAt = value;
        return this;
    }

    /**
     * Makes it a superior evaluation its evaluator gives in the place of {@code absentSuperior},
     * no longer employed, on {@code basis} (§3.3.1).
     */
    public EvaluationBuilder inPlaceOf(EmployeeId absentSuperior, StandIn.Basis basis) {
        this.role = EvaluatorRole.SUPERIOR;
        this.inPlaceOf = Optional.of(absentSuperior);
        this.basis = basis;
        return this;
    }

    /** The evaluation. */
    public Evaluation build() {
        return new Evaluation(id, cycle, evaluated, evaluator, role,
                inPlaceOf.map(absent -> new StandIn(evaluator, absent, basis)), scores, comment, submittedAt);
    }
}
