package org.servicepolicy.policy;

/**
 * The objective task facts that lower an assessment component (§3.3.1), each with the clause it
 * breaks, the component it belongs to, and what one fact counts. Most count a task once,
 * however often the same shortfall recurs on it; a refusal ruled unjustified and a missed
 * progress report count each time, because each is a separate act or obligation (every such
 * refusal is also a violation on record).
 */
public enum TaskFactKind {
    /** A refusal ruled unjustified (§3.1.1): one per refusal, dated when it was made. */
    UNJUSTIFIED_REFUSAL("§3.1.1", AssessmentComponent.TASK_ACCEPTANCE, "each refusal ruled unjustified"),
    /**
     * A task whose deadline passed while it still awaited acceptance or refusal (§3.1.1: a task
     * may not be refused without reason, and silence gives none): one per task, dated at that
     * deadline.
     */
    UNANSWERED_ASSIGNMENT("§3.1.1", AssessmentComponent.TASK_ACCEPTANCE,
            "each task whose deadline passed before it was accepted or refused, once"),
    /**
     * A task whose terms the assignee asked to change without the policy's notice before the
     * deadline (§3.1.1: explain in advance): one per task, dated at its first late request.
     */
    LATE_ADJUSTMENT_REQUEST("§3.1.1", AssessmentComponent.TASK_ACCEPTANCE,
            "each task with an adjustment asked for late, once"),
    /**
     * A task delivered after its deadline (§3.1.2): one per task however often it was
     * resubmitted, dated at the deadline it missed.
     */
    LATE_COMPLETION("§3.1.2", AssessmentComponent.TASK_EXECUTION,
            "each task whose result was reported complete after its deadline, once"),
    /**
     * A task whose deadline passed and whose work is still owed when the facts are taken
     * (§3.1.2): one per task, dated at the deadline. Once delivered it is a late completion
     * instead, dated the same, so one lateness is deducted once.
     */
    OVERDUE("§3.1.2", AssessmentComponent.TASK_EXECUTION,
            "each task still owed after its deadline, once"),
    /** A progress report that was due and not made (§3.1.2): one per report period. */
    MISSED_PROGRESS_REPORT("§3.1.2", AssessmentComponent.TASK_EXECUTION, "each report period without a report"),
    /**
     * A task whose result was returned for rework because it missed the requirements (§3.1.3):
     * one per task however often it was returned, dated at the first return.
     */
    RETURNED_FOR_REWORK("§3.1.3", AssessmentComponent.TASK_EXECUTION,
            "each task whose result was returned for rework, once");

    private final String clause;
    private final AssessmentComponent component;
    private final String counts;

    TaskFactKind(String clause, AssessmentComponent component, String counts) {
        this.clause = clause;
        this.component = component;
        this.counts = counts;
    }

    /** The clause this fact falls short of. */
    public String clause() {
        return clause;
    }

    /** The component the fact's deduction lowers. */
    public AssessmentComponent component() {
        return component;
    }

    /** What one fact of this kind counts, in words: a task once, a refusal, a report period. */
    public String counts() {
        return counts;
    }
}
