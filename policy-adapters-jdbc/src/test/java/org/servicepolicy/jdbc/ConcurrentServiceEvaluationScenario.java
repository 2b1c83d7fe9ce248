package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.policy.ServiceBand;
import org.servicepolicy.policy.ServiceDimension;
import org.servicepolicy.service.evaluation.CustomerScoreSource;
import org.servicepolicy.service.evaluation.FinalisedServicePeriod;
import org.servicepolicy.service.evaluation.OpenServiceEvaluationPeriod;
import org.servicepolicy.service.evaluation.RecordCustomerScore;
import org.servicepolicy.service.evaluation.ServiceEvaluationPeriod;
import org.servicepolicy.service.evaluation.SubmitServiceScores;

/**
 * §2.3.3: service evaluation commands at once through the whole library. Opening a period reads
 * every period to refuse an overlapping one, so overlapping periods opened at once must end as
 * one opened and the others refused; finalising reads the period before it writes, so
 * finalising twice at once must store the results, and propose the rewards, once.
 */
abstract class ConcurrentServiceEvaluationScenario {
    private static final EmployeeId HEAD_OFFICE_HR = EmployeeId.of("hq-hr");
    private static final LocalDate Q1_FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate Q1_TO = LocalDate.of(2025, 3, 31);

    private TestDatabase database;
    private ExecutorService writers;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
        writers = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void close() {
        writers.shutdownNow();
        database.close();
    }

    @Test
    @DisplayName("§2.3.3: overlapping periods opened at once: one is opened, the others are refused")
    void overlappingPeriodsOpenedAtOnceOpenOne() throws Exception {
        var company = companyWithHeadOffice();
        var hr = headOfficeHr(company);

        var outcomes = atOnce(4, i -> () -> company.policy.serviceEvaluation().open(hr,
                new OpenServiceEvaluationPeriod("Q1 by writer " + i, Q1_FROM.plusDays(i), Q1_TO,
                        i % 2 == 0 ? List.of() : List.of("service"))));

        assertThat(outcomes.stream().filter(o -> o instanceof ServiceEvaluationPeriod)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o instanceof PolicyRefusalException)).hasSize(3);
        assertThat(company.policy.serviceEvaluation().periods(hr)).hasSize(1);
    }

    @Test
    @DisplayName("§2.3.3: a period finalised twice at once stores its results and proposes its rewards once")
    void finalisingTwiceAtOnceFinalisesOnce() throws Exception {
        var company = companyWithHeadOffice();
        var hr = headOfficeHr(company);
        var evaluation = company.policy.serviceEvaluation();
        var period = evaluation.open(hr, new OpenServiceEvaluationPeriod("Q1", Q1_FROM, Q1_TO, List.of("service")));
        evaluation.recordCustomerScore(hr, new RecordCustomerScore(Company.STAFF.value(), 5,
                CustomerScoreSource.CUSTOMER_FEEDBACK, "survey Q1", Instant.parse("2025-02-03T10:00:00Z")));
        evaluation.score(company.hr, period.id(), new SubmitServiceScores(Company.STAFF.value(),
                Arrays.stream(ServiceDimension.values()).collect(Collectors.toMap(Enum::name, d -> 96))));

        var outcomes = atOnce(2, i -> () -> evaluation.finalise(hr, period.id()));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(FinalisedServicePeriod.class));
        var first = (FinalisedServicePeriod) outcomes.get(0);
        assertThat(first.results()).isEqualTo(((FinalisedServicePeriod) outcomes.get(1)).results());
        assertThat(first.results()).singleElement().satisfies(r -> assertThat(r.band()).isEqualTo(ServiceBand.EXCELLENT));
        var reader = Company.readerOn(JdbcStores.builder(database.dataSource()).build());
        assertThat(reader.policy.serviceEvaluation().resultsOf(reader.hr, Company.STAFF)).hasSize(1);
        assertThat(reader.policy.rewards().rewardsOf(reader.hr, Company.STAFF)).hasSize(1);
    }

    /** The company with a head office whose HR member is evaluated by no period of the service department. */
    private Company companyWithHeadOffice() {
        var company = Company.hiredOn(database.migratedStores());
        company.policy.people().createDepartment(company.hr, new NewDepartment("hq", "Head office"));
        company.policy.people().hire(company.hr, new NewEmployee(HEAD_OFFICE_HR.value(), "Zhao Min",
                EmployeeCategory.STAFF, null, "hq", 4, LocalDate.of(2017, 9, 1),
                EmploymentStatus.ON_POST, null, Set.of(Role.HR)));
        return company;
    }

    private static Actor headOfficeHr(Company company) {
        return company.policy.people().actorFor(HEAD_OFFICE_HR).orElseThrow();
    }

    /** Runs {@code count} commands released together; answers each one's result or exception, in order. */
    private List<Object> atOnce(int count, IntFunction<Callable<Object>> command) throws Exception {
        var start = new CyclicBarrier(count);
        var runs = new ArrayList<Future<Object>>();
        for (int i = 0; i < count; i++) {
            var call = command.apply(i);
            runs.add(writers.submit(() -> {
                await(start);
                return call.call();
            }));
        }
        var outcomes = new ArrayList<Object>();
        for (var run : runs) {
            try {
                outcomes.add(run.get(120, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
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
            throw new IllegalStateException("not every writer started", e);
        }
    }
}
