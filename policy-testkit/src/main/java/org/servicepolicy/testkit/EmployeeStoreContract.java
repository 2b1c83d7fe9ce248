package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;

/**
 * The contract of {@link org.servicepolicy.people.EmployeeStore}: every field survives
 * storage, lists are ordered by id (Java's {@link String} order, whatever the database's
 * collation), optimistic locking holds, and finding an employee for a decision holds them:
 * a second transaction that does the same waits until the first ends.
 */
public abstract class EmployeeStoreContract extends PortContract {
    private static final EmployeeId SUPERVISOR = EmployeeId.of("E-boss");
    /** How long a transaction that must wait is watched still waiting. */
    private static final long STILL_WAITING_MILLIS = 500;

    @Test
    void anAddedEmployeeIsFoundWithEveryFieldAtVersionOne() {
        givenEmployee(SUPERVISOR);
        var employee = Fixtures.employee("E-1").name("Wang Fang 王芳 O'Neil").category(EmployeeCategory.MANAGER)
                .supervisor(SUPERVISOR).level(4).hireDate(LocalDate.of(2019, 12, 31)).status(EmploymentStatus.ONBOARDING)
                .monthlyWage(Money.of("12345.6", "CNY")).grantedRoles(Set.of(Role.HR, Role.SUPERVISION_GROUP)).build();

        var stored = ports().employees().add(employee);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(ports().employees().find(employee.id())).contains(stored);
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(employee);
    }

    @Test
    void anEmployeeWithoutSupervisorWageOrGrantedRolesKeepsThemAbsent() {
        var employee = Fixtures.employee("E-1").build();

        var stored = givenEmployee(employee);

        var found = ports().employees().find(employee.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.supervisor()).isEmpty();
        assertThat(found.monthlyWage()).isEmpty();
        assertThat(found.grantedRoles()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EmployeeCategory.class)
    void everyCategoryIsKept(EmployeeCategory category) {
        var stored = givenEmployee(Fixtures.employee("E-1").category(category).build());

        assertThat(ports().employees().find(stored.id()).orElseThrow().category()).isEqualTo(category);
    }

    @ParameterizedTest
    @EnumSource(EmploymentStatus.class)
    void everyEmploymentStatusIsKept(EmploymentStatus status) {
        var stored = givenEmployee(Fixtures.employee("E-1").status(status).build());

        assertThat(ports().employees().find(stored.id()).orElseThrow().status()).isEqualTo(status);
    }

    @ParameterizedTest
    @MethodSource("org.servicepolicy.testkit.Fixtures#grantableRoleSets")
    void everyCombinationOfGrantedRolesIsKept(Set<Role> roles) {
        var stored = givenEmployee(Fixtures.employee("E-1").grantedRoles(roles).build());

        assertThat(ports().employees().find(stored.id()).orElseThrow().grantedRoles()).isEqualTo(roles);
    }

    @ParameterizedTest
    @CsvSource({"8000.5, CNY, 8000.50", "350000, JPY, 350000", "1234.567, BHD, 1234.567", "0.01, USD, 0.01"})
    void aWageKeepsItsCurrencyAndTheCurrencysScale(String amount, String currency, String expected) {
        var stored = givenEmployee(Fixtures.employee("E-1").monthlyWage(Money.of(amount, currency)).build());

        var wage = ports().employees().find(stored.id()).orElseThrow().monthlyWage().orElseThrow();
        assertThat(wage.currency().getCurrencyCode()).isEqualTo(currency);
        assertThat(wage.amount().toPlainString()).isEqualTo(expected);
    }

    @Test
    void anUpdateStoresEveryChangeAtTheNextVersion() {
        givenEmployee(SUPERVISOR);
        givenDepartment(DepartmentId.of("D-other"));
        var stored = givenEmployee(Fixtures.employee("E-1").supervisor(SUPERVISOR)
                .monthlyWage(Money.of("5000", "CNY")).build());
        var changed = new Employee(stored.id(), "Renamed 改名", EmployeeCategory.TEMPORARY, Optional.empty(),
                DepartmentId.of("D-other"), 2, LocalDate.of(2021, 1, 4), EmploymentStatus.DISMISSED,
                Optional.empty(), Set.of(Role.SUPERVISION_GROUP), stored.effectiveFrom().plusSeconds(60),
                stored.levelSince(), stored.version());

        var updated = ports().employees().update(changed);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated).usingRecursiveComparison().ignoringFields("version").isEqualTo(changed);
        assertThat(ports().employees().find(stored.id())).contains(updated);
    }

