package org.servicepolicy.policy;

/** The company rules a {@link ViolationType#COMPANY_RULE_VIOLATION} can break (§3.2.1). */
public enum RuleArea {
    ATTENDANCE, FINANCE, CONFIDENTIALITY, PERSONNEL
}
