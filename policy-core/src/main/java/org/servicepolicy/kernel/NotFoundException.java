package org.servicepolicy.kernel;

/** The record a command or query names does not exist. */
public final class NotFoundException extends ServicePolicyException {
    private final String kind;
    private final String id;

    /** {@code kind} (e.g. "employee") with identifier {@code id} was not found. */
    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    /** What kind of record was looked for. */
    public String kind() {
        return kind;
    }

    /** The identifier looked for. */
    public String id() {
        return id;
    }

    @Override
    public String code() {
        return "not-found";
    }
}
