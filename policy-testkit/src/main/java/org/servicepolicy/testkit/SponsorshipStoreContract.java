package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.training.sponsorship.Repayment;
import org.servicepolicy.training.sponsorship.RequestSponsorship;
import org.servicepolicy.training.sponsorship.Sponsorship;
import org.servicepolicy.training.sponsorship.SponsorshipId;
import org.servicepolicy.training.sponsorship.SponsorshipStatus;

/**
 * The contract of {@link org.servicepolicy.training.sponsorship.SponsorshipStore} (§4.1.2): a
 * request comes back whole, through its approval and repayment; updates are optimistic; an
 * employee's requests and those waiting for a decision come oldest first.
 */
public abstract class SponsorshipStoreContract extends PortContract {
    private static final EmployeeId OTHER = EmployeeId.of("E-other");
    private static final DecisionId APPROVAL = DecisionId.of("DEC-approval");
    private static final DecisionId REPAYMENT = DecisionId.of("DEC-repayment");

    @BeforeEach
    void seedTheEmployeesAndDecisions() {
        givenTheFixtureEmployees();
        givenEmployee(OTHER);
        givenDecision(Fixtures.decision(APPROVAL.value()).build());
        givenDecision(Fixtures.decision(REPAYMENT.value()).build());
    }

    private static Sponsorship request(String id, EmployeeId employee, Instant at) {
        var command = new RequestSponsorship("Service design 客户 II", "Open Academy", LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 4, 30), new BigDecimal("2400.50"));
        return Sponsorship.requested(SponsorshipId.of(id), employee, command, Money.of("2400.50", "CNY"), at);
    }

    @Test
    void aRequestIsFoundAsAddedAtVersionOne() {
        var added = ports().sponsorships().add(request("SP-1", Fixtures.EMPLOYEE, Fixtures.T0));

        assertThat(added.version()).isEqualTo(1);
        assertThat(ports().sponsorships().find(SponsorshipId.of("SP-1"))).contains(added);
        assertThat(ports().sponsorships().find(SponsorshipId.of("SP-9"))).isEmpty();
        assertThatThrownBy(() -> ports().sponsorships().add(request("SP-1", Fixtures.EMPLOYEE, Fixtures.T0)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anApprovalAndARepaymentComeBackWholeAndUpdatesAreOptimistic() {
        var stored = ports().sponsorships().add(request("SP-1", Fixtures.EMPLOYEE, Fixtures.T0));
        var approved = ports().sponsorships().update(stored.approved(Money.of("1200.25", "CNY"),
                Optional.of(LocalDate.of(2026, 5, 1)), Fixtures.HR, Fixtures.minutesAfterT0(5), APPROVAL));
        var repayment = new Repayment(stored.id(), Fixtures.EMPLOYEE, Money.of("1200.25", "CNY"),
                LocalDate.of(2025, 5, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2025, 11, 1), 181, 365,
                Money.of("595.25", "CNY"), REPAYMENT);
        var repaid = ports().sponsorships().update(approved.withRepayment(repayment));

        assertThat(repaid.version()).isEqualTo(3);
        var found = ports().sponsorships().find(stored.id()).orElseThrow();
        assertThat(found).isEqualTo(repaid);
        assertThat(found.status()).isEqualTo(SponsorshipStatus.APPROVED);
        assertThat(found.repayment()).contains(repayment);
        assertThatThrownBy(() -> ports().sponsorships().update(approved.withRepayment(repayment)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports().sponsorships().update(request("SP-9", Fixtures.EMPLOYEE, Fixtures.T0)
                .atVersion(1))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEmployeesRequestsAndThoseWaitingComeOldestFirst() {
        ports().sponsorships().add(request("SP-2", Fixtures.EMPLOYEE, Fixtures.minutesAfterT0(5)));
        ports().sponsorships().add(request("SP-1", Fixtures.EMPLOYEE, Fixtures.T0));
        var other = ports().sponsorships().add(request("SP-3", OTHER, Fixtures.T0));
        ports().sponsorships().update(other.rejected(Fixtures.HR, Fixtures.minutesAfterT0(1), APPROVAL));

        assertThat(ports().sponsorships().ofEmployee(Fixtures.EMPLOYEE)).extracting(s -> s.id().value())
                .containsExactly("SP-1", "SP-2");
        assertThat(ports().sponsorships().ofEmployee(OTHER)).extracting(Sponsorship::status)
                .containsExactly(SponsorshipStatus.REJECTED);
        assertThat(ports().sponsorships().requested()).extracting(s -> s.id().value())
                .containsExactly("SP-1", "SP-2");
    }
}
