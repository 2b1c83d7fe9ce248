package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.ObservationId;
import org.servicepolicy.service.ObservationMethod;

/**
 * The contract of {@link org.servicepolicy.service.SupervisionStore} (§2.3.1): an observation
 * comes back whole (its employees concerned in id order, its recorder, its stated severity and
 * reason), a conforming one without a severity; findings are listed per employee, oldest
 * observation first then by id; both are append-only and an existing id is a duplicate.
 */
public abstract class SupervisionStoreContract extends PortContract {
    private static final EmployeeId OTHER = EmployeeId.of("E-other");

    @BeforeEach
    void seedThePeopleObservationsReferTo() {
        givenTheFixtureEmployees();
        givenEmployee(Fixtures.SUPERVISOR);
        givenEmployee(OTHER);
    }

    @Test
    void anObservationIsFoundAsAddedWithItsEmployeesInIdOrder() {
        var observation = Fixtures.observation("O-1").standard(ServiceStandard.INFORMATION_SHARING)
                .method(ObservationMethod.SPOT_CHECK).severity(Severity.SERIOUS)
                .severityReason("withheld the outage notice from two departments — 隐瞒停机通知")
                .concerned(Fixtures.EMPLOYEE, OTHER).build();

        var stored = ports().supervision().add(observation);

        assertThat(stored).isEqualTo(observation);
        var found = ports().supervision().find(observation.id()).orElseThrow();
        assertThat(found).isEqualTo(observation);
        assertThat(found.concerned()).containsExactly(OTHER, Fixtures.EMPLOYEE);
        assertThat(found.recordedBy()).contains(Fixtures.SUPERVISOR);
        assertThat(found.severityReason()).contains("withheld the outage notice from two departments — 隐瞒停机通知");
    }

    @Test
    void aConformingObservationComesBackWithoutSeverity() {
        var observation = Fixtures.observation("O-1").conforming().concerned().build();

        ports().supervision().add(observation);

        var found = ports().supervision().find(observation.id()).orElseThrow();
        assertThat(found).isEqualTo(observation);
        assertThat(found.severity()).isEmpty();
        assertThat(found.concerned()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ObservationMethod.class)
    void everyMethodIsKept(ObservationMethod method) {
        ports().supervision().add(Fixtures.observation("O-1").method(method).build());

        assertThat(ports().supervision().find(ObservationId.of("O-1")).orElseThrow().method()).isEqualTo(method);
    }

    @ParameterizedTest
    @EnumSource(ServiceStandard.class)
    void everyStandardIsKeptOnObservationAndFinding(ServiceStandard standard) {
        ports().supervision().add(Fixtures.observation("O-1").standard(standard).build());
        ports().supervision().add(Fixtures.finding("F-1").standard(standard).build());

        assertThat(ports().supervision().find(ObservationId.of("O-1")).orElseThrow().standard()).isEqualTo(standard);
        assertThat(ports().supervision().findingsOf(Fixtures.EMPLOYEE)).extracting(f -> f.standard())
                .containsExactly(standard);
    }

    @Test
    void aLongEvidenceOutsideAsciiIsKeptWhole() {
        var evidence = "顾客在3号窗口等候了12分钟，无人接待。A customer waited unattended at counter 3.\n".repeat(60);
        ports().supervision().add(Fixtures.observation("O-1").evidence(evidence).build());

        assertThat(ports().supervision().find(ObservationId.of("O-1")).orElseThrow().evidence()).isEqualTo(evidence);
    }

    @Test
    void anUnknownObservationIsEmpty() {
        assertThat(ports().supervision().find(ObservationId.of("O-unknown"))).isEmpty();
    }

    @Test
    void findingsAreListedPerEmployeeOldestObservationFirstThenById() {
        var late = ports().supervision().add(Fixtures.finding("F-3").observedAt(Fixtures.minutesAfterT0(60))
                .severity(Severity.MODERATE).build());
        var earlyB = ports().supervision().add(Fixtures.finding("F-2").build());
        var earlyA = ports().supervision().add(Fixtures.finding("F-1").build());
        var others = ports().supervision().add(Fixtures.finding("F-0").employee(OTHER).severity(Severity.GROSS)
                .sourceId("O-9").build());

        assertThat(ports().supervision().findingsOf(Fixtures.EMPLOYEE)).containsExactly(earlyA, earlyB, late);
        assertThat(ports().supervision().findingsOf(OTHER)).containsExactly(others);
        assertThat(ports().supervision().findingsOf(Fixtures.HR)).isEmpty();
    }

    @Test
    void addingAnExistingObservationIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = ports().supervision().add(Fixtures.observation("O-1").build());

        assertConflict("duplicate", () -> ports().supervision().add(Fixtures.observation("O-1")
                .severity(Severity.GROSS).build()));
        assertThat(ports().supervision().find(first.id())).isEqualTo(Optional.of(first));
    }

    @Test
    void addingAnExistingFindingIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = ports().supervision().add(Fixtures.finding("F-1").build());

        assertConflict("duplicate", () -> ports().supervision().add(Fixtures.finding("F-1")
                .severity(Severity.SERIOUS).build()));
        assertThat(ports().supervision().findingsOf(Fixtures.EMPLOYEE)).containsExactly(first);
    }
}
