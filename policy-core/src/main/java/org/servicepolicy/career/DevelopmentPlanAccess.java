package org.servicepolicy.career;

/**
 * Who may do what with development plans (§4.3.1, §1.3.3). Each function answers without reading
 * a store.
 */
public final class DevelopmentPlanAccess {
    private DevelopmentPlanAccess() {
    }
}
