package org.servicepolicy.service;

/** What a peer service problem report is about (§2.3.1). */
public enum ServiceReportSubjectKind {
    /** A colleague's service conduct; the reference is the colleague's employee id. */
    EMPLOYEE,
    /** A process; the reference names it in words. */
    PROCESS,
    /** A department's service; the reference is the department's id. */
    DEPARTMENT
}
