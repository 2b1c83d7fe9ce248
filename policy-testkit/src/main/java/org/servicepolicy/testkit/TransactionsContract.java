package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.idempotency.IdempotencyRecord;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.LeaveRequestId;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;

/**
 * The contract of {@link org.servicepolicy.kernel.Transactions} across every port: the work's
 * result is returned, all of it is kept when it succeeds, none of it in any store when it
 * throws (the exception propagating unchanged), and a transaction started inside another joins
 * it.
 */
public abstract class TransactionsContract extends PortContract {
    private static final EmployeeId NEW_EMPLOYEE = EmployeeId.of("E-new");

    @Test
    void theResultOfTheWorkIsReturned() {
        assertThat(ports().transactions().inTransaction(() -> "done")).isEqualTo("done");
    }

    @Test
    void everythingWrittenBySuccessfulWorkIsKept() {
        givenTheFixtureEmployees();

        ports().transactions().inTransaction(() -> {
            writeToEveryStore();
            return null;
        });

        assertEveryStoreHoldsTheWrites();
    }

    @Test
    void workThatThrowsLeavesNothingWrittenInAnyStoreAndTheExceptionPropagatesUnchanged() {
        givenTheFixtureEmployees();
        var failure = new IllegalStateException("the last step failed");

        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
            writeToEveryStore();
            throw failure;
        })).isSameAs(failure);

        assertNoStoreHoldsTheWrites();
    }

    @Test
    void anUpdateInWorkThatThrowsIsUndone() {
        var stored = givenEmployee(Fixtures.employee("E-1").level(5).build());

        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
            ports().employees().update(stored.withLevel(4));
            throw new IllegalStateException("later failure");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ports().employees().find(stored.id())).contains(stored);
        assertThat(ports().employees().update(stored.withLevel(2)).version()).isEqualTo(2);
    }

    @Test
    void aNestedTransactionJoinsTheOuterOneAndFailsWithIt() {
        givenTheFixtureEmployees();

        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
            ports().departments().add(Fixtures.department("D-outer"));
            var inner = ports().transactions().inTransaction(() -> {
                ports().departments().add(Fixtures.department("D-inner"));
                return "inner result";
            });
            assertThat(inner).isEqualTo("inner result");
            assertThat(ports().departments().find(DepartmentId.of("D-inner"))).isPresent();
            throw new IllegalStateException("outer failure after the inner transaction returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ports().departments().find(DepartmentId.of("D-outer"))).isEmpty();
        assertThat(ports().departments().find(DepartmentId.of("D-inner"))).isEmpty();
    }

    @Test
    void aNestedTransactionThatThrowsUndoesTheOuterWorkToo() {
        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
            ports().departments().add(Fixtures.department("D-outer"));
            return ports().transactions().inTransaction(() -> {
                ports().departments().add(Fixtures.department("D-inner"));
                throw new IllegalArgumentException("inner failure");
            });
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("inner failure");

        assertThat(ports().departments().all()).isEmpty();
    }

    @Test
    void workInsideATransactionReadsItsOwnWrites() {
        var seen = ports().transactions().inTransaction(() -> {
            ports().departments().add(Fixtures.department("D-1"));
            givenEmployee(Fixtures.employee("E-1").department(DepartmentId.of("D-1")).build());
            return ports().employees().inDepartment(DepartmentId.of("D-1")).size();
        });

        assertThat(seen).isEqualTo(1);
    }

    @Test
    void aTransactionAfterAFailedOneStartsClean() {
        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
            ports().departments().add(Fixtures.department("D-lost"));
            throw new IllegalStateException("failure");
        })).isInstanceOf(IllegalStateException.class);

        ports().transactions().inTransaction(() -> {
            ports().departments().add(Fixtures.department("D-kept"));
            return null;
        });

        assertThat(ports().departments().all()).extracting(d -> d.id().value()).containsExactly("D-kept");
    }

    private void writeToEveryStore() {
        ports().departments().add(Fixtures.department("D-new"));
        ports().employees().add(Fixtures.employee(NEW_EMPLOYEE.value()).department(DepartmentId.of("D-new")).build());
        ports().policies().add(PolicyDefinition.of("2025.1", Fixtures.T0, new HashMap<>(StandardPolicy.settings())));
        ports().decisions().append(Fixtures.decision("DEC-1").build());
        var violation = ports().violations().add(Fixtures.violation("V-1").build());
        var penalty = ports().penalties().add(Fixtures.penalty("P-1", violation.id(), DecisionId.of("DEC-1")).build());
        ports().penalties().update(penalty.moveTo(PenaltyStatus.ISSUED, Fixtures.minutesAfterT0(1), Fixtures.HR,
                Optional.empty()));
        ports().leaveRequests().add(Fixtures.leaveRequest("L-1").build());
        ports().eventPublisher().publish(Fixtures.event("Written", "X-1", Instant.EPOCH, Fixtures.attributes("a", "b")));
        ports().auditTrail().record(Fixtures.auditEntry(Fixtures.T0, "penalty", "P-1", "written"));
        ports().idempotencyRecords().add(IdempotencyRecord.started(Fixtures.HR, "key-1", "POST /x", "fingerprint",
                Fixtures.T0));
        ports().idempotencyRecords().complete(Fixtures.HR, "key-1", "response");
    }

    private void assertEveryStoreHoldsTheWrites() {
        assertThat(ports().departments().find(DepartmentId.of("D-new"))).isPresent();
        assertThat(ports().employees().find(NEW_EMPLOYEE)).isPresent();
        assertThat(ports().policies().all()).hasSize(1);
        assertThat(ports().decisions().find(DecisionId.of("DEC-1"))).isPresent();
        assertThat(ports().violations().find(ViolationId.of("V-1"))).isPresent();
        assertThat(ports().penalties().find(PenaltyId.of("P-1")).orElseThrow().status()).isEqualTo(PenaltyStatus.ISSUED);
        assertThat(ports().leaveRequests().find(LeaveRequestId.of("L-1"))).isPresent();
        assertThat(ports().eventLog().after(0, 10)).hasSize(1);
        assertThat(ports().auditTrail().about("penalty", "P-1")).hasSize(1);
        assertThat(ports().idempotencyRecords().find(Fixtures.HR, "key-1").orElseThrow().response())
                .contains("response");
    }

    private void assertNoStoreHoldsTheWrites() {
        assertThat(ports().departments().find(DepartmentId.of("D-new"))).isEmpty();
        assertThat(ports().employees().find(NEW_EMPLOYEE)).isEmpty();
        assertThat(ports().policies().all()).isEmpty();
        assertThat(ports().decisions().find(DecisionId.of("DEC-1"))).isEmpty();
        assertThat(ports().decisions().about(Fixtures.EMPLOYEE)).isEmpty();
        assertThat(ports().violations().find(ViolationId.of("V-1"))).isEmpty();
        assertThat(ports().violations().of(Fixtures.EMPLOYEE)).isEmpty();
        assertThat(ports().penalties().find(PenaltyId.of("P-1"))).isEmpty();
        assertThat(ports().penalties().of(Fixtures.EMPLOYEE)).isEmpty();
        assertThat(ports().leaveRequests().find(LeaveRequestId.of("L-1"))).isEmpty();
        assertThat(ports().eventLog().after(0, 10)).isEmpty();
        assertThat(ports().auditTrail().about("penalty", "P-1")).isEmpty();
        assertThat(ports().idempotencyRecords().find(Fixtures.HR, "key-1")).isEmpty();
    }
}
