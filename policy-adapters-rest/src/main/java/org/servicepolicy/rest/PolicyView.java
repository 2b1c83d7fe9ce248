package org.servicepolicy.rest;

import java.time.Instant;
import java.util.Map;
import org.servicepolicy.policy.PolicyDefinition;

/**
 * A policy version (§1.3.4) with every setting.
 *
 * @param version       its id
 * @param effectiveFrom from when it applies
 * @param settings      every setting, sorted by key
 */
public record PolicyView(String version, Instant effectiveFrom, Map<String, String> settings) {
    /** The view of {@code definition}. */
    public static PolicyView of(PolicyDefinition definition) {
        return new PolicyView(definition.version(), definition.effectiveFrom(), definition.settings());
    }
}
