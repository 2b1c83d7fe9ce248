package org.servicepolicy.discipline;

import java.util.Objects;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.policy.Fault;

/**
 * Assessed damage to company property and the fault behind it (§3.2.2).
 *
 * @param assessed the assessed cost of the damage
 * @param fault    negligence or intent
 */
public record Damage(Money assessed, Fault fault) {
    /** Requires a positive amount and a fault. */
    public Damage {
        Objects.requireNonNull(assessed, "assessed");
        Objects.requireNonNull(fault, "fault");
        if (assessed.amount().signum() <= 0) {
            throw new IllegalArgumentException("assessed damage must be positive");
        }
    }
}
