package org.servicepolicy.rest;

import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code POST /api/v1/public/feedback/{token}/acceptance} (§2.3.2, §2.3.3): the customer
 * accepts the result reported.
 *
 * @param score how satisfied they are, 1 (poor) to 5 (excellent)
 */
public record FeedbackScoreBody(@NotNull(message = "is required") Integer score) {
}
