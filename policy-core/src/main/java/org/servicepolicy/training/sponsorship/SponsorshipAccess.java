package org.servicepolicy.training.sponsorship;

/**
 * Who may do what with sponsorships (§4.1.2, §1.3.3). Each function answers without reading a
 * store.
 */
public final class SponsorshipAccess {
    private SponsorshipAccess() {
    }
}
