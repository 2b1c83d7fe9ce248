package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.PenaltyStep;

/**
 * The contract of {@link org.servicepolicy.discipline.PenaltyStore}: a penalty comes back with
 * its whole history in order, an employee's penalties are listed oldest proposal first, and
 * optimistic locking holds.
 */
public abstract class PenaltyStoreContract extends PortContract {
    private static final ViolationId VIOLATION = ViolationId.of("V-1");
    private static final DecisionId DECISION = DecisionId.of("DEC-1");

    @BeforeEach
    void seedTheRecordsPenaltiesReferTo() {
        givenTheFixtureEmployees();
        ports().violations().add(Fixtures.violation(VIOLATION.value()).build());
        givenDecision(Fixtures.decision(DECISION.value()).build());
    }

    @Test
    void aProposedPenaltyIsFoundAsAddedAtVersionOne() {
        var penalty = Fixtures.penalty("P-1", VIOLATION, DECISION).build();

        var stored = ports().penalties().add(penalty);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(penalty);
        var found = ports().penalties().find(penalty.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.status()).isEqualTo(PenaltyStatus.PROPOSED);
        assertThat(found.fine()).isEmpty();
        assertThat(found.levelBefore()).isEmpty();
        assertThat(found.statusBefore()).isEmpty();
    }

    @Test
    void aPenaltyWithEveryOptionalPartAndALongHistoryKeepsThemInOrder() {
        var penalty = Fixtures.penalty("P-1", VIOLATION, DECISION).step(PenaltyStep.FINE).fine(Money.of("200", "CNY"))
                .then(PenaltyStatus.ISSUED, Fixtures.minutesAfterT0(10), Fixtures.HR, Optional.empty())
                .then(PenaltyStatus.APPEALED, Fixtures.minutesAfterT0(20), Fixtures.EMPLOYEE,
                        Optional.of("I was stuck in the lift — 电梯故障"))
                .then(PenaltyStatus.REVOKED, Fixtures.minutesAfterT0(30), EmployeeId.of("E-hr2"),
                        Optional.of("the lift log confirms it"))
                .levelBefore(3).statusBefore(EmploymentStatus.ON_POST).build();

        var stored = ports().penalties().add(penalty);

        var found = ports().penalties().find(penalty.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.history()).containsExactlyElementsOf(penalty.history());
        assertThat(found.fine()).contains(Money.of("200.00", "CNY"));
    }

    @ParameterizedTest
    @EnumSource(PenaltyStep.class)
    void everyStepIsKept(PenaltyStep step) {
        ports().penalties().add(Fixtures.penalty("P-1", VIOLATION, DECISION).step(step).build());

        assertThat(ports().penalties().find(PenaltyId.of("P-1")).orElseThrow().step()).isEqualTo(step);
    }

    @ParameterizedTest
    @EnumSource(EmploymentStatus.class)
    void everyStatusBeforeIsKept(EmploymentStatus status) {
        ports().penalties().add(Fixtures.penalty("P-1", VIOLATION, DECISION).step(PenaltyStep.DISMISSAL)
                .statusBefore(status).build());

        assertThat(ports().penalties().find(PenaltyId.of("P-1")).orElseThrow().statusBefore()).contains(status);
    }

