package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.ViolationStore;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.StorageException;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/** §2.3.1, §3.3.3, §1.3.3: service supervision through the public API, on in-memory ports. */
class SupervisionServiceTest {
    private final Company company = new Company();
    private final SupervisionService supervision = company.policy.supervision();

    private Instant hoursAgo(int hours) {
        return company.clock.instant().minus(Duration.ofHours(hours));
    }

    private RecordedObservation observe(ServiceStandard standard, Instant at, String... employees) {
        return supervision.record(company.actor("inspector"), RecordObservation.nonconformity(standard,
                ObservationMethod.ON_SITE, at, "seen at counter 3", List.of(employees)));
    }

    @Test
    @DisplayName("§2.3.1: a nonconformity makes one finding per employee concerned, with the standard's severity")
    void aNonconformityIsAFindingInEachRecord() {
        var recorded = observe(ServiceStandard.RECEPTION_WAIT, hoursAgo(2), "staff", "colleague");

        assertThat(recorded.observation().severity()).contains(Severity.MINOR);
        assertThat(recorded.observation().recordedBy()).contains(EmployeeId.of("inspector"));
        assertThat(recorded.findings()).extracting(ServiceFinding::employee)
                .containsExactly(EmployeeId.of("colleague"), EmployeeId.of("staff"));
        assertThat(recorded.findings()).allSatisfy(f -> {
            assertThat(f.source()).isEqualTo(FindingSource.SUPERVISION);
            assertThat(f.sourceId()).isEqualTo(recorded.observation().id().value());
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
        });
        assertThat(recorded.violations()).isEmpty();
        assertThat(supervision.findingsOf(company.actor("hr"), EmployeeId.of("staff")))
                .containsExactly(recorded.findings().get(1));
        assertThat(company.stores.eventLog().after(0, 1000)).extracting(PublishedEvent::type)
                .contains("ServiceObservationRecorded", "ServiceFindingRecorded");
    }

    @Test
    @DisplayName("§2.3.1, §3.3.3: a SERIOUS nonconformity proposes a SERVICE company-rule violation with its ladder decision, linked by a decision")
    void aSeriousNonconformityProposesAViolation() {
        var recorded = supervision.record(company.actor("inspector"), RecordObservation.nonconformity(
                ServiceStandard.INFORMATION_SHARING, ObservationMethod.SPOT_CHECK, hoursAgo(3),
                "outage notice withheld from the projects department", List.of("staff"))
                .withSeverity(Severity.SERIOUS, "two departments worked a day on a dead system"));

        assertThat(recorded.violations()).singleElement().satisfies(proposed -> {
            var violation = proposed.violation().violation();
            assertThat(violation.type()).isEqualTo(ViolationType.COMPANY_RULE_VIOLATION);
            assertThat(violation.ruleArea()).contains(RuleArea.SERVICE);
            assertThat(violation.severity()).isEqualTo(Severity.SERIOUS);
            assertThat(violation.occurredAt()).isEqualTo(recorded.observation().observedAt());
            assertThat(proposed.violation().penalty()).hasValueSatisfying(p ->
                    assertThat(p.step()).isEqualTo(PenaltyStep.FINE));
            assertThat(proposed.decision().reasons()).extracting(Reason::clause)
                    .containsExactly("§2.3.1", "§3.3.3", "§3.3.3");
            assertThat(company.policy.decisions().decision(company.actor("hr"), proposed.decision().id()))
                    .isEqualTo(proposed.decision());
        });
        assertThat(company.policy.discipline().violations(company.actor("hr"), EmployeeId.of("staff")))
                .hasSize(1);
    }

    @Test
    @DisplayName("§2.3.1: the third MODERATE nonconformity within 90 days proposes a violation, the fourth does not")
    void theThirdModerateNonconformityProposes() {
        var first = observe(ServiceStandard.PROMISED_REPLY, hoursAgo(24 * 80), "staff");
        var second = observe(ServiceStandard.CASE_TIME, hoursAgo(24 * 40), "staff");
        var third = observe(ServiceStandard.PROBLEM_FOLLOW_UP, hoursAgo(2), "staff");
        var fourth = observe(ServiceStandard.PROMISED_REPLY, hoursAgo(1), "staff");

        assertThat(List.of(first, second, third, fourth)).extracting(r -> r.violations().size())
                .containsExactly(0, 0, 1, 0);
        assertThat(third.violations().get(0).decision().reasons().get(0).facts()).containsEntry("count", "3");
    }

