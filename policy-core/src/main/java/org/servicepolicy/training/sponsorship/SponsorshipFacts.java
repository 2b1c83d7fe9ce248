package org.servicepolicy.training.sponsorship;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;

/** What the use cases of sponsorship load before they decide. */
public final class SponsorshipFacts {
    private SponsorshipFacts() {
    }

    /**
     * The facts of a decision on a request.
     *
     * @param sponsorship the request
     * @param employee    its employee, held for the decision so that two approvals never pass the cap together
     * @param grades      their finalised grades
     * @param penalties   their penalties
     * @param theirs      every request of theirs, the cap counting those approved
     * @param policy      the version in force now
     */
    public record Deciding(Sponsorship sponsorship, Employee employee, List<CycleGrade> grades,
                           List<Penalty> penalties, List<Sponsorship> theirs, PolicyDefinition policy) {
        /** Requires every part and copies the lists. */
        public Deciding {
            Objects.requireNonNull(sponsorship, "sponsorship");
            Objects.requireNonNull(employee, "employee");
            grades = List.copyOf(grades);
            penalties = List.copyOf(penalties);
            theirs = List.copyOf(theirs);
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * The facts of what a leaver owes back.
     *
     * @param history      every version of the employee's record, oldest first; empty when there is no such employee
     * @param sponsorships their sponsorships
     * @param policy       the version in force when they left, or now while they have not
     */
    public record Departed(List<Employee> history, List<Sponsorship> sponsorships, PolicyDefinition policy) {
        /** Requires every part and copies the lists. */
        public Departed {
            history = List.copyOf(history);
            sponsorships = List.copyOf(sponsorships);
            Objects.requireNonNull(policy, "policy");
        }

        /** The employee as they now stand, if they exist. */
        public Optional<Employee> employee() {
            return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
        }
    }
}
