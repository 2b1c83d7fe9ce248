package org.servicepolicy.policy;

/** The company rules a {@link ViolationType#COMPANY_RULE_VIOLATION} can break (§3.2.1). */
public enum RuleArea {
    ATTENDANCE, FINANCE, CONFIDENTIALITY, PERSONNEL,
    /** The service standards of §2.1 and §2.2, broken as a service supervision finding shows (§2.3.1). */
    SERVICE
}
