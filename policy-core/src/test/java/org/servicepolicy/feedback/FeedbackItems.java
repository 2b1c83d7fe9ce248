package org.servicepolicy.feedback;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.FeedbackNature;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;

/** Feedback items and policies for the rule tests: the standard policy (UTC, 09:00-12:00 and 13:30-18:00). */
final class FeedbackItems {
    /** Monday 4 May 2026, 11:00 UTC: a working morning. */
    static final Instant MONDAY_11 = Instant.parse("2026-05-04T11:00:00Z");
    static final DepartmentId SERVICE = DepartmentId.of("service");
    static final EmployeeId RECORDER = EmployeeId.of("recorder");
    static final EmployeeId HANDLER = EmployeeId.of("handler");
    static final EmployeeId CONCERNED = EmployeeId.of("concerned");

    private FeedbackItems() {
    }

    /** The standard policy. */
    static PolicyDefinition policy() {
        return policy(Map.of());
    }

    /** The standard policy with {@code changes}. */
    static PolicyDefinition policy(Map<String, String> changes) {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.putAll(changes);
        return PolicyDefinition.of(StandardPolicy.VERSION, Instant.EPOCH, settings);
    }

    /** A {@code severity} hotline complaint about {@link #CONCERNED}, received at {@code at}, routed to {@link #SERVICE}. */
    static FeedbackItem routed(String severity, Instant at) {
        return new FeedbackItem(FeedbackItemId.of("f-1"), FeedbackChannel.COMPLAINT_HOTLINE, FeedbackNature.COMPLAINT,
                severity, "general", "Rude at the counter", "The clerk would not listen.", Optional.of("1234567"),
                List.of(CONCERNED), at, Optional.of(RECORDER), StandardPolicy.VERSION, Optional.of(SERVICE),
                Optional.empty(), FeedbackStatus.ROUTED, 1, Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), at, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                FeedbackTokens.hash("token"), 1);
    }

    /** {@link #routed} and assigned to {@link #HANDLER}. */
    static FeedbackItem handled(String severity, Instant at) {
        return routed(severity, at).assignedTo(HANDLER);
    }
}
