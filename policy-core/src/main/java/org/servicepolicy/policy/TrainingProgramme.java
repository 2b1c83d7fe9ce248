package org.servicepolicy.policy;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * One training programme of the policy (§4.1, §4.2), as data.
 *
 * @param id                  the programme's name, upper case, e.g. {@code NEW_HIRE_SERVICE}
 * @param clause              the clause that asks for it, e.g. {@code §4.1.1}
 * @param kind                what it is for
 * @param passMark            the lowest assessment score, 0 to 100, that passes it
 * @param retakes             how many attempts after the first a trainee has before HR decides
 * @param every               how long a completion stays current, for a programme taken again; empty when taken once
 * @param mandatoryBeforePost whether a new hire passes it before going on post (§4.1.1)
 * @param dueWithin           how long an obligation to take it runs: from the hire, from the
 *                            follow-up that asked for it, from going on post, or from the last
 *                            completion's expiry
 */
public record TrainingProgramme(String id, String clause, ProgrammeKind kind, int passMark, int retakes,
                                Optional<Period> every, boolean mandatoryBeforePost, Period dueWithin) {
    /** Requires every part, a pass mark from 0 to 100 and no negative number of retakes. */
    public TrainingProgramme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(dueWithin, "dueWithin");
        if (passMark < 0 || passMark > 100) {
            throw new IllegalArgumentException("a pass mark is 0 to 100");
        }
        if (retakes < 0) {
            throw new IllegalArgumentException("retakes are not negative");
        }
    }

    /** Whether a completion expires and the programme is taken again. */
    public boolean recurring() {
        return every.isPresent();
    }

    /** How many failed attempts, without a decision of HR, exhaust the retakes: the first and every retake. */
    public int attemptsAllowed() {
        return 1 + retakes;
    }
}
