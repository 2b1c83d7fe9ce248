package org.servicepolicy.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.manager;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.policy.RewardTrigger;

/** §3.3.2, §1.3.3: who may see and decide rewards, asked directly, without stores. */
class RewardAccessTest {
    private static final Instant HIRED = Instant.parse("2024-01-01T00:00:00Z");

    private static Employee employee(String id, String department) {
        return new Employee(EmployeeId.of(id), id, EmployeeCategory.STAFF, Optional.empty(),
                DepartmentId.of(department), 3, LocalDate.of(2024, 1, 1), EmploymentStatus.ON_POST, Optional.empty(),
                Set.of(), HIRED, HIRED, 1);
    }

    private static Reward rewardOf(String employee) {
        return new Reward(RewardId.of("r-1"), EmployeeId.of(employee), "adopted-suggestion",
                RewardTrigger.SUGGESTION_ADOPTED, "suggestion:s-1", EnumSet.of(RewardKind.BONUS), Optional.empty(),
                "adopted", DecisionId.of("d-1"), List.of(new RewardTransition(RewardStatus.PROPOSED,
                Instant.parse("2026-03-02T09:00:00Z"), EmployeeId.of("hr2"), Optional.empty())), 1);
    }

    @Test
    void rewardsAreSeenByTheEmployeeTheirDepartmentsManagerAndHr() {
        var staff = employee("staff", "service");
        assertThat(RewardAccess.mayView(staff("staff", "service"), staff)).isTrue();
        assertThat(RewardAccess.mayView(manager("manager", "service"), staff)).isTrue();
        assertThat(RewardAccess.mayView(hr("hr"), staff)).isTrue();
        assertThat(RewardAccess.mayView(staff("colleague", "service"), staff)).isFalse();
        assertThat(RewardAccess.mayView(manager("pm", "projects"), staff)).isFalse();
    }

    @Test
    void onlyHrApprovesGrantsOrRejectsRewards() {
        assertThat(RewardAccess.mayDecide(hr("hr"), rewardOf("staff"), RewardStatus.APPROVED)).isEmpty();
        assertThat(RewardAccess.mayDecide(manager("manager", "service"), rewardOf("staff"), RewardStatus.GRANTED))
                .contains(Refusal.access("only HR may grant rewards"));
        assertThat(RewardAccess.mayDecide(staff("staff", "service"), RewardStatus.REJECTED))
                .contains(Refusal.access("only HR may reject rewards"));
    }

    @Test
    void nobodyDecidesARewardOfTheirOwnWhateverTheirRoles() {
        assertThat(refusal(RewardAccess.mayDecide(hr("hr"), rewardOf("hr"), RewardStatus.APPROVED)).toException())
                .hasMessage("nobody may approve a reward in their own case (§1.3.3); another authorised person must");
        assertThat(RewardAccess.mayDecide(hr("hr2"), rewardOf("hr"), RewardStatus.APPROVED)).isEmpty();
    }
}
