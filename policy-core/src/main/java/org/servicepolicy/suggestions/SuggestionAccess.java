package org.servicepolicy.suggestions;

import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;

/**
 * Who may do what with employee suggestions (§5.2.1, §1.3.3). Each function answers with the
 * refusal, if any; none reads a store. A suggestion the actor may not see is answered as a
 * missing one, and nobody decides on their own suggestion.
 */
public final class SuggestionAccess {
    private SuggestionAccess() {
    }

    /** Whether {@code actor} may see {@code suggestion}: its author, its reviewer and HR may. */
    public static boolean mayView(Actor actor, Suggestion suggestion) {
        return actor.isHr() || actor.is(suggestion.author()) || isReviewer(actor, suggestion);
    }

    /**
     * Submitting a suggestion: any employee of the company, as {@code self}, the actor's own
     * employee record, shows (absent when the actor is nobody the company employs).
     */
    public static Optional<Refusal> maySubmit(Optional<Employee> self) {
        return self.filter(e -> e.status().employed()).isPresent() ? Optional.empty()
                : Optional.of(Refusal.access("only employees of the company submit suggestions"));
    }

    /** Assigning the reviewer of any suggestion: HR only. */
    public static Optional<Refusal> mayAssignReviewers(Actor actor) {
        return actor.isHr() ? Optional.empty()
                : Optional.of(Refusal.access("only HR assigns the reviewer of a suggestion"));
    }

    /** Assigning the reviewer of {@code suggestion}: HR, never of their own suggestion. */
    public static Optional<Refusal> mayAssignReviewer(Actor actor, Suggestion suggestion) {
        return mayAssignReviewers(actor)
                .or(() -> Access.ownCase(actor, suggestion.author(), "assign the reviewer of a suggestion"));
    }

    /**
     * Adopting or declining {@code suggestion}: its reviewer or HR, never its author. Whoever may
     * not see it is answered as if it did not exist; of those who may see it (its author, its
     * reviewer, HR), the author is refused, so the reviewer and HR remain.
     */
    public static Optional<Refusal> mayDecide(Actor actor, Suggestion suggestion) {
        if (!mayView(actor, suggestion)) {
            return Optional.of(Refusal.missing("suggestion", suggestion.id()));
        }
        return Access.ownCase(actor, suggestion.author(), "decide a suggestion");
    }

    private static boolean isReviewer(Actor actor, Suggestion suggestion) {
        return suggestion.reviewer().filter(actor::is).isPresent();
    }
}
