package org.servicepolicy.policy;

/** The rewards the policy names (§3.3.2, §2.3.3). */
public enum RewardKind {
    HONOUR_CERTIFICATE, BONUS, PROMOTION_OPPORTUNITY, TRAINING_OPPORTUNITY,
    /** Publicised inside the company as a role model (§3.3.2): listed to every employee. */
    PUBLIC_COMMENDATION
}
