package org.servicepolicy.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmploymentStatus;

/**
 * One periodic compliance assessment (§3.3.1) of a scope over a period of days.
 *
 * @param id          identifier
 * @param name        a label such as {@code 2026-Q4}
 * @param from        the period's first day
 * @param to          the period's last day
 * @param zone        the zone in which the days are counted (the policy's, when opened)
 * @param scope       the whole company or a list of departments
 * @param status      open or finalized
 * @param openedAt    when HR opened it
 * @param openedBy    who opened it
 * @param finalizedAt when it was finalized
 * @param finalizedBy who finalized it
 * @param version     optimistic-locking version, 0 before the first save
 */
public record AssessmentCycle(AssessmentCycleId id, String name, LocalDate from, LocalDate to, ZoneId zone,
                              CycleScope scope, CycleStatus status, Instant openedAt, EmployeeId openedBy,
                              Optional<Instant> finalizedAt, Optional<EmployeeId> finalizedBy, long version) {
    /** Requires every part and a period that does not end before it starts. */
    public AssessmentCycle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(finalizedAt, "finalizedAt");
        Objects.requireNonNull(finalizedBy, "finalizedBy");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a cycle's period ends on or after its first day");
        }
    }

    /** The first instant of the period. */
    public Instant startsAt() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period (exclusive end). */
    public Instant closesAt() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The last instant of the period: the policy version in force then grades it. */
    public Instant lastInstant() {
        return closesAt().minusNanos(1);
    }

    /** Whether {@code instant} falls in the period. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(startsAt()) && instant.isBefore(closesAt());
    }

    /**
     * Whether the cycle assesses {@code employee} (§3.3.1): on post in its scope and hired on or
     * before its last day.
     */
    public boolean assesses(Employee employee) {
        return scope.covers(employee.department()) && employee.status() == EmploymentStatus.ON_POST
                && !employee.hireDate().isAfter(to);
    }

    /** Whether this cycle's days and {@code other}'s share a day. */
    public boolean overlapsInTime(AssessmentCycle other) {
        return !to.isBefore(other.from) && !other.to.isBefore(from);
    }

    /**
     * This cycle, finalized.
     *
     * @throws ConflictException when it is not open
     */
    public AssessmentCycle finalized(Instant at, EmployeeId by) {
        if (status != CycleStatus.OPEN) {
            throw ConflictException.illegalTransition("assessment cycle", id, status, "finalize");
        }
        return new AssessmentCycle(id, name, from, to, zone, scope, CycleStatus.FINALIZED, openedAt, openedBy,
                Optional.of(at), Optional.of(by), version);
    }
}
