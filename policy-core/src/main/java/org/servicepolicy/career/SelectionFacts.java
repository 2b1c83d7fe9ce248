package org.servicepolicy.career;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.service.evaluation.ServiceEvaluationResult;
import org.servicepolicy.training.TrainingObligation;

/** What the use cases of internal selection load before they decide. */
public final class SelectionFacts {
    private SelectionFacts() {
    }

    /**
     * The facts of an application: the applicant's standing for promotion now.
     *
     * @param selection the selection
     * @param applicant the applicant, if they exist
     * @param grades    their finalised grades
     * @param penalties their penalties
     * @param services    their finalised service evaluations
     * @param obligations what they owe of training now
     * @param policy      the version in force now
     */
    public record Applying(Selection selection, Optional<Employee> applicant, List<CycleGrade> grades,
                           List<Penalty> penalties, List<ServiceEvaluationResult> services,
                           List<TrainingObligation> obligations, PolicyDefinition policy) {
        /** Requires every part and copies the lists. */
        public Applying {
            Objects.requireNonNull(selection, "selection");
            Objects.requireNonNull(applicant, "applicant");
            grades = List.copyOf(grades);
            penalties = List.copyOf(penalties);
            services = List.copyOf(services);
            obligations = List.copyOf(obligations);
            Objects.requireNonNull(policy, "policy");
        }
    }
}
