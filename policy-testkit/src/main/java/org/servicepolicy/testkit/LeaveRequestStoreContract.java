package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicepolicy.discipline.LeaveRequest;
import org.servicepolicy.discipline.LeaveStatus;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.LeaveRequestId;
import org.servicepolicy.kernel.NotFoundException;

/**
 * The contract of {@link org.servicepolicy.discipline.LeaveRequestStore}: every field survives
 * storage, an employee's requests are listed by start, and optimistic locking holds.
 */
public abstract class LeaveRequestStoreContract extends PortContract {

    @BeforeEach
    void seedTheFixtureEmployees() {
        givenTheFixtureEmployees();
    }

    @Test
    void anUndecidedRequestIsFoundAsAddedAtVersionOne() {
        var request = Fixtures.leaveRequest("L-1").build();

        var stored = ports().leaveRequests().add(request);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(request);
        var found = ports().leaveRequests().find(request.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.decidedBy()).isEmpty();
        assertThat(found.decidedAt()).isEmpty();
        assertThat(found.decisionNote()).isEmpty();
    }

    @Test
    void aDecidedEmergencyRequestKeepsEveryField() {
        var request = Fixtures.leaveRequest("L-1").emergency(true).reason("")
                .between(Fixtures.minutesAfterT0(-600), Fixtures.minutesAfterT0(-120))
                .requested(Fixtures.T0, Fixtures.HR)
                .decided(LeaveStatus.APPROVED, Fixtures.HR, Fixtures.minutesAfterT0(15), Optional.of("get well soon"))
                .build();

        var stored = ports().leaveRequests().add(request);

        assertThat(ports().leaveRequests().find(request.id())).contains(stored);
    }

    @ParameterizedTest
    @EnumSource(LeaveStatus.class)
    void everyStatusIsKept(LeaveStatus status) {
        ports().leaveRequests().add(Fixtures.leaveRequest("L-1")
                .decided(status, Fixtures.HR, Fixtures.T0, Optional.empty()).build());

        var found = ports().leaveRequests().find(LeaveRequestId.of("L-1")).orElseThrow();
        assertThat(found.status()).isEqualTo(status);
        assertThat(found.decisionNote()).isEmpty();
    }

    @Test
    void aDecisionIsStoredByAnUpdateAtTheNextVersion() {
        var stored = ports().leaveRequests().add(Fixtures.leaveRequest("L-1").build());
        var rejected = stored.decided(LeaveStatus.REJECTED, Fixtures.HR, Fixtures.minutesAfterT0(3),
                Optional.of("peak season — 旺季"));

        var updated = ports().leaveRequests().update(rejected);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated).usingRecursiveComparison().ignoringFields("version").isEqualTo(rejected);
        assertThat(ports().leaveRequests().find(stored.id())).contains(updated);
    }

    @Test
    void anUpdateFromAStaleVersionIsAConflictAndChangesNothing() {
        var stored = ports().leaveRequests().add(Fixtures.leaveRequest("L-1").build());
        var current = ports().leaveRequests().update(stored.decided(LeaveStatus.APPROVED, Fixtures.HR,
                Fixtures.minutesAfterT0(1), Optional.empty()));

        assertConflict("stale-version", () -> ports().leaveRequests().update(stored.decided(LeaveStatus.REJECTED,
                Fixtures.HR, Fixtures.minutesAfterT0(2), Optional.of("no"))));
        assertThat(ports().leaveRequests().find(stored.id())).contains(current);
    }

    @Test
    void anUpdateOfAnUnknownRequestIsNotFound() {
        var unknown = Fixtures.leaveRequest("L-unknown").version(1).build();

        assertThatThrownBy(() -> ports().leaveRequests().update(unknown)).isInstanceOf(NotFoundException.class);
        assertThat(ports().leaveRequests().find(unknown.id())).isEmpty();
    }

    @Test
    void addingAnExistingIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = ports().leaveRequests().add(Fixtures.leaveRequest("L-1").reason("first").build());

        assertConflict("duplicate", () -> ports().leaveRequests().add(Fixtures.leaveRequest("L-1").reason("second")
                .build()));
        assertThat(ports().leaveRequests().find(first.id())).contains(first);
    }

    @Test
    void anUnknownRequestIsNotFound() {
        ports().leaveRequests().add(Fixtures.leaveRequest("L-1").build());

        assertThat(ports().leaveRequests().find(LeaveRequestId.of("L-2"))).isEmpty();
    }

    @Test
    void anEmployeesRequestsAreListedByStart() {
        var other = givenEmployee(EmployeeId.of("E-other")).id();
        var day = Duration.ofDays(1);
        var third = add(Fixtures.leaveRequest("L-a").between(Fixtures.T0.plus(day.multipliedBy(5)),
                Fixtures.T0.plus(day.multipliedBy(6))));
        var first = add(Fixtures.leaveRequest("L-b").between(Fixtures.T0.minus(day), Fixtures.T0));
        add(Fixtures.leaveRequest("L-c").employee(other));
        var second = add(Fixtures.leaveRequest("L-d").between(Fixtures.T0.plus(day), Fixtures.T0.plus(day.multipliedBy(2))));

        assertThat(ports().leaveRequests().of(Fixtures.EMPLOYEE)).containsExactly(first, second, third);
        assertThat(ports().leaveRequests().of(Fixtures.HR)).isEmpty();
    }

    private LeaveRequest add(LeaveRequestBuilder builder) {
        return ports().leaveRequests().add(builder.build());
    }
}