    @Test
    @DisplayName("§2.3.1: a nonconformity takes the severity of the policy version in force when it was observed")
    void theSeverityComesFromThePolicyInForceAtTheObservation() {
        var before = hoursAgo(1);
        company.policy.policies().publish(company.actor("hr"), "2026.2", company.clock.instant().plusSeconds(3600),
                Map.of("service.standard.RECEPTION_WAIT.severity", "MODERATE"));
        company.clock.advance(Duration.ofDays(2));

        var old = observe(ServiceStandard.RECEPTION_WAIT, before, "staff");
        var recent = observe(ServiceStandard.RECEPTION_WAIT, hoursAgo(1), "staff");

        assertThat(old.observation().severity()).contains(Severity.MINOR);
        assertThat(recent.observation().severity()).contains(Severity.MODERATE);
        assertThat(recent.observation().policyVersion()).isEqualTo("2026.2");
    }

    @Test
    @DisplayName("§2.3.1, §1.3.3: only the supervision group records, never about themself; unknown employees are named")
    void whoMayRecord() {
        var command = RecordObservation.nonconformity(ServiceStandard.RECEPTION_WAIT, ObservationMethod.ON_SITE,
                hoursAgo(1), "seen", List.of("staff"));
        assertThatThrownBy(() -> supervision.record(company.actor("hr"), command))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supervision.record(company.actor("manager"), command))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> observe(ServiceStandard.RECEPTION_WAIT, hoursAgo(1), "staff", "inspector"))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getMessage()).contains("§1.3.3"));
        assertThatThrownBy(() -> observe(ServiceStandard.RECEPTION_WAIT, hoursAgo(1), "nobody"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("employeeIds"));
        assertThat(supervision.findingsOf(company.actor("hr"), EmployeeId.of("staff"))).isEmpty();
    }

    @Test
    @DisplayName("§2.3.1: an employee reads their own findings, a manager their department's, the group and HR everyone's")
    void whoReadsFindings() {
        var recorded = observe(ServiceStandard.RECEPTION_WAIT, hoursAgo(1), "staff");
        var staff = EmployeeId.of("staff");

        for (var reader : List.of("staff", "manager", "inspector", "hr")) {
            assertThat(supervision.findingsOf(company.actor(reader), staff)).as(reader)
                    .containsExactlyElementsOf(recorded.findings());
        }
        for (var stranger : List.of("colleague", "pm")) {
            assertThatThrownBy(() -> supervision.findingsOf(company.actor(stranger), staff)).as(stranger)
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    @DisplayName("§2.3.1: the employee concerned reads the observation without its recorder; the manager and HR see who recorded it")
    void theRecorderIsHiddenFromTheEmployeeConcerned() {
        var id = observe(ServiceStandard.RECEPTION_WAIT, hoursAgo(1), "staff").observation().id();

        assertThat(supervision.observation(company.actor("staff"), id).recordedBy()).isEmpty();
        assertThat(supervision.observation(company.actor("manager"), id).recordedBy())
                .contains(EmployeeId.of("inspector"));
        assertThat(supervision.observation(company.actor("hr"), id).recordedBy()).contains(EmployeeId.of("inspector"));
        assertThatThrownBy(() -> supervision.observation(company.actor("colleague"), id))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> supervision.observation(company.actor("hr"), ObservationId.of("unknown")))
                .isInstanceOf(NotFoundException.class);
        assertThat(company.policy.decisions().about(company.actor("staff"), EmployeeId.of("staff")))
                .allSatisfy(d -> assertThat(d.decidedBy()).isEmpty());
    }

    @Test
    @DisplayName("§2.3.1, §3.3.3: when the violation cannot be stored, neither the observation nor its finding is")
    void nothingIsHalfWritten() {
        var failing = new Company((builder, stores) -> builder.port(ViolationStore.class, failingAdds(stores.violations())));

        assertThatThrownBy(() -> failing.policy.supervision().record(failing.actor("inspector"),
                RecordObservation.nonconformity(ServiceStandard.INFORMATION_SHARING, ObservationMethod.ON_SITE,
                        failing.clock.instant().minusSeconds(60), "withheld", List.of("staff"))
                        .withSeverity(Severity.GROSS, "customer data went unreported")))
                .isInstanceOf(StorageException.class);
        assertThat(failing.policy.supervision().findingsOf(failing.actor("hr"), EmployeeId.of("staff"))).isEmpty();
        assertThat(failing.policy.decisions().about(failing.actor("hr"), EmployeeId.of("staff"))).isEmpty();
    }

    private static ViolationStore failingAdds(ViolationStore real) {
        return (ViolationStore) Proxy.newProxyInstance(ViolationStore.class.getClassLoader(),
                new Class<?>[] {ViolationStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("add")) {
                        throw new StorageException("the violation store is down", null);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
