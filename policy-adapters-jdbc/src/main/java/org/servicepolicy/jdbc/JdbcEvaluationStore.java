package org.servicepolicy.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.ComponentScores;
import org.servicepolicy.assessment.Evaluation;
import org.servicepolicy.assessment.EvaluationId;
import org.servicepolicy.assessment.EvaluationStore;
import org.servicepolicy.assessment.StandIn;
import org.servicepolicy.jdbc.internal.InLists;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * Evaluations in {@code servicepolicy_evaluation}, append-only; a superior evaluation given in a
 * departed superior's place keeps whose place and why in {@code stand_in_for} and
 * {@code stand_in_basis}. The unique key on cycle,
 * evaluated employee and evaluator keeps an evaluator from evaluating a person twice in a cycle
 * (§3.3.1), even when two submissions race. A cycle's evaluations are read in one query.
 */
final class JdbcEvaluationStore implements EvaluationStore {
    private static final String SELECT = "SELECT id, cycle_id, evaluated_id, evaluator_id, evaluator_role,"
            + " task_acceptance, task_execution, rules_and_discipline, evaluation_comment, submitted_at,"
            + " stand_in_for, stand_in_basis FROM servicepolicy_evaluation";
    private static final Comparator<Evaluation> BY_SUBMISSION_THEN_ID = Comparator
            .comparing(Evaluation::submittedAt).thenComparing(e -> e.id().value());
    private static final Comparator<Evaluation> BY_EVALUATED_THEN_SUBMISSION_THEN_ID = Comparator
            .comparing((Evaluation e) -> e.evaluated().value()).thenComparing(BY_SUBMISSION_THEN_ID);

    private final JdbcTransactions transactions;

    JdbcEvaluationStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        transactions.withConnection(c -> {
            Sql.insertNew(c, "evaluation", evaluation.id() + " or one of " + evaluation.evaluated() + " by "
                            + evaluation.evaluator() + " in cycle " + evaluation.cycle(),
                    "INSERT INTO servicepolicy_evaluation (id, cycle_id, evaluated_id, evaluator_id, evaluator_role,"
                            + " task_acceptance, task_execution, rules_and_discipline, evaluation_comment,"
                            + " submitted_at, stand_in_for, stand_in_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    evaluation.id().value(), evaluation.cycle().value(), evaluation.evaluated().value(),
                    evaluation.evaluator().value(), evaluation.role(), evaluation.scores().taskAcceptance(),
                    evaluation.scores().taskExecution(), evaluation.scores().rulesAndDiscipline(),
                    evaluation.comment(), evaluation.submittedAt(),
                    evaluation.standIn().map(StandIn::inPlaceOf).map(EmployeeId::value),
                    evaluation.standIn().map(StandIn::basis).map(Enum::name));
            return null;
        });
    }

    @Override
    public List<Evaluation> inCycle(AssessmentCycleId cycle) {
        // Sorted here so that ties fall to Java's order of ids, whatever the collation.
        return transactions.withConnection(c -> Sql.query(c, SELECT + " WHERE cycle_id = ?",
                JdbcEvaluationStore::read, cycle.value())).stream().sorted(BY_EVALUATED_THEN_SUBMISSION_THEN_ID)
                .toList();
    }

    @Override
    public List<Evaluation> inCycleOf(AssessmentCycleId cycle, Collection<EmployeeId> evaluated) {
        var read = InLists.grouped(evaluated, chunk -> transactions.withConnection(c -> {
            var parameters = new ArrayList<Object>();
            parameters.add(cycle.value());
            chunk.forEach(id -> parameters.add(id.value()));
            return Sql.query(c, SELECT + " WHERE cycle_id = ? AND " + InLists.in("evaluated_id", chunk.size()),
                    JdbcEvaluationStore::read, parameters.toArray());
        }), Evaluation::evaluated, BY_SUBMISSION_THEN_ID);
        return read.values().stream().flatMap(List::stream).sorted(BY_EVALUATED_THEN_SUBMISSION_THEN_ID).toList();
    }

    @Override
    public List<Evaluation> of(AssessmentCycleId cycle, EmployeeId evaluated) {
        return transactions.withConnection(c -> Sql.query(c, SELECT + " WHERE cycle_id = ? AND evaluated_id = ?",
                JdbcEvaluationStore::read, cycle.value(), evaluated.value())).stream().sorted(BY_SUBMISSION_THEN_ID)
                .toList();
    }

    private static Evaluation read(Row row) throws SQLException {
        var evaluator = EmployeeId.of(row.string("evaluator_id"));
        var inPlaceOf = row.optionalString("stand_in_for").map(EmployeeId::of);
        var basis = row.optionalEnum(StandIn.Basis.class, "stand_in_basis");
        return new Evaluation(EvaluationId.of(row.string("id")), AssessmentCycleId.of(row.string("cycle_id")),
                EmployeeId.of(row.string("evaluated_id")), evaluator,
                row.enumValue(EvaluatorRole.class, "evaluator_role"),
                inPlaceOf.flatMap(absent -> basis.map(b -> new StandIn(evaluator, absent, b))),
                new ComponentScores(row.integer("task_acceptance"), row.integer("task_execution"),
                        row.integer("rules_and_discipline")),
                row.string("evaluation_comment"), row.instant("submitted_at"));
    }
}
