package org.servicepolicy.service.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.assessment.CycleScope;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.Employee;

/**
 * A period of the periodic service evaluation (§2.3.3): whom it covers, over which days, and
 * whether HR has finalised it.
 *
 * @param id          identifier
 * @param name        what HR calls it
 * @param from        first day, in {@code zone}
 * @param to          last day, in {@code zone}
 * @param zone        the company's zone when it was opened
 * @param scope       the whole company or a list of departments
 * @param status      open or finalised
 * @param openedAt    when it was opened
 * @param openedBy    who opened it
 * @param finalisedAt when it was finalised
 * @param finalisedBy who finalised it
 * @param version     the stored version, for optimistic locking (0 before it is stored)
 */
public record ServiceEvaluationPeriod(ServiceEvaluationPeriodId id, String name, LocalDate from, LocalDate to,
                                      ZoneId zone, CycleScope scope, Status status, Instant openedAt,
                                      EmployeeId openedBy, Optional<Instant> finalisedAt,
                                      Optional<EmployeeId> finalisedBy, long version) {
    /** Whether scores are still taken, or the results are final. */
    public enum Status {
        /** Scores are taken. */
        OPEN,
        /** The results are stored; nothing changes any more. */
        FINALISED
    }

    /** Requires every part, a last day not before the first, and a finaliser exactly when finalised. */
    public ServiceEvaluationPeriod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(finalisedAt, "finalisedAt");
        Objects.requireNonNull(finalisedBy, "finalisedBy");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its first day");
        }
        if ((status == Status.FINALISED) != (finalisedAt.isPresent() && finalisedBy.isPresent())) {
            throw new IllegalArgumentException("a finalised period names when and by whom, an open one does not");
        }
    }

    /** The first instant of the period. */
    public Instant startsAt() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant closesAt() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether the period has ended at {@code at}. */
    public boolean endedBy(Instant at) {
        return !closesAt().isAfter(at);
    }

    /** Whether this period and {@code other} cover someone in common on a common day. */
    public boolean overlaps(ServiceEvaluationPeriod other) {
        return scope.overlaps(other.scope) && !from.isAfter(other.to) && !other.from.isAfter(to);
    }

    /** Whether {@code employee} (as they stand) is evaluated in this period: in scope, hired by its last day. */
    public boolean evaluates(Employee employee) {
        return scope.covers(employee.department()) && !employee.hireDate().isAfter(to) && employee.status().employed();
    }

    /** This period finalised at {@code at} by {@code by}. */
    public ServiceEvaluationPeriod finalised(Instant at, EmployeeId by) {
        return new ServiceEvaluationPeriod(id, name, from, to, zone, scope, Status.FINALISED, openedAt, openedBy,
                Optional.of(at), Optional.of(by), version);
    }
}
