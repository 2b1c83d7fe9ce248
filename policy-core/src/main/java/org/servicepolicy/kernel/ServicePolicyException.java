package org.servicepolicy.kernel;

import java.util.Optional;

/** The root of every error the library reports; adapters map each subtype to a response. */
public abstract sealed class ServicePolicyException extends RuntimeException
        permits InvalidInputException, PolicyRefusalException, NotFoundException, ConflictException,
        AccessDeniedException, StorageException {

    protected ServicePolicyException(String message) {
        super(message);
    }

    protected ServicePolicyException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A stable, machine-readable code for the kind of error (used as the problem type). */
    public abstract String code();

    /** The policy clause behind the error, when the policy itself is the reason. */
    public Optional<String> clause() {
        return Optional.empty();
    }
}
