package org.servicepolicy.training.sponsorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.NOTHING_STORED;
import static org.servicepolicy.fixtures.Outcomes.decided;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.stamp;
import static org.servicepolicy.training.sponsorship.Sponsorships.NOW;
import static org.servicepolicy.training.sponsorship.Sponsorships.STAFF;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PolicyDefinition;

/** §4.1.2: the conditions, the company's share within the annual cap, and repayment pro rata, decided purely. */
class SponsorshipRulesTest {
    private static final PolicyDefinition STANDARD = Sponsorships.policy(Map.of());
    private static final DecideSponsorship APPROVE = new DecideSponsorship(SponsorshipVerdict.APPROVE, "relevant");

    private static SponsorshipFacts.Deciding facts(Sponsorship request, LocalDate hired, Grade grade,
                                                   List<Sponsorship> theirs, PolicyDefinition policy) {
        return new SponsorshipFacts.Deciding(request, Sponsorships.employee(STAFF, hired, EmploymentStatus.ON_POST),
                List.of(Sponsorships.grade(STAFF, grade)), List.of(), theirs, policy);
    }

    @Test
    void approvalGivesTheShareOfTheCostAndADecisionWithAReasonPerCondition() {
        var request = Sponsorships.request("SP-1", STAFF, "3000");
        var outcome = decided(SponsorshipRules.decide(APPROVE, facts(request, LocalDate.of(2024, 1, 1), Grade.GOOD,
                List.of(request), STANDARD), stamp(hr("hr"), NOW)));

        var decision = outcome.decisions().get(0);
        assertThat(decision.kind()).isEqualTo(SponsorshipRules.DECISION);
        assertThat(decision.outcome()).isEqualTo(SponsorshipRules.APPROVED);
        assertThat(decision.reasons()).extracting(Reason::ruleId).containsExactly("training.sponsorship.approved",
                "training.sponsorship.employed", "training.sponsorship.min-service", "training.sponsorship.last-grade",
                "training.sponsorship.penalties", "training.sponsorship.share");
        assertThat(decision.reasons().get(5).facts()).containsEntry("companyShare", "1500.00 CNY")
                .containsEntry("capLeft", "10000.00 CNY");
        assertThat(outcome.events()).singleElement().isInstanceOf(SponsorshipEvent.Approved.class);
    }

    @Test
    void theShareIsCappedAtWhatIsLeftOfTheYearsCapCountingOnlyThatYear() {
        var lastYear = Sponsorships.request("SP-0", STAFF, "20000").approved(Money.of("10000", "CNY"),
                Optional.empty(), hr("hr").id(), Instant.parse("2025-12-31T10:00:00Z"), DecisionId.of("d-0"));
        var thisYear = Sponsorships.request("SP-1", STAFF, "17000").approved(Money.of("8500", "CNY"),
                Optional.empty(), hr("hr").id(), Instant.parse("2026-01-02T10:00:00Z"), DecisionId.of("d-1"));
        var request = Sponsorships.request("SP-2", STAFF, "9000");

        var assessed = SponsorshipConditions.assess(facts(request, LocalDate.of(2024, 1, 1), Grade.GOOD,
                List.of(lastYear, thisYear, request), STANDARD), NOW);

        assertThat(assessed.capLeft()).isEqualTo(Money.of("1500", "CNY"));
        assertThat(assessed.share()).isEqualTo(Money.of("1500", "CNY"));
        assertThat(assessed.met()).isTrue();
    }

    @Test
    void unmetConditionsRefuseApprovalButARejectionIsDecidedWithThem() {
        var request = Sponsorships.request("SP-1", STAFF, "3000");
        var facts = facts(request, LocalDate.of(2025, 6, 1), Grade.QUALIFIED, List.of(request), STANDARD);

        var refused = refusal(SponsorshipRules.decide(APPROVE, facts, stamp(hr("hr"), NOW)));
        assertThat(refused).isInstanceOf(Refusal.Policy.class);
        assertThat(refused.toException()).hasMessageContaining("min-service").hasMessageContaining("last-grade");

        var rejected = decided(SponsorshipRules.decide(new DecideSponsorship(SponsorshipVerdict.REJECT, "too soon"),
                facts, stamp(hr("hr"), NOW)));
        assertThat(rejected.decisions().get(0).outcome()).isEqualTo(SponsorshipRules.REJECTED);
        assertThat(rejected.decisions().get(0).reasons()).hasSize(6);
    }

    @Test
    void aDecidedRequestIsNotDecidedAgainAndNobodyDecidesTheirOwn() {
        var approved = Sponsorships.request("SP-1", STAFF, "3000").approved(Money.of("1500", "CNY"), Optional.empty(),
                hr("hr").id(), NOW, DecisionId.of("d-1"));
        assertThat(refusal(SponsorshipRules.decide(APPROVE, facts(approved, LocalDate.of(2024, 1, 1), Grade.GOOD,
                List.of(approved), STANDARD), stamp(hr("hr"), NOW)))).isInstanceOf(Refusal.Transition.class);
        var request = Sponsorships.request("SP-2", STAFF, "3000");
        assertThat(refusal(SponsorshipRules.decide(APPROVE, facts(request, LocalDate.of(2024, 1, 1), Grade.GOOD,
                List.of(request), STANDARD), stamp(hr("staff"), NOW)))).isInstanceOf(Refusal.Access.class);
    }

    @Test
    void aLeaverOwesTheUnservedShareOfTheCommitmentProRataAndNothingOnceServed() {
        var committed = Sponsorships.request("SP-1", STAFF, "7300").approved(Money.of("3650", "CNY"),
                Optional.of(LocalDate.of(2027, 4, 11)), hr("hr").id(), NOW, DecisionId.of("d-1"));
        var draft = Outcome.<SponsorshipStores>draft();

        var early = SponsorshipRepayments.owed(committed, LocalDate.of(2026, 3, 1), NOW, STANDARD,
                stamp(hr("hr"), NOW), draft).orElseThrow();
        var midway = SponsorshipRepayments.owed(committed, LocalDate.of(2026, 10, 11), NOW, STANDARD,
                stamp(hr("hr"), NOW), draft).orElseThrow();

        assertThat(early.owed()).isEqualTo(Money.of("3650", "CNY"));
        assertThat(early.unservedDays()).isEqualTo(365);
        assertThat(midway.unservedDays()).isEqualTo(182);
        assertThat(midway.owed()).isEqualTo(Money.of("1820", "CNY"));
        assertThat(SponsorshipRepayments.owed(committed, LocalDate.of(2027, 4, 11), NOW, STANDARD,
                stamp(hr("hr"), NOW), draft)).isEmpty();
        var decided = decided(draft.answer(stored -> NOTHING_STORED));
        assertThat(decided.decisions()).extracting(d -> d.outcome()).containsExactly("3650.00", "1820.00");
    }
}
