package org.servicepolicy.kernel;

/** The actor's roles do not allow the command or query. */
public final class AccessDeniedException extends ServicePolicyException {
    /** {@code message} says what was refused and which role would be needed. */
    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "access-denied";
    }
}
