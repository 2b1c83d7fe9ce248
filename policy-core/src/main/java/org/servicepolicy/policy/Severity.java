package org.servicepolicy.policy;

/** How serious a violation is (§3.3.3: penalties follow severity), lightest first. */
public enum Severity {
    MINOR, MODERATE, SERIOUS, GROSS
}
