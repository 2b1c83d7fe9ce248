package org.servicepolicy.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Every known policy version, read once: a use case whose decisions have different deciding
 * facts (each covered violation of an approved leave) picks for each the version in force at
 * its own fact, without reading the catalog again.
 *
 * @param all the versions, the standard one first, then by {@code effectiveFrom}
 */
public record PolicyVersions(List<PolicyDefinition> all) {
    /** Copies the versions and requires at least one. */
    public PolicyVersions {
        all = List.copyOf(all);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("the standard policy is always known");
        }
    }

    /** The version in force at {@code instant}: the latest whose {@code effectiveFrom} is not after it. */
    public PolicyDefinition inForceAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        PolicyDefinition inForce = null;
        for (var definition : all) {
            if (!definition.effectiveFrom().isAfter(instant)) {
                inForce = definition;
            }
        }
        return Objects.requireNonNull(inForce, "the standard policy is in force from the epoch");
    }
}
