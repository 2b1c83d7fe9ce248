package org.servicepolicy.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.fixtures.Trainings;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.policy.ServiceEvaluationPolicy.FollowUpKind;
import org.servicepolicy.policy.ViolationType;
import org.servicepolicy.service.evaluation.ServiceEvaluationPeriodId;
import org.servicepolicy.service.evaluation.ServiceTrainingFollowUp;

/** §4.1, §4.2, §1.3.3: training through the public API, on in-memory ports. */
class TrainingServiceTest {
    private static final EmployeeId NEWBIE = EmployeeId.of("newbie");
    private static final EmployeeId STAFF = EmployeeId.of("staff");

    private final Company company = new Company();
    private final TrainingService training = company.policy.training();
    private final Trainings trainings = new Trainings(company);

    private void hireNewbie() {
        company.policy.people().hire(company.actor("hr"), NewEmployee.of("newbie", "New Bie", EmployeeCategory.STAFF,
                "service", 1, company.clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate())
                .reportingTo("manager"));
    }

    private List<Decision> decisionsAbout(EmployeeId employee, String kind) {
        return company.stores.decisions().about(employee).stream().filter(d -> d.kind().id().equals(kind)).toList();
    }

    private int written() {
        return company.stores.eventLog().after(0, 100_000).size() + company.stores.decisions().about(NEWBIE).size()
                + company.stores.decisions().about(STAFF).size() + company.stores.violations().of(STAFF).size();
    }

    /** Asserts that {@code call} throws {@code type} and writes nothing. */
    private void refusedWithoutChange(Class<? extends Throwable> type, ThrowingCallable call) {
        var before = written();
        var sessions = company.stores.training().sessionsOf(STAFF);
        assertThatThrownBy(call).isInstanceOf(type);
        assertThat(written()).isEqualTo(before);
        assertThat(company.stores.training().sessionsOf(STAFF)).isEqualTo(sessions);
    }

    @Test
    @DisplayName("§4.1.1: a new hire starts ONBOARDING, owes the new-hire programmes, fails once, passes both and is on post")
    void theWholeFlow() {
        hireNewbie();
        assertThat(company.policy.people().employee(company.actor("hr"), NEWBIE).status())
                .isEqualTo(EmploymentStatus.ONBOARDING);
        assertThat(training.obligations(company.actor("newbie"), NEWBIE))
                .extracting(TrainingObligation::programme, TrainingObligation::source, TrainingObligation::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NEW_HIRE_RULES", ObligationSource.NEW_HIRE,
                                ObligationStatus.DUE),
                        org.assertj.core.groups.Tuple.tuple("NEW_HIRE_SERVICE", ObligationSource.NEW_HIRE,
                                ObligationStatus.DUE));

        var first = trainings.started("NEW_HIRE_SERVICE", "newbie");
        assertThat(trainings.scored(first, "newbie", 40).passed()).isFalse();
        trainings.pass("NEW_HIRE_SERVICE", "newbie");
        assertThat(training.mandatoryNotPassed(NEWBIE)).containsExactly("NEW_HIRE_RULES");
        trainings.pass("NEW_HIRE_RULES", "newbie");

