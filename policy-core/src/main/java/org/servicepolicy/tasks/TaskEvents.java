package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.Map;
import org.servicepolicy.kernel.DomainEvent;

/**
 * Events of the work-assignment capability (§3.1). Every event's aggregate is the task; every
 * event names the assignee, so subscribers can route it without reading the task.
 */
public final class TaskEvents {
    private TaskEvents() {
    }

    /** A task was assigned. */
    public record TaskAssigned(String taskId, String assigneeId, String assignerId, Instant deadline,
                               String copiedEmployeeIds, String copiedDepartmentIds, Instant occurredAt)
            implements DomainEvent {
        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assigneeId, "assignerId", assignerId, "deadline", deadline.toString(),
                    "copiedEmployeeIds", copiedEmployeeIds, "copiedDepartmentIds", copiedDepartmentIds);
        }
    }

    /** The assignee accepted a task. */
    public record TaskAccepted(String taskId, String assigneeId, Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assigneeId);
        }
    }

    /** The assignee refused a task with a reason; the assigner is to rule on it. */
    public record TaskRefused(String taskId, String assigneeId, String assignerId, int refusal, Instant occurredAt)
            implements DomainEvent {
        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assigneeId, "assignerId", assignerId, "refusal", Integer.toString(refusal));
        }
    }

    /**
     * A refusal was ruled on: {@code TaskRefusalJustified} (the task is closed) or
     * {@code TaskRefusalUnjustified} (the task is back with the assignee and a violation is on
     * record).
     *
     * @param violationId the violation recorded for an unjustified refusal; empty when justified
     */
    public record TaskRefusalRuled(String taskId, String assigneeId, int refusal, boolean justified, String ruledBy,
                                   String violationId, Instant occurredAt) implements DomainEvent {
        @Override
        public String type() {
            return justified ? "TaskRefusalJustified" : "TaskRefusalUnjustified";
        }

        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return justified
                    ? Map.of("assigneeId", assigneeId, "refusal", Integer.toString(refusal), "ruledBy", ruledBy)
                    : Map.of("assigneeId", assigneeId, "refusal", Integer.toString(refusal), "ruledBy", ruledBy,
                            "violationId", violationId);
        }
    }

    /** The assignee asked for new terms. */
    public record TaskAdjustmentRequested(String taskId, String assigneeId, String assignerId, int adjustment,
                                          boolean late, Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assigneeId, "assignerId", assignerId, "adjustment",
                    Integer.toString(adjustment), "late", Boolean.toString(late));
        }
    }

    /**
     * An adjustment request ended: {@code TaskAdjustmentApproved} (with the new terms version),
     * {@code TaskAdjustmentDenied} or {@code TaskAdjustmentLapsed}.
     *
     * @param termsVersion the terms version an approval produced; empty otherwise
     */
    public record TaskAdjustmentDecided(String taskId, String assigneeId, int adjustment, AdjustmentOutcome outcome,
                                        String termsVersion, Instant occurredAt) implements DomainEvent {
        @Override
        public String type() {
            return switch (outcome) {
                case APPROVED -> "TaskAdjustmentApproved";
                case DENIED -> "TaskAdjustmentDenied";
                case LAPSED -> "TaskAdjustmentLapsed";
            };
        }

        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return termsVersion.isEmpty()
                    ? Map.of("assigneeId", assigneeId, "adjustment", Integer.toString(adjustment), "outcome",
                            outcome.name())
                    : Map.of("assigneeId", assigneeId, "adjustment", Integer.toString(adjustment), "outcome",
                            outcome.name(), "termsVersion", termsVersion);
        }
    }

    /** The assignee reported progress. */
    public record TaskProgressReported(String taskId, String assigneeId, int report, int percentDone, int blockers,
                                       Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assigneeId, "report", Integer.toString(report), "percentDone",
                    Integer.toString(percentDone), "blockers", Integer.toString(blockers));
        }
    }

    /** The assignee escalated an issue to their superiors. */
    public record TaskEscalated(String taskId, String assigneeId, String assignerId, int escalation,
                                Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assigneeId, "assignerId", assignerId, "escalation",
                    Integer.toString(escalation));
        }
    }

    /** A superior answered an escalation. */
    public record TaskEscalationAnswered(String taskId, String assigneeId, int escalation, String answeredBy,
                                         Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assigneeId, "escalation", Integer.toString(escalation), "answeredBy",
                    answeredBy);
        }
    }

    /** The assignee reported completion and submitted the result for review. */
    public record TaskCompletionReported(String taskId, String assigneeId, String assignerId, int completion,
                                         boolean late, boolean allRequirementsMet, Instant occurredAt)
            implements DomainEvent {
        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assigneeId, "assignerId", assignerId, "completion",
                    Integer.toString(completion), "late", Boolean.toString(late), "allRequirementsMet",
                    Boolean.toString(allRequirementsMet));
        }
    }

    /**
     * A notice to one person or department copied on a task (§3.1.3: copy the departments or
     * people involved), one event per recipient.
     *
     * @param recipientType {@code employee} or {@code department}
     */
    public record TaskCompletionCopied(String taskId, String assigneeId, int completion, String recipientType,
                                       String recipientId, Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assigneeId, "completion", Integer.toString(completion), "recipientType",
                    recipientType, "recipientId", recipientId);
        }
    }

    /** The assigner accepted the result with a quality score: the task is completed. */
    public record TaskCompletionAccepted(String taskId, String assigneeId, int qualityScore, String reviewedBy,
                                         Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assigneeId, "qualityScore", Integer.toString(qualityScore), "reviewedBy",
                    reviewedBy);
        }
    }

    /** The assigner returned the result for rework. */
    public record TaskReturnedForRework(String taskId, String assigneeId, String reviewedBy, Instant occurredAt)
            implements DomainEvent {
        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assigneeId, "reviewedBy", reviewedBy);
        }
    }

    /** The sweep found a task's deadline passed while the work was still owed. */
    public record TaskOverdue(String taskId, String assigneeId, String assignerId, Instant deadline,
                              Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assigneeId, "assignerId", assignerId, "deadline", deadline.toString());
        }
    }

    /** The sweep found a report period that ended without a progress report (§3.1.2). */
    public record ProgressReportMissed(String taskId, String assigneeId, String assignerId, int period,
                                       Instant periodEnd, Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return taskId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assigneeId, "assignerId", assignerId, "period", Integer.toString(period),
                    "periodEnd", periodEnd.toString());
        }
    }
}
