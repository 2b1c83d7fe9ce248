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
    PEER_REPORT,

    /**
     * A service record that fell short (§2.1.3, §2.1.4): a case finished late or still open past
     * its time, a return trip for a document the customer was not told about, a return visit not
     * done in time; the source id is the service case's.
     */
    SERVICE_RECORD,

    /**
     * Customer feedback (§2.3.2): a complaint ruled justified, or an item not handled within its
     * stipulated time; the source id is the feedback item's.
     */
    CUSTOMER_FEEDBACK
}
