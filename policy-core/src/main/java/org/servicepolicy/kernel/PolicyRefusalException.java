package org.servicepolicy.kernel;

import java.util.Objects;
import java.util.Optional;

/**
 * The policy forbids the command (refusing a task without a reason, recording an absence that
 * approved leave covers, ...). Names the clause, the rule and, where one is at fault, the field.
 */
public final class PolicyRefusalException extends ServicePolicyException {
    private final String clauseId;
    private final String ruleId;
    private final String field;

    /** A refusal citing {@code clauseId} (e.g. {@code §3.2.2}) and {@code ruleId}. */
    public PolicyRefusalException(String clauseId, String ruleId, String message, String field) {
        super(message);
        this.clauseId = Objects.requireNonNull(clauseId, "clauseId");
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.field = field;
    }

    /** A refusal that no single input field caused. */
    public PolicyRefusalException(String clauseId, String ruleId, String message) {
        this(clauseId, ruleId, message, null);
    }

    @Override
    public Optional<String> clause() {
        return Optional.of(clauseId);
    }

    /** The rule that refused, e.g. {@code discipline.leave.covers}. */
    public String ruleId() {
        return ruleId;
    }

    /** The input field at fault, when there is one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    @Override
    public String code() {
        return "policy-refusal";
    }
}
