package org.servicepolicy.rest;

import java.math.BigDecimal;
import org.servicepolicy.assessment.ComponentValues;

/**
 * A decimal value for each component of §3.3.1: an evaluator group's mean scores, or a grade's
 * component scores.
 *
 * @param taskAcceptance     accepting tasks (§3.1.1)
 * @param taskExecution      executing and completing tasks (§3.1.2, §3.1.3)
 * @param rulesAndDiscipline observing rules and discipline (§3.2)
 */
public record ComponentValuesView(BigDecimal taskAcceptance, BigDecimal taskExecution,
                                  BigDecimal rulesAndDiscipline) {
    /** The view of {@code values}. */
    public static ComponentValuesView of(ComponentValues values) {
        return new ComponentValuesView(values.taskAcceptance(), values.taskExecution(), values.rulesAndDiscipline());
    }
}
