package org.servicepolicy.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.service.ReturnVisit;
import org.servicepolicy.service.ServiceCase;
import org.servicepolicy.service.ServiceCaseCommitment;
import org.servicepolicy.service.ServiceCaseId;
import org.servicepolicy.service.ServiceCaseReturnTrip;

/** Builds a {@link ServiceCase}; start from {@link Fixtures#serviceCase(String)}. */
public final class ServiceCaseBuilder {
    private final String id;
    private String businessType = "STANDARD";
    private String customerRef = "C-1001";
    private EmployeeId handler = Fixtures.EMPLOYEE;
    private Instant openedAt = Fixtures.T0;
    private Instant dueAt = Fixtures.T0.plus(Duration.ofHours(72));
    private Optional<Instant> finishedAt = Optional.empty();
    private final List<ServiceCaseReturnTrip> trips = new ArrayList<>();
    private final List<ServiceCaseCommitment> commitments = new ArrayList<>();
    private Optional<ReturnVisit> visit = Optional.empty();

    ServiceCaseBuilder(String id) {
        this.id = id;
    }

    /** Sets the business type. */
    public ServiceCaseBuilder businessType(String value) {
        this.businessType = value;
        return this;
    }

    /** Sets the customer reference. */
    public ServiceCaseBuilder customerRef(String value) {
        this.customerRef = value;
        return this;
    }

    /** Sets the employee handling it. */
    public ServiceCaseBuilder handler(EmployeeId value) {
        this.handler = value;
        return this;
    }

    /** Sets when it was opened. */
    public ServiceCaseBuilder openedAt(Instant value) {
        this.openedAt = value;
        return this;
    }

    /** Sets by when it is due. */
    public ServiceCaseBuilder dueAt(Instant value) {
        this.dueAt = value;
        return this;
    }

    /** Finishes it at {@code at}, its return visit owed by {@code visitDue}. */
    public ServiceCaseBuilder finished(Instant at, Instant visitDue) {
        this.finishedAt = Optional.of(at);
        this.visit = Optional.of(ReturnVisit.owed(visitDue));
        return this;
    }

    /** Records its return visit as done (it must be finished). */
    public ServiceCaseBuilder visitDone(Instant at, int satisfaction, String notes, EmployeeId by) {
        this.visit = Optional.of(visit.orElseThrow().doneAt(at, satisfaction, notes, by));
        return this;
    }

    /** Adds a return trip. */
    public ServiceCaseBuilder returnTrip(ServiceCaseReturnTrip.Cause cause, String note, Instant at, EmployeeId by) {
        trips.add(new ServiceCaseReturnTrip(cause, note, at, by));
        return this;
    }

    /** Adds a reply promised at {@code at} by {@link Fixtures#EMPLOYEE} for {@code replyBy}, given at {@code repliedAt} if not null. */
    public ServiceCaseBuilder commitment(String promise, Instant at, Instant replyBy, Instant repliedAt) {
        commitments.add(new ServiceCaseCommitment(commitments.size() + 1, promise, at, replyBy,
                Optional.ofNullable(repliedAt), Fixtures.EMPLOYEE));
        return this;
    }

    /** The case, at version 0 (the store sets its own). */
    public ServiceCase build() {
        return new ServiceCase(ServiceCaseId.of(id), businessType, customerRef, handler, openedAt, dueAt, "v1",
                finishedAt, trips, commitments, visit, 0);
    }
}
