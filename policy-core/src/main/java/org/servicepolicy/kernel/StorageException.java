package org.servicepolicy.kernel;

/** An infrastructure failure in an adapter (database unreachable, constraint broken, ...). */
public final class StorageException extends ServicePolicyException {
    /** Wraps the adapter's failure. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String code() {
        return "storage-failure";
    }
}