    @Test
    void everyUpdateIncrementsTheVersion() {
        var stored = givenEmployee(Fixtures.employee("E-1").level(5).build());

        var second = ports().employees().update(stored.withLevel(4));
        var third = ports().employees().update(second.withLevel(3));

        assertThat(List.of(stored.version(), second.version(), third.version())).containsExactly(1L, 2L, 3L);
        assertThat(ports().employees().find(stored.id()).orElseThrow().level()).isEqualTo(3);
    }

    @Test
    void everyVersionIsKeptInTheHistoryOldestFirst() {
        var stored = givenEmployee(Fixtures.employee("E-1").level(5).build());
        var hired = stored.effectiveFrom();
        var second = ports().employees().update(stored.withLevel(4, hired.plusSeconds(3600)));
        var third = ports().employees().update(second.withStatus(EmploymentStatus.LEFT, hired.plusSeconds(7200)));

        assertThat(ports().employees().history(stored.id())).containsExactly(stored, second, third);
        assertThat(ports().employees().history(EmployeeId.of("nobody"))).isEmpty();
    }

    @Test
    void asOfReadsTheRecordAsItStoodThen() {
        var stored = givenEmployee(Fixtures.employee("E-1").level(5).build());
        var hired = stored.effectiveFrom();
        var demoted = ports().employees().update(stored.withLevel(4, hired.plusSeconds(3600)));

        assertThat(ports().employees().asOf(stored.id(), hired.minusNanos(1000))).isEmpty();
        assertThat(ports().employees().asOf(stored.id(), hired)).contains(stored);
        assertThat(ports().employees().asOf(stored.id(), hired.plusSeconds(3599))).contains(stored);
        assertThat(ports().employees().asOf(stored.id(), hired.plusSeconds(3600))).contains(demoted);
        assertThat(ports().employees().asOf(stored.id(), hired.plusSeconds(86_400 * 400L))).contains(demoted);
    }

    @Test
    void twoVersionsTakingEffectAtOneInstantReadAsTheLaterOfThem() {
        var stored = givenEmployee(Fixtures.employee("E-1").level(5).build());
        var at = stored.effectiveFrom().plusSeconds(60);
        var first = ports().employees().update(stored.withLevel(4, at));
        var corrected = ports().employees().update(first.withLevel(3, at));

        assertThat(ports().employees().asOf(stored.id(), at)).contains(corrected);
    }

