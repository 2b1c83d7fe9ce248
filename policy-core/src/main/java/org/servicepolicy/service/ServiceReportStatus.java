package org.servicepolicy.service;

/**
 * Where a peer service problem report stands (§2.3.1): OPEN until the service supervision group
 * rules on it once, CONFIRMED (its information is effective) or DISMISSED with a reason. Both
 * rulings are final.
 */
public enum ServiceReportStatus {
    OPEN, CONFIRMED, DISMISSED;

    /** The verb that moves a report into this status, for messages. */
    public String verb() {
        return switch (this) {
            case OPEN -> "file";
            case CONFIRMED -> "confirm";
            case DISMISSED -> "dismiss";
        };
    }
}
