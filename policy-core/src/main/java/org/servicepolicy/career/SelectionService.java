package org.servicepolicy.career;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.UnitOfWork;

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
        throw new UnsupportedOperationException("open");
    }

    /**
     * {@code actor} applies now, for themself, while the selection takes applications: refused,
     * with the unmet promotion conditions, unless they meet every one now, and for a position below
     * their level or the one they hold.
     */
    public Selection apply(Actor actor, SelectionId id) {
        throw new UnsupportedOperationException("apply");
    }

    /**
     * HR decides a closed selection: chooses one applicant or none; every applicant gets a decision
     * with HR's reason, and the chosen one moves to the position in the same transaction.
     */
    public SelectionResult decide(Actor actor, SelectionId id, DecideSelection command) {
        throw new UnsupportedOperationException("decide");
    }

    /** One selection, readable by all staff: HR sees every application, anyone else their own. */
    public Selection selection(Actor actor, SelectionId id) {
        throw new UnsupportedOperationException("selection");
    }

    /** Every selection, newest first, shown as {@link #selection} shows each. */
    public List<Selection> selections(Actor actor) {
        throw new UnsupportedOperationException("selections");
    }
}
