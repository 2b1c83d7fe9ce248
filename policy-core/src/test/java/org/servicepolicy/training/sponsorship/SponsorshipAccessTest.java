package org.servicepolicy.training.sponsorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.manager;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.staff;
import static org.servicepolicy.training.sponsorship.Sponsorships.STAFF;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.EmploymentStatus;

/** §4.1.2, §1.3.3: who may request, decide, read and list sponsorships and decide repayments, per operation. */
class SponsorshipAccessTest {
    private static final LocalDate HIRED = LocalDate.of(2024, 1, 1);

    @Test
    void anEmployedEmployeeRequestsForThemselfOnly() {
        assertThat(SponsorshipAccess.mayRequest(staff("staff", "service"),
                Sponsorships.employee(STAFF, HIRED, EmploymentStatus.ON_POST))).isEmpty();
        assertThat(SponsorshipAccess.mayRequest(manager("manager", "service"),
                Sponsorships.employee(STAFF, HIRED, EmploymentStatus.ON_POST))).containsInstanceOf(Refusal.Access.class);
        assertThat(SponsorshipAccess.mayRequest(staff("staff", "service"),
                Sponsorships.employee(STAFF, HIRED, EmploymentStatus.LEFT))).containsInstanceOf(Refusal.Access.class);
    }

    @Test
    void hrDecidesARequestButNeverTheirOwn() {
        var request = Sponsorships.request("SP-1", STAFF, "100");
        assertThat(SponsorshipAccess.mayDecide(hr("hr"), request)).isEmpty();
        assertThat(SponsorshipAccess.mayDecide(manager("manager", "service"), request))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(SponsorshipAccess.mayDecide(staff("staff", "service"), request))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(refusal(SponsorshipAccess.mayDecide(hr("hr"), Sponsorships.request("SP-2", EmployeeId.of("hr"),
                "100"))).toException()).hasMessageContaining("own case");
    }

    @Test
    void hrDecidesARepaymentButNeverTheirOwn() {
        assertThat(SponsorshipAccess.mayDecideRepayment(hr("hr"), STAFF)).isEmpty();
        assertThat(SponsorshipAccess.mayDecideRepayment(manager("manager", "service"), STAFF))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(refusal(SponsorshipAccess.mayDecideRepayment(hr("hr"), EmployeeId.of("hr"))).toException())
                .hasMessageContaining("own case");
    }

    @Test
    void theEmployeeTheirManagerAndHrReadTheirSponsorshipsAndOnlyHrListsThoseWaiting() {
        var employee = Sponsorships.employee(STAFF, HIRED, EmploymentStatus.ON_POST);
        assertThat(SponsorshipAccess.mayRead(staff("staff", "service"), employee)).isTrue();
        assertThat(SponsorshipAccess.mayRead(manager("manager", "service"), employee)).isTrue();
        assertThat(SponsorshipAccess.mayRead(hr("hr"), employee)).isTrue();
        assertThat(SponsorshipAccess.mayRead(staff("colleague", "service"), employee)).isFalse();
        assertThat(SponsorshipAccess.mayRead(manager("pm", "projects"), employee)).isFalse();
        assertThat(SponsorshipAccess.mayListRequested(hr("hr"))).isEmpty();
        assertThat(SponsorshipAccess.mayListRequested(manager("manager", "service")))
                .containsInstanceOf(Refusal.Access.class);
    }
}