    @Test
    void anUpdateStoresTheGrownHistoryAndWhatAnIssueChangedAtTheNextVersion() {
        var stored = ports().penalties().add(Fixtures.penalty("P-1", VIOLATION, DECISION).step(PenaltyStep.DEMOTION)
                .build());
        var issued = stored.moveTo(PenaltyStatus.ISSUED, Fixtures.minutesAfterT0(5), Fixtures.HR, Optional.empty())
                .remembering(Optional.of(4), Optional.empty());

        var updated = ports().penalties().update(issued);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated).usingRecursiveComparison().ignoringFields("version").isEqualTo(issued);
        var found = ports().penalties().find(stored.id()).orElseThrow();
        assertThat(found).isEqualTo(updated);
        assertThat(found.history()).extracting(t -> t.status())
                .containsExactly(PenaltyStatus.PROPOSED, PenaltyStatus.ISSUED);
        assertThat(found.levelBefore()).contains(4);
    }

    @Test
    void everyUpdateIncrementsTheVersion() {
        var stored = ports().penalties().add(Fixtures.penalty("P-1", VIOLATION, DECISION).build());

        var issued = ports().penalties().update(stored.moveTo(PenaltyStatus.ISSUED, Fixtures.minutesAfterT0(1),
                Fixtures.HR, Optional.empty()));
        var appealed = ports().penalties().update(issued.moveTo(PenaltyStatus.APPEALED, Fixtures.minutesAfterT0(2),
                Fixtures.EMPLOYEE, Optional.of("unfair")));

        assertThat(issued.version()).isEqualTo(2);
        assertThat(appealed.version()).isEqualTo(3);
        assertThat(ports().penalties().find(stored.id()).orElseThrow().history()).hasSize(3);
    }

    @Test
    void anUpdateFromAStaleVersionIsAConflictAndChangesNothing() {
        var stored = ports().penalties().add(Fixtures.penalty("P-1", VIOLATION, DECISION).build());
        var current = ports().penalties().update(stored.moveTo(PenaltyStatus.ISSUED, Fixtures.minutesAfterT0(1),
                Fixtures.HR, Optional.empty()));

        assertConflict("stale-version", () -> ports().penalties().update(stored.moveTo(PenaltyStatus.WITHDRAWN,
                Fixtures.minutesAfterT0(2), Fixtures.HR, Optional.of("mistake"))));
        assertThat(ports().penalties().find(stored.id())).contains(current);
    }

    @Test
    void anUpdateOfAnUnknownPenaltyIsNotFound() {
        var unknown = Fixtures.penalty("P-unknown", VIOLATION, DECISION).version(1).build();

        assertThatThrownBy(() -> ports().penalties().update(unknown)).isInstanceOf(NotFoundException.class);
        assertThat(ports().penalties().find(unknown.id())).isEmpty();
    }

    @Test
    void addingAnExistingIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = ports().penalties().add(Fixtures.penalty("P-1", VIOLATION, DECISION).build());

        assertConflict("duplicate", () -> ports().penalties().add(Fixtures.penalty("P-1", VIOLATION, DECISION)
                .step(PenaltyStep.DISMISSAL).build()));
        assertThat(ports().penalties().find(first.id())).contains(first);
    }

    @Test
    void anUnknownPenaltyIsNotFound() {
        ports().penalties().add(Fixtures.penalty("P-1", VIOLATION, DECISION).build());

        assertThat(ports().penalties().find(PenaltyId.of("P-2"))).isEmpty();
    }

    @Test
    void anEmployeesPenaltiesAreListedOldestProposalFirst() {
        var other = givenEmployee(EmployeeId.of("E-other")).id();
        var otherViolation = ports().violations().add(Fixtures.violation("V-other").employee(other).build()).id();
        var latest = add(Fixtures.penalty("P-a", VIOLATION, DECISION).proposedAt(Fixtures.minutesAfterT0(60)));
        var earliest = add(Fixtures.penalty("P-b", VIOLATION, DECISION).proposedAt(Fixtures.minutesAfterT0(-60)));
        add(Fixtures.penalty("P-c", otherViolation, DECISION).employee(other));
        var middle = add(Fixtures.penalty("P-d", VIOLATION, DECISION).proposedAt(Fixtures.T0));

        assertThat(ports().penalties().of(Fixtures.EMPLOYEE)).containsExactly(earliest, middle, latest);
        assertThat(ports().penalties().of(Fixtures.HR)).isEmpty();
    }

    @Test
    void forViolationListsOnlyThePenaltiesOfThatViolation() {
        var second = ports().violations().add(Fixtures.violation("V-2").build()).id();
        var first = add(Fixtures.penalty("P-1", VIOLATION, DECISION));
        var again = add(Fixtures.penalty("P-2", VIOLATION, DECISION).proposedAt(Fixtures.minutesAfterT0(5)));
        add(Fixtures.penalty("P-3", second, DECISION));

        assertThat(ports().penalties().forViolation(VIOLATION)).containsExactlyInAnyOrder(first, again);
        assertThat(ports().penalties().forViolation(ViolationId.of("V-none"))).isEmpty();
    }

    @Test
    void ofAllGivesEachEmployeeWhatOfGivesInTheOrderTheyWereGiven() {
        var other = givenEmployee(EmployeeId.of("E-other")).id();
        var otherViolation = ports().violations().add(Fixtures.violation("V-other").employee(other).build()).id();
        add(Fixtures.penalty("P-a", VIOLATION, DECISION).proposedAt(Fixtures.minutesAfterT0(60)));
        add(Fixtures.penalty("P-b", VIOLATION, DECISION).proposedAt(Fixtures.minutesAfterT0(-60)));
        add(Fixtures.penalty("P-c", otherViolation, DECISION).employee(other));
        add(Fixtures.penalty("P-d", VIOLATION, DECISION).proposedAt(Fixtures.T0).step(PenaltyStep.DEMOTION)
                .then(PenaltyStatus.ISSUED, Fixtures.minutesAfterT0(5), Fixtures.HR, Optional.empty())
                .then(PenaltyStatus.REVOKED, Fixtures.minutesAfterT0(9), Fixtures.HR, Optional.of("appeal upheld")));
        var employees = List.of(Fixtures.EMPLOYEE, Fixtures.HR, other, Fixtures.EMPLOYEE);

        var all = ports().penalties().ofAll(employees);

        assertThat(all.keySet()).containsExactly(Fixtures.EMPLOYEE, Fixtures.HR, other);
        assertThat(all.get(Fixtures.EMPLOYEE)).hasSize(3).isEqualTo(ports().penalties().of(Fixtures.EMPLOYEE));
        assertThat(all.get(other)).hasSize(1).isEqualTo(ports().penalties().of(other));
        assertThat(all.get(Fixtures.HR)).isEmpty();
    }

    @Test
    void ofAllFindsThePenaltiesOfEmployeesSpreadOverMoreIdsThanOneStatementBinds() {
        var first = givenEmployee(EmployeeId.of("E-first")).id();
        var last = givenEmployee(EmployeeId.of("E-last")).id();
        var firstViolation = ports().violations().add(Fixtures.violation("V-first").employee(first).build()).id();
        var lastViolation = ports().violations().add(Fixtures.violation("V-last").employee(last).build()).id();
        add(Fixtures.penalty("P-first", firstViolation, DECISION).employee(first));
        add(Fixtures.penalty("P-1", VIOLATION, DECISION).proposedAt(Fixtures.minutesAfterT0(5)));
        add(Fixtures.penalty("P-2", VIOLATION, DECISION));
        add(Fixtures.penalty("P-last-1", lastViolation, DECISION).employee(last)
                .proposedAt(Fixtures.minutesAfterT0(9)));
        add(Fixtures.penalty("P-last-2", lastViolation, DECISION).employee(last));
        var employees = manyIdsAmong(List.of(first, Fixtures.EMPLOYEE, last));

        var all = ports().penalties().ofAll(employees);

        assertThat(all.keySet()).containsExactlyElementsOf(employees);
        for (var employee : employees) {
            assertThat(all.get(employee)).as(employee.value()).isEqualTo(ports().penalties().of(employee));
        }
        assertThat(all.values().stream().mapToInt(List::size).sum()).isEqualTo(5);
    }

    @Test
    void ofAllOfNoEmployeesIsEmpty() {
        add(Fixtures.penalty("P-1", VIOLATION, DECISION));

        assertThat(ports().penalties().ofAll(List.of())).isEmpty();
    }

    private Penalty add(PenaltyBuilder builder) {
        return ports().penalties().add(builder.build());
    }
}
