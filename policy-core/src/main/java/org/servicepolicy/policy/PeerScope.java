package org.servicepolicy.policy;

/**
 * Who counts as a peer, a colleague who may give a peer evaluation (§3.3.1). In every scope a
 * peer is neither a superior nor a subordinate of the evaluated employee up or down the
 * reporting line.
 */
public enum PeerScope {
    /**
     * Colleagues of the same department; for a department manager (category MANAGER), whose
     * department colleagues report to them, colleagues of other departments.
     */
    DEPARTMENT,
    /** Colleagues anywhere in the company. */
    COMPANY
}
