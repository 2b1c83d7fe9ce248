package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.rewards.RewardStatus;

/** §2.3.1, §1.3.3, §3.3.3: peer service problem reports through the public API, on in-memory ports. */
class ServiceReportServiceTest {
    private final Company company = new Company();
    private final ServiceReportService reports = company.policy.serviceReports();

    private Instant hoursAgo(int hours) {
        return company.clock.instant().minus(Duration.ofHours(hours));
    }

    private ServiceReport aboutColleague(String reporter, ServiceReportAddressee to) {
        return reports.file(company.actor(reporter), new ServiceReportFiling(ServiceReportSubjectKind.EMPLOYEE,
                "colleague", ServiceStandard.PROMISED_REPLY, "promised a call-back by noon, none came", hoursAgo(3),
                to));
    }

    private ServiceReportRuled confirm(ServiceReport report, Severity severity) {
        return reports.confirm(company.actor("inspector"), report.id(),
                new ServiceReportConfirmation(null, severity, "the customer's e-mail confirms it"));
    }

    private void hireSecondInspector() {
        company.policy.people().hire(company.actor("hr"), new NewEmployee("inspector2", "inspector2",
                EmployeeCategory.STAFF, "pm", "projects", 3, LocalDate.of(2024, 1, 1), EmploymentStatus.ON_POST,
                new BigDecimal("8000"), Set.of(Role.SUPERVISION_GROUP)));
    }

