package org.servicepolicy.policy;

/**
 * The kinds of violation the policy names, each with the clause it breaks and what the
 * recorder must state. How severe each is comes from the {@link DisciplinePolicy} in force.
 */
public enum ViolationType {
    /** Lateness (§3.2.2); needs the minutes late. */
    LATE_ARRIVAL("§3.2.2", Measure.MINUTES),
    /** Leaving early (§3.2.2); needs the minutes missed. */
    EARLY_LEAVE("§3.2.2", Measure.MINUTES),
    /** Absenteeism (§3.2.2); needs the consecutive days absent. */
    ABSENTEEISM("§3.2.2", Measure.DAYS),
    /** Leave taken without requesting it in advance (§3.2.2). */
    LEAVE_NOT_REQUESTED_IN_ADVANCE("§3.2.2", Measure.NONE),
    /** Games, browsing or chatting at work (§3.2.2). */
    NON_WORK_ACTIVITY("§3.2.2", Measure.NONE),
    /** Missing a meeting or training (§3.1.1). */
    MEETING_OR_TRAINING_ABSENCE("§3.1.1", Measure.NONE),
    /** Disclosing business, technical or customer information (§3.2.2). */
    CONFIDENTIALITY_BREACH("§3.2.2", Measure.NONE),
    /** Damage to company property through personal fault (§3.2.2); needs the damage. */
    PROPERTY_DAMAGE("§3.2.2", Measure.DAMAGE),
    /** Breaking a company rule (§3.2.1); the recorder gives the severity and the rule area. */
    COMPANY_RULE_VIOLATION("§3.2.1", Measure.RECORDER_SEVERITY),
    /** Refusing a task without a valid reason (§3.1.1); recorded by the task capability. */
    TASK_REFUSED_WITHOUT_VALID_REASON("§3.1.1", Measure.NONE);

    /** What the recorder must give besides the type. */
    public enum Measure {
        NONE, MINUTES, DAYS, DAMAGE, RECORDER_SEVERITY
    }

    private final String clause;
    private final Measure measure;

    ViolationType(String clause, Measure measure) {
        this.clause = clause;
        this.measure = measure;
    }

    /** The clause this kind of violation breaks. */
    public String clause() {
        return clause;
    }

    /** What the recorder must give besides the type. */
    public Measure measure() {
        return measure;
    }

    /** Whether approved leave excuses this kind of violation (§3.2.2). */
    public boolean excusedByLeave() {
        return this == LATE_ARRIVAL || this == EARLY_LEAVE || this == ABSENTEEISM;
    }
}
