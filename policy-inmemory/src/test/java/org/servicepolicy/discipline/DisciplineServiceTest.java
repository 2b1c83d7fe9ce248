package org.servicepolicy.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.Fault;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

class DisciplineServiceTest {
    private final Company company = new Company();
    private final DisciplineService discipline = company.policy.discipline();

    @Test
    void fourViolationsClimbTheLadderFromWarningToDismissal() {
        var first = company.late("staff", 10);
        assertThat(first.penalty().orElseThrow().step()).isEqualTo(PenaltyStep.WARNING);
        var second = company.late("staff", 45);
        assertThat(second.penalty().orElseThrow().step()).isEqualTo(PenaltyStep.FINE);
        assertThat(second.penalty().orElseThrow().fine()).hasValueSatisfying(f -> assertThat(f.toString()).isEqualTo("200.00 CNY"));
        var third = company.record("staff", ViolationType.ABSENTEEISM, null, 1);
        assertThat(third.penalty().orElseThrow().step()).isEqualTo(PenaltyStep.FINE);
        discipline.issue(company.actor("hr"), third.penalty().orElseThrow().id());
        var fourth = company.record("staff", ViolationType.NON_WORK_ACTIVITY, null, null);
        assertThat(fourth.penalty().orElseThrow().step()).isEqualTo(PenaltyStep.DEMOTION);
        discipline.issue(company.actor("hr"), fourth.penalty().orElseThrow().id());
        assertThat(company.stores.employees().find(EmployeeId.of("staff")).orElseThrow().level()).isEqualTo(2);
        company.clock.advance(Duration.ofDays(1));
        var fifth = company.late("staff", 5);
        assertThat(fifth.penalty().orElseThrow().step()).isEqualTo(PenaltyStep.DISMISSAL);
        assertThat(fifth.proposal().reasons()).anySatisfy(r -> {
            assertThat(r.clause()).isEqualTo("§3.3.3");
            assertThat(r.ruleId()).isEqualTo("discipline.ladder.repeated");
        });
        discipline.issue(company.actor("hr"), fifth.penalty().orElseThrow().id());
        assertThat(company.stores.employees().find(EmployeeId.of("staff")).orElseThrow().status())
                .isEqualTo(EmploymentStatus.DISMISSED);
    }

    @Test
    void everyProposalIsAStoredDecisionCitingTheLadder() {
        company.late("staff", 10);
        var second = company.late("staff", 10);
        var decision = company.policy.decisions().decision(company.actor("hr"), second.proposal().id());
        assertThat(decision.outcome()).isEqualTo("WARNING");
        assertThat(decision.policyVersion()).isEqualTo("standard");
        assertThat(decision.reasons()).extracting(r -> r.ruleId())
                .containsExactly("discipline.severity.minutes", "discipline.ladder.points", "discipline.ladder.band");
        assertThat(decision.reasons().get(1).facts().get("counted")).contains(
                company.stores.violations().of(EmployeeId.of("staff")).get(0).id().value());
        assertThat(decision.reasons().get(1).facts()).containsEntry("points", "2");
    }

    @Test
    void recordingPublishesTheViolationAndTheProposalToTheOutbox() {
        var recorded = company.late("staff", 10);
        var events = company.stores.eventLog().after(0, 1000).stream()
                .filter(e -> e.aggregateId().equals(recorded.violation().id().value())
                        || e.aggregateId().equals(recorded.penalty().orElseThrow().id().value()))
                .toList();
        assertThat(events).extracting(e -> e.type()).containsExactly("ViolationRecorded", "PenaltyProposed");
        assertThat(events.get(0).attributes()).containsEntry("violationType", "LATE_ARRIVAL");
    }

