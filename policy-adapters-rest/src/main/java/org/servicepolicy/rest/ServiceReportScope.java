package org.servicepolicy.rest;

/** Which service reports {@code GET /api/v1/service-reports} lists (§2.3.1). */
public enum ServiceReportScope {
    /** Those the caller filed. */
    FILED,
    /** Those addressed to the caller as the reporter's superior. */
    ADDRESSED,
    /** Every report (the supervision group and HR). */
    ALL
}
