package org.servicepolicy.career;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.assessment.CycleGradeStore;
import org.servicepolicy.discipline.PenaltyStore;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.AuditTrail;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.DecisionStore;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.IdGenerator;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Transactions;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyService;

/** Use cases of promotion eligibility (§4.3.2). */
public final class CareerService {
    /** The decision kind of a recorded promotion eligibility. */
    public static final DecisionKind ELIGIBILITY = DecisionKind.of("career.promotion-eligibility");

    private final EmployeeStore employees;
    private final DepartmentStore departments;
    private final CycleGradeStore grades;
    private final PenaltyStore penalties;
    private final DecisionStore decisions;
    private final PolicyService policies;
    private final Transactions transactions;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the service to its ports. */
    public CareerService(EmployeeStore employees, DepartmentStore departments, CycleGradeStore grades,
                         PenaltyStore penalties, DecisionStore decisions, PolicyService policies,
                         Transactions transactions, EventPublisher events, AuditTrail audit, IdGenerator ids,
                         Clock clock) {
        this.employees = Objects.requireNonNull(employees, "employees");
        this.departments = Objects.requireNonNull(departments, "departments");
        this.grades = Objects.requireNonNull(grades, "grades");
        this.penalties = Objects.requireNonNull(penalties, "penalties");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Whether {@code employee} meets the promotion conditions now, without storing anything: the
     * employee, their department's manager and HR may ask.
     */
    public PromotionEligibility eligibility(Actor actor, EmployeeId employee) {
        Objects.requireNonNull(actor, "actor");
        var subject = existing(employee);
        Access.requireViewPersonnel(actor, subject, "employee", employee);
        return assess(subject);
    }

    /** Checks {@code employee}'s promotion conditions and stores the decision that records them (HR only). */
    public Decision recordEligibility(Actor actor, EmployeeId employee) {
        Objects.requireNonNull(actor, "actor");
        requireHr(actor, "record promotion eligibility");
        Access.requireNotOwnCase(actor, employee, "record promotion eligibility");
        return transactions.inTransaction(() -> {
            var eligibility = assess(existing(employee));
            var now = clock.instant();
            var decision = new Decision(DecisionId.of(ids.next()), ELIGIBILITY, employee, eligibility.outcome(),
                    eligibility.reasons(), eligibility.policyVersion(), eligibility.asOf(), now, Optional.of(actor.id()));
            decisions.append(decision);
            events.publish(new CareerEvents.PromotionEligibilityDecided(employee.value(), eligibility.outcome(),
                    decision.id().value(), now));
            audit.record(new AuditEntry(now, actor.id(), "career.record-eligibility", "employee", employee.value(),
                    eligibility.outcome()));
            return decision;
        });
    }

    /** The employees of {@code department} who meet every promotion condition now, by id (HR only). */
    public List<PromotionEligibility> eligibleIn(Actor actor, DepartmentId department) {
        Objects.requireNonNull(actor, "actor");
        requireHr(actor, "list the employees eligible for promotion");
        departments.find(department).orElseThrow(() -> new NotFoundException("department", department));
        return employees.inDepartment(department).stream().map(this::assess).filter(PromotionEligibility::eligible)
                .toList();
    }

    private PromotionEligibility assess(Employee employee) {
        var now = clock.instant();
        return PromotionRule.assess(employee, grades.of(employee.id()), penalties.of(employee.id()),
                policies.inForceAt(now), now);
    }

    private static void requireHr(Actor actor, String what) {
        if (!actor.isHr()) {
            throw new AccessDeniedException("only HR may " + what);
        }
    }

    private Employee existing(EmployeeId id) {
        return employees.find(id).orElseThrow(() -> new NotFoundException("employee", id));
    }
}
