package org.servicepolicy.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.servicepolicy.discipline.LeaveRequest;
import org.servicepolicy.discipline.LeaveStatus;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.LeaveRequestId;

/** Builds a {@link LeaveRequest}; start from {@link Fixtures#leaveRequest(String)}. */
public final class LeaveRequestBuilder {
    private final LeaveRequestId id;
    private EmployeeId employee = Fixtures.EMPLOYEE;
    private Instant startsAt = Fixtures.T0.plus(Duration.ofDays(1));
    private Instant endsAt = Fixtures.T0.plus(Duration.ofDays(2));
    private String reason = "family matters 家事";
    private boolean emergency;
    private Instant requestedAt = Fixtures.T0;
    private EmployeeId requestedBy = Fixtures.EMPLOYEE;
    private LeaveStatus status = LeaveStatus.REQUESTED;
    private Optional<EmployeeId> decidedBy = Optional.empty();
    private Optional<Instant> decidedAt = Optional.empty();
    private Optional<String> decisionNote = Optional.empty();
    private long version;

    LeaveRequestBuilder(LeaveRequestId id) {
        this.id = id;
    }

    /** Sets whose leave it is; they also requested it. */
    public LeaveRequestBuilder employee(EmployeeId value) {
        this.employee = value;
        this.requestedBy = value;
        return this;
    }

    /** Sets the period, start inclusive, end exclusive. */
    public LeaveRequestBuilder between(Instant start, Instant end) {
        this.startsAt = start;
        this.endsAt = end;
        return this;
    }

    /** Sets the reason. */
    public LeaveRequestBuilder reason(String value) {
        this.reason = value;
        return this;
    }

    /** Sets whether it is an emergency request. */
    public LeaveRequestBuilder emergency(boolean value) {
        this.emergency = value;
        return this;
    }

    /** Sets when and by whom it was requested. */
    public LeaveRequestBuilder requested(Instant at, EmployeeId by) {
        this.requestedAt = at;
        this.requestedBy = by;
        return this;
    }

    /** Makes it decided. */
    public LeaveRequestBuilder decided(LeaveStatus outcome, EmployeeId by, Instant at, Optional<String> note) {
        this.status = outcome;
        this.decidedBy = Optional.of(by);
        this.decidedAt = Optional.of(at);
        this.decisionNote = note;
        return this;
    }

    /** Sets the optimistic-locking version. */
    public LeaveRequestBuilder version(long value) {
        this.version = value;
        return this;
    }

    /** The leave request. */
    public LeaveRequest build() {
        return new LeaveRequest(id, employee, startsAt, endsAt, reason, emergency, requestedAt, requestedBy, status,
                decidedBy, decidedAt, decisionNote, version);
    }
}
