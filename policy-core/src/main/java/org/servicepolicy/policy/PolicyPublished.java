package org.servicepolicy.policy;

import java.time.Instant;
import java.util.Map;
import org.servicepolicy.kernel.DomainEvent;

/**
 * A new policy version was published.
 *
 * @param version       the new version's id
 * @param effectiveFrom from when it applies
 * @param publishedBy   who published it
 * @param occurredAt    when
 */
public record PolicyPublished(String version, Instant effectiveFrom, String publishedBy, Instant occurredAt)
        implements DomainEvent {
    @Override
    public String aggregateId() {
        return version;
    }

    @Override
    public Map<String, String> attributes() {
        return Map.of("effectiveFrom", effectiveFrom.toString(), "publishedBy", publishedBy);
    }
}
