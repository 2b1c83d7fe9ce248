package org.servicepolicy.career;

/**
 * Who may do what with internal selections (§4.3.2, §1.3.3). Each function answers without reading
 * a store.
 */
public final class SelectionAccess {
    private SelectionAccess() {
    }
}