    @Test
    @DisplayName("§2.3.1: a confirmed report about a colleague is a PEER_REPORT finding in their record and proposes the reporter's reward, with a ruling citing §2.3.1")
    void aConfirmedReportIsAFindingAndARewardProposal() {
        var filed = aboutColleague("staff", ServiceReportAddressee.SUPERVISION_GROUP);

        var ruled = confirm(filed, Severity.MINOR);

        assertThat(ruled.report().status()).isEqualTo(ServiceReportStatus.CONFIRMED);
        assertThat(ruled.finding()).hasValueSatisfying(f -> {
            assertThat(f.employee()).isEqualTo(EmployeeId.of("colleague"));
            assertThat(f.source()).isEqualTo(FindingSource.PEER_REPORT);
            assertThat(f.sourceId()).isEqualTo(filed.id().value());
            assertThat(f.standard()).isEqualTo(ServiceStandard.PROMISED_REPLY);
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.observedAt()).isEqualTo(filed.happenedAt());
        });
        assertThat(company.policy.supervision().findingsOf(company.actor("hr"), EmployeeId.of("colleague")))
                .containsExactly(ruled.finding().get());
        assertThat(ruled.decision().subject()).isEqualTo(EmployeeId.of("staff"));
        assertThat(ruled.decision().outcome()).isEqualTo("CONFIRMED");
        assertThat(ruled.decision().reasons()).extracting(Reason::clause).startsWith("§2.3.1");
        assertThat(ruled.rewards()).singleElement().satisfies(reward -> {
            assertThat(reward.employee()).isEqualTo(EmployeeId.of("staff"));
            assertThat(reward.trigger()).isEqualTo(RewardTrigger.SERVICE_REPORT_EFFECTIVE);
            assertThat(reward.kinds()).containsExactly(RewardKind.BONUS);
            assertThat(reward.bonus()).hasValueSatisfying(b -> assertThat(b.amount()).isEqualByComparingTo("200"));
            assertThat(reward.status()).isEqualTo(RewardStatus.PROPOSED);
            assertThat(reward.citation()).doesNotContain("colleague").doesNotContain(filed.id().value());
        });
        assertThat(company.policy.rewards().rewardsOf(company.actor("hr"), EmployeeId.of("staff")))
                .containsExactlyElementsOf(ruled.rewards());
        assertThat(ruled.violations()).isEmpty();
    }

    @Test
    @DisplayName("§2.3.1, §3.3.3: a SERIOUS confirmed report proposes a SERVICE company-rule violation through the ladder")
    void aSeriousConfirmationProposesAViolation() {
        var ruled = confirm(aboutColleague("staff", ServiceReportAddressee.SUPERVISION_GROUP), Severity.SERIOUS);

        assertThat(ruled.violations()).singleElement().satisfies(proposed -> {
            var violation = proposed.violation().violation();
            assertThat(violation.employee()).isEqualTo(EmployeeId.of("colleague"));
            assertThat(violation.ruleArea()).contains(RuleArea.SERVICE);
            assertThat(violation.severity()).isEqualTo(Severity.SERIOUS);
            assertThat(proposed.violation().penalty()).hasValueSatisfying(p ->
                    assertThat(p.step()).isEqualTo(PenaltyStep.FINE));
            assertThat(proposed.decision().decidedBy()).isEmpty();
        });
    }

    @Test
    @DisplayName("§2.3.1: a report's finding counts with supervision findings: the third MODERATE within 90 days proposes")
    void aReportFindingCountsWithSupervisionFindings() {
        company.policy.supervision().record(company.actor("inspector"), RecordObservation.nonconformity(
                ServiceStandard.CASE_TIME, ObservationMethod.ON_SITE, hoursAgo(24 * 30), "case overran", java.util.List
                        .of("colleague")));
        company.policy.supervision().record(company.actor("inspector"), RecordObservation.nonconformity(
                ServiceStandard.PROMISED_REPLY, ObservationMethod.SPOT_CHECK, hoursAgo(24 * 10), "no reply",
                java.util.List.of("colleague")));

        var ruled = confirm(aboutColleague("staff", ServiceReportAddressee.SUPERVISION_GROUP), Severity.MODERATE);

        assertThat(ruled.violations()).singleElement().satisfies(proposed ->
                assertThat(proposed.decision().reasons().get(0).facts()).containsEntry("count", "3"));
    }

    @Test
    @DisplayName("§2.3.1: a report is ruled once: a second confirmation or a dismissal afterwards is a conflict and changes nothing")
    void aReportIsRuledOnce() {
        var filed = aboutColleague("staff", ServiceReportAddressee.SUPERVISION_GROUP);
        var first = confirm(filed, Severity.MINOR);

        assertThatThrownBy(() -> confirm(filed, Severity.SERIOUS)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> reports.dismiss(company.actor("inspector"), filed.id(), "second thoughts"))
                .isInstanceOf(ConflictException.class);
        assertThat(reports.report(company.actor("hr"), filed.id())).isEqualTo(first.report());
        assertThat(company.policy.supervision().findingsOf(company.actor("hr"), EmployeeId.of("colleague")))
                .hasSize(1);
        assertThat(company.policy.rewards().rewardsOf(company.actor("hr"), EmployeeId.of("staff"))).hasSize(1);
    }

    @Test
    @DisplayName("§2.3.1: a dismissal gives its reason, makes no finding and proposes no reward")
    void aDismissalMakesNothing() {
        var filed = aboutColleague("staff", ServiceReportAddressee.SUPERVISION_GROUP);

        var ruled = reports.dismiss(company.actor("inspector"), filed.id(), "the call-back was made at 11:50");

        assertThat(ruled.report().status()).isEqualTo(ServiceReportStatus.DISMISSED);
        assertThat(ruled.report().ruling().flatMap(ServiceReportRuling::note))
                .contains("the call-back was made at 11:50");
        assertThat(ruled.decision().outcome()).isEqualTo("DISMISSED");
        assertThat(ruled.decision().reasons()).extracting(Reason::clause).containsExactly("§2.3.1");
        assertThat(company.policy.supervision().findingsOf(company.actor("hr"), EmployeeId.of("colleague")))
                .isEmpty();
        assertThat(company.policy.rewards().rewardsOf(company.actor("hr"), EmployeeId.of("staff"))).isEmpty();
        assertThatThrownBy(() -> reports.dismiss(company.actor("inspector"), filed.id(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("reason"));
    }

    @Test
    @DisplayName("§2.3.1: a confirmed report about a process proposes the reward and makes no finding; a severity for it is refused")
    void aProcessReportIsRewardedWithoutFinding() {
        var filed = reports.file(company.actor("colleague"), new ServiceReportFiling(ServiceReportSubjectKind.PROCESS,
                "returns hand-over", null, "the form loses the customer's phone number", hoursAgo(1),
                ServiceReportAddressee.SUPERIOR));

        assertThatThrownBy(() -> confirm(filed, Severity.MINOR)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("severity"));
        var ruled = confirm(filed, null);

        assertThat(ruled.finding()).isEmpty();
        assertThat(ruled.rewards()).singleElement().satisfies(r ->
                assertThat(r.employee()).isEqualTo(EmployeeId.of("colleague")));
    }

    @Test
    @DisplayName("§2.3.1: confirming a report about a colleague needs a severity, and a standard when the report named none")
    void aColleagueFindingNeedsItsStandardAndSeverity() {
        var filed = reports.file(company.actor("staff"), new ServiceReportFiling(ServiceReportSubjectKind.EMPLOYEE,
                "colleague", null, "rude to a customer", hoursAgo(1), ServiceReportAddressee.SUPERVISION_GROUP));

        assertThatThrownBy(() -> confirm(filed, Severity.MINOR)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("standard"));
        assertThatThrownBy(() -> reports.confirm(company.actor("inspector"), filed.id(),
                new ServiceReportConfirmation(ServiceStandard.PROBLEM_FOLLOW_UP, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("severity"));
        var ruled = reports.confirm(company.actor("inspector"), filed.id(),
                new ServiceReportConfirmation(ServiceStandard.PROBLEM_FOLLOW_UP, Severity.MINOR, null));
        assertThat(ruled.finding().orElseThrow().standard()).isEqualTo(ServiceStandard.PROBLEM_FOLLOW_UP);
    }

    @Test
    @DisplayName("§1.3.3: nobody reports about themself; a report about one's superior is not addressed to them; no superior, no such address")
    void whatMayBeReported() {
        assertThatThrownBy(() -> reports.file(company.actor("staff"), new ServiceReportFiling(
                ServiceReportSubjectKind.EMPLOYEE, "staff", null, "I was late", hoursAgo(1),
                ServiceReportAddressee.SUPERVISION_GROUP)))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> assertThat(e.clause()).contains("§1.3.3"));
        assertThatThrownBy(() -> reports.file(company.actor("staff"), new ServiceReportFiling(
                ServiceReportSubjectKind.EMPLOYEE, "manager", null, "ignored a complaint", hoursAgo(1),
                ServiceReportAddressee.SUPERIOR)))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> assertThat(e.field()).contains("addressedTo"));
        assertThatThrownBy(() -> reports.file(company.actor("hr"), new ServiceReportFiling(
                ServiceReportSubjectKind.PROCESS, "payroll desk", null, "slow", hoursAgo(1),
                ServiceReportAddressee.SUPERIOR)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("addressedTo"));
        var toGroup = reports.file(company.actor("staff"), new ServiceReportFiling(ServiceReportSubjectKind.EMPLOYEE,
                "manager", null, "ignored a complaint", hoursAgo(1), ServiceReportAddressee.SUPERVISION_GROUP));
        assertThat(toGroup.superior()).isEmpty();
    }

    @Test
    @DisplayName("§2.3.1: bad input names every field at fault, and unknown subjects are named; nothing is stored")
    void badInputNamesTheFields() {
        assertThatThrownBy(() -> reports.file(company.actor("staff"), new ServiceReportFiling(null, " ", null, "",
                company.clock.instant().plusSeconds(60), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .contains("subjectKind", "subjectReference", "description", "happenedAt", "addressedTo"));
        assertThatThrownBy(() -> reports.file(company.actor("staff"), new ServiceReportFiling(
                ServiceReportSubjectKind.EMPLOYEE, "nobody", null, "rude", hoursAgo(1),
                ServiceReportAddressee.SUPERVISION_GROUP)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("subjectReference"));
        assertThatThrownBy(() -> reports.file(company.actor("staff"), new ServiceReportFiling(
                ServiceReportSubjectKind.DEPARTMENT, "nowhere", null, "slow", hoursAgo(1),
                ServiceReportAddressee.SUPERVISION_GROUP)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("subjectReference"));
        assertThat(reports.all(company.actor("hr"))).isEmpty();
    }

    @Test
    @DisplayName("§2.3.1, §1.3.3: only the group rules, never on its own report nor about themself; the addressed superior does not rule")
    void whoRules() {
        hireSecondInspector();
        var toManager = aboutColleague("staff", ServiceReportAddressee.SUPERIOR);
        var byInspector = reports.file(company.actor("inspector"), new ServiceReportFiling(
                ServiceReportSubjectKind.EMPLOYEE, "colleague", ServiceStandard.RECEPTION_WAIT, "queue ignored",
                hoursAgo(2), ServiceReportAddressee.SUPERVISION_GROUP));
        var aboutInspector = reports.file(company.actor("staff"), new ServiceReportFiling(
                ServiceReportSubjectKind.EMPLOYEE, "inspector", ServiceStandard.RECEPTION_WAIT, "queue ignored",
                hoursAgo(2), ServiceReportAddressee.SUPERVISION_GROUP));
        var confirmation = new ServiceReportConfirmation(null, Severity.MINOR, null);

        for (var outsider : new String[] {"manager", "hr", "staff", "colleague"}) {
            assertThatThrownBy(() -> reports.confirm(company.actor(outsider), toManager.id(), confirmation))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> reports.confirm(company.actor("inspector"), byInspector.id(), confirmation))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e).hasMessageContaining("§1.3.3"));
        assertThatThrownBy(() -> reports.dismiss(company.actor("inspector"), aboutInspector.id(), "not me"))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e).hasMessageContaining("§1.3.3"));
        assertThatThrownBy(() -> reports.confirm(company.actor("inspector"), ServiceReportId.of("unknown"),
                confirmation)).isInstanceOf(NotFoundException.class);
        assertThat(reports.confirm(company.actor("inspector2"), byInspector.id(), confirmation).report().status())
                .isEqualTo(ServiceReportStatus.CONFIRMED);
    }

    @Test
    @DisplayName("§2.3.1: the reporter is never disclosed to the colleague or their manager: not in the report, the finding, the decisions, the violation or the events")
    void theReporterIsHiddenFromTheColleague() {
        var filed = aboutColleague("temp", ServiceReportAddressee.SUPERIOR);
        assertThat(filed.superior()).contains(EmployeeId.of("manager"));
        assertThatThrownBy(() -> reports.report(company.actor("colleague"), filed.id()))
                .isInstanceOf(NotFoundException.class);

        var ruled = confirm(filed, Severity.SERIOUS);

        var seen = reports.report(company.actor("colleague"), filed.id());
        assertThat(seen.reporter()).isEmpty();
        assertThat(seen.superior()).isEmpty();
        assertThat(seen.ruling().orElseThrow().by()).isEmpty();
        assertThat(seen.description()).isEqualTo(filed.description());
        var decisions = company.policy.decisions().about(company.actor("colleague"), EmployeeId.of("colleague"));
        assertThat(decisions).isNotEmpty().allSatisfy(d -> assertThat(d.decidedBy().map(EmployeeId::value))
                .isNotIn(Optional.of("temp"), Optional.of("manager")));
        assertThat(decisions).flatExtracting(Decision::reasons).allSatisfy(reason -> {
            assertThat(reason.message()).doesNotContain("temp").doesNotContain("manager");
            assertThat(reason.facts().values()).doesNotContain("temp", "manager");
        });
        var violation = ruled.violations().get(0).violation().violation();
        assertThat(violation.description()).doesNotContain("temp");
        assertThat(company.stores.eventLog().after(0, 1000)).filteredOn(e -> e.type().startsWith("ServiceReport")
                        || e.type().equals("ServiceFindingRecorded"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.attributes().values()).doesNotContain("temp", "manager"));
        assertThat(company.stores.eventLog().after(0, 1000)).extracting(PublishedEvent::type)
                .contains("ServiceReportFiled", "ServiceReportConfirmed", "ServiceFindingRecorded");
    }

    @Test
    @DisplayName("§2.3.1: the colleague's manager reads a confirmed report about them without its reporter, unless it was addressed to them")
    void theColleaguesManagerReadsItWithoutTheReporter() {
        var toGroup = aboutColleague("inspector", ServiceReportAddressee.SUPERVISION_GROUP);
        hireSecondInspector();
        reports.confirm(company.actor("inspector2"), toGroup.id(), new ServiceReportConfirmation(null, Severity.MINOR,
                null));
        var toManager = aboutColleague("temp", ServiceReportAddressee.SUPERIOR);

        assertThat(reports.report(company.actor("manager"), toGroup.id()).reporter()).isEmpty();
        assertThat(reports.report(company.actor("manager"), toManager.id()).reporter()).contains(EmployeeId.of("temp"));
        assertThatThrownBy(() -> reports.report(company.actor("pm"), toGroup.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.report(company.actor("staff"), toGroup.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("§2.3.1: a group member reported on reads a report about them without its reporter, and not at all while it is open")
    void aGroupMemberReportedOnDoesNotLearnTheReporter() {
        hireSecondInspector();
        var aboutInspector = reports.file(company.actor("staff"), new ServiceReportFiling(
                ServiceReportSubjectKind.EMPLOYEE, "inspector", ServiceStandard.RECEPTION_WAIT, "queue ignored",
                hoursAgo(2), ServiceReportAddressee.SUPERVISION_GROUP));

        assertThatThrownBy(() -> reports.report(company.actor("inspector"), aboutInspector.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(reports.all(company.actor("inspector"))).isEmpty();
        reports.confirm(company.actor("inspector2"), aboutInspector.id(), new ServiceReportConfirmation(null,
                Severity.MINOR, null));

        assertThat(reports.report(company.actor("inspector"), aboutInspector.id()).reporter()).isEmpty();
        assertThat(reports.all(company.actor("inspector"))).singleElement()
                .satisfies(r -> assertThat(r.reporter()).isEmpty());
        assertThat(reports.all(company.actor("inspector2"))).singleElement()
                .satisfies(r -> assertThat(r.reporter()).contains(EmployeeId.of("staff")));
    }

    @Test
    @DisplayName("§2.3.1: reads: the reporter their reports, the superior those addressed to them, the group and HR all")
    void reads() {
        var byStaff = aboutColleague("staff", ServiceReportAddressee.SUPERIOR);
        var byTemp = aboutColleague("temp", ServiceReportAddressee.SUPERVISION_GROUP);

        assertThat(reports.filedBy(company.actor("staff"))).containsExactly(byStaff);
        assertThat(reports.addressedTo(company.actor("manager"))).containsExactly(byStaff);
        assertThat(reports.addressedTo(company.actor("staff"))).isEmpty();
        assertThat(reports.all(company.actor("hr"))).containsExactly(byStaff, byTemp);
        assertThat(reports.all(company.actor("inspector"))).containsExactly(byStaff, byTemp);
        assertThatThrownBy(() -> reports.all(company.actor("manager"))).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.report(company.actor("staff"), byStaff.id())).isEqualTo(byStaff);
        assertThatThrownBy(() -> reports.report(company.actor("staff"), byTemp.id()))
                .isInstanceOf(NotFoundException.class);
    }
}
