package org.servicepolicy.training.sponsorship;

import org.servicepolicy.kernel.DecisionKind;

/**
 * §4.1.2: external professional training is encouraged, and the company supports its cost as
 * appropriate. Pure: each function decides from the facts loaded and the stamp.
 */
public final class SponsorshipRules {
    /** The decision kind of HR's decision on a request. */
    public static final DecisionKind DECISION = DecisionKind.of("training.sponsorship-decision");
    /** The decision kind of what a leaver owes back. */
    public static final DecisionKind REPAYMENT = DecisionKind.of("training.sponsorship-repayment");

    private SponsorshipRules() {
    }
}
