package org.servicepolicy.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.manager;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.staff;
import static org.servicepolicy.fixtures.Violations.STAFF;

import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Violations;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.EmployeeCategory;

/** §4.3.2, §1.3.3: who may ask about and record promotion eligibility, asked directly, without stores. */
class CareerAccessTest {
    @Test
    void theEmployeeTheirDepartmentsManagerAndHrSeeTheirEligibility() {
        var staff = Violations.employee(EmployeeCategory.STAFF, 3);
        assertThat(CareerAccess.mayView(staff("staff", "service"), staff)).isTrue();
        assertThat(CareerAccess.mayView(manager("manager", "service"), staff)).isTrue();
        assertThat(CareerAccess.mayView(hr("hr"), staff)).isTrue();
        assertThat(CareerAccess.mayView(staff("colleague", "service"), staff)).isFalse();
        assertThat(CareerAccess.mayView(manager("pm", "projects"), staff)).isFalse();
    }

    @Test
    void onlyHrRecordsEligibilityAndNobodyTheirOwn() {
        assertThat(CareerAccess.mayRecord(hr("hr"), STAFF)).isEmpty();
        assertThat(CareerAccess.mayRecord(manager("manager", "service"), STAFF))
                .contains(Refusal.access("only HR may record promotion eligibility"));
        assertThat(refusal(CareerAccess.mayRecord(hr("hr"), EmployeeId.of("hr"))).toException())
                .hasMessage("nobody may record promotion eligibility in their own case (§1.3.3); another authorised"
                        + " person must");
    }

    @Test
    void onlyHrListsADepartmentsEligibleEmployees() {
        assertThat(CareerAccess.mayListEligible(hr("hr"))).isEmpty();
        assertThat(CareerAccess.mayListEligible(manager("manager", "service")))
                .contains(Refusal.access("only HR may list the employees eligible for promotion"));
    }
}
