package org.servicepolicy.suggestions;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.rewards.Achievement;

/**
 * §5.2.1: the company collects, analyses and handles employees' suggestions, and rewards the
 * reasonable ones it adopts. A suggestion goes SUBMITTED → UNDER_REVIEW (HR assigns a reviewer,
 * never its author) → ADOPTED or DECLINED by its reviewer or HR, never by its author (§1.3.3).
 * Pure: each function decides from the facts loaded and the stamp.
 */
public final class SuggestionRules {
    private SuggestionRules() {
    }

    /** §5.2.1: an employee of the company submits a suggestion; it starts SUBMITTED. */
    public static Outcome<SuggestionStores, Suggestion> submit(SubmitSuggestion command, Optional<Employee> self,
                                                               Stamp stamp) {
        return Outcome.unless(SuggestionAccess.maySubmit(self), () -> {
            var author = stamp.actor().id();
            var suggestion = new Suggestion(SuggestionId.of(stamp.nextId()), author, command.title(), command.text(),
                    command.area(), Optional.empty(), List.of(new SuggestionTransition(SuggestionStatus.SUBMITTED,
                    stamp.now(), author, Optional.empty())), 0);
            return recorded(suggestion, Change.of(s -> s.suggestions().add(suggestion)), stamp, "suggestion.submit",
                    suggestion.area() + ": " + suggestion.title());
        });
    }

    /**
     * §5.2.1, §1.3.3: HR puts suggestion {@code id} under review by {@code reviewerId}, an
     * employee of the company other than its author; HR may assign another reviewer while it is
     * under review.
     */
    public static Outcome<SuggestionStores, Suggestion> assignReviewer(SuggestionId id, String reviewerId,
                                                                       SuggestionFacts.Reviewing facts, Stamp stamp) {
        var actor = stamp.actor();
        var refused = SuggestionAccess.mayAssignReviewers(actor).or(() -> malformed(reviewerId))
                .or(() -> facts.suggestion().isEmpty() ? Optional.of(Refusal.missing("suggestion", id))
                        : Optional.empty());
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        var suggestion = facts.suggestion().get();
        var reviewer = facts.reviewer().filter(e -> e.status().employed());
        return Outcome.unless(SuggestionAccess.mayAssignReviewer(actor, suggestion)
                .or(() -> reviewer.isEmpty() ? Optional.of(Refusal.invalid("reviewerId",
                        "no such employee in the company: " + reviewerId)) : Optional.empty())
                .or(() -> authorAsReviewer(suggestion, reviewer.get().id()))
                .or(() -> lifecycle(suggestion, SuggestionStatus.UNDER_REVIEW)), () -> {
            var by = reviewer.get().id();
            var reviewed = suggestion.moveTo(SuggestionStatus.UNDER_REVIEW, stamp.now(), actor.id(),
                    Optional.of("reviewer " + by), Optional.of(by));
            return recorded(reviewed, Change.of(s -> s.suggestions().update(reviewed)), stamp,
                    "suggestion.assign-reviewer", "reviewer " + by);
        });
    }

    /** §1.3.3: the author of a suggestion may not review it. */
    public static Optional<Refusal> authorAsReviewer(Suggestion suggestion, EmployeeId reviewer) {
        return suggestion.author().equals(reviewer)
                ? Optional.of(Refusal.policy("§1.3.3", "suggestion.reviewer.author",
                        "the author of suggestion " + suggestion.id() + " may not review it", "reviewerId"))
                : Optional.empty();
    }

    /**
     * §5.2.1: its reviewer or HR adopts suggestion {@code id}, under review, with an optional
     * note; {@link #achievement} is what the adoption earns.
     */
    public static Outcome<SuggestionStores, Suggestion> adopt(SuggestionId id, Optional<Suggestion> found,
                                                              Optional<String> note, Stamp stamp) {
        return decide(id, found, SuggestionStatus.ADOPTED, note, stamp);
    }

    /** §5.2.1: its reviewer or HR declines suggestion {@code id}, under review, with a reason. */
    public static Outcome<SuggestionStores, Suggestion> decline(SuggestionId id, Optional<Suggestion> found,
                                                                String reason, Stamp stamp) {
        return decide(id, found, SuggestionStatus.DECLINED, Optional.of(reason), stamp);
    }

    /**
     * §5.2.1: adopted reasonable suggestions are rewarded. The achievement an adopted suggestion
     * is, for the reward rules in force when it was adopted.
     *
     * @throws IllegalArgumentException when {@code adopted} is not adopted
     */
    public static Achievement achievement(Suggestion adopted) {
        if (adopted.status() != SuggestionStatus.ADOPTED) {
            throw new IllegalArgumentException("suggestion " + adopted.id() + " is " + adopted.status()
                    + ", not adopted");
        }
        var adoption = adopted.history().get(adopted.history().size() - 1);
        return new Achievement(RewardTrigger.SUGGESTION_ADOPTED, adopted.author(), source(adopted.id()), adoption.at(),
                Reason.of("§5.2.1", "suggestion.adopted", "suggestion \"%s\" (%s) was adopted".formatted(
                        adopted.title(), adopted.area()), "suggestion", adopted.id(), "area", adopted.area(),
                        "adoptedBy", adoption.by()));
    }

    /** The source the rewards for suggestion {@code id} name: one adoption, one set of rewards. */
    public static String source(SuggestionId id) {
        return "suggestion:" + id;
    }

    /** The lifecycle of a suggestion: the refusal to move {@code suggestion} to {@code target}, if it may not. */
    public static Optional<Refusal> lifecycle(Suggestion suggestion, SuggestionStatus target) {
        return suggestion.status().next().contains(target) ? Optional.empty()
                : Optional.of(Refusal.transition("suggestion", suggestion.id(), suggestion.status(), target.verb()));
    }

    private static Outcome<SuggestionStores, Suggestion> decide(SuggestionId id, Optional<Suggestion> found,
                                                                SuggestionStatus outcome, Optional<String> note,
                                                                Stamp stamp) {
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.missing("suggestion", id));
        }
        var suggestion = found.get();
        return Outcome.unless(SuggestionAccess.mayDecide(stamp.actor(), suggestion)
                .or(() -> lifecycle(suggestion, outcome)), () -> {
            var decided = suggestion.moveTo(outcome, stamp.now(), stamp.actor().id(), note, suggestion.reviewer());
            return recorded(decided, Change.of(s -> s.suggestions().update(decided)), stamp,
                    "suggestion." + (outcome == SuggestionStatus.ADOPTED ? "adopt" : "decline"),
                    note.orElse(outcome.name()));
        });
    }

    private static Optional<Refusal> malformed(String reviewerId) {
        if (reviewerId == null) {
            return Optional.of(Refusal.invalid("reviewerId", "is required"));
        }
        return Ids.isValid(reviewerId) ? Optional.empty() : Optional.of(Refusal.invalid("reviewerId", "is not a valid id"));
    }

    /** Writes {@code suggestion} as it now stands, announces its status and audits the act. */
    private static Outcome<SuggestionStores, Suggestion> recorded(Suggestion suggestion,
                                                                  Change<SuggestionStores, Suggestion> write,
                                                                  Stamp stamp, String action, String detail) {
        var draft = Outcome.<SuggestionStores>draft();
        var stored = draft.change(write);
        draft.event(SuggestionEvent.SuggestionStatusChanged.of(suggestion, stamp.now()));
        draft.audit(stamp.audit(action, "suggestion", suggestion.id().value(), detail));
        return draft.answer(s -> s.of(stored));
    }
}
