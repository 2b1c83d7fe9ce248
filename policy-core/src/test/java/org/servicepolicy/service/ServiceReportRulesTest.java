package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicepolicy.fixtures.Outcomes.decided;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.stamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Violations;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;

/** §2.3.1, §3.3.3: the rules of peer service reports, decided from facts without stores. */
class ServiceReportRulesTest {
    private static final Instant HAPPENED = Instant.parse("2026-05-04T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-05-05T10:00:00Z");
    private static final Actor INSPECTOR = new Actor(EmployeeId.of("inspector"),
            Set.of(Role.EMPLOYEE, Role.SUPERVISION_GROUP), Optional.of(DepartmentId.of("quality")));
    private static final ServiceReport OPEN = new ServiceReport(ServiceReportId.of("r-1"),
            Optional.of(EmployeeId.of("reporter")), ServiceReportAddressee.SUPERVISION_GROUP, Optional.empty(),
            new ServiceReportSubject(ServiceReportSubjectKind.EMPLOYEE, Violations.STAFF.value()),
            Optional.of(ServiceStandard.PROMISED_REPLY), "no call-back", HAPPENED, HAPPENED, Optional.empty(), 1);

    private static ServiceReportFacts.Ruling facts(ServiceReport report, List<ServiceFinding> earlier) {
        return new ServiceReportFacts.Ruling(Optional.of(report),
                Optional.of(Violations.employee(EmployeeCategory.STAFF, 3)), earlier, StandardPolicy.definition());
    }

    @Test
    @DisplayName("§2.3.1: a confirmation about a colleague decides the ruling about the reporter and an unattributed finding about the colleague")
    void aConfirmationDecidesTheRulingAndTheFinding() {
        var outcome = decided(ServiceReportRules.confirm(OPEN.id(), new ServiceReportConfirmation(null,
                Severity.GROSS, "recorded call"), facts(OPEN, List.of()), stamp(INSPECTOR, NOW)));

        assertThat(outcome.decisions()).hasSize(2);
        var ruling = outcome.decisions().get(0);
        assertThat(ruling.kind()).isEqualTo(ServiceReportRules.RULING);
        assertThat(ruling.subject()).isEqualTo(EmployeeId.of("reporter"));
        assertThat(ruling.decidedBy()).contains(INSPECTOR.id());
        assertThat(ruling.reasons()).extracting(Reason::clause).containsExactly("§2.3.1", "§2.1.2", "§2.3.1");
        var finding = outcome.decisions().get(1);
        assertThat(finding.kind()).isEqualTo(ServiceRules.FINDING);
        assertThat(finding.subject()).isEqualTo(Violations.STAFF);
        assertThat(finding.decidedBy()).isEmpty();
        assertThat(finding.outcome()).isEqualTo("GROSS");
        assertThat(finding.reasons()).allSatisfy(r -> assertThat(r.facts().values()).doesNotContain("reporter"));
        assertThat(outcome.events()).extracting(e -> e.type())
                .containsExactly("ServiceFindingRecorded", "ServiceReportConfirmed");
    }

    @Test
    @DisplayName("§2.3.1: an open report only: a ruled one refuses a second ruling as a transition")
    void aRuledReportIsNotRuledAgain() {
        var ruled = OPEN.ruled(new ServiceReportRuling(ServiceReportStatus.DISMISSED, NOW, Optional.of(INSPECTOR.id()),
                Optional.of("no"), Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(refusal(ServiceReportRules.dismiss(OPEN.id(), "again", facts(ruled, List.of()),
                stamp(INSPECTOR, NOW)))).isInstanceOf(Refusal.Transition.class);
        assertThat(refusal(ServiceReportRules.confirm(OPEN.id(), new ServiceReportConfirmation(null, Severity.MINOR,
                null), facts(ruled, List.of()), stamp(INSPECTOR, NOW)))).isInstanceOf(Refusal.Transition.class);
    }

    @Test
    @DisplayName("§2.3.1: the achievement of a confirmed report is the reporter's, citing §2.3.1 and naming neither colleague nor report")
    void theAchievementOfAConfirmedReport() {
        var confirmed = OPEN.ruled(new ServiceReportRuling(ServiceReportStatus.CONFIRMED, NOW,
                Optional.of(INSPECTOR.id()), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        var achievement = ServiceReportRules.achievement(confirmed);

        assertThat(achievement.trigger()).isEqualTo(RewardTrigger.SERVICE_REPORT_EFFECTIVE);
        assertThat(achievement.employee()).isEqualTo(EmployeeId.of("reporter"));
        assertThat(achievement.occurredAt()).isEqualTo(NOW);
        assertThat(achievement.because().clause()).isEqualTo("§2.3.1");
        assertThat(achievement.because().message()).doesNotContain("staff").doesNotContain("r-1");
        assertThat(RewardTrigger.known()).contains(RewardTrigger.SERVICE_REPORT_EFFECTIVE);
        assertThatThrownBy(() -> ServiceReportRules.achievement(OPEN)).isInstanceOf(IllegalArgumentException.class);
    }
}
