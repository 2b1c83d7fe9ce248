package org.servicepolicy.policy;

/** The personal fault behind property damage (§3.2.2). */
public enum Fault {
    NEGLIGENCE, INTENT
}
