package org.servicepolicy.policy;

/**
 * The measurable service standards of §2.1, §2.2 and §2.3.2, each with the clause it makes measurable.
 * What each demands (a time, a count) and how serious falling short of it is are settings of
 * the policy's {@link ServiceStandardsPolicy service section}.
 */
public enum ServiceStandard {
    /** §2.1.1: a customer is received within the policy's waiting time. */
    RECEPTION_WAIT("§2.1.1"),
    /** §2.1.2: a reply promised to a customer is given by the promised time. */
    PROMISED_REPLY("§2.1.2"),
    /** §2.1.3: a business case is finished within the time stipulated for its business type. */
    CASE_TIME("§2.1.3"),
    /** §2.1.3: a customer makes no return trip for a document they were not told about. */
    NO_UNANNOUNCED_RETURN_TRIP("§2.1.3"),
    /** §2.1.4: a finished case is followed by a return visit within the policy's period. */
    RETURN_VISIT("§2.1.4"),
    /** §2.1.4: a problem a customer reports is followed until it is solved. */
    PROBLEM_FOLLOW_UP("§2.1.4"),
    /** §2.2.1: a request from another department is answered within the policy's working days. */
    CROSS_DEPARTMENT_REPLY("§2.2.1"),
    /** §2.2.2: important information is shared with the departments concerned, not withheld. */
    INFORMATION_SHARING("§2.2.2"),
    /** §2.3.2: customer feedback is handled within its stipulated times. */
    FEEDBACK_HANDLING("§2.3.2");

    private final String clause;

    ServiceStandard(String clause) {
        this.clause = clause;
    }

    /** The clause this standard makes measurable. */
    public String clause() {
        return clause;
    }
}
