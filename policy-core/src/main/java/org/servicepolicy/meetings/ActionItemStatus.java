package org.servicepolicy.meetings;

/** Where an action item stands (§5.1.2: action items are followed up). */
public enum ActionItemStatus {
    /** Still to be done. */
    OPEN,
    /** Its owner marked it done. */
    DONE
}