    @Test
    void nobodyRecordsAViolationAboutThemself() {
        assertThatThrownBy(() -> discipline.record(company.actor("manager"), lateness("manager")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffMayNotRecordViolationsOfColleagues() {
        assertThatThrownBy(() -> discipline.record(company.actor("colleague"), lateness("staff")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(company.stores.violations().of(EmployeeId.of("staff"))).isEmpty();
    }

    @Test
    void aManagerRecordsOnlyInTheirOwnDepartment() {
        assertThat(discipline.record(company.actor("manager"), lateness("staff")).violation().recordedBy())
                .isEqualTo(EmployeeId.of("manager"));
        assertThatThrownBy(() -> discipline.record(company.actor("pm"), lateness("staff")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theSupervisionGroupRecordsInAnyDepartment() {
        assertThat(discipline.record(company.actor("inspector"), lateness("staff")).penalty()).isPresent();
    }

    @Test
    void aFutureOccurrenceIsRefusedAndNothingIsStored() {
        var command = new RecordViolation("staff", ViolationType.LATE_ARRIVAL, company.clock.instant().plusSeconds(60),
                10, null, "late", null, null, null, null, null, null);
        assertThatThrownBy(() -> discipline.record(company.actor("hr"), command))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("occurredAt"));
        assertThat(company.stores.violations().of(EmployeeId.of("staff"))).isEmpty();
    }

    @Test
    void everyProblemOfACommandIsListedAtOnce() {
        var command = new RecordViolation(null, ViolationType.LATE_ARRIVAL, null, -5, 2, " ", Severity.GROSS, null,
                null, null, null, null);
        assertThatThrownBy(() -> discipline.record(company.actor("hr"), command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .contains("employeeId", "occurredAt", "description", "minutes", "days", "severity"));
    }

    @Test
    void theRecorderGivesTheSeverityOnlyOfCompanyRuleViolations() {
        var recorded = company.companyRule("staff", Severity.SERIOUS);
        assertThat(recorded.violation().severity()).isEqualTo(Severity.SERIOUS);
        assertThat(recorded.penalty().orElseThrow().step()).isEqualTo(PenaltyStep.FINE);
        assertThat(recorded.penalty().orElseThrow().fine().orElseThrow().amount()).isEqualByComparingTo("500");
    }

    @Test
    void aGrossViolationDismissesAtOnce() {
        var recorded = company.record("staff", ViolationType.ABSENTEEISM, null, 3);
        assertThat(recorded.violation().severity()).isEqualTo(Severity.GROSS);
        assertThat(recorded.penalty().orElseThrow().step()).isEqualTo(PenaltyStep.DISMISSAL);
    }

    @Test
    void aTemporaryHireIsFinedWhereOthersWouldBeDemoted() {
        company.record("temp", ViolationType.CONFIDENTIALITY_BREACH, null, null);
        var second = company.late("temp", 45);
        assertThat(second.penalty().orElseThrow().step()).isEqualTo(PenaltyStep.FINE);
        assertThat(second.proposal().reasons()).anySatisfy(r -> {
            assertThat(r.ruleId()).isEqualTo("discipline.ladder.substitute");
            assertThat(r.message()).contains("temporary hire").contains("FINE");
        });
    }

    @Test
    void propertyDamageIsCompensatedSeparatelyFromTheFine() {
        var recorded = discipline.record(company.actor("hr"), new RecordViolation("staff", ViolationType.PROPERTY_DAMAGE,
                company.clock.instant().minusSeconds(60), null, null, "dropped the projector", null, null, null,
                new BigDecimal("5000"), "CNY", Fault.NEGLIGENCE));
        var compensation = recorded.violation().compensation().orElseThrow();
        assertThat(compensation.amount().amount()).isEqualByComparingTo("2500");
        assertThat(compensation.instalmentCap().orElseThrow().amount()).isEqualByComparingTo("1600");
        assertThat(compensation.instalments()).contains(2);
        assertThat(recorded.compensationDecision().orElseThrow().reasons()).allSatisfy(r ->
                assertThat(r.clause()).isEqualTo("§3.2.2"));
        assertThat(recorded.penalty().orElseThrow().step()).isEqualTo(PenaltyStep.WARNING);
    }

    @Test
    void damageInAnotherCurrencyIsRefused() {
        assertThatThrownBy(() -> discipline.record(company.actor("hr"), new RecordViolation("staff",
                ViolationType.PROPERTY_DAMAGE, company.clock.instant().minusSeconds(60), null, null, "broke it", null,
                null, null, new BigDecimal("10"), "USD", Fault.INTENT)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("damage.currency"));
    }

    @Test
    void aManagerIssuesWarningsButOnlyHrIssuesDemotions() {
        var warning = company.late("staff", 10).penalty().orElseThrow();
        assertThat(discipline.issue(company.actor("manager"), warning.id()).status()).isEqualTo(PenaltyStatus.ISSUED);
        var demotion = company.record("staff", ViolationType.CONFIDENTIALITY_BREACH, null, null).penalty().orElseThrow();
        assertThat(demotion.step()).isEqualTo(PenaltyStep.FINE);
        var heavier = company.record("staff", ViolationType.ABSENTEEISM, null, 1).penalty().orElseThrow();
        assertThat(heavier.step()).isEqualTo(PenaltyStep.DEMOTION);
        assertThatThrownBy(() -> discipline.issue(company.actor("manager"), heavier.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWithdrawnPenaltyCannotBeIssued() {
        var penalty = company.late("staff", 10).penalty().orElseThrow();
        discipline.withdraw(company.actor("hr"), penalty.id(), "recorded by mistake");
        assertThatThrownBy(() -> discipline.issue(company.actor("hr"), penalty.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo("illegal-transition"));
    }

    @Test
    void withdrawingNeedsAReasonAndHr() {
        var penalty = company.late("staff", 10).penalty().orElseThrow();
        assertThatThrownBy(() -> discipline.withdraw(company.actor("hr"), penalty.id(), " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> discipline.withdraw(company.actor("manager"), penalty.id(), "no"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheEmployeeAppealsAndOnlyWithinFifteenDays() {
        var penalty = company.late("staff", 10).penalty().orElseThrow();
        discipline.issue(company.actor("hr"), penalty.id());
        assertThatThrownBy(() -> discipline.appeal(company.actor("manager"), penalty.id(), "unfair"))
                .isInstanceOf(AccessDeniedException.class);
        company.clock.advance(Duration.ofDays(16));
        assertThatThrownBy(() -> discipline.appeal(company.actor("staff"), penalty.id(), "the bus was late"))
                .isInstanceOfSatisfying(PolicyRefusalException.class,
                        e -> assertThat(e.ruleId()).isEqualTo("discipline.appeal.window"));
    }

    @Test
    void theIssuerMayNotDecideTheAppeal() {
        var penalty = company.late("staff", 10).penalty().orElseThrow();
        discipline.issue(company.actor("hr"), penalty.id());
        discipline.appeal(company.actor("staff"), penalty.id(), "the bus was late");
        assertThatThrownBy(() -> discipline.decideAppeal(company.actor("hr"), penalty.id(), AppealOutcome.UPHELD, "ok"))
                .isInstanceOf(AccessDeniedException.class);
        var upheld = discipline.decideAppeal(company.actor("hr2"), penalty.id(), AppealOutcome.UPHELD, "no proof");
        assertThat(upheld.status()).isEqualTo(PenaltyStatus.UPHELD);
    }

    @Test
    void revokingADismissalRestoresTheEmployeeAndVoidsTheViolation() {
        var dismissal = company.record("staff", ViolationType.ABSENTEEISM, null, 3).penalty().orElseThrow();
        discipline.issue(company.actor("hr"), dismissal.id());
        discipline.appeal(company.actor("staff"), dismissal.id(), "I was in hospital");
        var revoked = discipline.decideAppeal(company.actor("hr2"), dismissal.id(), AppealOutcome.REVOKED,
                "hospital certificate");
        assertThat(revoked.status()).isEqualTo(PenaltyStatus.REVOKED);
        var staff = company.stores.employees().find(EmployeeId.of("staff")).orElseThrow();
        assertThat(staff.status()).isEqualTo(EmploymentStatus.ON_POST);
        assertThat(company.stores.violations().find(dismissal.violation()).orElseThrow().voided()).isTrue();
        assertThat(company.late("staff", 5).penalty().orElseThrow().step()).isEqualTo(PenaltyStep.WARNING);
    }

    @Test
    void revokingADemotionRestoresTheLevel() {
        company.record("staff", ViolationType.CONFIDENTIALITY_BREACH, null, null);
        var demotion = company.record("staff", ViolationType.ABSENTEEISM, null, 1).penalty().orElseThrow();
        discipline.issue(company.actor("hr"), demotion.id());
        assertThat(company.stores.employees().find(EmployeeId.of("staff")).orElseThrow().level()).isEqualTo(2);
        discipline.appeal(company.actor("staff"), demotion.id(), "wrong person");
        discipline.decideAppeal(company.actor("hr2"), demotion.id(), AppealOutcome.REVOKED, "it was someone else");
        assertThat(company.stores.employees().find(EmployeeId.of("staff")).orElseThrow().level()).isEqualTo(3);
    }

    @Test
    void approvedLeaveRefusesLatenessItCovers() {
        var start = company.clock.instant().plus(Duration.ofDays(2));
        var request = discipline.requestLeave(company.actor("staff"), new NewLeaveRequest("staff", start,
                start.plus(Duration.ofDays(1)), "family", false));
        discipline.approveLeave(company.actor("manager"), request.id(), null);
        company.clock.advance(Duration.ofDays(3));
        var command = new RecordViolation("staff", ViolationType.ABSENTEEISM, start.plus(Duration.ofHours(2)), null, 1,
                "absent", null, null, null, null, null, null);
        assertThatThrownBy(() -> discipline.record(company.actor("hr"), command))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> {
                    assertThat(e.clause()).contains("§3.2.2");
                    assertThat(e.getMessage()).contains(request.id().value());
                    assertThat(e.field()).contains("occurredAt");
                });
    }

    @Test
    void leaveNeedsTwentyFourHoursNoticeUnlessItIsAnEmergency() {
        var soon = company.clock.instant().plus(Duration.ofHours(3));
        assertThatThrownBy(() -> discipline.requestLeave(company.actor("staff"), new NewLeaveRequest("staff", soon,
                soon.plus(Duration.ofHours(8)), "dentist", false)))
                .isInstanceOfSatisfying(PolicyRefusalException.class,
                        e -> assertThat(e.ruleId()).isEqualTo("discipline.leave.notice"));
        assertThatThrownBy(() -> discipline.requestLeave(company.actor("staff"), new NewLeaveRequest("staff", soon,
                soon.plus(Duration.ofHours(8)), " ", true)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(discipline.requestLeave(company.actor("staff"), new NewLeaveRequest("staff", soon,
                soon.plus(Duration.ofHours(8)), "child is ill", true)).emergency()).isTrue();
    }

    @Test
    void emergencyLeaveApprovedLaterVoidsTheAbsenceAndWithdrawsItsPenalty() {
        var absence = company.record("staff", ViolationType.ABSENTEEISM, null, 1);
        var day = absence.violation().occurredAt().minus(Duration.ofHours(1));
        var request = discipline.requestLeave(company.actor("staff"), new NewLeaveRequest("staff", day,
                day.plus(Duration.ofHours(10)), "flooded flat", true));
        assertThatThrownBy(() -> discipline.approveLeave(company.actor("manager"), request.id(), null))
                .isInstanceOf(AccessDeniedException.class);
        discipline.approveLeave(company.actor("hr"), request.id(), "photos provided");
        var violation = company.stores.violations().find(absence.violation().id()).orElseThrow();
        assertThat(violation.voiding()).hasValueSatisfying(v -> assertThat(v.reason()).contains(request.id().value()));
        assertThat(company.stores.penalties().find(absence.penalty().orElseThrow().id()).orElseThrow().status())
                .isEqualTo(PenaltyStatus.WITHDRAWN);
        var excuse = company.stores.decisions().about(EmployeeId.of("staff")).stream()
                .filter(d -> d.kind().equals(DisciplineService.LEAVE_EXCUSE)).findFirst().orElseThrow();
        assertThat(excuse.outcome()).isEqualTo("WITHDRAWN");
        assertThat(excuse.reasons()).singleElement().satisfies(r -> {
            assertThat(r.clause()).isEqualTo("§3.2.2");
            assertThat(r.facts()).containsEntry("leaveRequest", request.id().value())
                    .containsEntry("penalty", absence.penalty().orElseThrow().id().value());
        });
    }

    @Test
    void nobodyApprovesTheirOwnLeave() {
        var start = company.clock.instant().plus(Duration.ofDays(2));
        var request = discipline.requestLeave(company.actor("manager"), new NewLeaveRequest("manager", start,
                start.plus(Duration.ofDays(1)), "", false));
        assertThatThrownBy(() -> discipline.approveLeave(company.actor("manager"), request.id(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffSeeOnlyTheirOwnPenalties() {
        company.late("staff", 10);
        assertThat(discipline.penalties(company.actor("staff"), EmployeeId.of("staff"))).hasSize(1);
        assertThat(discipline.penalties(company.actor("manager"), EmployeeId.of("staff"))).hasSize(1);
        assertThatThrownBy(() -> discipline.penalties(company.actor("colleague"), EmployeeId.of("staff")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> discipline.penalties(company.actor("pm"), EmployeeId.of("staff")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFailureMidCommandLeavesNothingWritten() {
        var failing = org.servicepolicy.ServicePolicy.builder().ports(company.stores).clock(company.clock)
                .port(EventPublisher.class, event -> {
                    if (event.type().equals("PenaltyProposed")) {
                        throw new IllegalStateException("outbox unavailable");
                    }
                }).build();
        assertThatThrownBy(() -> failing.discipline().record(company.actor("hr"), lateness("staff")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(company.stores.violations().of(EmployeeId.of("staff"))).isEmpty();
        assertThat(company.stores.penalties().of(EmployeeId.of("staff"))).isEmpty();
        assertThat(company.stores.decisions().about(EmployeeId.of("staff"))).isEmpty();
    }

    @Test
    void theSameFactsGiveTheSameDecision() {
        var a = new Company();
        var b = new Company();
        var first = a.late("staff", 40);
        var second = b.late("staff", 40);
        assertThat(first.proposal()).isEqualTo(second.proposal());
        assertThat(Optional.of(first.penalty().orElseThrow().step())).isEqualTo(second.penalty().map(Penalty::step));
    }

    private RecordViolation lateness(String employee) {
        return new RecordViolation(employee, ViolationType.LATE_ARRIVAL, company.clock.instant().minusSeconds(600), 15,
                null, "late for the shift", null, null, null, null, null, null);
    }
}
