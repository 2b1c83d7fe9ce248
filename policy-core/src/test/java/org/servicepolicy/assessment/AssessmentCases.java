package org.servicepolicy.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.PolicyVersions;
import org.servicepolicy.policy.StandardPolicy;

/**
 * Facts of the compliance assessment, built by hand for the pure rules: no store is involved.
 * HR (hr, hr2) in hq; the service department, whose manager supervises staff, colleague and
 * temp; the projects department, whose manager pm supervises the inspector.
 */
final class AssessmentCases {
    private static final Instant HIRED = Instant.parse("2024-01-01T00:00:00Z");

    /** An instant inside January 2026, when the January cycle is open. */
    static final Instant IN_JANUARY = Instant.parse("2026-01-10T10:00:00Z");
    /** An instant after January 2026, when the January cycle can be finalized. */
    static final Instant IN_FEBRUARY = Instant.parse("2026-02-02T10:00:00Z");
    static final Actor HR = actor("hr", Set.of(Role.HR), "hq");
    static final Actor MANAGER = actor("manager", Set.of(Role.MANAGER), "service");
    static final Actor PM = actor("pm", Set.of(Role.MANAGER), "projects");
    static final Actor STAFF = actor("staff", Set.of(Role.EMPLOYEE), "service");
    static final Actor COLLEAGUE = actor("colleague", Set.of(Role.EMPLOYEE), "service");
    static final Actor TEMP = actor("temp", Set.of(Role.EMPLOYEE), "service");
    static final List<String> SERVICE = List.of("colleague", "manager", "staff", "temp");
    /** Two peers of each member of the service department (§3.3.1). */
    static final Map<String, List<String>> PEERS = Map.of("manager", List.of("hr", "hr2"),
            "staff", List.of("colleague", "temp"), "colleague", List.of("staff", "temp"),
            "temp", List.of("staff", "colleague"));

    private AssessmentCases() {
    }

    static Actor actor(String id, Set<Role> roles, String department) {
        return new Actor(EmployeeId.of(id), roles, Optional.of(DepartmentId.of(department)));
    }

    /** The stamp of {@code actor} acting at {@code now}, with ids id-1, id-2, ... */
    static Stamp stamp(Actor actor, Instant now) {
        var ids = new AtomicInteger();
        return new Stamp(actor, now, () -> "id-" + ids.incrementAndGet());
    }

    static Employee employee(String id, EmployeeCategory category, String supervisor, String department) {
        return new Employee(EmployeeId.of(id), id, category, Optional.ofNullable(supervisor).map(EmployeeId::of),
                DepartmentId.of(department), 3, LocalDate.of(2024, 1, 1), EmploymentStatus.ON_POST,
                Optional.of(new Money(new BigDecimal("8000"), Currency.getInstance("CNY"))), Set.of(), HIRED, HIRED, 1);
    }

    /** An employee of {@code category} granted HR. */
    static Employee hrMember(String id, EmployeeCategory category, String supervisor, String department) {
        var employee = employee(id, category, supervisor, department);
        return new Employee(employee.id(), employee.name(), category, employee.supervisor(), employee.department(),
                employee.level(), employee.hireDate(), employee.status(), employee.monthlyWage(), Set.of(Role.HR),
                employee.effectiveFrom(), employee.levelSince(), employee.version());
    }

    /** Everyone of the company. */
    static Workforce workforce() {
        return new Workforce(List.of(
                employee("colleague", EmployeeCategory.STAFF, "manager", "service"),
                employee("hr", EmployeeCategory.STAFF, null, "hq"),
                employee("hr2", EmployeeCategory.STAFF, null, "hq"),
                employee("inspector", EmployeeCategory.STAFF, "pm", "projects"),
                employee("manager", EmployeeCategory.MANAGER, null, "service"),
                employee("pm", EmployeeCategory.MANAGER, null, "projects"),
                employee("staff", EmployeeCategory.STAFF, "manager", "service"),
                employee("temp", EmployeeCategory.TEMPORARY, "manager", "service")));
    }

