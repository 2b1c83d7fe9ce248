package org.servicepolicy.kernel;

/**
 * The command clashes with the current state: a concurrent update won (optimistic locking), a
 * record with that identifier exists, or a lifecycle does not allow the transition.
 */
public final class ConflictException extends ServicePolicyException {
    private final String reason;

    private ConflictException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Someone else changed {@code kind} {@code id} since it was read. */
    public static ConflictException staleVersion(String kind, Object id) {
        return new ConflictException("stale-version", kind + " " + id + " was changed by someone else; read it again");
    }

    /** A {@code kind} with identifier {@code id} exists already. */
    public static ConflictException duplicate(String kind, Object id) {
        return new ConflictException("duplicate", kind + " " + id + " exists already");
    }

    /** A lifecycle refuses to move from its current state. */
    public static ConflictException illegalTransition(String kind, Object id, Object from, String action) {
        return new ConflictException("illegal-transition",
                "cannot " + action + " " + kind + " " + id + " while it is " + from);
    }

    /** What kind of conflict: {@code stale-version}, {@code duplicate} or {@code illegal-transition}. */
    public String reason() {
        return reason;
    }

    @Override
    public String code() {
        return reason;
    }
}
