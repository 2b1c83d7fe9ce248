package org.servicepolicy.career;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.people.Employee;
import org.servicepolicy.service.evaluation.ServiceEvaluationResult;
import org.servicepolicy.training.TrainingObligation;

/**
 * Use cases of promotion eligibility (§4.3.2). Each loads the facts as of one instant, the
 * clock's, with the policy version in force then, and decides in {@link CareerRules}.
 */
public final class CareerService {
    /** The decision kind of a recorded promotion eligibility. */
    public static final DecisionKind ELIGIBILITY = CareerRules.ELIGIBILITY;

    private final UnitOfWork<CareerStores> work;

    /** Wires the service to its unit of work. */
    public CareerService(UnitOfWork<CareerStores> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /**
     * Whether {@code employee} meets the promotion conditions now, without storing anything: the
     * employee, their department's manager and HR may ask.
     */
    public PromotionEligibility eligibility(Actor actor, EmployeeId employee) {
        Objects.requireNonNull(employee, "employee");
        var now = work.now();
        return work.run(actor, now, stores -> standing(stores, employee, now),
                (facts, stamp) -> CareerRules.eligibility(employee, facts, stamp));
    }

    /** Checks {@code employee}'s promotion conditions and stores the decision that records them (HR only). */
    public Decision recordEligibility(Actor actor, EmployeeId employee) {
        Objects.requireNonNull(employee, "employee");
        var now = work.now();
        return work.run(actor, now, stores -> standing(stores, employee, now),
                (facts, stamp) -> CareerRules.recordEligibility(employee, facts, stamp));
    }

    /** The employees of {@code department} who meet every promotion condition now, by id (HR only). */
    public List<PromotionEligibility> eligibleIn(Actor actor, DepartmentId department) {
        Objects.requireNonNull(department, "department");
        var now = work.now();
        return work.run(actor, now, stores -> {
            var employees = stores.employees().inDepartment(department);
            var ids = employees.stream().map(Employee::id).toList();
            // the grade store answers one employee at a time; penalties are read for all at once
            var grades = ids.stream().collect(Collectors.toMap(Function.identity(), stores.grades()::of));
            var services = stores.services().resultsOfAll(ids).stream()
                    .collect(Collectors.groupingBy(ServiceEvaluationResult::employee));
            var training = employees.stream().collect(Collectors.toMap(Employee::id,
                    e -> obligations(stores, e, now)));
            return new CareerFacts.DepartmentStanding(stores.departments().find(department), employees, grades,
                    stores.penalties().ofAll(ids), services, training, stores.policies().inForceAt(now));
        }, (facts, stamp) -> CareerRules.eligibleIn(department, facts, stamp));
    }

    private static CareerFacts.Standing standing(CareerStores stores, EmployeeId employee, Instant now) {
        var found = stores.employees().find(employee);
        return new CareerFacts.Standing(found, stores.grades().of(employee),
                stores.penalties().of(employee), stores.services().resultsOfAll(List.of(employee)),
                found.map(e -> obligations(stores, e, now)).orElse(List.of()), stores.policies().inForceAt(now));
    }

    private static List<TrainingObligation> obligations(CareerStores stores, Employee employee, Instant now) {
        return TrainingOwed.by(employee, stores.employees(), stores.training(), stores.services(),
                stores.policies().inForceAt(now), now);
    }
}
