/**
 * Idempotent commands: a key the caller chooses makes a retried command answer with the first
 * result instead of running again, so that a request repeated after a lost answer never records
 * a violation, a penalty proposal or any other record twice.
 *
 * <p>{@link org.servicepolicy.idempotency.IdempotencyService} is the use case, and
 * {@link org.servicepolicy.idempotency.IdempotencyRecords} the port that keeps the keys; a
 * driving adapter (the REST API's {@code Idempotency-Key} header) decides what a request's
 * fingerprint and stored response are.
 */
package org.servicepolicy.idempotency;
