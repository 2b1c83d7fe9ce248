package org.servicepolicy.training;

/**
 * Who may do what with training (§4.1, §1.3.3). Each function answers without reading a store.
 */
public final class TrainingAccess {
    private TrainingAccess() {
    }
}
