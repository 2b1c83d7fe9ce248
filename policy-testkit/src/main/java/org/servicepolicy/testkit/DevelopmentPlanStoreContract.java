package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.career.DevelopmentPlan;
import org.servicepolicy.career.DevelopmentPlanId;
import org.servicepolicy.career.DevelopmentPlanStatus;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.NotFoundException;

/**
 * The contract of {@link org.servicepolicy.career.DevelopmentPlanStore} (§4.3.1): a plan comes
 * back whole, its goals and programmes in order; updates are optimistic; an employee's plans come
 * oldest first.
 */
public abstract class DevelopmentPlanStoreContract extends PortContract {
    @BeforeEach
    void seedTheEmployees() {
        givenTheFixtureEmployees();
        givenEmployee(Fixtures.SUPERVISOR);
    }

    private static DevelopmentPlan plan(String id, Instant at, Optional<Integer> level, Optional<String> role) {
        return new DevelopmentPlan(DevelopmentPlanId.of(id), Fixtures.EMPLOYEE, Fixtures.SUPERVISOR,
                List.of("Lead the 客户 service desk", "Coach two new hires"), level, role,
                List.of("PERIODIC_SERVICE", "RULES_REFRESHER", "EXTERNAL"), DevelopmentPlanStatus.PROPOSED, at,
                Optional.empty(), 0);
    }

    @Test
    void aPlanComesBackWholeAndUpdatesAreOptimistic() {
        var added = ports().developmentPlans().add(plan("DP-1", Fixtures.T0, Optional.of(4), Optional.empty()));
        var agreed = ports().developmentPlans().update(added.agreed(Fixtures.minutesAfterT0(3)));

        assertThat(added.version()).isEqualTo(1);
        assertThat(agreed.version()).isEqualTo(2);
        assertThat(ports().developmentPlans().find(added.id())).contains(agreed);
        assertThat(ports().developmentPlans().find(DevelopmentPlanId.of("DP-9"))).isEmpty();
        assertThatThrownBy(() -> ports().developmentPlans().add(plan("DP-1", Fixtures.T0, Optional.of(4),
                Optional.empty()))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports().developmentPlans().update(added.superseded()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports().developmentPlans().update(plan("DP-9", Fixtures.T0, Optional.of(4),
                Optional.empty()).atVersion(1))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRoleAloneComesBackWithoutALevel() {
        var added = ports().developmentPlans().add(plan("DP-1", Fixtures.T0, Optional.empty(),
                Optional.of("Team lead, 客户 care")));

        var found = ports().developmentPlans().find(added.id()).orElseThrow();
        assertThat(found.targetLevel()).isEmpty();
        assertThat(found.targetRole()).contains("Team lead, 客户 care");
        assertThat(found.programmes()).containsExactly("PERIODIC_SERVICE", "RULES_REFRESHER", "EXTERNAL");
    }

    @Test
    void anEmployeesPlansComeOldestFirst() {
        ports().developmentPlans().add(plan("DP-2", Fixtures.minutesAfterT0(5), Optional.of(4), Optional.empty()));
        ports().developmentPlans().add(plan("DP-1", Fixtures.T0, Optional.of(4), Optional.empty()));

        assertThat(ports().developmentPlans().ofEmployee(Fixtures.EMPLOYEE)).extracting(p -> p.id().value())
                .containsExactly("DP-1", "DP-2");
        assertThat(ports().developmentPlans().ofEmployee(Fixtures.HR)).isEmpty();
    }
}
