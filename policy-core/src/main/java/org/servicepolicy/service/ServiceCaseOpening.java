package org.servicepolicy.service;

import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: open a service case (§2.1.3). It is opened now, by the clock: nobody dates their own
 * case. {@link #requireValid} lists every problem of its form at once; whether the business type
 * is one the policy knows is decided with the policy in force.
 *
 * @param businessType one of the policy's business types, e.g. {@code ENQUIRY}
 * @param customerRef  the company's own reference of the customer: an opaque reference, at most
 *                     {@link #CUSTOMER_REF_MAX} characters, no personal data beyond what the company chooses
 * @param handlerId    the employee handling the case; null for the caller themself
 */
public record ServiceCaseOpening(String businessType, String customerRef, String handlerId) {
    /** The longest customer reference. */
    public static final int CUSTOMER_REF_MAX = 100;

    /** Throws {@code InvalidInputException} listing every problem of the command's form. */
    public void requireValid() {
        new Inputs().notBlank(businessType, "businessType").text(customerRef, "customerRef")
                .require(customerRef == null || customerRef.strip().length() <= CUSTOMER_REF_MAX, "customerRef",
                        "is at most " + CUSTOMER_REF_MAX + " characters")
                .require(handlerId == null || Ids.isValid(handlerId), "handlerId", "is not a valid id")
                .throwIfAny();
    }
}
