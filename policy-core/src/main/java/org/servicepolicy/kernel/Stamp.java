package org.servicepolicy.kernel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link UnitOfWork} hands a decide step: who acts, the one instant of the command, and
 * new identifiers, with the means to stamp decisions and audit lines alike everywhere.
 */
public final class Stamp {
    private final Actor actor;
    private final Instant now;
    private final IdGenerator ids;

    /** A stamp for {@code actor} at {@code now}, drawing identifiers from {@code ids}. */
    public Stamp(Actor actor, Instant now, IdGenerator ids) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.now = Objects.requireNonNull(now, "now");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Who acts. */
    public Actor actor() {
        return actor;
    }

    /** The instant of the command: every record, decision, event and audit line of it carries this one. */
    public Instant now() {
        return now;
    }

    /** A new identifier. */
    public String nextId() {
        return ids.next();
    }

    /**
     * A decision taken now by the actor, with a new id.
     *
     * @param policyVersion the version applied: the one in force at {@code factAt}
     * @param factAt        when the deciding fact happened
     */
    public Decision decision(DecisionKind kind, EmployeeId subject, String outcome, List<Reason> reasons,
                             String policyVersion, Instant factAt) {
        return new Decision(DecisionId.of(nextId()), kind, subject, outcome, reasons, policyVersion, factAt, now,
                Optional.of(actor.id()));
    }

    /** An audit line: the actor did {@code action} to the record {@code subjectType} {@code subjectId} now. */
    public AuditEntry audit(String action, String subjectType, String subjectId, String detail) {
        return new AuditEntry(now, actor.id(), action, subjectType, subjectId, detail);
    }
}
