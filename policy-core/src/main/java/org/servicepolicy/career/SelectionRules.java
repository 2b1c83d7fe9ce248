package org.servicepolicy.career;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.policy.PolicyDefinition;

/**
 * §4.3.2: promotion is fair, by internal selection and competition, and cross-department moves are
 * offered. HR opens a selection for a position; an employee applies while it takes applications,
 * from any department, if they meet every promotion condition ({@link PromotionRule}) then, for a
 * position not below their level and not the one they hold; once it closes, HR chooses one
 * applicant or none, each applicant's outcome a decision with HR's reason. Pure: each function
 * decides from the facts loaded and the stamp.
 */
public final class SelectionRules {
    /** The decision kind of the outcome of a selection for one applicant. */
    public static final DecisionKind DECISION = DecisionKind.of("career.selection-decision");
    /** The outcome for the applicant chosen. */
    public static final String CHOSEN = "CHOSEN";
    /** The outcome for every other applicant. */
    public static final String NOT_CHOSEN = "NOT_CHOSEN";

    private SelectionRules() {
    }

    /** §4.3.2: HR opens a selection now for a position in a department that exists. */
    public static Outcome<SelectionStores, Selection> open(OpenSelection command, boolean departmentExists,
                                                           Stamp stamp) {
        var refused = SelectionAccess.mayOpen(stamp.actor()).or(() -> departmentExists ? Optional.empty()
                : Optional.of(Refusal.invalid("departmentId", "no such department")));
        return Outcome.unless(refused, () -> {
            var selection = Selection.opened(SelectionId.of(stamp.nextId()), command, stamp.actor().id(),
                    stamp.now());
            var draft = Outcome.<SelectionStores>draft();
            var stored = draft.change(Change.of(s -> s.selections().add(selection)));
            draft.event(new SelectionEvent.Opened(selection.id(), selection.level(), selection.department(),
                    selection.closesAt(), stamp.now()));
            draft.audit(stamp.audit("career.open-selection", "selection", selection.id().value(),
                    selection.position() + " at level " + selection.level() + " in " + selection.department()
                            + " until " + selection.closesAt()));
            return draft.answer(s -> s.of(stored));
        });
    }

    /**
     * §4.3.2: the actor applies now to a selection that takes applications, once, if they meet
     * every promotion condition now, for a position not below their level and not the one they hold.
     */
    public static Outcome<SelectionStores, Selection> apply(SelectionFacts.Applying facts, Stamp stamp) {
        var actor = stamp.actor();
        var selection = facts.selection();
        if (facts.applicant().isEmpty()) {
            return Outcome.refused(Refusal.missing("employee", actor.id()));
        }
        var applicant = facts.applicant().get();
        var refused = SelectionAccess.mayApply(actor, applicant)
                .or(() -> selection.takesApplicationsAt(stamp.now()) ? Optional.empty()
                        : Optional.of(Refusal.policy("§4.3.2", "career.selection.closed", "selection "
                        + selection.id() + " takes no applications: " + (selection.status() == SelectionStatus.OPEN
                        ? "it closed at " + selection.closesAt() : "it is decided"))))
                .or(() -> selection.applicationOf(applicant.id()).isPresent()
                        ? Optional.of(Refusal.duplicate("application", applicant.id())) : Optional.empty())
                .or(() -> selection.level() < applicant.level()
                        ? Optional.of(Refusal.policy("§4.3.2", "career.selection.level", "the position is at level "
                        + selection.level() + ", below the applicant's level " + applicant.level()))
                        : Optional.empty())
                .or(() -> selection.level() == applicant.level() && selection.department().equals(
                        applicant.department()) ? Optional.of(Refusal.policy("§4.3.2", "career.selection.held",
                        "the applicant already holds level " + applicant.level() + " in " + applicant.department()))
                        : Optional.empty());
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        var eligibility = PromotionRule.assess(applicant, facts.grades(), facts.penalties(), facts.services(),
                facts.obligations(), facts.policy(), stamp.now());
        if (!eligibility.eligible()) {
            var unmet = eligibility.conditions().stream().filter(c -> !c.met())
                    .map(c -> c.id() + ": " + c.reason().message()).toList();
            return Outcome.refused(Refusal.policy("§4.3.2", "career.selection.eligibility",
                    "only an employee who meets every promotion condition applies; not met: "
                            + String.join("; ", unmet)));
        }
        var applied = selection.with(new SelectionApplication(applicant.id(), stamp.now(), applicant.department(),
                applicant.level(), eligibility.policyVersion()));
        var draft = Outcome.<SelectionStores>draft();
        var stored = draft.change(Change.of(s -> s.selections().update(applied)));
        draft.event(new SelectionEvent.Applied(selection.id(), applicant.id(), stamp.now()));
        draft.audit(stamp.audit("career.apply-selection", "selection", selection.id().value(),
                applicant.id() + " at level " + applicant.level() + " in " + applicant.department()));
        return draft.answer(s -> s.of(stored));
    }

