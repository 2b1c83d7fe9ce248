package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.ViolationId;

/**
 * Events of the work-assignment capability (§3.1). Every event's aggregate is the task; every
 * event names the assignee, so subscribers can route it without reading the task. The fields are
 * typed; {@link #attributes()} prints them as the outbox and the event feed carry them.
 */
public sealed interface TaskEvent extends DomainEvent {
    /** The task the event is about. */
    TaskId task();

    /** Who does the work. */
    EmployeeId assignee();

    @Override
    default String aggregateId() {
        return task().value();
    }

    /** A task was assigned. */
    record TaskAssigned(TaskId task, EmployeeId assignee, EmployeeId assigner, Instant deadline,
                        List<EmployeeId> copiedPeople, List<DepartmentId> copiedDepartments, Instant occurredAt)
            implements TaskEvent {
        /** Copies the lists. */
        public TaskAssigned {
            copiedPeople = List.copyOf(copiedPeople);
            copiedDepartments = List.copyOf(copiedDepartments);
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assignee.value(), "assignerId", assigner.value(), "deadline",
                    deadline.toString(), "copiedEmployeeIds", joined(copiedPeople), "copiedDepartmentIds",
                    joined(copiedDepartments));
        }

        private static String joined(List<?> ids) {
            return ids.stream().map(Object::toString).collect(Collectors.joining(","));
        }
    }

    /** The assignee accepted a task. */
    record TaskAccepted(TaskId task, EmployeeId assignee, Instant occurredAt) implements TaskEvent {
        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assignee.value());
        }
    }

    /** The assignee refused a task with a reason; the assigner is to rule on it. */
    record TaskRefused(TaskId task, EmployeeId assignee, EmployeeId assigner, int refusal, Instant occurredAt)
            implements TaskEvent {
        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assignee.value(), "assignerId", assigner.value(), "refusal",
                    Integer.toString(refusal));
        }
    }

    /**
     * A refusal was ruled on: {@code TaskRefusalJustified} (the task is closed) or
     * {@code TaskRefusalUnjustified} (the task is back with the assignee and a violation is on
     * record).
     *
     * @param violation the violation recorded for an unjustified refusal; empty exactly when justified
     */
    record TaskRefusalRuled(TaskId task, EmployeeId assignee, int refusal, EmployeeId ruledBy,
                            Optional<ViolationId> violation, Instant occurredAt) implements TaskEvent {
        /** Requires the violation's presence. */
        public TaskRefusalRuled {
            Objects.requireNonNull(violation, "violation");
        }

        /** Whether the refusal was ruled justified. */
        public boolean justified() {
            return violation.isEmpty();
        }

        @Override
        public String type() {
            return justified() ? "TaskRefusalJustified" : "TaskRefusalUnjustified";
        }

        @Override
        public Map<String, String> attributes() {
            return violation.map(v -> Map.of("assigneeId", assignee.value(), "refusal", Integer.toString(refusal),
                            "ruledBy", ruledBy.value(), "violationId", v.value()))
                    .orElseGet(() -> Map.of("assigneeId", assignee.value(), "refusal", Integer.toString(refusal),
                            "ruledBy", ruledBy.value()));
        }
    }

    /** The assignee asked for new terms. */
    record TaskAdjustmentRequested(TaskId task, EmployeeId assignee, EmployeeId assigner, int adjustment,
                                   boolean late, Instant occurredAt) implements TaskEvent {
        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assignee.value(), "assignerId", assigner.value(), "adjustment",
                    Integer.toString(adjustment), "late", Boolean.toString(late));
        }
    }

    /**
     * An adjustment request ended: {@code TaskAdjustmentApproved} (with the new terms version),
     * {@code TaskAdjustmentDenied} or {@code TaskAdjustmentLapsed}.
     *
     * @param termsVersion the terms version an approval produced; empty otherwise
     */
    record TaskAdjustmentDecided(TaskId task, EmployeeId assignee, int adjustment, AdjustmentOutcome outcome,
                                 Optional<Integer> termsVersion, Instant occurredAt) implements TaskEvent {
        /** Requires the outcome and the terms version's presence. */
        public TaskAdjustmentDecided {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(termsVersion, "termsVersion");
        }

        @Override
        public String type() {
            return switch (outcome) {
                case APPROVED -> "TaskAdjustmentApproved";
                case DENIED -> "TaskAdjustmentDenied";
                case LAPSED -> "TaskAdjustmentLapsed";
            };
        }

        @Override
        public Map<String, String> attributes() {
            return termsVersion.map(v -> Map.of("assigneeId", assignee.value(), "adjustment",
                            Integer.toString(adjustment), "outcome", outcome.name(), "termsVersion", v.toString()))
                    .orElseGet(() -> Map.of("assigneeId", assignee.value(), "adjustment",
                            Integer.toString(adjustment), "outcome", outcome.name()));
        }
    }

    /** The assignee reported progress. */
    record TaskProgressReported(TaskId task, EmployeeId assignee, int report, int percentDone, int blockers,
                                Instant occurredAt) implements TaskEvent {
        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assignee.value(), "report", Integer.toString(report), "percentDone",
                    Integer.toString(percentDone), "blockers", Integer.toString(blockers));
        }
    }

    /** The assignee escalated an issue to their superiors. */
    record TaskEscalated(TaskId task, EmployeeId assignee, EmployeeId assigner, int escalation, Instant occurredAt)
            implements TaskEvent {
        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assignee.value(), "assignerId", assigner.value(), "escalation",
                    Integer.toString(escalation));
        }
    }

    /** A superior answered an escalation. */
    record TaskEscalationAnswered(TaskId task, EmployeeId assignee, int escalation, EmployeeId answeredBy,
                                  Instant occurredAt) implements TaskEvent {
        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assignee.value(), "escalation", Integer.toString(escalation), "answeredBy",
                    answeredBy.value());
        }
    }

    /** The assignee reported completion and submitted the result for review. */
    record TaskCompletionReported(TaskId task, EmployeeId assignee, EmployeeId assigner, int completion, boolean late,
                                  boolean allRequirementsMet, Instant occurredAt) implements TaskEvent {
        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assignee.value(), "assignerId", assigner.value(), "completion",
                    Integer.toString(completion), "late", Boolean.toString(late), "allRequirementsMet",
                    Boolean.toString(allRequirementsMet));
        }
    }

    /**
     * A notice to one person or department copied on a task (§3.1.3: copy the departments or
     * people involved), one event per recipient.
     *
     * @param recipient the employee or department copied
     */
    record TaskCompletionCopied(TaskId task, EmployeeId assignee, int completion, Recipient recipient,
                                Instant occurredAt) implements TaskEvent {
        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assignee.value(), "completion", Integer.toString(completion),
                    "recipientType", recipient.type(), "recipientId", recipient.id());
        }
    }

    /** Who is copied on a task: an employee or a department. */
    sealed interface Recipient {
        /** The kind of recipient as the event prints it: {@code employee} or {@code department}. */
        String type();

        /** The recipient's id. */
        String id();

        /**
         * An employee copied on the task.
         *
         * @param employee the employee
         */
        record Person(EmployeeId employee) implements Recipient {
            @Override
            public String type() {
                return "employee";
            }

            @Override
            public String id() {
                return employee.value();
            }
        }

        /**
         * A department copied on the task.
         *
         * @param department the department
         */
        record Department(DepartmentId department) implements Recipient {
            @Override
            public String type() {
                return "department";
            }

            @Override
            public String id() {
                return department.value();
            }
        }
    }

    /** The assigner accepted the result with a quality score: the task is completed. */
    record TaskCompletionAccepted(TaskId task, EmployeeId assignee, int qualityScore, EmployeeId reviewedBy,
                                  Instant occurredAt) implements TaskEvent {
        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assignee.value(), "qualityScore", Integer.toString(qualityScore),
                    "reviewedBy", reviewedBy.value());
        }
    }

    /** The assigner returned the result for rework. */
    record TaskReturnedForRework(TaskId task, EmployeeId assignee, EmployeeId reviewedBy, Instant occurredAt)
            implements TaskEvent {
        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assignee.value(), "reviewedBy", reviewedBy.value());
        }
    }

    /** A task was withdrawn, unfinished, because its assignee left the company (§1.2). */
    record TaskWithdrawn(TaskId task, EmployeeId assignee, EmployeeId assigner, TaskStatus from, Instant occurredAt)
            implements TaskEvent {
        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assignee.value(), "assignerId", assigner.value(), "from", from.name());
        }
    }

    /** The sweep found a task's deadline passed while the work was still owed. */
    record TaskOverdue(TaskId task, EmployeeId assignee, EmployeeId assigner, Instant deadline, Instant occurredAt)
            implements TaskEvent {
        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assignee.value(), "assignerId", assigner.value(), "deadline",
                    deadline.toString());
        }
    }

    /** The sweep found a report period that ended without a progress report (§3.1.2). */
    record ProgressReportMissed(TaskId task, EmployeeId assignee, EmployeeId assigner, int period, Instant periodEnd,
                                Instant occurredAt) implements TaskEvent {
        @Override
        public Map<String, String> attributes() {
            return Map.of("assigneeId", assignee.value(), "assignerId", assigner.value(), "period",
                    Integer.toString(period), "periodEnd", periodEnd.toString());
        }
    }
}
