package org.servicepolicy.service.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.people.Department;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.rewards.RewardService;
import org.servicepolicy.service.ServiceFinding;

/**
 * Use cases of the periodic service evaluation (§2.3.3, §5.2.2): HR opens a period; the
 * superior and the service supervision group score; HR and the group enter customers' scores;
 * HR finalises the period, which stores every result, proposes the rewards of EXCELLENT results
 * (§3.3.2) and, for SUBSTANDARD ones, opens a training follow-up and records a company-rule
 * violation whose penalty the discipline ladder proposes (§3.3.3), all in one transaction. Each
 * command loads its facts by set, decides in {@link ServiceEvaluationRules} with
 * {@link ServiceEvaluationAccess}, and commits through the unit of work.
 */
public final class ServiceEvaluationService {
    private final UnitOfWork<ServiceEvaluationStores> work;
    private final PolicyService policies;
    private final RewardService rewards;
    private final ServiceEvaluationViolations violations;

    /** Wires the service to its unit of work, the policy versions, the rewards and the discipline ladder. */
    public ServiceEvaluationService(UnitOfWork<ServiceEvaluationStores> work, PolicyService policies,
                                    RewardService rewards, ServiceEvaluationViolations violations) {
        this.work = Objects.requireNonNull(work, "work");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.rewards = Objects.requireNonNull(rewards, "rewards");
        this.violations = Objects.requireNonNull(violations, "violations");
    }

