package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.testkit.Fixtures;
import org.servicepolicy.training.sponsorship.DecideSponsorship;
import org.servicepolicy.training.sponsorship.RequestSponsorship;
import org.servicepolicy.training.sponsorship.Sponsorship;
import org.servicepolicy.training.sponsorship.SponsorshipId;
import org.servicepolicy.training.sponsorship.SponsorshipStatus;
import org.servicepolicy.training.sponsorship.SponsorshipVerdict;

/**
 * §4.1.2: several instances of the library, each with its own stores over one database, approve
 * requests of the same employee at the same moment. The annual cap holds as in a sequential run:
 * each approval waits for the one before it on the employee's row and bears what is left of the
 * cap, and the request that finds nothing left is refused.
 */
abstract class ConcurrentSponsorshipCapScenario {
    private static final int INSTANCES = 4;
    private static final AssessmentCycleId CYCLE = AssessmentCycleId.of("C-2025-q1");

    private TestDatabase database;
    private ExecutorService approvers;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
        approvers = Executors.newFixedThreadPool(INSTANCES);
    }

    @AfterEach
    void close() {
        approvers.shutdownNow();
        database.close();
    }

    @Test
    @DisplayName("§4.1.2: four approvals at once of half of 8000 each against a cap of 10000: 4000, 4000, 2000 and a refusal")
    void concurrentApprovalsNeverExceedTheAnnualCap() throws Exception {
        var stores = database.migratedStores();
        var company = Company.hiredOn(stores);
        givenAGoodGrade(stores);
        var staff = company.policy.people().actorFor(Company.STAFF).orElseThrow();
        var requested = new ArrayList<SponsorshipId>();
        for (int i = 0; i < INSTANCES; i++) {
            requested.add(company.policy.sponsorships().request(staff, new RequestSponsorship("Course " + i,
                    "Open Academy", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 5), new BigDecimal("8000"))).id());
        }

        var outcomes = atOnce(requested);

        assertThat(outcomes.stream().filter(Optional::isEmpty)).as("refused").hasSize(1);
        var shares = outcomes.stream().flatMap(Optional::stream).map(s -> s.companyShare().orElseThrow().amount())
                .sorted().toList();
        assertThat(shares).usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("2000"),
                new BigDecimal("4000"), new BigDecimal("4000"));
        var stored = company.policy.sponsorships().of(company.hr, Company.STAFF);
        assertThat(stored).filteredOn(s -> s.status() == SponsorshipStatus.APPROVED).hasSize(3);
        assertThat(stored).filteredOn(s -> s.status() == SponsorshipStatus.REQUESTED).hasSize(1);
    }

    /** A GOOD grade of staff's, finalised before the requests, as the last-grade condition asks. */
    private static void givenAGoodGrade(JdbcStores stores) {
        var decision = Fixtures.decision("DEC-grade").kind("assessment.grade").subject(Company.STAFF)
                .outcome("GOOD").build();
        stores.decisions().append(decision);
        var finalizedAt = Company.NOW.minus(Duration.ofDays(30));
        stores.assessmentCycles().add(Fixtures.assessmentCycle(CYCLE.value())
                .opened(Company.NOW.minus(Duration.ofDays(90)), Company.HR).finalized(finalizedAt, Company.HR).build());
        stores.cycleGrades().add(Fixtures.cycleGrade(CYCLE, decision.id()).employee(Company.STAFF)
                .department(DepartmentId.of("service")).grade(Grade.GOOD).finalizedAt(finalizedAt).build());
    }

    /** Each request approved by HR on an instance of its own, all at once: the approval, or empty when refused. */
    private List<Optional<Sponsorship>> atOnce(List<SponsorshipId> requests) throws Exception {
        var start = new CyclicBarrier(requests.size());
        var approvals = new ArrayList<Future<Optional<Sponsorship>>>();
        for (var request : requests) {
            var instance = ServicePolicy.builder().ports(JdbcStores.builder(database.separateDataSource()).build())
                    .clock(Clock.fixed(Company.NOW, ZoneOffset.UTC)).build();
            var hr = instance.people().actorFor(Company.HR).orElseThrow();
            approvals.add(approvers.submit(() -> {
                await(start);
                try {
                    return Optional.of(instance.sponsorships().decide(hr, request,
                            new DecideSponsorship(SponsorshipVerdict.APPROVE, "useful")));
                } catch (PolicyRefusalException refused) {
                    return Optional.<Sponsorship>empty();
                }
            }));
        }
        var outcomes = new ArrayList<Optional<Sponsorship>>();
        for (var approval : approvals) {
            try {
                outcomes.add(approval.get(120, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                throw new AssertionError("an approval failed otherwise than by the policy", e.getCause());
            }
        }
        return outcomes;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("not every approval started", e);
        }
    }
}
