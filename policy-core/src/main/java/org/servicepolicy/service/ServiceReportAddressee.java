package org.servicepolicy.service;

/** Whom a peer service problem report is addressed to (§2.3.1: "to the group or their superior"). */
public enum ServiceReportAddressee {
    /** The service supervision group. */
    SUPERVISION_GROUP,
    /** The reporter's direct supervisor when the report is filed; the group rules on it all the same. */
    SUPERIOR
}