    @Test
    void allAsOfListsEveryoneAsTheyWereThenOrderedByIdLeavingOutTheNotYetHired() {
        var early = givenEmployee(Fixtures.employee("E-2").hireDate(LocalDate.of(2020, 1, 1)).build());
        givenEmployee(Fixtures.employee("E-3").hireDate(LocalDate.of(2024, 1, 1)).build());
        var also = givenEmployee(Fixtures.employee("E-1").hireDate(LocalDate.of(2021, 1, 1)).build());
        var moved = ports().employees().update(early.withLevel(1, Instant.parse("2022-06-01T00:00:00Z")));

        assertThat(ports().employees().allAsOf(Instant.parse("2022-01-01T00:00:00Z"))).containsExactly(also, early);
        assertThat(ports().employees().allAsOf(Instant.parse("2023-01-01T00:00:00Z"))).containsExactly(also, moved);
        assertThat(ports().employees().allAsOf(Instant.parse("2019-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void anUpdateFromAStaleVersionIsAConflictAndChangesNothing() {
        var stored = givenEmployee(Fixtures.employee("E-1").level(5).build());
        var current = ports().employees().update(stored.withLevel(4));

        assertConflict("stale-version", () -> ports().employees().update(stored.withLevel(1)));
        assertThat(ports().employees().find(stored.id())).contains(current);
    }

    @Test
    void anUpdateFromAVersionNotYetReachedIsAConflict() {
        var stored = givenEmployee(Fixtures.employee("E-1").build());
        var ahead = Fixtures.employee("E-1").level(1).version(stored.version() + 1).build();

        assertConflict("stale-version", () -> ports().employees().update(ahead));
        assertThat(ports().employees().find(stored.id())).contains(stored);
    }

    @Test
    void anUpdateOfAnUnknownEmployeeIsNotFound() {
        givenDepartment(Fixtures.DEPARTMENT);
        var unknown = Fixtures.employee("E-unknown").version(1).build();

        assertThatThrownBy(() -> ports().employees().update(unknown)).isInstanceOf(NotFoundException.class);
        assertThat(ports().employees().find(unknown.id())).isEmpty();
    }

    @Test
    void addingAnExistingIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = givenEmployee(Fixtures.employee("E-1").name("First").build());

        assertConflict("duplicate", () -> ports().employees().add(Fixtures.employee("E-1").name("Second").build()));
        assertThat(ports().employees().find(first.id())).contains(first);
    }

    @Test
    void anUnknownEmployeeIsNotFound() {
        givenEmployee(EmployeeId.of("E-1"));

        assertThat(ports().employees().find(EmployeeId.of("E-2"))).isEmpty();
    }

    @Test
    void allListsEveryEmployeeOrderedById() {
        for (var id : List.of("b-2", "A-10", "a-1", "A-9", "B-1")) {
            givenEmployee(EmployeeId.of(id));
        }

        assertThat(ports().employees().all()).extracting(e -> e.id().value())
                .containsExactly("A-10", "A-9", "B-1", "a-1", "b-2");
    }

    @Test
    void inDepartmentListsOnlyThatDepartmentsEmployeesOrderedById() {
        var sales = DepartmentId.of("D-sales");
        givenEmployee(Fixtures.employee("e-3").department(sales).build());
        givenEmployee(Fixtures.employee("E-2").build());
        givenEmployee(Fixtures.employee("E-1").department(sales).build());
        givenEmployee(Fixtures.employee("E-10").department(sales).build());

        assertThat(ports().employees().inDepartment(sales)).extracting(e -> e.id().value())
                .containsExactly("E-1", "E-10", "e-3");
        assertThat(ports().employees().inDepartment(DepartmentId.of("D-none"))).isEmpty();
    }

    @Test
    void findAllFindsTheExistingOnesOfTheIdsOnceEachOrderedById() {
        var second = givenEmployee(EmployeeId.of("E-2"));
        var first = givenEmployee(EmployeeId.of("E-1"));
        var lower = givenEmployee(EmployeeId.of("e-0"));

        assertThat(ports().employees().findAll(List.of(lower.id(), EmployeeId.of("E-unknown"), second.id(),
                first.id(), second.id()))).containsExactly(first, second, lower);
        assertThat(ports().employees().findAll(List.of(EmployeeId.of("E-unknown")))).isEmpty();
        assertThat(ports().employees().findAll(List.of())).isEmpty();
    }

    @Test
    void findAllFindsEveryOneOfManyIds() {
        var present = List.of(givenEmployee(EmployeeId.of("E-many-1")), givenEmployee(EmployeeId.of("E-many-2")),
                givenEmployee(EmployeeId.of("E-many-3")));

        assertThat(ports().employees().findAll(manyIdsAmong(present.stream().map(Employee::id).toList())))
                .containsExactlyElementsOf(present);
    }

    @Test
    void withinATransactionFindAfterFindAllAndAfterAnUpdateAnswersTheEmployeeAsStoredLast() {
        var stored = givenEmployee(Fixtures.employee("E-1").level(2).build());
        var unknown = EmployeeId.of("E-unknown");

        var seen = ports().transactions().inTransaction(() -> {
            var both = ports().employees().findAll(List.of(stored.id(), unknown));
            var before = ports().employees().find(stored.id()).orElseThrow();
            var updated = ports().employees().update(before.withLevel(3));
            return List.of(both, List.of(before), ports().employees().find(stored.id()).stream().toList(),
                    ports().employees().find(unknown).stream().toList(), List.of(updated));
        });

        assertThat(seen.get(0)).containsExactly(stored);
        assertThat(seen.get(1)).containsExactly(stored);
        assertThat(seen.get(2)).containsExactly(seen.get(4).get(0));
        assertThat(seen.get(2).get(0).level()).isEqualTo(3);
        assertThat(seen.get(3)).isEmpty();
        assertThat(ports().employees().find(stored.id())).contains(seen.get(4).get(0));
    }

    @Test
    void aTransactionThatFoundAnEmployeeAbsentFindsThemOnceAddedInIt() {
        var later = Fixtures.employee("E-later").build();
        givenDepartment(later.department());

        var found = ports().transactions().inTransaction(() -> {
            assertThat(ports().employees().findAll(List.of(later.id()))).isEmpty();
            var added = ports().employees().add(later);
            return List.of(added, ports().employees().find(later.id()).orElseThrow(),
                    ports().employees().findAll(List.of(later.id())).get(0));
        });

        assertThat(found.get(1)).isEqualTo(found.get(0));
        assertThat(found.get(2)).isEqualTo(found.get(0));
    }

    @Test
    void findingAnEmployeeForADecisionFindsWhatFindFinds() {
        var stored = givenEmployee(Fixtures.employee("E-1").level(5).build());
        var unknown = EmployeeId.of("E-unknown");

        assertThat(ports().employees().findForDecision(stored.id())).contains(stored);
        assertThat(ports().employees().findForDecision(unknown)).isEmpty();
        assertThat(ports().transactions().inTransaction(() -> ports().employees().findForDecision(stored.id())))
                .contains(stored);
        assertThat(ports().transactions().inTransaction(() -> ports().employees().findForDecision(unknown))).isEmpty();
    }

    @Test
    void aSecondTransactionFindingTheSameEmployeeForADecisionWaitsUntilTheFirstEndsAndSeesWhatItDid()
            throws Exception {
        var stored = givenEmployee(Fixtures.employee("E-1").level(5).build());
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var asking = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<Employee> first = pool.submit(() -> ports().transactions().inTransaction(() -> {
                var employee = ports().employees().findForDecision(stored.id()).orElseThrow();
                held.countDown();
                await(release);
                return ports().employees().update(employee.withLevel(4));
            }));
            await(held);
            Future<Optional<Employee>> second = pool.submit(() -> {
                asking.countDown();
                return ports().transactions().inTransaction(() -> ports().employees().findForDecision(stored.id()));
            });
            await(asking);

            // Nothing here touches the ports while the first holds the employee: an adapter may hold more than the row.
            assertThatThrownBy(() -> second.get(STILL_WAITING_MILLIS, TimeUnit.MILLISECONDS))
                    .as("the second transaction's answer while the first still holds the employee")
                    .isInstanceOf(TimeoutException.class);
            release.countDown();
            var updated = first.get(60, TimeUnit.SECONDS);

            assertThat(second.get(60, TimeUnit.SECONDS)).contains(updated);
            assertThat(updated.version()).isEqualTo(2);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentUpdatesFromTheSameVersionLeaveExactlyOneWinner() throws Exception {
        var stored = givenEmployee(Fixtures.employee("E-1").level(5).build());
        var start = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var attempts = new ArrayList<Future<Employee>>();
            for (int level : new int[] {4, 2}) {
                Callable<Employee> update = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return ports().employees().update(stored.withLevel(level));
                };
                attempts.add(pool.submit(update));
            }
            var winners = new ArrayList<Employee>();
            var conflicts = new ArrayList<ConflictException>();
            for (var attempt : attempts) {
                try {
                    winners.add(attempt.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                    conflicts.add((ConflictException) e.getCause());
                }
            }

            assertThat(winners).hasSize(1);
            assertThat(conflicts).singleElement().extracting(ConflictException::reason).isEqualTo("stale-version");
            assertThat(ports().employees().find(stored.id())).contains(winners.get(0));
            assertThat(winners.get(0).version()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
