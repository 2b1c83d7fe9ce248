package org.servicepolicy.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/**
 * Issue 9 items 4, 5 and 8 through the public API over in-memory ports: leave covers the part of
 * an absence it overlaps (§3.2.2), a late emergency request is a decision about notice (§3.2.2),
 * and a demotion under appeal does not make a violation "repeated and uncorrected" (§3.3.3).
 */
class LeaveAndLadderFidelityTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    /** Monday 09:00 UTC, the start of a three-day absence. */
    private static final Instant MONDAY = Company.START;

    private final Company company = new Company();
    private final DisciplineService discipline = company.policy.discipline();

    private RecordedViolation threeDayAbsence() {
        company.clock.advance(Duration.ofDays(4));
        return discipline.record(company.actor("hr"), RecordViolation.absence("staff", MONDAY, 3, "did not come in"));
    }

    private LeaveRequest emergencyLeave(Instant from, Instant to) {
        return discipline.requestLeave(company.actor("staff"), new NewLeaveRequest("staff", from, to,
                "hospital", true));
    }

    private List<Decision> decisions(String kind) {
        return company.stores.decisions().about(STAFF).stream().filter(d -> d.kind().id().equals(kind)).toList();
    }

    @Test
    @DisplayName("§3.2.2 item 4: an hour of leave at the start of a three-day absence excuses none of its days")
    void anHourOfLeaveAtTheStartExcusesNothing() {
        var absence = threeDayAbsence();
        assertThat(absence.violation().severity()).isEqualTo(Severity.GROSS);
        var hour = emergencyLeave(MONDAY, MONDAY.plus(Duration.ofHours(1)));

        discipline.approveLeave(company.actor("hr"), hour.id(), null, "admitted to hospital, could not call");

        assertThat(company.stores.violations().find(absence.violation().id()).orElseThrow().voided()).isFalse();
        assertThat(company.stores.penalties().find(absence.penalty().orElseThrow().id()).orElseThrow().status())
                .isEqualTo(PenaltyStatus.PROPOSED);
        assertThat(decisions("discipline.leave-excuse")).isEmpty();
    }

    @Test
    @DisplayName("§3.2.2 item 4: leave for days two and three voids the absence and records day one anew")
    void leaveForTheLaterDaysLeavesTheFirstDayCounting() {
        var absence = threeDayAbsence();
        var tuesday = Instant.parse("2026-01-06T00:00:00Z");
        var leave = emergencyLeave(tuesday, tuesday.plus(Duration.ofDays(2)));

        discipline.approveLeave(company.actor("hr"), leave.id(), null, "flooded flat, no phone");

        var original = company.stores.violations().find(absence.violation().id()).orElseThrow();
        assertThat(original.voiding()).hasValueSatisfying(v -> assertThat(v.reason()).contains(leave.id().value()));
        assertThat(company.stores.penalties().find(absence.penalty().orElseThrow().id()).orElseThrow().status())
                .isEqualTo(PenaltyStatus.WITHDRAWN);
        var replacement = company.stores.violations().of(STAFF).stream()
                .filter(v -> v.replaces().isPresent()).toList();
        assertThat(replacement).singleElement().satisfies(v -> {
            assertThat(v.replaces()).contains(original.id());
            assertThat(v.type()).isEqualTo(ViolationType.ABSENTEEISM);
            assertThat(v.days()).contains(1);
            assertThat(v.severity()).isEqualTo(Severity.MODERATE);
            assertThat(v.occurredAt()).isEqualTo(MONDAY);
            assertThat(v.voided()).isFalse();
        });
        var penalty = company.stores.penalties().of(STAFF).stream()
                .filter(p -> p.violation().equals(replacement.get(0).id())).toList();
        assertThat(penalty).singleElement().satisfies(p -> {
            assertThat(p.step()).isEqualTo(PenaltyStep.WARNING);
            assertThat(p.status()).isEqualTo(PenaltyStatus.PROPOSED);
        });
        assertThat(decisions("discipline.leave-excuse")).extracting(Decision::outcome)
                .containsExactlyInAnyOrder("WITHDRAWN", "PARTLY_EXCUSED");
        var proposal = company.stores.decisions().find(penalty.get(0).decisionId()).orElseThrow();
        assertThat(proposal.reasons()).anySatisfy(r -> {
            assertThat(r.clause()).isEqualTo("§3.2.2");
            assertThat(r.ruleId()).isEqualTo("discipline.leave.uncovered");
            assertThat(r.facts()).containsEntry("replaces", original.id().value());
        });
    }

    @Test
    @DisplayName("§3.2.2 item 4: leave for the middle day leaves two one-day absences")
    void leaveForTheMiddleDaySplitsTheAbsence() {
        var absence = threeDayAbsence();
        var tuesday = Instant.parse("2026-01-06T08:00:00Z");
        var leave = emergencyLeave(tuesday, tuesday.plus(Duration.ofHours(9)));

        discipline.approveLeave(company.actor("hr"), leave.id(), null, "no signal in the mountains");

        assertThat(company.stores.violations().of(STAFF).stream().filter(v -> v.replaces().isPresent()))
                .extracting(Violation::occurredAt, Violation::days, Violation::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MONDAY, java.util.Optional.of(1), Severity.MODERATE),
                        org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-01-07T00:00:00Z"),
                                java.util.Optional.of(1), Severity.MODERATE));
        assertThat(company.stores.violations().find(absence.violation().id()).orElseThrow().voided()).isTrue();
    }

    @Test
    @DisplayName("§3.2.2 item 4: an absence partly inside approved leave is refused, naming the leave")
    void recordingAnAbsencePartlyInsideLeaveIsRefused() {
        var tuesday = Instant.parse("2026-01-06T00:00:00Z");
        company.clock.advance(Duration.ofDays(4));
        var leave = emergencyLeave(tuesday, tuesday.plus(Duration.ofDays(1)));
        discipline.approveLeave(company.actor("hr"), leave.id(), null, "admitted to hospital");

        assertThatThrownBy(() -> discipline.record(company.actor("hr"),
                RecordViolation.absence("staff", MONDAY, 3, "did not come in")))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> {
                    assertThat(e.clause()).contains("§3.2.2");
                    assertThat(e.getMessage()).contains(leave.id().value()).contains("1 of the 3 day(s)");
                });
        assertThat(discipline.record(company.actor("hr"), RecordViolation.absence("staff", MONDAY, 1,
                "did not come in on Monday")).violation().severity()).isEqualTo(Severity.MODERATE);
    }

    @Test
    @DisplayName("§3.2.2 item 4: leave covering the first 20 of 40 late minutes leaves a MINOR lateness")
    void leaveCoversPartOfALateness() {
        company.clock.advance(Duration.ofDays(2));
        var late = discipline.record(company.actor("hr"), RecordViolation.lateArrival("staff", MONDAY, 40, "late"));
        assertThat(late.violation().severity()).isEqualTo(Severity.MODERATE);
        var leave = emergencyLeave(MONDAY, MONDAY.plus(Duration.ofMinutes(20)));

        discipline.approveLeave(company.actor("hr"), leave.id(), null, "car accident on the way");

        assertThat(company.stores.violations().of(STAFF).stream().filter(v -> v.replaces().isPresent()))
                .singleElement().satisfies(v -> {
                    assertThat(v.minutes()).contains(20);
                    assertThat(v.occurredAt()).isEqualTo(MONDAY.plus(Duration.ofMinutes(20)));
                    assertThat(v.severity()).isEqualTo(Severity.MINOR);
                });
    }

    @Test
    @DisplayName("§3.2.2 item 5: approving an emergency request filed after the leave began records LEAVE_NOT_REQUESTED_IN_ADVANCE")
    void lateEmergencyLeaveWithoutAFindingIsAViolation() {
        company.clock.advance(Duration.ofDays(2));
        var leave = emergencyLeave(MONDAY, MONDAY.plus(Duration.ofHours(8)));

        discipline.approveLeave(company.actor("hr"), leave.id(), "approved");

        var violation = company.stores.violations().of(STAFF).stream()
                .filter(v -> v.type() == ViolationType.LEAVE_NOT_REQUESTED_IN_ADVANCE).toList();
        assertThat(violation).singleElement().satisfies(v -> {
            assertThat(v.occurredAt()).isEqualTo(MONDAY);
            assertThat(v.severity()).isEqualTo(Severity.MINOR);
            assertThat(v.recordedBy()).isEqualTo(EmployeeId.of("hr"));
        });
        assertThat(company.stores.penalties().of(STAFF)).singleElement()
                .satisfies(p -> assertThat(p.step()).isEqualTo(PenaltyStep.WARNING));
        assertThat(decisions("discipline.leave-notice")).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo("LEAVE_NOT_REQUESTED_IN_ADVANCE");
            assertThat(d.reasons()).singleElement().satisfies(r -> {
                assertThat(r.clause()).isEqualTo("§3.2.2");
                assertThat(r.facts()).containsEntry("leaveRequest", leave.id().value())
                        .containsEntry("violation", violation.get(0).id().value());
            });
        });
        assertThat(discipline.leaveRequest(company.actor("hr"), leave.id()).status()).isEqualTo(LeaveStatus.APPROVED);
    }

    @Test
    @DisplayName("§3.2.2 item 5: HR's reason that the emergency prevented notice is a decision, and no violation")
    void lateEmergencyLeaveWithAFindingIsADecision() {
        company.clock.advance(Duration.ofDays(2));
        var leave = emergencyLeave(MONDAY, MONDAY.plus(Duration.ofHours(8)));

        discipline.approveLeave(company.actor("hr"), leave.id(), null, "unconscious in hospital until Tuesday");

        assertThat(company.stores.violations().of(STAFF)).isEmpty();
        assertThat(decisions("discipline.leave-notice")).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo("NOTICE_PREVENTED");
            assertThat(d.reasons()).singleElement().satisfies(r -> {
                assertThat(r.clause()).isEqualTo("§3.2.2");
                assertThat(r.message()).contains("unconscious in hospital until Tuesday");
            });
        });
    }

    @Test
    @DisplayName("§3.2.2 item 5: the finding is refused, naming its field, for a request filed before its leave")
    void aFindingOnARequestInAdvanceIsRefused() {
        var start = company.clock.instant().plus(Duration.ofDays(2));
        var leave = discipline.requestLeave(company.actor("staff"), new NewLeaveRequest("staff", start,
                start.plus(Duration.ofDays(1)), "wedding", false));

        assertThatThrownBy(() -> discipline.approveLeave(company.actor("hr"), leave.id(), null, "could not call"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.field()).isEqualTo("emergencyPreventedNotice")));
        assertThat(discipline.leaveRequest(company.actor("hr"), leave.id()).status()).isEqualTo(LeaveStatus.REQUESTED);
    }

    @Test
    @DisplayName("§3.3.3 item 8: a violation while a demotion is under appeal takes its step from points, naming the appeal")
    void aDemotionUnderAppealDoesNotEscalate() {
        company.late("staff", 10);
        company.late("staff", 45);
        var absence = company.record("staff", ViolationType.ABSENTEEISM, null, 1);
        discipline.issue(company.actor("hr"), absence.penalty().orElseThrow().id());
        var demotion = company.record("staff", ViolationType.NON_WORK_ACTIVITY, null, null).penalty().orElseThrow();
        assertThat(demotion.step()).isEqualTo(PenaltyStep.DEMOTION);
        discipline.issue(company.actor("hr"), demotion.id());
        discipline.appeal(company.actor("staff"), demotion.id(), "I was helping a customer");
        company.clock.advance(Duration.ofDays(1));

        var during = company.late("staff", 5);

        assertThat(during.penalty().orElseThrow().step()).isEqualTo(PenaltyStep.DEMOTION);
        assertThat(during.proposal().reasons()).noneSatisfy(
                r -> assertThat(r.ruleId()).isEqualTo("discipline.ladder.repeated"));
        assertThat(during.proposal().reasons()).anySatisfy(r -> {
            assertThat(r.clause()).isEqualTo("§3.3.3");
            assertThat(r.ruleId()).isEqualTo("discipline.ladder.repeated-pending-appeal");
            assertThat(r.message()).contains(demotion.id().value());
            assertThat(r.facts()).containsEntry("demotionPenalty", demotion.id().value());
        });
    }
}
