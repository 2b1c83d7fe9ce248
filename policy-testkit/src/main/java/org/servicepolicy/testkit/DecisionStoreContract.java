package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Reason;

/**
 * The contract of {@link org.servicepolicy.kernel.DecisionStore}: decisions are append-only and
 * come back with their reasons in order and each reason's facts in order.
 */
public abstract class DecisionStoreContract extends PortContract {

    @BeforeEach
    void seedTheFixtureEmployees() {
        givenTheFixtureEmployees();
    }

    @Test
    void anAppendedDecisionIsFoundWithEveryField() {
        var decision = Fixtures.decision("DEC-1").kind("discipline.compensation").outcome("1250.00 CNY")
                .policyVersion("2025.1").factAt(Fixtures.minutesAfterT0(-90)).decidedAt(Fixtures.T0)
                .decidedBy(Fixtures.HR).build();

        ports().decisions().append(decision);

        assertThat(ports().decisions().find(decision.id())).contains(decision);
    }

    @Test
    void reasonsAndTheirFactsKeepTheirOrder() {
        var first = new Reason("§3.3.3", "discipline.ladder.points", "7 point(s) — 七分",
                Fixtures.attributes("zeta", "1", "alpha", "2", "mu", "3"));
        var second = Reason.of("§3.2.2", "discipline.severity", "absent for 2 consecutive days");
        var third = new Reason("§3.3.3", "discipline.ladder.band", "x".repeat(5000),
                Fixtures.attributes("empty", "", "counted", "V-1 (LATE_ARRIVAL, 2025-03-04T09:15:30.123Z); V-2"));
        var decision = Fixtures.decision("DEC-1").reason(first).reason(second).reason(third).build();

        ports().decisions().append(decision);

        var reasons = ports().decisions().find(decision.id()).orElseThrow().reasons();
        assertThat(reasons).containsExactly(first, second, third);
        assertThat(List.copyOf(reasons.get(0).facts().keySet())).containsExactly("zeta", "alpha", "mu");
        assertThat(List.copyOf(reasons.get(2).facts().keySet())).containsExactly("empty", "counted");
    }

    @Test
    void aDecisionNoPersonCausedKeepsDecidedByAbsent() {
        var decision = Fixtures.decision("DEC-1").decidedByNobody().build();

        ports().decisions().append(decision);

        assertThat(ports().decisions().find(decision.id()).orElseThrow().decidedBy()).isEmpty();
    }

    @Test
    void aboutListsTheDecisionsAboutOneEmployeeOldestFirst() {
        var other = givenEmployee(EmployeeId.of("E-other")).id();
        var first = append(Fixtures.decision("DEC-b").decidedAt(Fixtures.T0).build());
        append(Fixtures.decision("DEC-x").subject(other).decidedAt(Fixtures.minutesAfterT0(1)).build());
        var second = append(Fixtures.decision("DEC-a").decidedAt(Fixtures.minutesAfterT0(2)).outcome("FINE").build());
        var third = append(Fixtures.decision("DEC-c").decidedAt(Fixtures.minutesAfterT0(3)).outcome("DEMOTION").build());

        assertThat(ports().decisions().about(Fixtures.EMPLOYEE)).containsExactly(first, second, third);
        assertThat(ports().decisions().about(Fixtures.HR)).isEmpty();
    }

    @Test
    void appendingAnExistingIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = append(Fixtures.decision("DEC-1").outcome("WARNING").build());

        assertConflict("duplicate", () -> ports().decisions().append(Fixtures.decision("DEC-1").outcome("FINE").build()));
        assertThat(ports().decisions().find(first.id())).contains(first);
        assertThat(ports().decisions().about(Fixtures.EMPLOYEE)).containsExactly(first);
    }

    @Test
    void decisionsAppendedTogetherAreFoundInTheirOrder() {
        var first = Fixtures.decision("DEC-b").outcome("WARNING").build();
        var second = Fixtures.decision("DEC-a").outcome("FINE").build();
        var third = Fixtures.decision("DEC-c").outcome("DEMOTION").build();

        ports().decisions().appendAll(List.of(first, second, third));
        ports().decisions().appendAll(List.of());

        assertThat(ports().decisions().about(Fixtures.EMPLOYEE)).containsExactly(first, second, third);
        assertThat(ports().decisions().find(second.id())).contains(second);
    }

    @Test
    void appendingTogetherAnExistingIdIsADuplicateConflict() {
        var first = append(Fixtures.decision("DEC-1").outcome("WARNING").build());

        assertConflict("duplicate", () -> ports().transactions().inTransaction(() -> {
            ports().decisions().appendAll(List.of(Fixtures.decision("DEC-2").build(),
                    Fixtures.decision("DEC-1").outcome("FINE").build()));
            return null;
        }));
        assertThat(ports().decisions().about(Fixtures.EMPLOYEE)).containsExactly(first);
    }

    @Test
    void anUnknownDecisionIsNotFound() {
        append(Fixtures.decision("DEC-1").build());

        assertThat(ports().decisions().find(DecisionId.of("DEC-2"))).isEmpty();
    }

    @Test
    void aReasonWithoutFactsKeepsAnEmptyMap() {
        var decision = Fixtures.decision("DEC-1").reason(Reason.of("§1.3.3", "discipline.appeal.decision", "upheld"))
                .build();

        ports().decisions().append(decision);

        assertThat(ports().decisions().find(decision.id()).orElseThrow().reasons().get(0).facts())
                .isEqualTo(Map.of());
    }

    private Decision append(Decision decision) {
        return givenDecision(decision);
    }
}
