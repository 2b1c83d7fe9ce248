package org.servicepolicy.service;

/**
 * Where a request from another department stands (§2.2.1): open until answered; an answer the
 * requester returns as unclear opens it again; an answer accepted as clear closes it.
 */
public enum DepartmentRequestStatus {
    /** Waiting for an answer (again, after an answer was returned as unclear). */
    OPEN,
    /** Answered; waiting for the requester to accept it or return it as unclear. */
    ANSWERED,
    /** The requester accepted the answer as clear. */
    ACCEPTED
}
