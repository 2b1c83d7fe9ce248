package org.servicepolicy.policy;

/** What a training programme is for (§4.1, §4.2). */
public enum ProgrammeKind {
    /** Taken by a new hire during onboarding (§4.1.1). */
    NEW_HIRE,
    /** Taken again at a fixed interval while on post (§4.1.2, §4.2.2). */
    PERIODIC,
    /** Raises awareness of rules and compliance (§4.2.1). */
    AWARENESS,
    /** Taken after substandard service (§2.3.3). */
    REMEDIAL,
    /** Given outside the company (§4.1.2). */
    EXTERNAL
}
