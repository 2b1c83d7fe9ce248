package org.servicepolicy.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.discipline.DisciplineCases.HR;
import static org.servicepolicy.discipline.DisciplineCases.HR2;
import static org.servicepolicy.discipline.DisciplineCases.NOW;
import static org.servicepolicy.discipline.DisciplineCases.STAFF;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.ViolationType;

/**
 * The pure rules of work discipline (§3.2, §3.3.3), called without stores: what a command
 * decides, stores and announces, and under which policy version.
 */
class DisciplineRulesTest {
    private final org.servicepolicy.people.Employee staff = DisciplineCases.staff();

    private static <R> Outcome.Decided<DisciplineStores, R> decided(Outcome<DisciplineStores, R> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Decided.class);
        return (Outcome.Decided<DisciplineStores, R>) outcome;
    }

    private static Refusal refusal(Outcome<DisciplineStores, ?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<DisciplineStores, ?>) outcome).refusal();
    }

    private DisciplineFacts.Recording recording(List<Violation> history, List<LeaveRequest> leave) {
        return new DisciplineFacts.Recording(staff, history, List.of(), leave, StandardPolicy.definition());
    }

    // ------------------------------------------------------------ §3.2.2, §3.3.3: recording

    @Test
    void aMinorViolationAfterAModerateOneWithinTheWindowIsProposedAFineWithItsReasonsAndVersion() {
        var earlier = DisciplineCases.violation("v-0", staff, Severity.MODERATE, NOW.minus(Duration.ofDays(30)));
        var outcome = decided(RecordingRule.record(RecordViolation.lateArrival("staff", NOW.minusSeconds(600), 10,
                "10 minutes late"), recording(List.of(earlier), List.of()), DisciplineCases.stamp(HR)));
        var proposal = outcome.decisions().get(0);
        assertThat(proposal.kind()).isEqualTo(DisciplineService.PROPOSAL);
        assertThat(proposal.outcome()).startsWith("FINE");
        assertThat(proposal.policyVersion()).isEqualTo(StandardPolicy.VERSION);
        assertThat(proposal.reasons()).extracting(r -> r.ruleId())
                .contains("discipline.ladder.points", "discipline.ladder.band");
        assertThat(outcome.events()).extracting(DomainEvent::type).containsExactly("ViolationRecorded", "PenaltyProposed");
        assertThat(outcome.audit()).extracting(a -> a.action()).containsExactly("violation.record", "penalty.propose");
    }

    @Test
    void aLatenessCoveredByApprovedLeaveIsRefusedCitingClause322() {
        var leave = DisciplineCases.leave("l-1", staff, NOW.minusSeconds(3600), NOW.plusSeconds(3600), false,
                LeaveStatus.APPROVED);
        var refusal = refusal(RecordingRule.record(RecordViolation.lateArrival("staff", NOW.minusSeconds(600), 10,
                "late"), recording(List.of(), List.of(leave)), DisciplineCases.stamp(HR)));
        assertThat(refusal).isInstanceOfSatisfying(Refusal.Policy.class, r -> {
            assertThat(r.clause()).isEqualTo("§3.2.2");
            assertThat(r.rule()).isEqualTo("discipline.leave.covers");
            assertThat(r.field()).contains("occurredAt");
        });
    }

    @Test
    void aDismissedEmployeeHasNoViolationRecorded() {
        var dismissed = staff.withStatus(EmploymentStatus.DISMISSED);
        var refusal = refusal(RecordingRule.record(RecordViolation.of("staff", ViolationType.NON_WORK_ACTIVITY,
                NOW.minusSeconds(600), "games"), new DisciplineFacts.Recording(dismissed, List.of(), List.of(),
                List.of(), StandardPolicy.definition()), DisciplineCases.stamp(HR)));
        assertThat(refusal).isInstanceOfSatisfying(Refusal.Policy.class,
                r -> assertThat(r.rule()).isEqualTo("discipline.employed"));
    }

    @Test
    void theHireDateIsReadInTheZoneOfTheVersionInForceWhenTheViolationHappened() {
        // Hired 2024-01-01: at 20:00 UTC on 31 December it is already 1 January in Shanghai.
        var evening = Instant.parse("2023-12-31T20:00:00Z");
        var inShanghai = DisciplineCases.standardThen("shanghai", Instant.EPOCH.plusSeconds(1),
                Map.of("company.timeZone", "Asia/Shanghai")).inForceAt(evening);
        var outcome = RecordingRule.record(RecordViolation.of("staff", ViolationType.NON_WORK_ACTIVITY, evening, "games"),
                new DisciplineFacts.Recording(staff, List.of(), List.of(), List.of(), inShanghai),
                DisciplineCases.stamp(HR));
        assertThat(outcome).isInstanceOf(Outcome.Decided.class);
        var inUtc = RecordingRule.record(RecordViolation.of("staff", ViolationType.NON_WORK_ACTIVITY, evening, "games"),
                recording(List.of(), List.of()), DisciplineCases.stamp(HR));
        assertThat(refusal(inUtc)).isEqualTo(Refusal.invalid("occurredAt", "is before the employee's hire date 2024-01-01"));
    }

    // ------------------------------------------------------------ §3.3.3: the penalty's lifecycle

    @Test
    void aDemotionLowersTheLevelByTheLevelsOfTheVersionInForceWhenTheViolationHappened() {
        var late = DisciplineCases.violation("v-1", staff, Severity.SERIOUS, NOW.minus(Duration.ofDays(10)));
        var demotion = DisciplineCases.penalty("p-1", late, PenaltyStep.DEMOTION);
        // A version published after the violation demotes by two levels; the one in force then, by one.
        var versions = DisciplineCases.standardThen("2026-12", NOW.minus(Duration.ofDays(5)),
                Map.of("discipline.demotion.levels", "2"));
        var outcome = decided(PenaltyRules.issue(new DisciplineFacts.PenaltyCase(demotion, staff, late, versions,
                List.of(staff)), DisciplineCases.stamp(HR)));
        assertThat(outcome.events()).first().satisfies(e -> assertThat(e.attributes())
                .containsEntry("from", "3").containsEntry("to", "2"));
        assertThat(outcome.events()).extracting(DomainEvent::type).containsExactly("EmployeeLevelChanged", "PenaltyIssued");
    }

    @Test
    void anAppealAfterTheWindowOfTheVersionInForceAtIssueIsRefused() {
        var late = DisciplineCases.violation("v-1", staff, Severity.MINOR, NOW.minus(Duration.ofDays(40)));
        var issued = DisciplineCases.penalty("p-1", late, PenaltyStep.WARNING, PenaltyStatus.ISSUED);
        var refusal = refusal(PenaltyRules.appeal(new DisciplineFacts.PenaltyCase(issued, staff, late,
                DisciplineCases.standardOnly(), List.of(staff)), "too late", DisciplineCases.stamp(STAFF)));
        assertThat(refusal).isInstanceOfSatisfying(Refusal.Policy.class,
                r -> assertThat(r.rule()).isEqualTo("discipline.appeal.window"));
        var longerWindow = DisciplineCases.standardThen("long-appeals", Instant.EPOCH.plusSeconds(1),
                Map.of("discipline.appeal.window", "P60D"));
        assertThat(PenaltyRules.appeal(new DisciplineFacts.PenaltyCase(issued, staff, late, longerWindow,
                List.of(staff)), "in time", DisciplineCases.stamp(STAFF))).isInstanceOf(Outcome.Decided.class);
    }

    @Test
    void revokingOnAppealRestoresTheLevelVoidsTheViolationAndExplainsItself() {
        var late = DisciplineCases.violation("v-1", staff, Severity.SERIOUS, NOW.minus(Duration.ofDays(10)));
        var appealed = DisciplineCases.penalty("p-1", late, PenaltyStep.DEMOTION, PenaltyStatus.ISSUED,
                PenaltyStatus.APPEALED).remembering(Optional.of(4), Optional.empty());
        var outcome = decided(PenaltyRules.decideAppeal(new DisciplineFacts.PenaltyCase(appealed, staff, late,
                DisciplineCases.standardOnly(), List.of(staff)), AppealOutcome.REVOKED, "the clock was wrong",
                DisciplineCases.stamp(HR2)));
        assertThat(outcome.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DisciplineService.APPEAL);
            assertThat(d.reasons()).extracting(r -> r.clause()).containsExactly("§3.3.3", "§1.3.3");
        });
        assertThat(outcome.events()).extracting(DomainEvent::type)
                .containsExactly("EmployeeLevelChanged", "ViolationVoided", "PenaltyRevoked");
    }

    @Test
    void anAppealThatIsNotPendingCannotBeDecided() {
        var late = DisciplineCases.violation("v-1", staff, Severity.MINOR, NOW.minus(Duration.ofDays(1)));
        var issued = DisciplineCases.penalty("p-1", late, PenaltyStep.WARNING, PenaltyStatus.ISSUED);
        assertThat(refusal(PenaltyRules.decideAppeal(new DisciplineFacts.PenaltyCase(issued, staff, late,
                DisciplineCases.standardOnly(), List.of(staff)), AppealOutcome.UPHELD, "stands",
                DisciplineCases.stamp(HR2))))
                .isEqualTo(Refusal.transition("penalty", "p-1", PenaltyStatus.ISSUED, "decide the appeal of"));
    }

    // ------------------------------------------------------------ §3.2.2: leave

    @Test
    void anOrdinaryRequestComesWithTheNoticeAnEmergencyOneMayComeLater() {
        var facts = new DisciplineFacts.LeaveRequesting(staff, StandardPolicy.definition());
        var tomorrowMorning = NOW.plus(Duration.ofHours(20));
        assertThat(refusal(LeaveRules.request(new NewLeaveRequest("staff", tomorrowMorning,
                tomorrowMorning.plusSeconds(3600), null, null), facts, DisciplineCases.stamp(STAFF))))
                .isInstanceOfSatisfying(Refusal.Policy.class, r -> assertThat(r.rule()).isEqualTo("discipline.leave.notice"));
        assertThat(LeaveRules.request(new NewLeaveRequest("staff", tomorrowMorning, tomorrowMorning.plusSeconds(3600),
                "a sick child", true), facts, DisciplineCases.stamp(STAFF))).isInstanceOf(Outcome.Decided.class);
    }

    @Test
    void approvedLeaveWithdrawsTheProposalOfACoveredLatenessUnderTheVersionInForceWhenItHappened() {
        var at = NOW.minus(Duration.ofDays(2));
        var late = DisciplineCases.violation("v-1", staff, Severity.MINOR, at);
        var proposed = DisciplineCases.penalty("p-1", late, PenaltyStep.WARNING);
        var request = DisciplineCases.leave("l-1", staff, at.minusSeconds(3600), at.plusSeconds(3600), true,
                LeaveStatus.REQUESTED);
        var versions = DisciplineCases.standardThen("2026-12", NOW.minus(Duration.ofDays(1)), Map.of());
        var outcome = decided(LeaveRules.decide(new DisciplineFacts.LeaveDeciding(request, staff, List.of(late),
                List.of(proposed), List.of(request), versions, List.of(staff)), LeaveStatus.APPROVED, Optional.empty(),
                Optional.empty(), DisciplineCases.stamp(HR)));
        assertThat(outcome.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DisciplineService.LEAVE_EXCUSE);
            assertThat(d.outcome()).isEqualTo("WITHDRAWN");
            assertThat(d.policyVersion()).isEqualTo(StandardPolicy.VERSION);
        });
        assertThat(outcome.events()).extracting(DomainEvent::type)
                .containsExactly("ViolationVoided", "PenaltyWithdrawn", "LeaveApproved");
    }
}
