package org.servicepolicy.jdbc;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.ComponentValues;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.assessment.CycleGradeStore;
import org.servicepolicy.jdbc.internal.InLists;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.Grade;

/**
 * Finalized grades in {@code servicepolicy_cycle_grade}, append-only, one per cycle and
 * employee (its primary key). A cycle's grades, or an employee's, are read in one query; many
 * employees' in one query per chunk of ids; a finalized cycle's grades are written in batches.
 */
final class JdbcCycleGradeStore implements CycleGradeStore {
    private static final String COLUMNS = "cycle_id, employee_id, department_id, period_from, period_to, grade, total,"
            + " task_acceptance, task_execution, rules_and_discipline, salary_adjustment, decision_id,"
            + " policy_version, finalized_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM servicepolicy_cycle_grade";
    private static final String INSERT = "INSERT INTO servicepolicy_cycle_grade (" + COLUMNS + ") VALUES (?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Grades per batch: large enough to save the round trips, small enough to bound the driver's buffers. */
    private static final int BATCH = 1000;
    private static final Comparator<CycleGrade> BY_EMPLOYEE = Comparator.comparing(g -> g.employee().value());
    private static final Comparator<CycleGrade> OLDEST_PERIOD_FIRST = Comparator.comparing(CycleGrade::periodTo)
            .thenComparing(g -> g.cycle().value());

    private final JdbcTransactions transactions;

    JdbcCycleGradeStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(CycleGrade grade) {
        Objects.requireNonNull(grade, "grade");
        transactions.withConnection(c -> {
            Sql.insertNew(c, "grade", "of " + grade.employee() + " in cycle " + grade.cycle(), INSERT,
                    parameters(grade));
            return null;
        });
    }

    /** One batched INSERT per {@value #BATCH} grades, so that finalizing a cycle does not pay a round trip per employee. */
    @Override
    public void addAll(List<CycleGrade> grades) {
        var rows = grades.stream().map(g -> parameters(Objects.requireNonNull(g, "grade"))).toList();
        transactions.withConnection(c -> {
            for (int from = 0; from < rows.size(); from += BATCH) {
                var chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
                try {
                    Sql.batch(c, INSERT, chunk);
                } catch (SQLException e) {
                    if (Sql.isUniqueViolation(e)) {
                        throw ConflictException.duplicate("grade", "in cycle " + grades.get(from).cycle());
                    }
                    throw e;
                }
            }
            return null;
        });
    }

    private static Object[] parameters(CycleGrade grade) {
        var components = grade.components();
        return new Object[] {grade.cycle().value(), grade.employee().value(), grade.department().value(),
                grade.periodFrom(), grade.periodTo(), grade.grade(), grade.total(), components.taskAcceptance(),
                components.taskExecution(), components.rulesAndDiscipline(), grade.salaryAdjustment().toPlainString(),
                grade.decision().value(), grade.policyVersion(), grade.finalizedAt()};
    }

    @Override
    public Optional<CycleGrade> find(AssessmentCycleId cycle, EmployeeId employee) {
        return transactions.withConnection(c -> Sql.queryOne(c, SELECT + " WHERE cycle_id = ? AND employee_id = ?",
                JdbcCycleGradeStore::read, cycle.value(), employee.value()));
    }

    @Override
    public List<CycleGrade> inCycle(AssessmentCycleId cycle) {
        // Sorted here so that employees fall in Java's order of ids, whatever the collation.
        return transactions.withConnection(c -> Sql.query(c, SELECT + " WHERE cycle_id = ?",
                JdbcCycleGradeStore::read, cycle.value())).stream().sorted(BY_EMPLOYEE).toList();
    }

    @Override
    public List<CycleGrade> of(EmployeeId employee) {
        return transactions.withConnection(c -> Sql.query(c, SELECT + " WHERE employee_id = ?",
                JdbcCycleGradeStore::read, employee.value())).stream().sorted(OLDEST_PERIOD_FIRST).toList();
    }

    @Override
    public Map<EmployeeId, List<CycleGrade>> ofAll(Collection<EmployeeId> employees) {
        Objects.requireNonNull(employees, "employees");
        return InLists.grouped(employees, chunk -> transactions.withConnection(c -> Sql.query(c,
                        SELECT + " WHERE " + InLists.in("employee_id", chunk.size()), JdbcCycleGradeStore::read,
                        chunk.stream().map(EmployeeId::value).toArray())), CycleGrade::employee, OLDEST_PERIOD_FIRST);
    }

    private static CycleGrade read(Row row) throws SQLException {
        return new CycleGrade(AssessmentCycleId.of(row.string("cycle_id")), EmployeeId.of(row.string("employee_id")),
                DepartmentId.of(row.string("department_id")), row.date("period_from"), row.date("period_to"),
                row.enumValue(Grade.class, "grade"), row.decimal("total"),
                new ComponentValues(row.decimal("task_acceptance"), row.decimal("task_execution"),
                        row.decimal("rules_and_discipline")),
                new BigDecimal(row.string("salary_adjustment")), DecisionId.of(row.string("decision_id")),
                row.string("policy_version"), row.instant("finalized_at"));
    }
}
