package org.servicepolicy.service.evaluation;

import org.servicepolicy.kernel.Ids;

/** Identifies a service evaluation period (§2.3.3). */
public record ServiceEvaluationPeriodId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public ServiceEvaluationPeriodId {
        Ids.requireValid("ServiceEvaluationPeriodId", value);
    }

    /** Shorthand for {@code new ServiceEvaluationPeriodId(value)}. */
    public static ServiceEvaluationPeriodId of(String value) {
        return new ServiceEvaluationPeriodId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
