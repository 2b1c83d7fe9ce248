package org.servicepolicy.training.sponsorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.stamp;
import static org.servicepolicy.training.sponsorship.Sponsorships.STAFF;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.Select;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PolicyDefinition;

/**
 * §4.1.2: invariants of sponsorship over generated histories: the company's shares approved for
 * one employee in one calendar year never pass the annual cap, each is at most the policy's share
 * of its cost; a repayment is never above the share and never grows the later the employee leaves.
 */
class SponsorshipProperties {
    private static final Instant FIRST = Instant.parse("2026-01-01T08:00:00Z");
    private static final PolicyDefinition STANDARD = Sponsorships.policy(Map.of());

    /**
     * One history: requests of one employee with their costs, each decided at its instant.
     *
     * @param costs     each request's cost, in CNY
     * @param decidedAt when HR approves each, in order
     */
    record History(List<BigDecimal> costs, List<Instant> decidedAt) {
    }

    /**
     * One approved sponsorship with a commitment and two departure days, the second not earlier.
     *
     * @param sponsorship the sponsorship
     * @param earlier     the earlier departure day
     * @param later       the later departure day
     */
    record Departure(Sponsorship sponsorship, LocalDate earlier, LocalDate later) {
    }

    static Stream<History> histories() {
        return Instancio.ofList(History.class).size(60).withSeed(4_120_001L)
                .supply(Select.all(History.class), SponsorshipProperties::history).create().stream();
    }

    static Stream<Departure> departures() {
        return Instancio.ofList(Departure.class).size(80).withSeed(4_120_002L)
                .supply(Select.all(Departure.class), SponsorshipProperties::departure).create().stream();
    }

    private static History history(Random random) {
        var costs = new ArrayList<BigDecimal>();
        var times = new ArrayList<Instant>();
        var at = FIRST;
        for (int i = random.intRange(1, 12); i > 0; i--) {
            costs.add(BigDecimal.valueOf(random.intRange(1, 1_500_000), 2));
            at = at.plus(Duration.ofHours(random.intRange(1, 24 * 90)));
            times.add(at);
        }
        return new History(costs, times);
    }

    private static Departure departure(Random random) {
        var share = Money.of(BigDecimal.valueOf(random.intRange(1, 1_000_000), 2).toPlainString(), "CNY");
        var endsOn = LocalDate.of(2026, 4, 10);
        var until = endsOn.plusDays(1).plusMonths(random.intRange(1, 36));
        var sponsorship = Sponsorships.request("SP-1", STAFF, "20000").approved(share, Optional.of(until),
                hr("hr").id(), FIRST, DecisionId.of("d-1"));
        var earlier = endsOn.minusDays(30).plusDays(random.intRange(0, 1_200));
        return new Departure(sponsorship, earlier, earlier.plusDays(random.intRange(0, 400)));
    }

    @ParameterizedTest
    @MethodSource("histories")
    void approvedSharesNeverPassTheAnnualCap(History history) {
        var theirs = new ArrayList<Sponsorship>();
        for (int i = 0; i < history.costs().size(); i++) {
            var request = Sponsorships.request("SP-" + i, STAFF, history.costs().get(i).toPlainString());
            theirs.add(request);
            var facts = new SponsorshipFacts.Deciding(request, Sponsorships.employee(STAFF, LocalDate.of(2020, 1, 1),
                    EmploymentStatus.ON_POST), List.of(Sponsorships.grade(STAFF, Grade.GOOD)), List.of(),
                    List.copyOf(theirs), STANDARD);
            var outcome = SponsorshipRules.decide(new DecideSponsorship(SponsorshipVerdict.APPROVE, "ok"), facts,
                    stamp(hr("hr"), history.decidedAt().get(i)));
            if (outcome instanceof Outcome.Decided<SponsorshipStores, Sponsorship> decided) {
                var share = decided.events().stream().map(e -> ((SponsorshipEvent.Approved) e).companyShare())
                        .findFirst().orElseThrow();
                assertThat(share.amount()).isLessThanOrEqualTo(request.cost().times(STANDARD.sponsorship().share())
                        .amount()).isPositive();
                theirs.set(theirs.size() - 1, request.approved(share, Optional.empty(), hr("hr").id(),
                        history.decidedAt().get(i), DecisionId.of("d-" + i)));
            }
        }
        var byYear = new HashMap<Integer, BigDecimal>();
        theirs.stream().filter(s -> s.status() == SponsorshipStatus.APPROVED).forEach(s -> byYear.merge(
                s.decidedAt().orElseThrow().atZone(ZoneOffset.UTC).getYear(), s.companyShare().orElseThrow().amount(),
                BigDecimal::add));
        assertThat(byYear.values()).allSatisfy(total -> assertThat(total)
                .isLessThanOrEqualTo(STANDARD.sponsorship().annualCap().amount()));
    }

    @ParameterizedTest
    @MethodSource("departures")
    void aRepaymentIsNeverAboveTheShareAndNeverGrowsTheLaterOneLeaves(Departure departure) {
        var sponsorship = departure.sponsorship();
        var earlier = owed(sponsorship, departure.earlier());
        var later = owed(sponsorship, departure.later());

        assertThat(earlier).isLessThanOrEqualTo(sponsorship.companyShare().orElseThrow().amount());
        assertThat(later).isLessThanOrEqualTo(earlier);
        if (!departure.later().isBefore(sponsorship.commitmentUntil().orElseThrow())) {
            assertThat(later).isZero();
        }
    }

    private static BigDecimal owed(Sponsorship sponsorship, LocalDate leftOn) {
        return SponsorshipRepayments.owed(sponsorship, leftOn, FIRST, STANDARD, stamp(hr("hr"), FIRST),
                Outcome.draft()).map(r -> r.owed().amount()).orElse(BigDecimal.ZERO);
    }
}
