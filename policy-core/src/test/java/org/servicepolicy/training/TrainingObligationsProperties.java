package org.servicepolicy.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.Select;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.ServiceEvaluationPolicy.FollowUpKind;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.TrainingPolicy;
import org.servicepolicy.service.evaluation.ServiceEvaluationPeriodId;
import org.servicepolicy.service.evaluation.ServiceTrainingFollowUp;

/**
 * §4.1, §4.2, §2.3.3: invariants of the computed obligations over generated histories: a hire who
 * started onboarding or on post, maybe put on post later, assessed in any programme at any time,
 * with open follow-ups, looked at any instant.
 */
class TrainingObligationsProperties {
    private static final TrainingPolicy POLICY = StandardPolicy.definition().training();
    private static final EmployeeId TRAINEE = EmployeeId.of("trainee");
    private static final LocalDate HIRED = LocalDate.of(2026, 1, 5);
    private static final Instant HIRED_AT = HIRED.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final List<String> PROGRAMMES = List.of("NEW_HIRE_SERVICE", "NEW_HIRE_RULES", "PERIODIC_SERVICE",
            "RULES_REFRESHER", "REMEDIAL", "EXTERNAL");

    /** One generated history and the instant it is looked at. */
    record Sample(List<Employee> history, List<TrainingAssessment> assessments,
                  List<ServiceTrainingFollowUp> followUps, Instant at) {
    }

    private static Stream<Sample> samples() {
        return Instancio.ofList(Sample.class).size(300).withSeed(4_101L)
                .supply(Select.all(Sample.class), TrainingObligationsProperties::sample)
                .create().stream();
    }

    private static Sample sample(Random random) {
        var onboarding = random.trueOrFalse();
        var hired = new Employee(TRAINEE, "Trainee", EmployeeCategory.STAFF, Optional.empty(), DepartmentId.of("service"),
                1, HIRED, onboarding ? EmploymentStatus.ONBOARDING : EmploymentStatus.ON_POST, Optional.empty(),
                Set.of(), HIRED_AT, HIRED_AT, 1);
        var history = new ArrayList<Employee>(List.of(hired));
        if (onboarding && random.trueOrFalse()) {
            history.add(hired.withStatus(EmploymentStatus.ON_POST, at(random, 1, 90)).atVersion(2));
        }
        var assessments = new ArrayList<TrainingAssessment>();
        for (int i = random.intRange(0, 8); i > 0; i--) {
            var programme = random.oneOf(PROGRAMMES);
            var score = random.intRange(0, 100);
            var recordedAt = at(random, 0, 800);
            var every = POLICY.programme(programme).orElseThrow().every();
            assessments.add(new TrainingAssessment("a-" + i, TrainingSessionId.of("s-" + i), TRAINEE, programme, score,
                    60, score >= 60, score >= 60 ? every.map(p -> recordedAt.atZone(ZoneOffset.UTC).plus(p)
                    .toInstant()) : Optional.empty(), recordedAt, EmployeeId.of("hr")));
        }
        var followUps = new ArrayList<ServiceTrainingFollowUp>();
        for (int i = random.intRange(0, 2); i > 0; i--) {
            followUps.add(new ServiceTrainingFollowUp("f-" + i, TRAINEE, FollowUpKind.REMEDIAL_TRAINING, "r-" + i,
                    ServiceEvaluationPeriodId.of("p-" + i), ServiceTrainingFollowUp.Status.OPEN, at(random, 0, 700)));
        }
        return new Sample(history, assessments, followUps, at(random, 0, 900));
    }

    private static Instant at(Random random, int fromDays, int toDays) {
        return HIRED_AT.plusSeconds(random.longRange(Duration.ofDays(fromDays).toSeconds(),
                Duration.ofDays(toDays).toSeconds()));
    }

    private static List<TrainingObligation> obligations(Sample sample) {
        var current = sample.history().stream().filter(v -> !v.effectiveFrom().isAfter(sample.at()))
                .reduce((first, second) -> second).orElseThrow();
        return TrainingObligations.of(current, sample.history(), sample.assessments(), sample.followUps(), POLICY,
                ZoneOffset.UTC, sample.at());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void anObligationIsNeverBothMetAndOverdue(Sample sample) {
        for (var obligation : obligations(sample)) {
            var passes = sample.assessments().stream().filter(a -> a.passed()
                    && a.programme().equals(obligation.programme()) && !a.recordedAt().isAfter(sample.at())).toList();
            switch (obligation.status()) {
                case MET -> assertThat(obligation.metBy()).get().satisfies(pass -> {
                    assertThat(passes).contains(pass);
                    assertThat(pass.currentAt(sample.at())).isTrue();
                });
                case OVERDUE -> {
                    assertThat(obligation.due()).isBeforeOrEqualTo(sample.at());
                    assertThat(obligation.metBy()).isEmpty();
                    switch (obligation.source()) {
                        case NEW_HIRE -> assertThat(passes).isEmpty();
                        case RECURRING -> assertThat(passes).noneMatch(pass -> pass.currentAt(sample.at()));
                        case REMEDIAL -> {
                            var createdAt = sample.followUps().stream()
                                    .filter(f -> obligation.followUp().orElseThrow().equals(f.id())).findFirst()
                                    .orElseThrow().createdAt();
                            assertThat(passes).allMatch(pass -> pass.recordedAt().isBefore(createdAt));
                        }
                    }
                }
                case DUE -> assertThat(obligation.due()).isAfter(sample.at());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void onlyAHireWhoStartedOnboardingOwesTheNewHireProgrammesAndOnlyOnPostTheRecurringOnes(Sample sample) {
        var owed = obligations(sample);
        var startedOnboarding = sample.history().get(0).status() == EmploymentStatus.ONBOARDING;
        var onPost = sample.history().stream().anyMatch(v -> v.status() == EmploymentStatus.ON_POST
                && !v.effectiveFrom().isAfter(sample.at()));

        assertThat(owed.stream().filter(o -> o.source() == ObligationSource.NEW_HIRE).count())
                .isEqualTo(startedOnboarding ? 2 : 0);
        assertThat(owed.stream().filter(o -> o.source() == ObligationSource.RECURRING).count())
                .isEqualTo(onPost ? 2 : 0);
        assertThat(owed.stream().filter(o -> o.source() == ObligationSource.REMEDIAL).count())
                .isEqualTo(sample.followUps().stream().filter(f -> !f.createdAt().isAfter(sample.at())).count());
        assertThat(owed).extracting(TrainingObligation::key).doesNotHaveDuplicates();
    }
}
