package org.servicepolicy.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.AssessmentPolicy;

/**
 * Every employee of the company, read at once, with their reporting lines: what deciding who is
 * assessed and who may evaluate whom (§3.3.1) needs, without a read per person up a line.
 */
public final class Workforce {
    private static final Comparator<EmployeeId> BY_ID = Comparator.comparing(EmployeeId::value);
    private final List<Employee> everyone;
    private final Map<EmployeeId, Employee> byId;
    private final Map<DepartmentId, List<Employee>> byDepartment;

    /** The workforce of {@code everyone}, ordered by id. */
    public Workforce(List<Employee> everyone) {
        this.everyone = List.copyOf(everyone);
        this.byId = this.everyone.stream().collect(Collectors.toMap(Employee::id, Function.identity()));
        this.byDepartment = this.everyone.stream().collect(Collectors.groupingBy(Employee::department));
    }

    /**
     * The workforce of a period that ended at {@code then} (or is still running): each employee's
     * department and reporting line as their record stood then (§1.2: a transfer after the period
     * does not move who assessed them), and whether they still work here as it stands now.
     * Employees hired after {@code then} are taken as they are now.
     *
     * @param asThen the records as they stood at the period's end
     * @param now    the records as they stand now
     */
    public static Workforce asItWas(List<Employee> asThen, List<Employee> now) {
        var then = asThen.stream().collect(Collectors.toMap(Employee::id, Function.identity()));
        return new Workforce(now.stream().map(current -> Optional.ofNullable(then.get(current.id()))
                .map(past -> past.withStatus(current.status())).orElse(current)).toList());
    }

    /** The employee with {@code id}. */
    public Optional<Employee> find(EmployeeId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The employees {@code cycle} assesses now, ordered by id. */
    public List<Employee> assessedIn(AssessmentCycle cycle) {
        return everyone.stream().filter(cycle::assesses).toList();
    }

    /**
     * §3.3.1: where {@code evaluator} stands towards {@code evaluated} ({@link EvaluatorRule}),
     * the evaluated employee's department colleagues counted as possible peers.
     */
    public EvaluatorRule.Standing standing(Employee evaluator, Employee evaluated, AssessmentPolicy policy) {
        var aboveEvaluated = superiorsOf(evaluated);
        var department = byDepartment.getOrDefault(evaluated.department(), List.of());
        return EvaluatorRule.standing(evaluator, evaluated, aboveEvaluated, superiorsOf(evaluator),
                superiorEvaluator(evaluated), () -> department.stream().filter(colleague ->
                        EvaluatorRule.possibleDepartmentPeer(colleague, evaluated, aboveEvaluated,
                                superiorsOf(colleague))).count(), policy);
    }

    /**
     * §3.3.1: who gives {@code evaluated}'s superior evaluation ({@link SuperiorEvaluator}); empty
     * for an employee without a direct superior. A superior missing from the workforce counts as
     * no longer employed.
     */
    public Optional<SuperiorEvaluator> superiorEvaluator(Employee evaluated) {
        var direct = evaluated.supervisor();
        if (direct.isEmpty()) {
            return Optional.empty();
        }
        if (employed(direct.get())) {
            return Optional.of(new SuperiorEvaluator(direct.get(), Optional.empty(), List.of(direct.get())));
        }
        var up = superiorsOf(evaluated).stream().filter(id -> !id.equals(evaluated.id()) && employed(id)).findFirst();
        if (up.isPresent()) {
            return standIn(direct.get(), StandIn.Basis.NEXT_SUPERIOR, List.of(up.get()));
        }
        // A stand-in never comes from below the evaluated employee: a subordinate would rate the
        // person who rates them (§1.3.3).
        var managers = byDepartment.getOrDefault(evaluated.department(), List.of()).stream()
                .filter(e -> e.roles().contains(Role.MANAGER) && outsideLineBelow(e, evaluated))
                .map(Employee::id).sorted(BY_ID).toList();
        if (!managers.isEmpty()) {
            return standIn(direct.get(), StandIn.Basis.DEPARTMENT_MANAGER, managers);
        }
        return standIn(direct.get(), StandIn.Basis.HR, everyone.stream()
                .filter(e -> e.roles().contains(Role.HR) && outsideLineBelow(e, evaluated)).map(Employee::id)
                .sorted(BY_ID).toList());
    }

    private static Optional<SuperiorEvaluator> standIn(EmployeeId direct, StandIn.Basis basis, List<EmployeeId> who) {
        return Optional.of(new SuperiorEvaluator(direct, Optional.of(basis), who));
    }

    /** Whether {@code candidate} is someone other than {@code evaluated} and not below them in any line. */
    private boolean outsideLineBelow(Employee candidate, Employee evaluated) {
        return !candidate.id().equals(evaluated.id()) && !superiorsOf(candidate).contains(evaluated.id());
    }

    private boolean employed(EmployeeId id) {
        return find(id).filter(e -> e.status().employed()).isPresent();
    }

    /** Everyone above {@code employee} in the reporting line, nearest first; a loop in the line ends it. */
    private Set<EmployeeId> superiorsOf(Employee employee) {
        return employee.superiors(this::find);
    }
}
