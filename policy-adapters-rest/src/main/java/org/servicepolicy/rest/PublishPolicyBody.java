package org.servicepolicy.rest;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/policies} (§1.3.4): a new policy version.
 *
 * @param version       the new version's id
 * @param effectiveFrom from when it applies (ISO-8601 instant, not in the past)
 * @param settings      the settings that change, on top of the version in force at
 *                      {@code effectiveFrom}; {@code {}} for none
 */
public record PublishPolicyBody(String version, Instant effectiveFrom,
                                @NotNull(message = "is required; an empty object publishes no changes") Map<String, String> settings) {
}
