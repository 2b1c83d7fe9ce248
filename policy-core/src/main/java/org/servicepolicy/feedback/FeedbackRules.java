package org.servicepolicy.feedback;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.policy.PolicyDefinition;

/**
 * What every decision on customer feedback shares (§2.3.2): the actor customers' commands and the
 * sweep act as, the decision kinds, and the one step that records an item's deadlines and
 * schedules its checkpoints whenever they are set or move.
 *
 * <p>A decision is about an employee. A deadline or routing decision is about whoever answers for
 * the item: the responsible employee, else the manager of the department it is routed to, else
 * the employee who recorded it. An item submitted online and not routed yet has nobody to answer
 * for it, so its deadlines are recorded when it is routed; they are explained on demand by
 * {@link FeedbackClock#explain} meanwhile.
 */
public final class FeedbackRules {
    /**
     * Who customers' commands (with their tracking token) and the sweep are recorded as: the
     * customer is no employee, and decisions never name them.
     */
    public static final Actor CUSTOMER_FEEDBACK = new Actor(EmployeeId.of("customer-feedback"), Set.of(Role.EMPLOYEE),
            Optional.empty());
    /** The decision kind of an item's due times, explained, whenever they are set or move. */
    public static final DecisionKind DEADLINE = DecisionKind.of("feedback.deadline");
    /** The decision kind of routing an item by the policy's rules or by triage. */
    public static final DecisionKind ROUTING = DecisionKind.of("feedback.routing");
    /** The decision kind of a ruling on a complaint or a praise. */
    public static final DecisionKind RULING = DecisionKind.of("feedback.ruling");
    /** The decision kind of a finding customer feedback made. */
    public static final DecisionKind FINDING = DecisionKind.of("feedback.finding");

    private FeedbackRules() {
    }

    /** Whoever answers for {@code item}: the responsible employee, else the department's manager, else the recorder. */
    static Optional<EmployeeId> answerable(FeedbackItem item, Optional<EmployeeId> manager) {
        return item.responsible().or(() -> manager).or(item::recordedBy);
    }

    /**
     * §2.3.2: stores {@code next} (the item as the change answers it), schedules its checkpoints,
     * and, when its due times are set or moved, records them explained about whoever answers for it.
     *
     * @param moved whether the due times were set or moved by this command
     */
    static Change<FeedbackStores, FeedbackItem> store(Outcome.Draft<FeedbackStores> draft,
                                                      Change<FeedbackStores, FeedbackItem> write, FeedbackItem next,
                                                      PolicyDefinition policy, Optional<EmployeeId> manager,
                                                      boolean moved, Stamp stamp) {
        var stored = draft.change(write);
        var checkpoints = FeedbackClock.checkpoints(next, policy);
        draft.change(Change.of(s -> {
            s.feedback().schedule(next.id(), checkpoints);
            return checkpoints;
        }));
        var reasons = FeedbackClock.explain(next, policy);
        var subject = answerable(next, manager);
        if (moved && subject.isPresent() && !reasons.isEmpty()) {
            var outcome = checkpoints.stream().filter(c -> c.stage().equals(FeedbackClock.BREACH))
                    .map(c -> c.clock() + " due " + c.at()).collect(Collectors.joining(", "));
            draft.decision(stamp.decision(DEADLINE, subject.get(), outcome.isEmpty() ? "STOPPED" : outcome, reasons,
                    next.policyVersion(), stamp.now()));
        }
        return stored;
    }

    /** The refusal of {@code action} on {@code item} unless its status is one of {@code allowed}. */
    static Optional<Refusal> unlessIn(FeedbackItem item, String action, FeedbackStatus... allowed) {
        return List.of(allowed).contains(item.status()) ? Optional.empty()
                : Optional.of(Refusal.transition("feedback item", item.id(), item.status(), action));
    }

    /** A reason citing §2.3.2 with facts. */
    static Reason reason(String rule, String message, Object... facts) {
        return Reason.of("§2.3.2", rule, message, facts);
    }
}