    /**
     * §4.3.2: HR decides a closed selection, never one they applied to: chooses one applicant or
     * none; each applicant gets a decision, CHOSEN or NOT_CHOSEN, with HR's reason and the
     * eligibility they applied with. The chosen applicant's move is the people capability's.
     */
    public static Outcome<SelectionStores, SelectionResult> decide(Selection selection, DecideSelection command,
                                                                   PolicyDefinition policy, Stamp stamp) {
        var chosen = Optional.ofNullable(command.chosenId()).map(EmployeeId::of);
        var refused = SelectionAccess.mayDecide(stamp.actor(), selection)
                .or(() -> selection.status() == SelectionStatus.OPEN ? Optional.empty()
                        : Optional.of(Refusal.transition("selection", selection.id(), selection.status(), "decide")))
                .or(() -> stamp.now().isBefore(selection.closesAt())
                        ? Optional.of(Refusal.policy("§4.3.2", "career.selection.open", "selection "
                        + selection.id() + " takes applications until " + selection.closesAt()
                        + "; it is decided after")) : Optional.empty())
                .or(() -> chosen.filter(c -> selection.applicationOf(c).isEmpty()).isPresent()
                        ? Optional.of(Refusal.invalid("chosenId", "is not an applicant")) : Optional.empty());
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        var reason = command.reason().strip();
        var draft = Outcome.<SelectionStores>draft();
        var decisions = new ArrayList<Decision>();
        for (var application : selection.applications()) {
            boolean isChosen = chosen.filter(application.employee()::equals).isPresent();
            var decision = stamp.decision(DECISION, application.employee(), isChosen ? CHOSEN : NOT_CHOSEN, List.of(
                    Reason.of("§4.3.2", "career.selection.decision", "%s for %s (level %d in %s): %s".formatted(
                                    isChosen ? "chosen" : chosen.map(c -> c + " chosen instead").orElse(
                                            "nobody chosen"), selection.position(), selection.level(),
                                    selection.department(), reason),
                            "selection", selection.id(), "chosen", chosen.map(EmployeeId::value).orElse("none"),
                            "applicants", selection.applications().size(), "reason", reason),
                    Reason.of("§4.3.2", "career.selection.eligibility",
                            "applied on %s from level %d in %s, meeting every promotion condition under %s".formatted(
                                    application.appliedAt(), application.level(), application.department(),
                                    application.policyVersion()),
                            "appliedAt", application.appliedAt(), "level", application.level(),
                            "department", application.department(), "policyVersion", application.policyVersion())),
                    policy.version(), stamp.now());
            decisions.add(decision);
            draft.decision(decision);
        }
        var decided = selection.decided(chosen, stamp.actor().id(), stamp.now(),
                decisions.stream().map(Decision::id).toList());
        var stored = draft.change(Change.of(s -> s.selections().update(decided)));
        draft.event(new SelectionEvent.Decided(selection.id(), chosen, selection.applications().size(), stamp.now()));
        draft.audit(stamp.audit("career.decide-selection", "selection", selection.id().value(),
                chosen.map(c -> "chose " + c).orElse("chose nobody") + ": " + reason));
        return draft.answer(s -> new SelectionResult(s.of(stored), decisions, Optional.empty()));
    }
}
