package org.servicepolicy.suggestions;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an employee suggestion (§5.2.1): SUBMITTED → UNDER_REVIEW (HR assigns a
 * reviewer; HR may assign another while it is under review) → ADOPTED or DECLINED with a reason.
 * ADOPTED and DECLINED are final.
 */
public enum SuggestionStatus {
    SUBMITTED, UNDER_REVIEW, ADOPTED, DECLINED;

    /** The statuses reachable from this one. */
    public Set<SuggestionStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(UNDER_REVIEW, ADOPTED, DECLINED);
            case ADOPTED, DECLINED -> EnumSet.noneOf(SuggestionStatus.class);
        };
    }

    /** The verb that moves a suggestion into this status, for messages. */
    public String verb() {
        return switch (this) {
            case SUBMITTED -> "submit";
            case UNDER_REVIEW -> "assign a reviewer to";
            case ADOPTED -> "adopt";
            case DECLINED -> "decline";
        };
    }
}
