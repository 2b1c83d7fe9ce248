package org.servicepolicy.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.discipline.DisciplineCases.COLLEAGUE;
import static org.servicepolicy.discipline.DisciplineCases.HR;
import static org.servicepolicy.discipline.DisciplineCases.HR2;
import static org.servicepolicy.discipline.DisciplineCases.INSPECTOR;
import static org.servicepolicy.discipline.DisciplineCases.MANAGER;
import static org.servicepolicy.discipline.DisciplineCases.NOW;
import static org.servicepolicy.discipline.DisciplineCases.OTHER_MANAGER;
import static org.servicepolicy.discipline.DisciplineCases.STAFF;

import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.Severity;

/** Who may act in work discipline (§3.2, §3.3.3), and nobody in their own case (§1.3.3). */
class DisciplineAccessTest {
    private final org.servicepolicy.people.Employee staff = DisciplineCases.staff();
    private final org.servicepolicy.people.Employee hr = DisciplineCases.employee("hr", "hq", 4);
    private final Violation late = DisciplineCases.violation("v-1", staff, Severity.MINOR, NOW.minusSeconds(7200));

    @Test
    void hrTheDepartmentManagerAndTheSupervisionGroupRecordViolations() {
        assertThat(DisciplineAccess.mayRecord(HR, staff)).isEmpty();
        assertThat(DisciplineAccess.mayRecord(MANAGER, staff)).isEmpty();
        assertThat(DisciplineAccess.mayRecord(INSPECTOR, staff)).isEmpty();
    }

    @Test
    void staffRecordNoViolationAtAllWhoeverItWouldBeAbout() {
        assertThat(DisciplineAccess.mayRecordAtAll(COLLEAGUE)).get().isInstanceOf(Refusal.Access.class);
        assertThat(DisciplineAccess.mayRecord(COLLEAGUE, staff)).get().isInstanceOf(Refusal.Access.class);
    }

    @Test
    void toAManagerOfAnotherDepartmentTheEmployeeDoesNotExist() {
        assertThat(DisciplineAccess.mayRecord(OTHER_MANAGER, staff))
                .contains(Refusal.invalid("employeeId", "no such employee: staff"));
    }

    @Test
    void nobodyRecordsAViolationAboutThemself() {
        assertThat(DisciplineAccess.mayRecord(HR, hr)).get().extracting(r -> ((Refusal.Access) r).message())
                .asString().contains("in their own case (§1.3.3)");
    }

    @Test
    void aWarningIsIssuedByHrOrTheDepartmentManagerADismissalByHrOnly() {
        var warning = DisciplineCases.penalty("p-1", late, PenaltyStep.WARNING);
        var dismissal = DisciplineCases.penalty("p-2", late, PenaltyStep.DISMISSAL);
        assertThat(DisciplineAccess.mayIssue(MANAGER, warning, staff)).isEmpty();
        assertThat(DisciplineAccess.mayIssue(HR, dismissal, staff)).isEmpty();
        assertThat(DisciplineAccess.mayIssue(MANAGER, dismissal, staff))
                .contains(Refusal.access("only HR issues a DISMISSAL"));
        assertThat(DisciplineAccess.mayIssue(INSPECTOR, warning, staff)).get().isInstanceOf(Refusal.Access.class);
    }

    @Test
    void aPenaltyOfSomeoneTheActorMayNotSeeIsMissingToThem() {
        var warning = DisciplineCases.penalty("p-1", late, PenaltyStep.WARNING);
        assertThat(DisciplineAccess.mayIssue(OTHER_MANAGER, warning, staff)).contains(Refusal.missing("penalty", "p-1"));
        assertThat(DisciplineAccess.mayAppeal(COLLEAGUE, warning, staff)).contains(Refusal.missing("penalty", "p-1"));
    }

    @Test
    void nobodyIssuesWithdrawsOrDecidesTheAppealOfTheirOwnPenalty() {
        var ownLate = DisciplineCases.violation("v-2", hr, Severity.MINOR, NOW.minusSeconds(7200));
        var proposed = DisciplineCases.penalty("p-3", ownLate, PenaltyStep.WARNING);
        var appealed = DisciplineCases.penalty("p-4", ownLate, PenaltyStep.WARNING, PenaltyStatus.ISSUED,
                PenaltyStatus.APPEALED);
        for (var refusal : java.util.List.of(DisciplineAccess.mayIssue(HR, proposed, hr),
                DisciplineAccess.mayWithdraw(HR, proposed, hr), DisciplineAccess.mayDecideAppeal(HR, appealed, hr))) {
            assertThat(refusal).get().extracting(r -> ((Refusal.Access) r).message()).asString()
                    .contains("in their own case (§1.3.3)");
        }
        assertThat(DisciplineAccess.mayWithdraw(HR2, proposed, hr)).isEmpty();
    }

    @Test
    void theIssuerDoesNotDecideTheAppealAndOnlyTheEmployeeAppeals() {
        var appealed = DisciplineCases.penalty("p-5", late, PenaltyStep.FINE, PenaltyStatus.ISSUED,
                PenaltyStatus.APPEALED);
        assertThat(DisciplineAccess.mayDecideAppeal(HR, appealed, staff)).get().extracting(
                r -> ((Refusal.Access) r).message()).asString().contains("may not decide its appeal");
        assertThat(DisciplineAccess.mayDecideAppeal(HR2, appealed, staff)).isEmpty();
        assertThat(DisciplineAccess.mayAppeal(STAFF, appealed, staff)).isEmpty();
        assertThat(DisciplineAccess.mayAppeal(HR, appealed, staff))
                .contains(Refusal.access("only staff may appeal their penalty"));
    }

    @Test
    void anEmergencyLeaveIsDecidedByHrAndNobodyDecidesTheirOwn() {
        var emergency = DisciplineCases.leave("l-1", staff, NOW, NOW.plusSeconds(3600), true, LeaveStatus.REQUESTED);
        var ordinary = DisciplineCases.leave("l-2", staff, NOW.plusSeconds(86400 * 3), NOW.plusSeconds(86400 * 4), false,
                LeaveStatus.REQUESTED);
        assertThat(DisciplineAccess.mayDecideLeave(MANAGER, ordinary, staff)).isEmpty();
        assertThat(DisciplineAccess.mayDecideLeave(MANAGER, emergency, staff))
                .contains(Refusal.access("an emergency leave request is decided by HR (§3.2.2)"));
        assertThat(DisciplineAccess.mayDecideLeave(HR, emergency, staff)).isEmpty();
        var own = DisciplineCases.leave("l-3", hr, NOW.plusSeconds(86400 * 3), NOW.plusSeconds(86400 * 4), false,
                LeaveStatus.REQUESTED);
        assertThat(DisciplineAccess.mayDecideLeave(HR, own, hr)).get().isInstanceOf(Refusal.Access.class);
    }

    @Test
    void leaveIsRequestedByTheEmployeeTheirManagerOrHr() {
        assertThat(DisciplineAccess.mayRequestLeave(STAFF, staff)).isEmpty();
        assertThat(DisciplineAccess.mayRequestLeave(MANAGER, staff)).isEmpty();
        assertThat(DisciplineAccess.mayRequestLeave(COLLEAGUE, staff))
                .contains(Refusal.invalid("employeeId", "no such employee: staff"));
        assertThat(DisciplineAccess.mayRequestLeave(INSPECTOR, staff)).get().isInstanceOf(Refusal.Access.class);
    }
}
