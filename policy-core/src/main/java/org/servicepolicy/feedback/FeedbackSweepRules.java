package org.servicepolicy.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.policy.PolicyDefinition;

/**
 * §2.3.2: the sweep fires the checkpoints of an item's clocks that are due, each once, however
 * many sweeps run: which are due is computed again from the item as it stands, never taken from
 * the stored schedule alone. A WARNING is announced; a BREACH is escalated to the manager and is
 * a finding against the responsible employee (else the department's manager); the HR checkpoint
 * escalates to HR. Pure: each function decides from the item, the policy and the stamp.
 */
public final class FeedbackSweepRules {
    private FeedbackSweepRules() {
    }

    /**
     * §2.3.2: marks fired each checkpoint of {@code item} due as of {@code now} that no sweep fired
     * before, and schedules the rest again from the item as it stands; answers those this call fired.
     */
    public static Outcome<FeedbackStores, List<FeedbackCheckpoint>> fire(FeedbackItem item, PolicyDefinition policy,
                                                                         Instant now) {
        var due = FeedbackClock.dueBy(item, policy, now);
        var draft = Outcome.<FeedbackStores>draft();
        var marks = due.stream().map(checkpoint -> draft.change(Change.of(s -> s.feedback().fireOnce(item.id(),
                checkpoint.key(), now)))).toList();
        var rest = FeedbackClock.checkpoints(item, policy);
        draft.change(Change.of(s -> {
            s.feedback().schedule(item.id(), rest);
            return rest;
        }));
        return draft.answer(s -> {
            var fired = new ArrayList<FeedbackCheckpoint>();
            for (int i = 0; i < due.size(); i++) {
                if (s.of(marks.get(i))) {
                    fired.add(due.get(i));
                }
            }
            return List.copyOf(fired);
        });
    }

    /**
     * A breach that is to become a finding.
     *
     * @param checkpoint the breach
     * @param against    the employee held for it: the responsible employee, else the department's manager
     */
    public record Breach(FeedbackCheckpoint checkpoint, EmployeeId against) {
        /** Requires both parts. */
        public Breach {
            Objects.requireNonNull(checkpoint, "checkpoint");
            Objects.requireNonNull(against, "against");
        }
    }

    /**
     * §2.3.2: announces the checkpoints {@code fired}: warnings, escalations to the manager at a
     * breach, to HR after it; answers the breaches to make findings of. A breach with nobody to
     * hold (no responsible employee, no manager) is escalated and audited without a finding.
     *
     * @param manager the manager of the item's department, if it has one
     */
    public static Outcome<FeedbackStores, List<Breach>> announce(FeedbackItem item, List<FeedbackCheckpoint> fired,
                                                                 PolicyDefinition policy,
                                                                 Optional<EmployeeId> manager, Stamp stamp) {
        var draft = Outcome.<FeedbackStores>draft();
        var held = item.responsible().or(() -> manager);
        var breaches = new ArrayList<Breach>();
        for (var checkpoint : fired) {
            var clock = checkpoint.clock();
            switch (checkpoint.stage()) {
                case FeedbackClock.WARNING -> {
                    var dueAt = FeedbackClock.dueAt(item, policy, clock).orElse(checkpoint.at());
                    draft.event(new FeedbackEvent.Warned(item.id(), clock, dueAt, checkpoint.at()));
                    draft.audit(stamp.audit("feedback.warning", "feedback-item", item.id().value(), clock
                            + " due " + dueAt));
                }
                case FeedbackClock.BREACH -> {
                    draft.event(new FeedbackEvent.Escalated(item.id(), clock, FeedbackEvent.EscalatedTo.MANAGER,
                            manager, checkpoint.at()));
                    draft.audit(stamp.audit("feedback.breach", "feedback-item", item.id().value(), clock + " due "
                            + checkpoint.at() + held.map(e -> ", held against " + e)
                            .orElse(", nobody to hold: no responsible employee and no manager")));
                    held.ifPresent(e -> breaches.add(new Breach(checkpoint, e)));
                }
                default -> {
                    draft.event(new FeedbackEvent.Escalated(item.id(), clock, FeedbackEvent.EscalatedTo.HR,
                            Optional.empty(), checkpoint.at()));
                    draft.audit(stamp.audit("feedback.escalate-hr", "feedback-item", item.id().value(), clock
                            + " still not met at " + checkpoint.at()));
                }
            }
        }
        return draft.answer(s -> List.copyOf(breaches));
    }

    /** What a breach showed, the first reason of its finding. */
    public static Reason breachReason(FeedbackItem item, FeedbackCheckpoint breach) {
        return FeedbackRules.reason("feedback.breach", "the %s clock of %s feedback %s, received at %s, fell due at %s "
                        .formatted(breach.clock(), item.severity(), item.id(), item.receivedAt(), breach.at())
                        + "and was still not met", "item", item.id(), "clock", breach.clock(), "dueAt", breach.at());
    }
}