    /** An open cycle of {@code departments} (none: the whole company) from {@code from} to {@code to}, in UTC. */
    static AssessmentCycle cycle(String id, LocalDate from, LocalDate to, String... departments) {
        var scope = departments.length == 0 ? CycleScope.company()
                : CycleScope.of(Arrays.stream(departments).map(DepartmentId::of).collect(Collectors.toSet()));
        return new AssessmentCycle(AssessmentCycleId.of(id), id, from, to, ZoneOffset.UTC, scope, CycleStatus.OPEN,
                from.atStartOfDay().toInstant(ZoneOffset.UTC), EmployeeId.of("hr"), Optional.empty(), Optional.empty(),
                1);
    }

    /** The service department's cycle over January 2026. */
    static AssessmentCycle january() {
        return cycle("2026-01", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "service");
    }

    /** The standard policy alone. */
    static PolicyVersions standardOnly() {
        return new PolicyVersions(List.of(StandardPolicy.definition()));
    }

    /** The standard policy, then version {@code version} from {@code from} with {@code changes}. */
    static PolicyVersions standardThen(String version, Instant from, Map<String, String> changes) {
        var settings = new HashMap<>(StandardPolicy.definition().settings());
        settings.putAll(changes);
        return new PolicyVersions(List.of(StandardPolicy.definition(), PolicyDefinition.of(version, from, settings)));
    }

    static Evaluation evaluation(AssessmentCycle cycle, String evaluator, String evaluated, EvaluatorRole role,
                                 int score) {
        return new Evaluation(EvaluationId.of(evaluator + "-" + evaluated), cycle.id(), EmployeeId.of(evaluated),
                EmployeeId.of(evaluator), role, Optional.empty(), new ComponentScores(score, score, score), "seen", IN_JANUARY);
    }

    /** Every evaluation {@code cycle} needs of the service department, each giving {@code scoreOf} the evaluated. */
    static List<Evaluation> everyEvaluation(AssessmentCycle cycle, Map<String, Integer> scoreOf) {
        var evaluations = new ArrayList<Evaluation>();
        for (var evaluated : SERVICE) {
            int score = scoreOf.get(evaluated);
            evaluations.add(evaluation(cycle, evaluated, evaluated, EvaluatorRole.SELF, score));
            if (!evaluated.equals("manager")) {
                evaluations.add(evaluation(cycle, "manager", evaluated, EvaluatorRole.SUPERIOR, score));
            }
            PEERS.get(evaluated).forEach(peer -> evaluations.add(evaluation(cycle, peer, evaluated, EvaluatorRole.PEER,
                    score)));
        }
        return evaluations;
    }

    /** The same score for everyone of the service department. */
    static Map<String, Integer> everyone(int score) {
        return Map.of("manager", score, "staff", score, "colleague", score, "temp", score);
    }

    static AssessmentFacts.Participation participation(AssessmentCycle cycle, PolicyVersions versions,
                                                       List<Evaluation> evaluations) {
        return new AssessmentFacts.Participation(new AssessmentFacts.Roll(cycle, workforce(), versions), evaluations);
    }

    /** The facts that grade {@code cycle}: its evaluations and no task fact, violation or penalty. */
    static AssessmentFacts.Grading grading(AssessmentCycle cycle, PolicyVersions versions, List<Evaluation> evaluations) {
        return new AssessmentFacts.Grading(participation(cycle, versions, evaluations), Map.of(), Map.of(), Map.of());
    }

    /** A finalized grade of {@code employee} in {@code cycle}. */
    static CycleGrade grade(AssessmentCycle cycle, String employee, Grade grade) {
        return new CycleGrade(cycle.id(), EmployeeId.of(employee), DepartmentId.of("service"), cycle.from(), cycle.to(),
                grade, new BigDecimal("92.00"), new ComponentValues(new BigDecimal("92.00"), new BigDecimal("92.00"),
                new BigDecimal("92.00")), new BigDecimal("0.08"), DecisionId.of("d-" + employee), StandardPolicy.VERSION,
                cycle.closesAt());
    }
}
