package org.servicepolicy.assessment;

import java.util.Optional;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;

/**
 * §3.3.1: opening a periodic assessment cycle. A cycle covers the whole company or a list of
 * departments over a period of days, counted in the zone of the policy in force when it is
 * opened. Cycles whose scopes overlap (the company overlaps every scope; two lists overlap when
 * they share a department) may not share a day, so that nobody is graded twice for the same
 * days. Pure.
 */
public final class OpeningRule {
    private OpeningRule() {
    }

    /** Opens the cycle {@code command} describes, once it is valid, by the stamp's actor. */
    public static Outcome<AssessmentStores, AssessmentCycle> open(OpenCycle command, AssessmentFacts.Opening facts,
                                                                  Stamp stamp) {
        var unknown = command.departments().stream().filter(d -> !facts.departments().contains(DepartmentId.of(d)))
                .toList();
        if (!unknown.isEmpty()) {
            return Outcome.refused(Refusal.invalid("departmentIds", "no such department: " + String.join(", ", unknown)));
        }
        var scope = command.departments().isEmpty() ? CycleScope.company()
                : CycleScope.of(command.departments().stream().map(DepartmentId::of).collect(Collectors.toSet()));
        var now = stamp.now();
        var cycle = new AssessmentCycle(AssessmentCycleId.of(command.id() == null ? stamp.nextId() : command.id()),
                command.name().strip(), command.from(), command.to(), facts.policy().company().zone(), scope,
                CycleStatus.OPEN, now, stamp.actor().id(), Optional.empty(), Optional.empty(), 0);
        var refusal = refusal(cycle, facts);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        var draft = Outcome.<AssessmentStores>draft();
        var added = draft.change(Change.of(s -> s.cycles().add(cycle)));
        draft.event(new AssessmentEvent.AssessmentCycleOpened(cycle.id(), cycle.name(), cycle.from(), cycle.to(), scope,
                now));
        draft.audit(stamp.audit("assessment.open", "assessment-cycle", cycle.id().value(),
                cycle.name() + " " + cycle.from() + " to " + cycle.to() + ", " + scope));
        return draft.answer(stored -> stored.of(added));
    }

    /** Why {@code cycle} cannot be opened beside the cycles there are, if it cannot. */
    private static Optional<Refusal> refusal(AssessmentCycle cycle, AssessmentFacts.Opening facts) {
        if (facts.cycles().stream().anyMatch(other -> other.id().equals(cycle.id()))) {
            return Optional.of(Refusal.duplicate("assessment cycle", cycle.id()));
        }
        return facts.cycles().stream().filter(other -> other.scope().overlaps(cycle.scope()) && other.overlapsInTime(cycle))
                .findFirst().map(other -> Refusal.policy("§3.3.1", "assessment.cycle.overlap",
                        "cycle %s (%s to %s, %s) overlaps cycle %s (%s to %s, %s): nobody is assessed twice for the same days"
                                .formatted(cycle.name(), cycle.from(), cycle.to(), cycle.scope(), other.id(),
                                        other.from(), other.to(), other.scope()), "from"));
    }
}
