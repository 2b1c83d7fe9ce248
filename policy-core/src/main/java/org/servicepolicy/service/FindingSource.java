package org.servicepolicy.service;

/**
 * Where a service finding comes from. Supervision is the first source; the service records'
 * sweep and customer feedback handling (§2.3.2) add theirs, each naming its own record as the
 * finding's source id.
 */
public enum FindingSource {
    /** An observation of the service supervision group (§2.3.1); the source id is the observation's. */
    SUPERVISION,
    /**
     * A peer's service problem report the service supervision group confirmed (§2.3.1); the
     * source id is the report's.
     */
    PEER_REPORT
}
