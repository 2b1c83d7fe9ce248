package org.servicepolicy.training;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.policy.TrainingProgramme;

/**
 * A trainee's attempts at a programme since their last pass of it (§4.1.1): the first attempt and
 * the programme's retakes, plus one for each time HR extended them; HR's END closes them.
 *
 * @param failures   the failed assessments since the last pass, oldest first
 * @param extensions how many times HR extended the attempts since the last pass
 * @param ended      whether HR ended them since the last pass
 * @param allowed    how many failures exhaust the attempts
 */
record Attempts(List<TrainingAssessment> failures, int extensions, boolean ended, int allowed) {
    Attempts {
        failures = List.copyOf(failures);
    }

    /** The attempts of {@code programme} in {@code assessments}, as {@code rulings} extended or ended them. */
    static Attempts of(TrainingProgramme programme, List<TrainingAssessment> assessments, List<RetakeRuling> rulings) {
        var ofProgramme = assessments.stream().filter(a -> a.programme().equals(programme.id()))
                .sorted(Comparator.comparing(TrainingAssessment::recordedAt).thenComparing(TrainingAssessment::id))
                .toList();
        var lastPass = ofProgramme.stream().filter(TrainingAssessment::passed).reduce((first, second) -> second)
                .map(TrainingAssessment::recordedAt);
        var failures = ofProgramme.stream().filter(a -> !a.passed())
                .filter(a -> lastPass.map(a.recordedAt()::isAfter).orElse(true)).toList();
        var since = rulings.stream().filter(r -> r.programme().equals(programme.id()))
                .filter(r -> lastPass.map(r.decidedAt()::isAfter).orElse(true)).toList();
        var extensions = (int) since.stream().filter(r -> r.outcome() == RetakeOutcome.EXTEND).count();
        var ended = since.stream().anyMatch(r -> r.outcome() == RetakeOutcome.END);
        return new Attempts(failures, extensions, ended, programme.attemptsAllowed() + extensions);
    }

    /** Whether every allowed attempt failed: HR decides what follows. */
    boolean exhausted() {
        return failures.size() >= allowed;
    }

    /** Whether another attempt may be assessed. */
    boolean mayTryAgain() {
        return !ended && !exhausted();
    }

    /** The last failure, if any. */
    Optional<TrainingAssessment> lastFailure() {
        return failures.isEmpty() ? Optional.empty() : Optional.of(failures.get(failures.size() - 1));
    }
}
