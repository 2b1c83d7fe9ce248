package org.servicepolicy.policy;

import java.util.List;

/** Port: the published policy versions. The {@link StandardPolicy} is implied and never stored. */
public interface PolicyCatalog {
    /** Stores a new version; an existing version id is a {@link org.servicepolicy.kernel.ConflictException}. */
    void add(PolicyDefinition definition);

    /** Every stored version, ordered by {@code effectiveFrom}. */
    List<PolicyDefinition> all();
}
