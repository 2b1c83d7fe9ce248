package org.servicepolicy.training.sponsorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Assessments;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.people.DepartureReason;
import org.servicepolicy.people.RecordDeparture;
import org.servicepolicy.policy.Severity;

/** The sponsorship of external training (§4.1.2) through the library, on in-memory stores. */
class SponsorshipServiceTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");

    private final Company company = new Company();
    private final SponsorshipService sponsorships = company.policy.sponsorships();

    @BeforeEach
    void aFinalisedCycleGradesStaffGoodAndTempQualified() {
        var assessments = new Assessments(company);
        var january = assessments.openJanuary();
        assessments.evaluateEveryone(january, Map.of("manager", 90, "staff", 80, "colleague", 80, "temp", 60));
        assessments.after(january);
        company.policy.assessment().finalizeCycle(company.actor("hr"), january.id());
    }

    private Sponsorship request(String employee, String cost) {
        return sponsorships.request(company.actor(employee), new RequestSponsorship("Service design", "Open Academy",
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10), new BigDecimal(cost)));
    }

    private Sponsorship approve(String hr, Sponsorship request) {
        return sponsorships.decide(company.actor(hr), request.id(), new DecideSponsorship(SponsorshipVerdict.APPROVE,
                "relevant to the service desk"));
    }

    private long decisions() {
        return company.policy.decisions().about(company.actor("hr"), STAFF).size();
    }

    @Test
    void hrApprovesHalfTheCostWithAReasonPerCondition() {
        var request = request("staff", "3000.50");
        assertThat(request.status()).isEqualTo(SponsorshipStatus.REQUESTED);
        assertThat(request.cost()).isEqualTo(Money.of("3000.50", "CNY"));

        var approved = approve("hr", request);

        assertThat(approved.status()).isEqualTo(SponsorshipStatus.APPROVED);
        assertThat(approved.companyShare()).contains(Money.of("1500.25", "CNY"));
        assertThat(approved.commitmentUntil()).isEmpty();
        var decision = company.policy.decisions().about(company.actor("hr"), STAFF).stream()
                .filter(d -> d.kind().equals(SponsorshipService.DECISION)).findFirst().orElseThrow();
        assertThat(approved.decision()).contains(decision.id());
        assertThat(decision.outcome()).isEqualTo("APPROVED");
        assertThat(decision.reasons()).extracting(Reason::ruleId).containsExactly("training.sponsorship.approved",
                "training.sponsorship.employed", "training.sponsorship.min-service", "training.sponsorship.last-grade",
                "training.sponsorship.penalties", "training.sponsorship.share");
        assertThat(decision.reasons()).allMatch(r -> r.clause().equals("§4.1.2"));
        assertThat(company.stores.eventLog().after(0, 10_000)).extracting(PublishedEvent::type)
                .contains("SponsorshipRequested", "SponsorshipApproved");
        assertThat(sponsorships.requested(company.actor("hr"))).isEmpty();
    }

    @Test
    void theShareNeverPassesTheAnnualCapAndAFullCapRefusesApproval() {
        var first = approve("hr", request("staff", "12000"));
        var second = approve("hr", request("staff", "12000"));
        var third = request("staff", "500");

        assertThat(first.companyShare()).contains(Money.of("6000", "CNY"));
        assertThat(second.companyShare()).contains(Money.of("4000", "CNY"));
        long before = decisions();
        assertThatThrownBy(() -> approve("hr", third)).isInstanceOf(PolicyRefusalException.class)
                .hasMessageContaining("annual-cap");
        assertThat(sponsorships.sponsorship(company.actor("hr"), third.id())).isEqualTo(third);
        assertThat(decisions()).isEqualTo(before);

        var rejected = sponsorships.decide(company.actor("hr"), third.id(),
                new DecideSponsorship(SponsorshipVerdict.REJECT, "the year's cap is used"));
        assertThat(rejected.status()).isEqualTo(SponsorshipStatus.REJECTED);
        assertThat(rejected.companyShare()).isEmpty();
        assertThatThrownBy(() -> approve("hr", rejected)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anEmployeeBelowTheGradeOrUnderAFineIsNotApproved() {
        var temp = request("temp", "1000");
        assertThatThrownBy(() -> approve("hr", temp)).isInstanceOf(PolicyRefusalException.class)
                .hasMessageContaining("last-grade");

        company.companyRule("staff", Severity.MODERATE);
        var fine = company.companyRule("staff", Severity.MODERATE);
        company.policy.discipline().issue(company.actor("hr"), fine.penalty().orElseThrow().id());
        var staff = request("staff", "1000");
        assertThatThrownBy(() -> approve("hr", staff)).isInstanceOf(PolicyRefusalException.class)
                .hasMessageContaining("no-penalty-in-force");
        assertThat(sponsorships.requested(company.actor("hr"))).extracting(Sponsorship::id)
                .containsExactly(temp.id(), staff.id());
    }

    @Test
    void nobodyDecidesTheirOwnRequestAndOnlyHrDecides() {
        var own = request("hr", "1000");
        assertThatThrownBy(() -> approve("hr", own)).isInstanceOf(AccessDeniedException.class);
        var staff = request("staff", "1000");
        assertThatThrownBy(() -> approve("manager", staff)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approve("staff", staff)).isInstanceOf(AccessDeniedException.class);
        assertThat(sponsorships.requested(company.actor("hr2"))).extracting(Sponsorship::id)
                .containsExactly(own.id(), staff.id());
        assertThat(sponsorships.decide(company.actor("hr2"), own.id(), new DecideSponsorship(SponsorshipVerdict.REJECT,
                "not relevant to HR's work")).status()).isEqualTo(SponsorshipStatus.REJECTED);
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        assertThatThrownBy(() -> request("staff", "-5")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cost");
        assertThatThrownBy(() -> sponsorships.request(company.actor("staff"), new RequestSponsorship(" ", "Academy",
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 1), new BigDecimal("10"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("course")
                .hasMessageContaining("endsOn");
        var request = request("staff", "100");
        assertThatThrownBy(() -> sponsorships.decide(company.actor("hr"), request.id(),
                new DecideSponsorship(null, "")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("verdict");
        assertThat(sponsorships.of(company.actor("staff"), STAFF)).containsExactly(request);
    }

    @Test
    void requestsAreReadByTheEmployeeTheirManagerAndHr() {
        var request = request("staff", "100");
        assertThat(sponsorships.sponsorship(company.actor("staff"), request.id())).isEqualTo(request);
        assertThat(sponsorships.sponsorship(company.actor("manager"), request.id())).isEqualTo(request);
        assertThat(sponsorships.of(company.actor("hr"), STAFF)).containsExactly(request);
        assertThatThrownBy(() -> sponsorships.sponsorship(company.actor("colleague"), request.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sponsorships.of(company.actor("pm"), STAFF)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sponsorships.requested(company.actor("manager")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leavingWithinTheCommitmentOwesTheUnservedShareProRataDecidedAtDeparture() {
        company.policy.policies().publish(company.actor("hr"), "committed", company.clock.instant().plusSeconds(1),
                Map.of("training.sponsorship.commitment", "P12M"));
        company.clock.advance(Duration.ofMinutes(1));
        var approved = approve("hr", request("staff", "7300"));
        assertThat(approved.commitmentUntil()).contains(LocalDate.of(2027, 4, 11));

        company.clock.set(Instant.parse("2026-10-11T10:00:00Z"));
        company.policy.people().depart(company.actor("hr"), STAFF, RecordDeparture.of(DepartureReason.RESIGNATION,
                "moves abroad"));

        var repaid = sponsorships.sponsorship(company.actor("hr"), approved.id());
        var repayment = repaid.repayment().orElseThrow();
        assertThat(repayment.commitmentDays()).isEqualTo(365);
        assertThat(repayment.unservedDays()).isEqualTo(182);
        assertThat(repayment.owed()).isEqualTo(Money.of("1820.00", "CNY"));
        var decision = company.policy.decisions().about(company.actor("hr"), STAFF).stream()
                .filter(d -> d.kind().equals(SponsorshipService.REPAYMENT)).toList();
        assertThat(decision).hasSize(1);
        assertThat(decision.get(0).id()).isEqualTo(repayment.decision());
        assertThat(decision.get(0).policyVersion()).isEqualTo("committed");
        assertThat(decision.get(0).reasons()).extracting(Reason::ruleId)
                .containsExactly("training.sponsorship.commitment", "training.sponsorship.repayment");

        assertThat(sponsorships.repaymentOnDeparture(company.actor("hr2"), STAFF)).containsExactly(repayment);
        assertThat(company.policy.decisions().about(company.actor("hr"), STAFF))
                .filteredOn(d -> d.kind().equals(SponsorshipService.REPAYMENT)).hasSize(1);
    }

    @Test
    void aRepaymentIsDecidedOnlyForALeaverByHrNeverTheirOwn() {
        assertThatThrownBy(() -> sponsorships.repaymentOnDeparture(company.actor("hr"), STAFF))
                .isInstanceOf(PolicyRefusalException.class).hasMessageContaining("left");
        assertThatThrownBy(() -> sponsorships.repaymentOnDeparture(company.actor("manager"), STAFF))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sponsorships.repaymentOnDeparture(company.actor("hr"), EmployeeId.of("hr")))
                .isInstanceOf(AccessDeniedException.class);
        company.policy.people().depart(company.actor("hr"), STAFF, RecordDeparture.of(DepartureReason.RESIGNATION,
                "moves abroad"));
        assertThat(sponsorships.repaymentOnDeparture(company.actor("hr"), STAFF)).isEmpty();
    }
}
