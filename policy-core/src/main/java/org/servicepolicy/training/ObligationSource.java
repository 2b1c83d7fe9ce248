package org.servicepolicy.training;

/** Why an employee owes a programme. */
public enum ObligationSource {
    /** A programme passed before going on post (§4.1.1), due within its period of the hire. */
    NEW_HIRE,
    /** A programme taken again (§4.1.2, §4.2.2), due from the last completion's expiry or from going on post. */
    RECURRING,
    /** Remedial training an open follow-up of the service evaluation asks for (§2.3.3). */
    REMEDIAL
}
