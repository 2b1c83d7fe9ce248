package org.servicepolicy.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import org.servicepolicy.policy.AssessmentComponent;

/**
 * A decimal value per component of §3.3.1 (a group's mean scores, or final component scores).
 *
 * @param taskAcceptance     for accepting tasks
 * @param taskExecution      for executing tasks
 * @param rulesAndDiscipline for rules and discipline
 */
public record ComponentValues(BigDecimal taskAcceptance, BigDecimal taskExecution, BigDecimal rulesAndDiscipline) {
    /** Requires every part. */
    public ComponentValues {
        Objects.requireNonNull(taskAcceptance, "taskAcceptance");
        Objects.requireNonNull(taskExecution, "taskExecution");
        Objects.requireNonNull(rulesAndDiscipline, "rulesAndDiscipline");
    }

    /** The value of {@code component}. */
    public BigDecimal of(AssessmentComponent component) {
        return switch (component) {
            case TASK_ACCEPTANCE -> taskAcceptance;
            case TASK_EXECUTION -> taskExecution;
            case RULES_AND_DISCIPLINE -> rulesAndDiscipline;
        };
    }
}
