package org.servicepolicy.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.kernel.UnitOfWork;

/**
 * The sweep of service records (§2.1.3, §2.1.4), run by the host on a schedule: a case still
 * open after its stipulated time, or a return visit still owed after its period, becomes a
 * finding in the handler's record, escalated like any finding. Each case is swept in its own
 * transaction; each shortfall is marked once ({@link ServiceRecordStore#markOnce}), whether by
 * this sweep, a sweep of another instance at the same moment, or the late act itself.
 */
public final class ServiceSweep {
    private final UnitOfWork<ServiceRecordStores> work;
    private final ServiceRecordFindings findings;

    /** Sweeps through {@code work}, recording proposed violations through {@code violations}. */
    public ServiceSweep(UnitOfWork<ServiceRecordStores> work, FindingViolations violations) {
        this.work = Objects.requireNonNull(work, "work");
        this.findings = new ServiceRecordFindings(work, Objects.requireNonNull(violations, "violations"));
    }

    /**
     * Marks, as of {@code asOf}, every shortfall due and not yet marked, and makes its finding.
     * Idempotent: a second sweep over the same records marks nothing.
     *
     * @param asOf the instant to sweep for; not after the clock's present
     */
    public ServiceSweepResult sweep(Instant asOf) {
        var now = StoredPrecision.truncate(Objects.requireNonNull(asOf, "asOf"));
        var present = work.now();
        if (now.isAfter(present)) {
            throw InvalidInputException.of("asOf", "must not be in the future (now is " + present + ")");
        }
        var marked = new ArrayList<ServiceRecordMark>();
        var made = new ArrayList<ServiceFinding>();
        var proposed = new ArrayList<FindingViolation>();
        for (var candidate : work.stores().records().dueForSweep(now)) {
            var result = work.together(() -> {
                var changed = work.run(ServiceRecordFindings.RECORDS, now, s -> s.records().find(candidate.id())
                        .orElseThrow(), (serviceCase, stamp) -> ServiceRecordRules.sweep(serviceCase, now));
                changed.shortfalls().forEach(shortfall -> marked.add(new ServiceRecordMark(shortfall.serviceCase(),
                        shortfall.standard(), shortfall.at(), now)));
                return findings.make(now, changed);
            });
            made.addAll(result.findings());
            proposed.addAll(result.violations());
        }
        return new ServiceSweepResult(now, marked, made, proposed);
    }

    /** Runs the sweep now on request of {@code actor}: the service supervision group or HR. */
    public ServiceSweepResult sweepNow(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(ServiceRecordAccess.maySweep(actor));
        return sweep(work.now());
    }
}