        assertThat(company.policy.people().employee(company.actor("hr"), NEWBIE).status())
                .isEqualTo(EmploymentStatus.ON_POST);
        assertThat(decisionsAbout(NEWBIE, "people.on-post")).singleElement().satisfies(d -> assertThat(d.reasons())
                .extracting(r -> r.clause()).containsExactly("§4.1.1", "§4.2.2", "§4.1.1"));
        assertThat(training.obligations(company.actor("manager"), NEWBIE))
                .filteredOn(o -> o.source() == ObligationSource.NEW_HIRE)
                .extracting(TrainingObligation::status).containsOnly(ObligationStatus.MET);
        assertThat(training.obligations(company.actor("manager"), NEWBIE))
                .filteredOn(o -> o.source() == ObligationSource.RECURRING)
                .extracting(TrainingObligation::programme).containsExactly("PERIODIC_SERVICE", "RULES_REFRESHER");
        assertThat(training.completedProgrammes(NEWBIE)).containsExactly("NEW_HIRE_SERVICE", "NEW_HIRE_RULES");
        assertThat(training.assessmentsOf(company.actor("newbie"), NEWBIE)).extracting(TrainingAssessment::passed)
                .containsExactly(false, true, true);
        assertThat(company.stores.eventLog().after(0, 100_000)).extracting(PublishedEvent::type)
                .contains("TrainingSessionScheduled", "TrainingAttendanceRecorded", "TrainingAssessed",
                        "EmploymentStatusChanged");
    }

    @Test
    @DisplayName("§4.1.1: the hire's retakes are used up, HR extends once, then ends them; no more attempts")
    void usedUpRetakesGoToHr() {
        hireNewbie();
        for (int attempt = 0; attempt < 3; attempt++) {
            trainings.scored(trainings.started("NEW_HIRE_RULES", "newbie"), "newbie", 30);
        }
        assertThat(decisionsAbout(NEWBIE, "training.retakes-exhausted")).singleElement()
                .satisfies(d -> assertThat(d.reasons().get(0).facts()).containsEntry("attempts", "3"));
        var blocked = trainings.started("NEW_HIRE_RULES", "newbie");
        training.recordAttendance(company.actor("hr"), blocked.id(), new RecordAttendance("newbie",
                Attendance.PRESENT));
        refusedWithoutChange(PolicyRefusalException.class, () -> training.recordScore(company.actor("hr"),
                blocked.id(), new RecordScore("newbie", 90)));
        refusedWithoutChange(AccessDeniedException.class, () -> training.ruleOnRetakes(company.actor("manager"),
                NEWBIE, new RuleOnRetakes("NEW_HIRE_RULES", RetakeOutcome.EXTEND, "one more")));

        var extended = training.ruleOnRetakes(company.actor("hr"), NEWBIE, new RuleOnRetakes("NEW_HIRE_RULES",
                RetakeOutcome.EXTEND, "ill on the day"));
        assertThat(company.stores.decisions().find(extended.decision())).get()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo("EXTEND"));
        refusedWithoutChange(PolicyRefusalException.class, () -> training.ruleOnRetakes(company.actor("hr"), NEWBIE,
                new RuleOnRetakes("NEW_HIRE_RULES", RetakeOutcome.END, "attempts are left")));
        assertThat(training.recordScore(company.actor("hr"), blocked.id(), new RecordScore("newbie", 20)).passed())
                .isFalse();
        assertThat(decisionsAbout(NEWBIE, "training.retakes-exhausted")).hasSize(2);

        var ended = training.ruleOnRetakes(company.actor("hr"), NEWBIE, new RuleOnRetakes("NEW_HIRE_RULES",
                RetakeOutcome.END, "four failed attempts"));
        assertThat(company.stores.decisions().find(ended.decision())).get().satisfies(d -> assertThat(d.reasons())
                .extracting(r -> r.ruleId()).contains("training.retake-ruling.end"));
        var after = trainings.started("NEW_HIRE_RULES", "newbie");
        training.recordAttendance(company.actor("hr"), after.id(), new RecordAttendance("newbie", Attendance.PRESENT));
        refusedWithoutChange(PolicyRefusalException.class, () -> training.recordScore(company.actor("hr"),
                after.id(), new RecordScore("newbie", 95)));
    }

    @Test
    @DisplayName("§3.1.1: an unexcused absence records a MEETING_OR_TRAINING_ABSENCE violation with the attendance")
    void anUnexcusedAbsenceIsAViolation() {
        var session = trainings.started("PERIODIC_SERVICE", "staff", "colleague");
        training.recordAttendance(company.actor("hr"), session.id(), new RecordAttendance("staff",
                Attendance.UNEXCUSED));
        training.recordAttendance(company.actor("hr"), session.id(), new RecordAttendance("colleague",
                Attendance.EXCUSED));

        assertThat(company.stores.violations().of(STAFF)).singleElement()
                .satisfies(v -> assertThat(v.type()).isEqualTo(ViolationType.MEETING_OR_TRAINING_ABSENCE));
        assertThat(company.stores.violations().of(EmployeeId.of("colleague"))).isEmpty();
        refusedWithoutChange(PolicyRefusalException.class, () -> training.recordScore(company.actor("hr"),
                session.id(), new RecordScore("staff", 90)));
        refusedWithoutChange(ConflictException.class, () -> training.recordAttendance(company.actor("hr"),
                session.id(), new RecordAttendance("staff", Attendance.PRESENT)));
    }

    @Test
    @DisplayName("§1.3.3: nobody schedules training they attend, or records their own attendance or score")
    void nobodyDecidesTheirOwnCase() {
        var session = trainings.started("PERIODIC_SERVICE", "staff", "hr2");
        refusedWithoutChange(AccessDeniedException.class, () -> training.recordAttendance(company.actor("hr2"),
                session.id(), new RecordAttendance("hr2", Attendance.PRESENT)));
        training.recordAttendance(company.actor("hr"), session.id(), new RecordAttendance("hr2", Attendance.PRESENT));
        refusedWithoutChange(AccessDeniedException.class, () -> training.recordScore(company.actor("hr2"),
                session.id(), new RecordScore("hr2", 100)));
        refusedWithoutChange(AccessDeniedException.class, () -> training.recordAttendance(company.actor("staff"),
                session.id(), new RecordAttendance("staff", Attendance.PRESENT)));
        refusedWithoutChange(AccessDeniedException.class, () -> training.schedule(company.actor("hr"),
                new ScheduleSession(null, "PERIODIC_SERVICE", company.clock.instant().plus(Duration.ofHours(1)), null,
                        "Expert", List.of("hr", "staff"))));
        refusedWithoutChange(AccessDeniedException.class, () -> training.ruleOnRetakes(company.actor("hr"),
                EmployeeId.of("hr"), new RuleOnRetakes("NEW_HIRE_RULES", RetakeOutcome.EXTEND, "mine")));
    }

    @Test
    @DisplayName("§4.1: the trainer records, the attendees' manager schedules, others may not; bad input is named")
    void whoMaySchedule() {
        var byManager = training.schedule(company.actor("manager"), new ScheduleSession("S-1", "RULES_REFRESHER",
                company.clock.instant().plus(Duration.ofHours(1)), "colleague", null, List.of("staff", "temp")));
        assertThat(byManager.trainer().is(EmployeeId.of("colleague"))).isTrue();
        assertThat(training.session(company.actor("temp"), byManager.id())).isEqualTo(byManager);
        assertThat(training.sessionsOf(company.actor("colleague"), EmployeeId.of("colleague")))
                .containsExactly(byManager);
        assertThatThrownBy(() -> training.session(company.actor("pm"), byManager.id()))
                .isInstanceOf(NotFoundException.class);
        company.clock.advance(Duration.ofHours(2));
        training.recordAttendance(company.actor("colleague"), byManager.id(), new RecordAttendance("staff",
                Attendance.PRESENT));
        assertThat(training.recordScore(company.actor("colleague"), byManager.id(), new RecordScore("staff", 60))
                .expiresAt()).isPresent();
        refusedWithoutChange(AccessDeniedException.class, () -> training.recordAttendance(company.actor("manager"),
                byManager.id(), new RecordAttendance("temp", Attendance.PRESENT)));
        refusedWithoutChange(ConflictException.class, () -> training.schedule(company.actor("manager"),
                new ScheduleSession("S-1", "RULES_REFRESHER", company.clock.instant().plus(Duration.ofHours(1)),
                        null, "Expert", List.of("staff"))));

        refusedWithoutChange(AccessDeniedException.class, () -> training.schedule(company.actor("pm"),
                new ScheduleSession(null, "RULES_REFRESHER", company.clock.instant().plus(Duration.ofHours(1)), null,
                        "Expert", List.of("staff"))));
        refusedWithoutChange(InvalidInputException.class, () -> training.schedule(company.actor("hr"),
                new ScheduleSession(null, "NO_SUCH", company.clock.instant().minus(Duration.ofHours(1)), "staff",
                        null, List.of("staff", "nobody"))));
        assertThatThrownBy(() -> training.schedule(company.actor("hr"), new ScheduleSession(null, "RULES_REFRESHER",
                null, "staff", "Expert", List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).contains("startsAt", "trainerId", "attendeeIds"));
        assertThatThrownBy(() -> training.recordScore(company.actor("hr"), byManager.id(), new RecordScore("staff",
                101))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("§2.3.3, §4.2.2: obligations fall due, are reminded and marked overdue once by the sweep")
    void theSweepMarksRemindersAndOverdueObligationsOnce() {
        company.stores.serviceEvaluations().addFollowUps(List.of(new ServiceTrainingFollowUp("FU-1", STAFF,
                FollowUpKind.REMEDIAL_TRAINING, "result-1", ServiceEvaluationPeriodId.of("2025-Q4"),
                ServiceTrainingFollowUp.Status.OPEN, company.clock.instant())));
        trainings.current("staff");
        assertThat(training.obligations(company.actor("staff"), STAFF))
                .filteredOn(o -> o.source() == ObligationSource.REMEDIAL).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(ObligationStatus.DUE));

        company.clock.advance(Duration.ofDays(20));
        var reminded = training.sweep(company.clock.instant());
        assertThat(reminded.reminders()).isEqualTo(1);
        assertThat(training.sweep(company.clock.instant()).reminders()).isZero();

        company.clock.advance(Duration.ofDays(11));
        var overdue = training.sweep(company.clock.instant());
        assertThat(overdue.overdue()).isEqualTo(1);
        assertThat(training.sweepNow(company.actor("hr")).overdue()).isZero();
        assertThat(company.stores.eventLog().after(0, 100_000)).extracting(PublishedEvent::type)
                .contains("TrainingObligationFlagged");
        assertThatThrownBy(() -> training.sweepNow(company.actor("manager"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> training.sweep(company.clock.instant().plusSeconds(60)))
                .isInstanceOf(InvalidInputException.class);

        trainings.pass("REMEDIAL", "staff");
        assertThat(training.obligations(company.actor("hr"), STAFF))
                .filteredOn(o -> o.source() == ObligationSource.REMEDIAL).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(ObligationStatus.MET));
        assertThatThrownBy(() -> training.obligations(company.actor("colleague"), STAFF))
                .isInstanceOf(NotFoundException.class);
    }
}
