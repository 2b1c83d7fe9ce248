package org.servicepolicy.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.assessment.AssessmentCycle;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.CycleScope;
import org.servicepolicy.assessment.CycleStatus;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;

/** Builds an {@link AssessmentCycle}; start from {@link Fixtures#assessmentCycle(String)}. */
public final class AssessmentCycleBuilder {
    private final AssessmentCycleId id;
    private String name = "2025-Q1 合规评估";
    private LocalDate from = LocalDate.of(2025, 1, 1);
    private LocalDate to = LocalDate.of(2025, 3, 31);
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private CycleScope scope = CycleScope.company();
    private Instant openedAt = Fixtures.T0;
    private EmployeeId openedBy = Fixtures.HR;
    private Optional<Instant> finalizedAt = Optional.empty();
    private Optional<EmployeeId> finalizedBy = Optional.empty();
    private long version;

    AssessmentCycleBuilder(AssessmentCycleId id) {
        this.id = id;
    }

    /** Sets the label. */
    public AssessmentCycleBuilder name(String value) {
        this.name = value;
        return this;
    }

    /** Sets the period's first and last day. */
    public AssessmentCycleBuilder period(LocalDate first, LocalDate last) {
        this.from = first;
        this.to = last;
        return this;
    }

    /** Sets the zone in which the days are counted. */
    public AssessmentCycleBuilder zone(ZoneId value) {
        this.zone = value;
        return this;
    }

    /** Covers the whole company (the default). */
    public AssessmentCycleBuilder wholeCompany() {
        this.scope = CycleScope.company();
        return this;
    }

    /** Covers only {@code departments}. */
    public AssessmentCycleBuilder departments(DepartmentId... departments) {
        this.scope = CycleScope.of(Set.copyOf(Arrays.asList(departments)));
        return this;
    }

    /** Sets when and by whom it was opened. */
    public AssessmentCycleBuilder opened(Instant at, EmployeeId by) {
        this.openedAt = at;
        this.openedBy = by;
        return this;
    }

    /** Makes it finalized at {@code at} by {@code by}. */
    public AssessmentCycleBuilder finalized(Instant at, EmployeeId by) {
        this.finalizedAt = Optional.of(at);
        this.finalizedBy = Optional.of(by);
        return this;
    }

    /** Sets the optimistic-locking version. */
    public AssessmentCycleBuilder version(long value) {
        this.version = value;
        return this;
    }

    /** The cycle: OPEN, or FINALIZED when {@link #finalized(Instant, EmployeeId)} was called. */
    public AssessmentCycle build() {
        var status = finalizedAt.isPresent() ? CycleStatus.FINALIZED : CycleStatus.OPEN;
        return new AssessmentCycle(id, name, from, to, zone, scope, status, openedAt, openedBy, finalizedAt,
                finalizedBy, version);
    }
}