    /** Opens a period (HR only); periods whose scopes overlap may not share a day. */
    public ServiceEvaluationPeriod open(Actor actor, OpenServiceEvaluationPeriod command) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(ServiceEvaluationAccess.mayOpen(actor));
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var now = work.now();
        return work.run(actor, now, stores -> new ServiceEvaluationFacts.Opening(
                        stores.departments().all().stream().map(Department::id).collect(Collectors.toSet()),
                        stores.evaluations().periods(), policies.inForceAt(now)),
                (facts, stamp) -> ServiceEvaluationRules.open(command, facts, stamp));
    }

    /** The acting superior or supervision-group member scores an employee in an open period. */
    public InternalScore score(Actor actor, ServiceEvaluationPeriodId periodId, SubmitServiceScores command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(periodId, "periodId");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        return work.run(actor, stores -> new ServiceEvaluationFacts.Scoring(period(stores, periodId),
                        stores.employees().find(EmployeeId.of(command.employeeId())).orElseThrow(() ->
                                Refusal.invalid("employeeId", "no such employee: " + command.employeeId())
                                        .toException())),
                (facts, stamp) -> ServiceEvaluationRules.score(command, facts, stamp));
    }

    /** HR or the supervision group enters a customer's score in the ledger, never about themself. */
    public CustomerScore recordCustomerScore(Actor actor, RecordCustomerScore command) {
        Objects.requireNonNull(actor, "actor");
        new Inputs().present(command, "body").throwIfAny();
        var now = work.now();
        command.requireValid(now);
        return work.run(actor, now, stores -> new ServiceEvaluationFacts.CustomerScoring(stores.employees()
                        .find(EmployeeId.of(command.employeeId())).orElseThrow(() ->
                                Refusal.invalid("employeeId", "no such employee: " + command.employeeId())
                                        .toException())),
                (facts, stamp) -> ServiceEvaluationRules.recordCustomerScore(command, facts, stamp));
    }

    /**
     * Finalises a period (HR only, never one that evaluates themself) once it has ended: stores
     * every result, proposes the rewards of EXCELLENT ones, and for SUBSTANDARD ones opens a
     * follow-up and records the violation the ladder penalises, all in one transaction.
     * Finalising a finalised period answers its stored results and changes nothing.
     */
    public FinalisedServicePeriod finalise(Actor actor, ServiceEvaluationPeriodId periodId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(periodId, "periodId");
        Refusal.raise(ServiceEvaluationAccess.mayFinalise(actor));
        return work.together(() -> {
            var finalised = work.run(actor, stores -> finalising(stores, periodId), ServiceEvaluationRules::finalise);
            finalised.achievements().forEach(achievement -> rewards.recognise(actor, achievement));
            var recorded = finalised.violations().stream().map(proposed -> violations.record(actor,
                    RecordViolation.companyRule(proposed.result().employee().value(),
                            finalised.period().closesAt().minusNanos(1000), RuleArea.SERVICE, proposed.severity(),
                            "service evaluation %s (period %s, %s to %s): SUBSTANDARD, score %s%s".formatted(
                                    proposed.result().id(), finalised.period().id(), finalised.period().from(),
                                    finalised.period().to(), proposed.result().score().toPlainString(),
                                    proposed.repeated() ? ", the second in a row" : "")))).toList();
            return new FinalisedServicePeriod(finalised.period(), finalised.results(), finalised.followUps(), recorded);
        });
    }

    /** One period; every employee may see periods. */
    public ServiceEvaluationPeriod period(Actor actor, ServiceEvaluationPeriodId id) {
        Objects.requireNonNull(actor, "actor");
        return period(work.stores(), id);
    }

    /** Every period, by first day; every employee may see periods. */
    public List<ServiceEvaluationPeriod> periods(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return work.stores().evaluations().periods();
    }

    /**
     * The internal scores of a period HR and the group may read, a manager those of their
     * department; an employee reads their own without who scored them.
     */
    public List<InternalScoreView> scores(Actor actor, ServiceEvaluationPeriodId id) {
        Objects.requireNonNull(actor, "actor");
        var stores = work.stores();
        period(stores, id);
        var scores = stores.evaluations().scoresIn(id);
        var people = stores.employees().all().stream().collect(Collectors.toMap(Employee::id, Function.identity()));
        return scores.stream().filter(s -> people.containsKey(s.employee()))
                .filter(s -> ServiceEvaluationAccess.mayRead(actor, people.get(s.employee())))
                .map(s -> InternalScoreView.of(s, ServiceEvaluationAccess.mayKnowScorer(actor, people.get(s.employee()))))
                .toList();
    }

    /** The finalised service evaluations of {@code employee}, oldest period first: the employee, their manager, HR and the group. */
    public List<ServiceEvaluationResult> resultsOf(Actor actor, EmployeeId employeeId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(employeeId, "employeeId");
        var stores = work.stores();
        var employee = stores.employees().find(employeeId).filter(e -> ServiceEvaluationAccess.mayRead(actor, e))
                .orElseThrow(() -> new NotFoundException("employee", employeeId));
        return stores.evaluations().resultsOfAll(List.of(employee.id()));
    }

    /** The training follow-ups of {@code employee}, oldest first: the employee, their manager, HR and the group. */
    public List<ServiceTrainingFollowUp> followUpsOf(Actor actor, EmployeeId employeeId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(employeeId, "employeeId");
        var stores = work.stores();
        var employee = stores.employees().find(employeeId).filter(e -> ServiceEvaluationAccess.mayRead(actor, e))
                .orElseThrow(() -> new NotFoundException("employee", employeeId));
        return stores.evaluations().followUpsOf(employee.id());
    }

    private static ServiceEvaluationPeriod period(ServiceEvaluationStores stores, ServiceEvaluationPeriodId id) {
        return stores.evaluations().period(id)
                .orElseThrow(() -> Refusal.missing("service evaluation period", id).toException());
    }

    /**
     * The period, held; when open, the employees it evaluates and every input of the period,
     * each read at once for all of them, and the policy in force at its last instant.
     */
    private ServiceEvaluationFacts.Finalising finalising(ServiceEvaluationStores stores, ServiceEvaluationPeriodId id) {
        var period = period(stores, id);
        var policy = policies.inForceAt(period.closesAt().minusNanos(1000));
        if (period.status() == ServiceEvaluationPeriod.Status.FINALISED) {
            return new ServiceEvaluationFacts.Finalising(period, List.of(), List.of(), List.of(), Map.of(), Map.of(),
                    stores.evaluations().resultsIn(id), policy);
        }
        var evaluated = stores.employees().all().stream().filter(period::evaluates)
                .sorted(Comparator.comparing(e -> e.id().value())).toList();
        var ids = evaluated.stream().map(Employee::id).toList();
        var findings = stores.supervision().findingsOfAll(ids).entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().stream().filter(f -> inPeriod(f, period)).toList()));
        var earlier = stores.evaluations().resultsOfAll(ids).stream()
                .collect(Collectors.groupingBy(ServiceEvaluationResult::employee));
        return new ServiceEvaluationFacts.Finalising(period, evaluated,
                stores.customerScores().ofAll(ids, period.startsAt(), period.closesAt()),
                stores.evaluations().scoresIn(id), findings, earlier, List.of(), policy);
    }

    private static boolean inPeriod(ServiceFinding finding, ServiceEvaluationPeriod period) {
        return !finding.observedAt().isBefore(period.startsAt()) && finding.observedAt().isBefore(period.closesAt());
    }
}
