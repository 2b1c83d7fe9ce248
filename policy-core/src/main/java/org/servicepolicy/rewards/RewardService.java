package org.servicepolicy.rewards;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.people.Employee;

/**
 * Use cases of rewards (§3.3.2, §2.3.3, §2.3.1, §5.2.1): the policy's reward rules turn
 * achievements into proposed rewards, which HR approves and grants or rejects. Public
 * commendations are listed to every employee. Each command is one transaction: it loads its
 * facts, decides in {@link RewardRules} and commits through the unit of work.
 */
public final class RewardService {
    /** The decision kind of a reward proposal. */
    public static final DecisionKind PROPOSAL = RewardRules.PROPOSAL;

    private final UnitOfWork<RewardStores> work;

    /** Wires the service to its unit of work. */
    public RewardService(UnitOfWork<RewardStores> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /**
     * Proposes the rewards that the rules in force when {@code achievement} happened give for it,
     * inside the caller's transaction, each with a stored decision that explains it. An
     * achievement already recognised proposes nothing new: the rewards proposed the first time
     * are returned. Called by the capability that established the achievement (the assessment,
     * suggestions), which has already decided that {@code actor} may establish it.
     */
    public List<Reward> recognise(Actor actor, Achievement achievement) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(achievement, "achievement");
        var employee = achievement.employee();
        return work.run(actor, stores -> new RewardFacts.Recognising(stores.employees().find(employee),
                        stores.policies().inForceAt(achievement.occurredAt()), stores.rewards().of(employee)),
                (facts, stamp) -> RewardRules.recognise(achievement, facts, stamp));
    }

    /** Approves a proposed reward (HR; nobody approves their own). */
    public Reward approve(Actor actor, RewardId id) {
        return move(actor, id, (found, stamp) -> RewardRules.approve(id, found, stamp));
    }

    /** Grants an approved reward (HR; nobody grants their own). */
    public Reward grant(Actor actor, RewardId id) {
        return move(actor, id, (found, stamp) -> RewardRules.grant(id, found, stamp));
    }

    /** Rejects a proposed or approved reward, with a reason (HR; nobody rejects their own). */
    public Reward reject(Actor actor, RewardId id, String reason) {
        new Inputs().text(reason, "reason").throwIfAny();
        return move(actor, id, (found, stamp) -> RewardRules.reject(id, found, reason.strip(), stamp));
    }

    private Reward move(Actor actor, RewardId id, UnitOfWork.Decide<Optional<Reward>, RewardStores, Reward> decide) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return work.run(actor, stores -> stores.rewards().find(id), decide);
    }

    /**
     * The rewards the actor may see, optionally only those in {@code status}: HR every reward, a
     * manager their department's, everyone their own.
     */
    public List<Reward> rewards(Actor actor, Optional<RewardStatus> status) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(status, "status");
        var employees = employeesById();
        return work.stores().rewards().all().stream()
                .filter(r -> status.isEmpty() || r.status() == status.get())
                .filter(r -> Optional.ofNullable(employees.get(r.employee()))
                        .filter(e -> RewardAccess.mayView(actor, e)).isPresent())
                .toList();
    }

    /** The rewards of {@code employee}: the employee, their department's manager and HR may see them. */
    public List<Reward> rewardsOf(Actor actor, EmployeeId employee) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(employee, "employee");
        var subject = work.stores().employees().find(employee).filter(e -> RewardAccess.mayView(actor, e))
                .orElseThrow(() -> Refusal.missing("employee", employee).toException());
        return work.stores().rewards().of(subject.id());
    }

    /** One reward, if the actor may see its employee's rewards. */
    public Reward reward(Actor actor, RewardId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        var stores = work.stores();
        return stores.rewards().find(id)
                .filter(r -> stores.employees().find(r.employee()).filter(e -> RewardAccess.mayView(actor, e)).isPresent())
                .orElseThrow(() -> Refusal.missing("reward", id).toException());
    }

    /** The granted public commendations (§3.3.2: role models are publicised), newest first; every employee sees them. */
    public List<Commendation> commendations(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return RewardRules.commendations(work.stores().rewards().all(), employeesById());
    }

    private Map<EmployeeId, Employee> employeesById() {
        return work.stores().employees().all().stream().collect(Collectors.toMap(Employee::id, Function.identity()));
    }
}
