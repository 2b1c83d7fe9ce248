package org.servicepolicy.rest;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.servicepolicy.policy.Fault;

/**
 * The assessed damage of a PROPERTY_DAMAGE violation (§3.2.2). When the object is given, all
 * three members are required.
 *
 * @param amount   the assessed cost, positive
 * @param currency its ISO-4217 code, which must be the policy's currency
 * @param fault    NEGLIGENCE or INTENT
 */
public record DamageBody(@NotNull(message = "is required") BigDecimal amount,
                         @NotNull(message = "is required") String currency,
                         @NotNull(message = "is required") Fault fault) {
}
