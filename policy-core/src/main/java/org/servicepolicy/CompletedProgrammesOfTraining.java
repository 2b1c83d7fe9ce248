package org.servicepolicy;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicepolicy.career.CompletedProgrammes;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.training.TrainingAssessment;
import org.servicepolicy.training.TrainingStore;

/**
 * The programmes an employee completed, as development plans count them (§4.3.1): the programmes
 * of their passed training assessments (§4.1, §4.2) recorded by then. It joins training to career
 * here, in the wiring, so that a plan's progress reads the one record of completions there is.
 */
final class CompletedProgrammesOfTraining implements CompletedProgrammes {
    private final TrainingStore training;

    CompletedProgrammesOfTraining(TrainingStore training) {
        this.training = Objects.requireNonNull(training, "training");
    }

    @Override
    public Set<String> of(EmployeeId employee, Instant asOf) {
        return training.assessmentsOf(employee).stream().filter(a -> a.passed() && !a.recordedAt().isAfter(asOf))
                .map(TrainingAssessment::programme).collect(Collectors.toUnmodifiableSet());
    }
}
