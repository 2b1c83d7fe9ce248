package org.servicepolicy.policy;

/**
 * The objective task facts that lower an assessment component (§3.3.1), each with the clause it
 * breaks and the component it belongs to.
 */
public enum TaskFactKind {
    /** A task refused without a valid reason (§3.1.1). */
    UNJUSTIFIED_REFUSAL("§3.1.1", AssessmentComponent.TASK_ACCEPTANCE),
    /** A task completed after its deadline (§3.1.2). */
    LATE_COMPLETION("§3.1.2", AssessmentComponent.TASK_EXECUTION),
    /** A progress report that was due and not made (§3.1.2). */
    MISSED_PROGRESS_REPORT("§3.1.2", AssessmentComponent.TASK_EXECUTION),
    /** A result returned for rework because it missed the requirements (§3.1.3). */
    RETURNED_FOR_REWORK("§3.1.3", AssessmentComponent.TASK_EXECUTION);

    private final String clause;
    private final AssessmentComponent component;

    TaskFactKind(String clause, AssessmentComponent component) {
        this.clause = clause;
        this.component = component;
    }

    /** The clause this fact falls short of. */
    public String clause() {
        return clause;
    }

    /** The component the fact's deduction lowers. */
    public AssessmentComponent component() {
        return component;
    }
}
