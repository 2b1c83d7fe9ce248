package org.servicepolicy.career;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.people.ChangeEmployment;

/**
 * Use cases of internal selection (§4.3.2: promotion is fair, by internal selection and
 * competition; cross-department moves are offered): HR opens a selection for a position; an
 * employee who meets every promotion condition ({@link PromotionRule}) as of their application
 * applies, from any department; once it closes HR chooses one applicant or none, never deciding
 * a selection they applied to, each applicant's outcome a decision with reasons; the chosen
 * applicant moves to the position's level and department through the people capability in the
 * same transaction, their time at level starting again when the level changes.
 */
public final class SelectionService {
    /** The decision kind of the outcome of a selection for one applicant. */
    public static final DecisionKind DECISION = SelectionRules.DECISION;

    private final UnitOfWork<SelectionStores> work;
    private final EmploymentChanges employment;

    /** Wires the service to its unit of work and the people capability's change of employment. */
    public SelectionService(UnitOfWork<SelectionStores> work, EmploymentChanges employment) {
        this.work = Objects.requireNonNull(work, "work");
        this.employment = Objects.requireNonNull(employment, "employment");
    }

    /** HR opens a selection now. */
    public Selection open(Actor actor, OpenSelection command) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(SelectionAccess.mayOpen(actor));
        new Inputs().present(command, "body").throwIfAny();
        var now = work.now();
        command.requireValid(work.stores().policies().inForceAt(now).company().lowestLevel(), now);
        return work.run(actor, now, s -> s.departments().find(DepartmentId.of(command.departmentId())).isPresent(),
                (exists, stamp) -> SelectionRules.open(command, exists, stamp));
    }

    /**
     * {@code actor} applies now, for themself, while the selection takes applications: refused,
     * with the unmet promotion conditions, unless they meet every one now, and for a position below
     * their level or the one they hold.
     */
    public Selection apply(Actor actor, SelectionId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        var now = work.now();
        return SelectionAccess.shown(actor, work.run(actor, now, s -> {
            var applicant = s.employees().findForDecision(actor.id());
            var policy = s.policies().inForceAt(now);
            return new SelectionFacts.Applying(found(s, id), applicant, s.grades().of(actor.id()),
                    s.penalties().of(actor.id()), s.services().resultsOfAll(List.of(actor.id())),
                    applicant.map(e -> TrainingOwed.by(e, s.employees(), s.training(), s.services(), policy, now))
                            .orElse(List.of()), policy);
        }, (facts, stamp) -> SelectionRules.apply(facts, stamp)));
    }

    /**
     * HR decides a closed selection: chooses one applicant or none; every applicant gets a decision
     * with HR's reason, and the chosen one moves to the position in the same transaction.
     */
    public SelectionResult decide(Actor actor, SelectionId id, DecideSelection command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var now = work.now();
        var policy = work.stores().policies().inForceAt(now);
        return work.together(() -> {
            var decided = work.run(actor, now, s -> found(s, id),
                    (selection, stamp) -> SelectionRules.decide(selection, command, policy, stamp));
            var selection = decided.selection();
            var moved = selection.chosen().map(chosen -> employment.change(actor, chosen, ChangeEmployment.because(
                    "chosen in internal selection " + selection.id() + " for " + selection.position() + ": "
                            + command.reason().strip()).transferTo(selection.department().value())
                    .atLevel(selection.level())));
            return new SelectionResult(selection, decided.decisions(), moved);
        });
    }

    /** One selection, readable by all staff: HR sees every application, anyone else their own. */
    public Selection selection(Actor actor, SelectionId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return SelectionAccess.shown(actor, found(work.stores(), id));
    }

    /** Every selection, newest first, shown as {@link #selection} shows each. */
    public List<Selection> selections(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return work.stores().selections().all().stream().map(s -> SelectionAccess.shown(actor, s)).toList();
    }

    private static Selection found(SelectionStores stores, SelectionId id) {
        return stores.selections().find(id).orElseThrow(() -> new NotFoundException("selection", id));
    }
}
