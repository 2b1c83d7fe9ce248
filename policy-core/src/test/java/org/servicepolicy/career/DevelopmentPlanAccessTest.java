package org.servicepolicy.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.manager;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;

/** §4.3.1, §1.3.3: who may propose, agree to and read development plans, per operation. */
class DevelopmentPlanAccessTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    private static final Set<EmployeeId> SUPERIORS = Set.of(EmployeeId.of("manager"), EmployeeId.of("director"));
    private static final DevelopmentPlan PLAN = new DevelopmentPlan(DevelopmentPlanId.of("DP-1"), STAFF,
            EmployeeId.of("manager"), List.of("Lead the desk"), Optional.of(4), Optional.empty(), List.of("EXTERNAL"),
            DevelopmentPlanStatus.PROPOSED, Instant.parse("2026-03-02T10:00:00Z"), Optional.empty(), 1);

    @Test
    void aSuperiorProposesNeverTheirOwnPlan() {
        assertThat(DevelopmentPlanAccess.mayPropose(manager("manager", "service"), STAFF, SUPERIORS)).isEmpty();
        assertThat(DevelopmentPlanAccess.mayPropose(manager("director", "hq"), STAFF, SUPERIORS)).isEmpty();
        assertThat(DevelopmentPlanAccess.mayPropose(hr("hr"), STAFF, SUPERIORS))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(DevelopmentPlanAccess.mayPropose(staff("colleague", "service"), STAFF, SUPERIORS))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(refusal(DevelopmentPlanAccess.mayPropose(staff("staff", "service"), STAFF,
                Set.of(STAFF))).toException()).hasMessageContaining("own case");
    }

    @Test
    void onlyTheEmployeeAgrees() {
        assertThat(DevelopmentPlanAccess.mayAgree(staff("staff", "service"), PLAN)).isEmpty();
        assertThat(DevelopmentPlanAccess.mayAgree(manager("manager", "service"), PLAN))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(DevelopmentPlanAccess.mayAgree(hr("hr"), PLAN)).containsInstanceOf(Refusal.Access.class);
    }

    @Test
    void theEmployeeTheirSuperiorsAndHrRead() {
        assertThat(DevelopmentPlanAccess.mayRead(staff("staff", "service"), STAFF, SUPERIORS)).isTrue();
        assertThat(DevelopmentPlanAccess.mayRead(manager("director", "hq"), STAFF, SUPERIORS)).isTrue();
        assertThat(DevelopmentPlanAccess.mayRead(hr("hr"), STAFF, SUPERIORS)).isTrue();
        assertThat(DevelopmentPlanAccess.mayRead(staff("colleague", "service"), STAFF, SUPERIORS)).isFalse();
        assertThat(DevelopmentPlanAccess.mayRead(manager("pm", "projects"), STAFF, SUPERIORS)).isFalse();
    }
}
