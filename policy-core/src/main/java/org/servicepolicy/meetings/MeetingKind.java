package org.servicepolicy.meetings;

/** The regular meetings the policy names (§5.1.2, §2.2.2). */
public enum MeetingKind {
    /** The whole company; names no department. */
    COMPANY,
    /** One department's meeting; names exactly that department. */
    DEPARTMENT,
    /** A meeting between departments (§2.2.2); names two departments or more. */
    CROSS_DEPARTMENT
}
