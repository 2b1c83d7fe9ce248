package org.servicepolicy.rest.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.servicepolicy.idempotency.IdempotencyRecord;
import org.servicepolicy.rest.ActionItemSweepView;
import org.servicepolicy.rest.ActionItemView;
import org.servicepolicy.rest.AddActionItemBody;
import org.servicepolicy.rest.AdoptSuggestionBody;
import org.servicepolicy.rest.AnswerEscalationBody;
import org.servicepolicy.rest.AppealDecisionBody;
import org.servicepolicy.rest.AskDepartmentBody;
import org.servicepolicy.rest.AssessmentCycleView;
import org.servicepolicy.rest.AssignReviewerBody;
import org.servicepolicy.rest.AttendanceResultView;
import org.servicepolicy.rest.ChangeEmploymentBody;
import org.servicepolicy.rest.CommendationView;
import org.servicepolicy.rest.CompletionReportBody;
import org.servicepolicy.rest.ComplianceFactsView;
import org.servicepolicy.rest.ConfirmServiceReportBody;
import org.servicepolicy.rest.CreateDepartmentBody;
import org.servicepolicy.rest.CustomerScoreView;
import org.servicepolicy.rest.CycleGradeView;
import org.servicepolicy.rest.CyclePreviewView;
import org.servicepolicy.rest.DecideAdjustmentBody;
import org.servicepolicy.rest.DecisionView;
import org.servicepolicy.rest.DepartmentRespondersView;
import org.servicepolicy.rest.DepartmentRequestResultView;
import org.servicepolicy.rest.DepartmentRequestSweepView;
import org.servicepolicy.rest.DepartmentRequestTextBody;
import org.servicepolicy.rest.DepartmentRequestView;
import org.servicepolicy.rest.DepartmentView;
import org.servicepolicy.rest.DepartureBody;
import org.servicepolicy.rest.EmployeeView;
import org.servicepolicy.rest.EscalationBody;
import org.servicepolicy.rest.EvaluationView;
import org.servicepolicy.rest.EventView;
import org.servicepolicy.rest.FileServiceReportBody;
import org.servicepolicy.rest.FinalisedServicePeriodView;
import org.servicepolicy.rest.FinalizedCycleView;
import org.servicepolicy.rest.HireEmployeeBody;
import org.servicepolicy.rest.LeaveApprovalBody;
import org.servicepolicy.rest.LeaveRequestView;
import org.servicepolicy.rest.MarkAttendanceBody;
import org.servicepolicy.rest.MeView;
import org.servicepolicy.rest.MeetingMinutesBody;
import org.servicepolicy.rest.MeetingView;
import org.servicepolicy.rest.MissingEvaluationView;
import org.servicepolicy.rest.NameRespondersBody;
import org.servicepolicy.rest.NewTaskBody;
import org.servicepolicy.rest.ObservationView;
import org.servicepolicy.rest.OpenCycleBody;
import org.servicepolicy.rest.OpenEscalationView;
import org.servicepolicy.rest.OpenServiceCaseBody;
import org.servicepolicy.rest.OpenServiceEvaluationPeriodBody;
import org.servicepolicy.rest.PenaltyView;
import org.servicepolicy.rest.PolicyView;
import org.servicepolicy.rest.ProblemType;
import org.servicepolicy.rest.ProblemView;
import org.servicepolicy.rest.ProgressReportBody;
import org.servicepolicy.rest.PromiseReplyBody;
import org.servicepolicy.rest.PromotionEligibilityView;
import org.servicepolicy.rest.PublishPolicyBody;
import org.servicepolicy.rest.ReasonBody;
import org.servicepolicy.rest.RecordCustomerScoreBody;
import org.servicepolicy.rest.RecordObservationBody;
import org.servicepolicy.rest.RecordViolationBody;
import org.servicepolicy.rest.RecordedObservationView;
import org.servicepolicy.rest.RecordedViolationView;
import org.servicepolicy.rest.RequestAdjustmentBody;
import org.servicepolicy.rest.RequestLeaveBody;
import org.servicepolicy.rest.RetakeRulingBody;
import org.servicepolicy.rest.RetakeRulingView;
import org.servicepolicy.rest.ReturnTripBody;
import org.servicepolicy.rest.ReturnVisitBody;
import org.servicepolicy.rest.ReviewBody;
import org.servicepolicy.rest.RewardView;
import org.servicepolicy.rest.RuleRefusalBody;
import org.servicepolicy.rest.RuledRefusalView;
import org.servicepolicy.rest.ScheduleMeetingBody;
import org.servicepolicy.rest.ScheduleTrainingSessionBody;
import org.servicepolicy.rest.ServiceCaseResultView;
import org.servicepolicy.rest.ServiceCaseView;
import org.servicepolicy.rest.ServiceEvaluationPeriodView;
import org.servicepolicy.rest.ServiceEvaluationResultView;
import org.servicepolicy.rest.ServiceFindingView;
import org.servicepolicy.rest.ServiceReportRuledView;
import org.servicepolicy.rest.ServiceReportScope;
import org.servicepolicy.rest.ServiceReportView;
import org.servicepolicy.rest.ServiceScoreView;
import org.servicepolicy.rest.ServiceSweepView;
import org.servicepolicy.rest.DecideSelectionBody;
import org.servicepolicy.rest.DecideSponsorshipBody;
import org.servicepolicy.rest.DevelopmentPlanView;
import org.servicepolicy.rest.OpenSelectionBody;
import org.servicepolicy.rest.PlanProgressView;
import org.servicepolicy.rest.ProposeDevelopmentPlanBody;
import org.servicepolicy.rest.RepaymentView;
import org.servicepolicy.rest.RequestSponsorshipBody;
import org.servicepolicy.rest.SelectionResultView;
import org.servicepolicy.rest.SelectionView;
import org.servicepolicy.rest.SponsorshipDecisionView;
import org.servicepolicy.rest.SponsorshipView;
import org.servicepolicy.rest.AssignFeedbackBody;
import org.servicepolicy.rest.CorrectiveActionBody;
import org.servicepolicy.rest.FeedbackIntakeView;
import org.servicepolicy.rest.FeedbackItemView;
import org.servicepolicy.rest.FeedbackRejectionBody;
import org.servicepolicy.rest.FeedbackResultView;
import org.servicepolicy.rest.FeedbackRulingBody;
import org.servicepolicy.rest.FeedbackScoreBody;
import org.servicepolicy.rest.FeedbackSweepView;
import org.servicepolicy.rest.FeedbackTextBody;
import org.servicepolicy.rest.PublicFeedbackItemView;
import org.servicepolicy.rest.PublicFeedbackSubmittedView;
import org.servicepolicy.rest.RecordFeedbackBody;
import org.servicepolicy.rest.SubmitFeedbackBody;
import org.servicepolicy.rest.TriageBody;
import org.servicepolicy.feedback.FeedbackStatus;
import org.servicepolicy.rest.SubmitEvaluationBody;
import org.servicepolicy.rest.SubmitServiceScoresBody;
import org.servicepolicy.rest.SubmitSuggestionBody;
import org.servicepolicy.rest.SuggestionView;
import org.servicepolicy.rest.TaskView;
import org.servicepolicy.rest.TrainingAssessmentView;
import org.servicepolicy.rest.TrainingAttendanceBody;
import org.servicepolicy.rest.TrainingObligationView;
import org.servicepolicy.rest.TrainingScoreBody;
import org.servicepolicy.rest.TrainingScoreView;
import org.servicepolicy.rest.TrainingSessionView;
import org.servicepolicy.rest.TrainingSweepView;
import org.servicepolicy.rest.ViolationView;
import org.servicepolicy.rewards.RewardStatus;
import org.servicepolicy.tasks.TaskStatus;

/**
 * The OpenAPI 3.0 document of the API. The operations are listed here by hand (a test checks
 * them against the resources); the schemas of the bodies and answers are derived from their
 * records, so they cannot drift from the JSON actually read and written.
 */
public final class OpenApiDocument {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String JSON = "application/json";
    private static final String PUBLIC = "/api/v1/public/";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    private static final String DESCRIPTION = """
            The Service Excellence and Compliance Management Policy as an API: people (§1.2), work \
            assignments from assignment to reviewed completion and their compliance facts (§3.1, \
            §3.3.1), work discipline and progressive penalties (§3.2, §3.3.3), leave (§3.2.2), the \
            compliance assessment and its grades (§3.3.1), rewards and public commendations (§3.3.2), \
            promotion eligibility (§4.3.2), employee suggestions (§5.2.1), customer feedback (§2.3.2), \
            stored decisions with their reasons, and the policy's versions (§1.3.4).

            Authentication is the host application's: every operation except this document and the \
            public customer feedback operations under /api/v1/public/feedback needs an authenticated \
            caller, whose principal names an employee. The public ones need none: a customer submits \
            feedback and follows it with the tracking token they were given once (§2.3.2); they are \
            limited per client address (429 too-many-requests with Retry-After in seconds) and their \
            bodies have at most 16 KiB. JSON throughout, ISO-8601 instants \
            and dates, absent members left out. Errors are RFC 9457 problems \
            (application/problem+json) with a stable type under https://servicepolicy.org/problems/: \
            400 malformed-request for a body that cannot be read (malformed JSON, unknown fields, a \
            value of the wrong type or an enum constant that does not exist, a missing body) or a \
            query parameter that cannot be read as its type, 422 \
            invalid-input for well-formed input that is invalid (every problem listed in errors), 422 \
            policy-refusal when the policy forbids the command (with clause, rule and field; a cycle \
            that cannot be finalized lists each missing evaluation in missing), 401 \
            unauthenticated, 403 access-denied, 404 not-found, 406 not-acceptable (an Accept header \
            that admits no JSON), 409 stale-version, duplicate or illegal-transition, 413 \
            request-too-large, 415 unsupported-media-type (a body that is not application/json), 429 \
            too-many-requests, 500 \
            storage-failure or internal-error.

            Limits: a request body has at most 1 MiB unless the host configured another limit (413 \
            beyond, refused before it is read when Content-Length announces it) and nests at most 32 \
            levels (400). Every number has at most 12 digits before the decimal point and 6 after it, \
            money no more decimal places than its currency's minor unit; every text, member names \
            included, at most 10000 characters, without U+0000 or lone surrogates; every array and \
            object at most 1000 entries: a 422 invalid-input problem names each field beyond. Every \
            answer carries Cache-Control: no-store and X-Content-Type-Options: nosniff.

            Retries: every creating POST (one that answers 201) accepts an optional Idempotency-Key             header of 1-255 visible ASCII characters. The first success's status, Location and body are             stored with the key, and a retry with the same key, path and body answers them again with             Idempotency-Replayed: true, without running the command again. The same key with another             path or body is a 422 invalid-input problem naming Idempotency-Key; a retry sent while the             first request still runs is a 409 duplicate problem, after which a retry answers the first             response. A failed request stores nothing, so its retry runs again. Keys are kept per             caller, until deleted: this version lets none expire.""";

    private OpenApiDocument() {
    }

    /** One operation: a method on a path, what it reads and what it answers. */
    record Operation(String method, String path, String summary, List<QueryParameter> query, Class<?> body,
                     boolean bodyRequired, int status, Type answer, List<Integer> problems) {
        Operation(String method, String path, String summary, Class<?> body, boolean bodyRequired, int status,
                  Type answer, List<Integer> problems) {
            this(method, path, summary, List.of(), body, bodyRequired, status, answer, problems);
        }

        /** This operation reading {@code parameters} too; one it cannot read is a 400. */
        Operation with(QueryParameter... parameters) {
            return new Operation(method, path, summary, List.of(parameters), body, bodyRequired, status, answer,
                    OpenApiDocument.problems(problems, 400));
        }
    }

    /** A query parameter: its name, whether it is required, its type and what it means. */
    record QueryParameter(String name, boolean required, Type type, String description) {
    }

    /** Every operation of the API, in the order the document lists them. */
    static List<Operation> operations() {
        return List.of(
                read("/api/v1/me", "The caller's employee record and roles", MeView.class),
                read("/api/v1/departments", "Every department", list(DepartmentView.class)),
                create("/api/v1/departments", "Create a department (HR)", CreateDepartmentBody.class,
                        DepartmentView.class, 409),
                read("/api/v1/departments/{id}", "One department", DepartmentView.class, 404),
                read("/api/v1/employees", "The employees the caller may see: staff themselves, managers their "
                        + "department, HR everyone", list(EmployeeView.class)),
                create("/api/v1/employees", "Hire an employee (HR)", HireEmployeeBody.class, EmployeeView.class, 409),
                read("/api/v1/employees/{id}", "One employee's record", EmployeeView.class, 403, 404),
                read("/api/v1/employees/{id}/history", "Every version of the employee's record, oldest first, each "
                        + "with the instant it took effect", list(EmployeeView.class), 404),
                action("/api/v1/employees/{id}/changes", "Change the employee's supervisor, department, level, "
                        + "category or wage, with a reason, effective now or back-dated (HR, never their own)",
                        ChangeEmploymentBody.class, EmployeeView.class),
                action("/api/v1/employees/{id}/departure", "Record that the employee leaves: their direct reports "
                        + "report to their supervisor, their unfinished tasks are withdrawn (HR, never their own)",
                        DepartureBody.class, EmployeeView.class),
                action("/api/v1/employees/{id}/on-post", "Put a new hire on post once onboarding is over (HR, with a "
                        + "reason)", ReasonBody.class, EmployeeView.class),
                read("/api/v1/employees/{id}/violations", "The employee's violations, oldest first",
                        list(ViolationView.class), 403, 404),
                read("/api/v1/employees/{id}/penalties", "The employee's penalties, oldest first",
                        list(PenaltyView.class), 403, 404),
                read("/api/v1/employees/{id}/leave-requests", "The employee's leave requests",
                        list(LeaveRequestView.class), 403, 404),
                read("/api/v1/employees/{id}/decisions", "The decisions about the employee, oldest first",
                        list(DecisionView.class), 403, 404),
                create("/api/v1/violations", "Record a violation (§3.2): HR, the department manager or the "
                                + "supervision group, never about oneself. Answers with the violation, the penalty "
                                + "the ladder proposes (§3.3.3) and the decision that explains it",
                        RecordViolationBody.class, RecordedViolationView.class),
                read("/api/v1/violations/{id}", "One violation", ViolationView.class, 403, 404),
                read("/api/v1/penalties/{id}", "One penalty with its history", PenaltyView.class, 403, 404),
                new Operation("post", "/api/v1/penalties/{id}/issue", "Issue a proposed penalty: WARNING and FINE "
                        + "by HR or the department manager, DEMOTION and DISMISSAL by HR", null, false, 200,
                        PenaltyView.class, problems(List.of(401, 403, 404, 409, 422, 500))),
                action("/api/v1/penalties/{id}/withdraw", "Withdraw a proposed penalty (HR, with a reason)",
                        ReasonBody.class, PenaltyView.class),
                action("/api/v1/penalties/{id}/appeal", "Appeal an issued penalty (the employee, within the "
                        + "appeal window, with a reason)", ReasonBody.class, PenaltyView.class),
                action("/api/v1/penalties/{id}/decide-appeal", "Decide an appeal: UPHELD or REVOKED (HR, not the "
                        + "issuer)", AppealDecisionBody.class, PenaltyView.class),
                create("/api/v1/leave-requests", "Request leave (§3.2.2): at least the policy's notice ahead, or "
                        + "an emergency request with a reason", RequestLeaveBody.class, LeaveRequestView.class),
                read("/api/v1/leave-requests/{id}", "One leave request", LeaveRequestView.class, 403, 404),
                new Operation("post", "/api/v1/leave-requests/{id}/approve", "Approve leave (the department "
                        + "manager or HR; emergency requests HR only); voids what of lateness, early leave and "
                        + "absence it covers and records the uncovered part anew; an emergency request filed after "
                        + "its leave began records LEAVE_NOT_REQUESTED_IN_ADVANCE unless emergencyPreventedNotice "
                        + "gives HR's reason that the emergency prevented notice (§3.2.2)",
                        LeaveApprovalBody.class, false, 200, LeaveRequestView.class,
                        problems(List.of(400, 401, 403, 404, 409, 422, 500))),
                action("/api/v1/leave-requests/{id}/reject", "Reject leave, with a reason", ReasonBody.class,
                        LeaveRequestView.class),
                read("/api/v1/employees/{id}/tasks", "The tasks assigned to the employee, oldest first: all of "
                        + "them for the employee, their superiors, their manager and HR; those that concern them "
                        + "for an assigner or a copied person", list(TaskView.class), 404)
                        .with(new QueryParameter("status", false, TaskStatus.class, "only the tasks in this status")),
                read("/api/v1/employees/{id}/compliance-facts", "The compliance facts of the employee's work "
                        + "assignments in [from, to) (§3.3.1), each number with the tasks behind it: the employee, "
                        + "their manager or a superior, and HR", ComplianceFactsView.class, 404, 422)
                        .with(new QueryParameter("from", true, Instant.class, "the period's start, inclusive"),
                                new QueryParameter("to", true, Instant.class, "the period's end, exclusive")),
                create("/api/v1/tasks", "Assign a task (§3.1.1): a superior of the assignee (up the reporting "
                        + "line) or HR; anyone else is refused citing §3.1.1", NewTaskBody.class, TaskView.class),
                read("/api/v1/tasks/assigned-by-me", "The tasks the caller assigned, oldest first",
                        list(TaskView.class)),
                read("/api/v1/tasks/{id}", "One task: every version of its terms, its status history, refusals, "
                        + "adjustments, progress reports, escalations, completion reports, reviews and the sweep's "
                        + "marks", TaskView.class, 404),
                new Operation("post", "/api/v1/tasks/{id}/accept", "The assignee accepts the task (§3.1.1)", null,
                        false, 200, TaskView.class, problems(List.of(401, 403, 404, 409, 500))),
                action("/api/v1/tasks/{id}/refuse", "The assignee refuses the task with a reason; a blank reason is "
                        + "refused citing §3.1.1", ReasonBody.class, TaskView.class),
                action("/api/v1/tasks/{id}/rule-refusal", "Rule on the pending refusal (the assigner, a superior or "
                        + "the department manager of the assignee, or HR): justified closes the task; unjustified "
                        + "returns it to the assignee and records a violation with its proposed penalty (§3.3.3)",
                        RuleRefusalBody.class, RuledRefusalView.class),
                action("/api/v1/tasks/{id}/request-adjustment", "The assignee asks for a new deadline and/or new "
                        + "requirements with a reason and an alternative (§3.1.1); with less than the policy's "
                        + "notice before the deadline it is marked late", RequestAdjustmentBody.class,
                        TaskView.class),
                action("/api/v1/tasks/{id}/decide-adjustment", "Approve the pending adjustment, giving the task a new "
                        + "terms version, or deny it with a reason (§3.1.1)", DecideAdjustmentBody.class,
                        TaskView.class),
                action("/api/v1/tasks/{id}/progress", "The assignee reports progress on a task in progress (§3.1.2)",
                        ProgressReportBody.class, TaskView.class),
                action("/api/v1/tasks/{id}/escalate", "The assignee escalates a major issue or one beyond their "
                        + "authority (§3.1.2)", EscalationBody.class, TaskView.class),
                action("/api/v1/tasks/{id}/answer-escalation", "Answer an open escalation (§3.1.2)",
                        AnswerEscalationBody.class, TaskView.class),
                action("/api/v1/tasks/{id}/complete", "The assignee reports completion with a self-check of every "
                        + "requirement; one that skips a requirement is refused citing §3.1.3; after the deadline "
                        + "the report is marked late", CompletionReportBody.class, TaskView.class),
                action("/api/v1/tasks/{id}/review", "Accept the submitted result with a quality score from 0 to 100, "
                        + "completing the task, or return it for rework (§3.1.3)", ReviewBody.class, TaskView.class),
                read("/api/v1/escalations/open", "The open escalations the caller may answer, oldest task first "
                        + "(§3.1.2)", list(OpenEscalationView.class)),
                read("/api/v1/decisions/{id}", "One decision: outcome, reasons with clauses, rules and facts, "
                        + "policy version", DecisionView.class, 403, 404),
                read("/api/v1/events", "The outbox as a feed (HR): the events after a position, oldest first, for "
                        + "systems that deliver them (notices to people copied on a task, payroll, reporting)",
                        list(EventView.class), 403, 422)
                        .with(new QueryParameter("after", false, Long.class,
                                        "the position of the last event handled (default 0)"),
                                new QueryParameter("limit", false, Integer.class,
                                        "how many events at most, 1 to 1000 (default 100)")),
                create("/api/v1/assessment-cycles", "Open an assessment cycle for a period and a scope (HR, "
                        + "§3.3.1); cycles of overlapping scopes may not share a day", OpenCycleBody.class,
                        AssessmentCycleView.class, 409),
                read("/api/v1/assessment-cycles", "Every assessment cycle, by first day",
                        list(AssessmentCycleView.class)),
                read("/api/v1/assessment-cycles/{id}", "One assessment cycle", AssessmentCycleView.class, 404),
                read("/api/v1/assessment-cycles/{id}/participants", "The ids of the employees the cycle assesses: "
                        + "those on post in its scope, hired by its last day", list(String.class), 404),
                create("/api/v1/assessment-cycles/{id}/evaluations", "Evaluate an employee in an open cycle "
                                + "(§3.3.1): as their direct superior, a peer or themself, as follows from who the "
                                + "caller is; once per evaluator and employee. The Location is the employee's "
                                + "evaluations in the cycle", SubmitEvaluationBody.class, EvaluationView.class,
                        404, 409),
                read("/api/v1/assessment-cycles/{id}/missing", "The evaluations the cycle still needs before it can "
                        + "be finalized (HR all, a manager their department's)", list(MissingEvaluationView.class),
                        404),
                read("/api/v1/assessment-cycles/{id}/preview", "What-if: the grades finalizing would give now, with "
                        + "every step explained, and the evaluations still missing; nothing is stored (HR all, a "
                        + "manager their department's)", CyclePreviewView.class, 404),
                new Operation("post", "/api/v1/assessment-cycles/{id}/finalize", "Finalize a cycle whose period has "
                        + "ended (HR, §3.3.1): stores each grade with the decision that explains it, proposes the "
                        + "rewards the grades earn, locks the cycle. Finalizing again answers the stored grades. "
                        + "While evaluations are missing, the 422 problem lists each in missing", null, false, 200,
                        FinalizedCycleView.class, problems(List.of(401, 403, 404, 409, 422, 500))),
                read("/api/v1/assessment-cycles/{id}/grades", "The cycle's finalized grades with their decisions "
                        + "(HR all, a manager their department's)", list(CycleGradeView.class), 404),
                read("/api/v1/employees/{id}/grades", "The employee's finalized grades with their decisions, oldest "
                        + "first", list(CycleGradeView.class), 403, 404),
                read("/api/v1/employees/{id}/evaluations", "The employee's evaluations in a cycle; peers are "
                        + "anonymous to the employee", list(EvaluationView.class), 404, 422)
                        .with(new QueryParameter("cycle", true, String.class, "the assessment cycle's id")),
                read("/api/v1/employees/{id}/promotion-eligibility", "Whether the employee meets the promotion "
                        + "conditions now, condition by condition (§4.3.2); nothing is stored",
                        PromotionEligibilityView.class, 404),
                new Operation("post", "/api/v1/employees/{id}/promotion-eligibility", "Check the promotion "
                        + "conditions and store the decision that records them (HR, §4.3.2). The Location is the "
                        + "decision", null, false, 201, DecisionView.class,
                        problems(List.of(401, 403, 404, 409, 422, 500))),
                read("/api/v1/employees/{id}/rewards", "The employee's rewards, oldest proposal first",
                        list(RewardView.class), 404),
                read("/api/v1/departments/{id}/promotion-eligible", "The department's employees who meet every "
                        + "promotion condition now (HR, §4.3.2)", list(PromotionEligibilityView.class), 404),
                read("/api/v1/rewards", "The rewards the caller may see: HR every one, a manager their "
                        + "department's, everyone their own", list(RewardView.class))
                        .with(new QueryParameter("status", false, RewardStatus.class,
                                "only the rewards in this status")),
                read("/api/v1/rewards/{id}", "One reward with its history", RewardView.class, 404),
                new Operation("post", "/api/v1/rewards/{id}/approve", "Approve a proposed reward (HR, not their own)",
                        null, false, 200, RewardView.class, problems(List.of(401, 403, 404, 409, 500))),
                new Operation("post", "/api/v1/rewards/{id}/grant", "Grant an approved reward (HR, not their own)",
                        null, false, 200, RewardView.class, problems(List.of(401, 403, 404, 409, 500))),
                action("/api/v1/rewards/{id}/reject", "Reject a proposed or approved reward, with a reason (HR, not "
                        + "their own)", ReasonBody.class, RewardView.class),
                read("/api/v1/commendations", "The granted public commendations, newest first: role models every "
                        + "employee sees (§3.3.2)", list(CommendationView.class)),
                create("/api/v1/suggestions", "Submit a suggestion to improve management, rules or processes "
                        + "(§5.2.1)", SubmitSuggestionBody.class, SuggestionView.class),
                read("/api/v1/suggestions", "The suggestions the caller may see: HR every one, others their own and "
                        + "those they review", list(SuggestionView.class)),
                read("/api/v1/suggestions/{id}", "One suggestion with its history", SuggestionView.class, 404),
                action("/api/v1/suggestions/{id}/assign-reviewer", "Put a suggestion under review by an employee "
                        + "other than its author (HR)", AssignReviewerBody.class, SuggestionView.class),
                new Operation("post", "/api/v1/suggestions/{id}/adopt", "Adopt a suggestion under review (its "
                        + "reviewer or HR, not its author); proposes the reward the policy gives for it",
                        AdoptSuggestionBody.class, false, 200, SuggestionView.class,
                        problems(List.of(400, 401, 403, 404, 409, 422, 500))),
                action("/api/v1/suggestions/{id}/decline", "Decline a suggestion under review, with a reason (its "
                        + "reviewer or HR, not its author)", ReasonBody.class, SuggestionView.class),
                read("/api/v1/suggestions/{id}/rewards", "The rewards proposed for an adopted suggestion",
                        list(RewardView.class), 404),
                create("/api/v1/service-observations", "Record an observation of service conduct against a "
                        + "standard (the supervision group, never about themself): a nonconformity is a finding "
                        + "in each concerned employee's record, and the findings the policy names propose a "
                        + "company-rule violation (§2.3.1, §3.3.3)", RecordObservationBody.class,
                        RecordedObservationView.class),
                read("/api/v1/service-observations/{id}", "One observation; an employee it concerns reads it "
                        + "without its recorder", ObservationView.class, 404),
                read("/api/v1/employees/{id}/service-findings", "The findings in an employee's service record, "
                        + "oldest observation first (§2.3.1)", list(ServiceFindingView.class), 404),
                create("/api/v1/service-reports", "Report a service problem about a colleague (never oneself), a "
                        + "process or a department, to the supervision group or one's superior (§2.3.1)",
                        FileServiceReportBody.class, ServiceReportView.class),
                read("/api/v1/service-reports", "The reports the caller filed, those addressed to them, or every "
                        + "one (the supervision group and HR), oldest first; a report about the caller never "
                        + "names its reporter", list(ServiceReportView.class), 400)
                        .with(new QueryParameter("scope", false, ServiceReportScope.class,
                                "FILED (the default), ADDRESSED or ALL")),
                read("/api/v1/service-reports/{id}", "One report: whole for its reporter, the superior it is "
                        + "addressed to, the group and HR; a confirmed one without its reporter for the colleague "
                        + "reported on and their manager", ServiceReportView.class, 404),
                action("/api/v1/service-reports/{id}/confirmation", "Confirm an open report as effective "
                        + "information (the supervision group, never its reporter nor the colleague): a report about "
                        + "a colleague is a finding in their record that may propose a violation (§3.3.3); the "
                        + "reporter's reward is proposed (§2.3.1)", ConfirmServiceReportBody.class,
                        ServiceReportRuledView.class),
                action("/api/v1/service-reports/{id}/dismissal", "Dismiss an open report with a reason (the "
                        + "supervision group, never its reporter nor the colleague)", ReasonBody.class,
                        ServiceReportRuledView.class),
                create("/api/v1/service-cases", "Open a service case now (its handler, or their manager for them), "
                        + "due after the stipulated time of its business type in the policy in force (§2.1.3)",
                        OpenServiceCaseBody.class, ServiceCaseView.class),
                read("/api/v1/service-cases/{id}", "One service case with its return trips and return visit",
                        ServiceCaseView.class, 404),
                new Operation("post", "/api/v1/service-cases/{id}/finish", "Finish a case now (its handler or their "
                        + "manager); finished after its due time, a CASE_TIME finding in the handler's record "
                        + "unless the sweep made it; its return visit falls due (§2.1.3, §2.1.4)", null, false, 200,
                        ServiceCaseResultView.class, problems(List.of(401, 403, 404, 409, 500))),
                new Operation("post", "/api/v1/service-cases/{id}/return-trips", "Record a customer's return trip "
                        + "(the supervision group or the handler's manager, never the handler); for a document "
                        + "the customer was not told about, a finding (§2.1.3)", ReturnTripBody.class, false, 200,
                        ServiceCaseResultView.class, problems(List.of(400, 401, 403, 404, 409, 422, 500))),
                new Operation("post", "/api/v1/service-cases/{id}/return-visit", "Record a finished case's return "
                        + "visit as done with the customer's satisfaction 1 to 5 (the supervision group or the "
                        + "handler's manager, never the handler); done late, a finding unless swept (§2.1.4)",
                        ReturnVisitBody.class, false, 200, ServiceCaseResultView.class,
                        problems(List.of(400, 401, 403, 404, 409, 422, 500))),
                new Operation("post", "/api/v1/service-cases/{id}/commitments", "Record a reply promised to the "
                        + "customer by a time (the handler or their manager), numbered within the case (§2.1.2)",
                        PromiseReplyBody.class, false, 200, ServiceCaseResultView.class,
                        problems(List.of(400, 401, 403, 404, 409, 422, 500))),
                new Operation("post", "/api/v1/service-cases/{id}/commitments/{number}/reply", "Record a promised "
                        + "reply as given now (the handler or their manager); given after its time, a "
                        + "PROMISED_REPLY finding unless the sweep made it (§2.1.2)", null, false, 200,
                        ServiceCaseResultView.class, problems(List.of(401, 403, 404, 409, 500))),
                read("/api/v1/employees/{id}/service-cases", "The service cases an employee handles, oldest "
                        + "opening first (§2.1.3)", list(ServiceCaseView.class), 404),
                new Operation("post", "/api/v1/service-sweeps", "Run the service sweep now (the supervision group "
                        + "or HR): each case still open past due and each return visit still owed past due becomes "
                        + "a finding, and so does each promised reply still owed past its time, once however many "
                        + "sweeps run (§2.1.2, §2.1.3, §2.1.4)", null, false, 200,
                        ServiceSweepView.class, problems(List.of(401, 403, 500))),
                create("/api/v1/department-requests", "Ask another department, as the caller, optionally naming "
                        + "an employee of it; due after the policy's working days on the business calendar (§2.2.1)",
                        AskDepartmentBody.class, DepartmentRequestView.class),
                read("/api/v1/department-requests", "The requests sent from the caller's department or addressed "
                        + "to it, oldest first (§2.2.1)", list(DepartmentRequestView.class)),
                read("/api/v1/department-requests/{id}", "One request between departments: for the requester and "
                        + "their manager, the department asked, the supervision group and HR", DepartmentRequestView.class,
                        404),
                new Operation("post", "/api/v1/department-requests/{id}/answer", "Answer an open request (the "
                        + "employee named, else any member of the department asked, or its manager; never the "
                        + "requester); answered after its due time, one finding in the responsible employee's record "
                        + "unless the sweep made it (§2.2.1)", DepartmentRequestTextBody.class, false, 200,
                        DepartmentRequestResultView.class, problems(List.of(400, 401, 403, 404, 409, 422, 500))),
                new Operation("post", "/api/v1/department-requests/{id}/accept", "Accept the answer as clear (the "
                        + "requester) (§2.2.1)", null, false, 200, DepartmentRequestView.class,
                        problems(List.of(401, 403, 404, 409, 500))),
                new Operation("post", "/api/v1/department-requests/{id}/return", "Return the answer as unclear with "
                        + "a reason (the requester): the request is open again, still due by its original time "
                        + "(§2.2.1)", DepartmentRequestTextBody.class, false, 200, DepartmentRequestView.class,
                        problems(List.of(400, 401, 403, 404, 409, 422, 500))),
                new Operation("post", "/api/v1/department-requests/sweep", "Run the sweep of requests now (the "
                        + "supervision group or HR): each request still unanswered past due becomes one finding, "
                        + "once however many sweeps run (§2.2.1)", null, false, 200,
                        DepartmentRequestSweepView.class, problems(List.of(401, 403, 500))),
                create("/api/v1/feedback", "Record customer feedback from the complaint hotline or the suggestion "
                        + "box, received now (any employed staff member, never naming themself): routed by the "
                        + "policy's rules, its first-response and resolution times counted on the business calendar "
                        + "for its severity; the answer carries the customer's tracking token this once, a replay "
                        + "without it (§2.3.2)", RecordFeedbackBody.class, FeedbackIntakeView.class),
                read("/api/v1/feedback", "The feedback items of the caller's department, or every item for HR and "
                        + "the supervision group, oldest first (§2.3.2)", list(FeedbackItemView.class))
                        .with(new QueryParameter("status", false, FeedbackStatus.class,
                                "only the items in this status")),
                read("/api/v1/feedback/{id}", "One feedback item with each running clock's due time and its "
                        + "explanation: for HR, the supervision group, the routed department, the recorder, the "
                        + "responsible employee and the employees it names; the customer's contact only for HR, the "
                        + "department's manager and the responsible employee (§2.3.2)", FeedbackItemView.class, 404),
                feedbackAction("routing", "Route the item to a department, or again, optionally at another severity "
                        + "whose due times count again from receipt (HR or the supervision group)", TriageBody.class),
                feedbackAction("responsible", "Make an employed member of the routed department responsible, never "
                        + "one the item names (the department's manager or HR)", AssignFeedbackBody.class),
                feedbackAction("response", "Give the customer the first response, meeting its clock (the "
                        + "responsible employee or the department's manager)", FeedbackTextBody.class),
                feedbackAction("waiting", "Ask the customer something: the clocks stop until they answer (the "
                        + "responsible employee)", FeedbackTextBody.class),
                feedbackAction("customer-answer", "Note that the customer answered elsewhere: the clocks run again "
                        + "(the responsible employee)", FeedbackTextBody.class),
                feedbackAction("corrective-action", "Record why the customer rejected the last result and what was "
                        + "corrected, required before the next result (the responsible employee)",
                        CorrectiveActionBody.class),
                feedbackAction("result", "Report the round's result to the customer, meeting its clock (the "
                        + "responsible employee)", FeedbackTextBody.class),
                new Operation("post", "/api/v1/feedback/{id}/ruling", "Rule once on a complaint (justified against "
                        + "employees it names, for a service standard: one finding each, escalated like any finding) "
                        + "or a praise (confirmed: a customer score of 5 for each employee concerned): the "
                        + "department's manager, HR or the supervision group, never one it names (§2.3.2, §2.3.1)",
                        FeedbackRulingBody.class, true, 200, FeedbackResultView.class,
                        problems(List.of(400, 401, 403, 404, 409, 422, 500))),
                feedbackAction("closure", "Close the item after the policy's number of rejected results, with a "
                        + "reason (HR)", FeedbackTextBody.class),
                new Operation("post", "/api/v1/feedback/sweep", "Run the feedback sweep now (the supervision group "
                        + "or HR): each clock's warning, breach (a finding against the responsible employee, else the "
                        + "department's manager) and escalation to HR fires once however many sweeps run (§2.3.2)",
                        null, false, 200, FeedbackSweepView.class, problems(List.of(401, 403, 500))),
                new Operation("post", "/api/v1/public/feedback", "Submit feedback online, without logging in: "
                        + "the answer carries the tracking token this once (no Location: the token is the only way "
                        + "to the item), a replay from the same address without it; limited per client address "
                        + "(429 with Retry-After), bodies at most 16 KiB (§2.3.2)", SubmitFeedbackBody.class, true,
                        201, PublicFeedbackSubmittedView.class, problems(List.of(400, 409, 422, 429, 500))),
                publicRead("/api/v1/public/feedback/{token}", "The feedback of a tracking token as the customer sees "
                        + "it: where it stands, by when it is due, the results reported; no employee's id or name. "
                        + "A token that finds nothing is 404, the same whatever the token; such failures are "
                        + "limited per client address (429 with Retry-After)"),
                publicAction("answer", "Answer the question the customer was asked: the clocks run again",
                        FeedbackTextBody.class),
                publicAction("acceptance", "Accept the result reported with a score from 1 to 5 (§2.3.3)",
                        FeedbackScoreBody.class),
                publicAction("rejection", "Reject the result reported with a comment: a new round starts now, its "
                        + "result due after the resolution time again", FeedbackRejectionBody.class),
                create("/api/v1/meetings", "Schedule a regular meeting owned by the caller (§5.1.2, §2.2.2); only HR, "
                        + "or a manager of one of its departments, makes it compulsory", ScheduleMeetingBody.class,
                        MeetingView.class),
                read("/api/v1/meetings", "The meetings the caller owns or is invited to, earliest first (§5.1.2)",
                        list(MeetingView.class)),
                read("/api/v1/meetings/{id}", "One meeting: for its owner, its invitees and HR", MeetingView.class,
                        404),
                action("/api/v1/meetings/{id}/minutes", "Record the minutes of a meeting that has started, once (its "
                        + "owner) (§5.1.2)", MeetingMinutesBody.class, MeetingView.class),
                action("/api/v1/meetings/{id}/attendance", "Record how one invitee attended a meeting that has started, "
                        + "once per invitee (its owner; the owner's own attendance HR or the owner's manager; nobody "
                        + "their own); an unexcused absence from a compulsory meeting is decided, with its reasons, "
                        + "and records a MEETING_OR_TRAINING_ABSENCE violation (§5.1.2, §3.1.1)",
                        MarkAttendanceBody.class, AttendanceResultView.class),
                create("/api/v1/meetings/{id}/action-items", "Record an action item a meeting that has started agreed "
                        + "(its owner) (§5.1.2)", AddActionItemBody.class, ActionItemView.class, 404),
                read("/api/v1/meetings/{id}/action-items", "The meeting's action items, earliest due first: for those "
                        + "who may read the meeting", list(ActionItemView.class), 404),
                read("/api/v1/action-items", "The action items the caller is to do, earliest due first (§5.1.2)",
                        list(ActionItemView.class)),
                read("/api/v1/action-items/overdue", "The action items of the caller's meetings still open past their "
                        + "due instant, earliest due first (§5.1.2)", list(ActionItemView.class)),
                new Operation("post", "/api/v1/action-items/{id}/done", "Mark an action item done (its owner) "
                        + "(§5.1.2)", null, false, 200, ActionItemView.class,
                        problems(List.of(401, 403, 404, 409, 500))),
                new Operation("post", "/api/v1/action-items/sweep", "Run the sweep of action items now (HR): each item "
                        + "still open at its due instant is marked overdue, once however many sweeps run (§5.1.2)",
                        null, false, 200, ActionItemSweepView.class, problems(List.of(401, 403, 500))),
                read("/api/v1/department-responders", "The responders of every department that named some, by "
                        + "department id: for all staff (§5.1.1)", list(DepartmentRespondersView.class)),
                read("/api/v1/department-responders/{departmentId}", "The responders of one department; not found "
                        + "while it has named none (§5.1.1)", DepartmentRespondersView.class, 404),
                new Operation("put", "/api/v1/department-responders/{departmentId}", "Name the responders of a "
                        + "department, employees of it, in place of those named before (its manager or HR, never "
                        + "naming themself); a request to the department naming nobody goes to the first of them by "
                        + "id (§5.1.1, §2.2.1)", NameRespondersBody.class, true, 200, DepartmentRespondersView.class,
                        problems(List.of(400, 401, 403, 404, 409, 422, 500))),
                create("/api/v1/service-evaluation-periods", "Open a service evaluation period for the company or "
                        + "departments (HR); periods whose scopes overlap may not share a day (§2.3.3)",
                        OpenServiceEvaluationPeriodBody.class, ServiceEvaluationPeriodView.class),
                read("/api/v1/service-evaluation-periods", "Every service evaluation period, by first day",
                        list(ServiceEvaluationPeriodView.class)),
                read("/api/v1/service-evaluation-periods/{id}", "One service evaluation period",
                        ServiceEvaluationPeriodView.class, 404),
                create("/api/v1/service-evaluation-periods/{id}/scores", "Score an employee's service, dimension "
                        + "by dimension, as their superior or the supervision group, never themself; a new score "
                        + "replaces the role's earlier one while the period is open (§2.3.3)",
                        SubmitServiceScoresBody.class, ServiceScoreView.class, 404, 409),
                read("/api/v1/service-evaluation-periods/{id}/scores", "The period's internal scores the caller may "
                        + "see; an employee sees their own without who scored", list(ServiceScoreView.class), 404),
                new Operation("post", "/api/v1/service-evaluation-periods/{id}/finalise", "Finalise an ended "
                        + "period (HR, never one that evaluates themself): every result with its decision; "
                        + "EXCELLENT proposes rewards, SUBSTANDARD opens a training follow-up and records a "
                        + "violation for the penalty ladder (§2.3.3, §5.2.2, §3.3.3)", null, false, 200,
                        FinalisedServicePeriodView.class, problems(List.of(401, 403, 404, 409, 422, 500))),
                read("/api/v1/employees/{id}/service-evaluations", "The employee's finalised service evaluations, "
                        + "oldest period first (§2.3.3)", list(ServiceEvaluationResultView.class), 404),
                create("/api/v1/customer-scores", "Enter a customer's satisfaction score (1 to 5) in the ledger "
                        + "(HR or the supervision group, never about themself, §2.3.3)", RecordCustomerScoreBody.class,
                        CustomerScoreView.class),
                create("/api/v1/sponsorships", "Ask, for the caller, the company to sponsor an external course "
                        + "whose cost is in the policy's currency (§4.1.2)", RequestSponsorshipBody.class,
                        SponsorshipView.class),
                read("/api/v1/sponsorships", "The requests for sponsorship waiting for a decision, oldest first "
                        + "(HR) (§4.1.2)", list(SponsorshipView.class)),
                read("/api/v1/sponsorships/{id}", "One request for sponsorship: for its employee, their managers "
                        + "and HR (§4.1.2)", SponsorshipView.class, 404),
                new Operation("post", "/api/v1/sponsorships/{id}/decision", "Approve or reject a request (HR, never "
                        + "their own): approved, the company bears the cost times the policy's share, capped at what "
                        + "is left of the employee's annual cap, while the employee has the service, the last grade "
                        + "and no blocking penalty the policy asks; answered with the decision, whose reasons give "
                        + "each condition (§4.1.2)", DecideSponsorshipBody.class, false, 200,
                        SponsorshipDecisionView.class, problems(List.of(400, 401, 403, 404, 409, 422, 500))),
                read("/api/v1/employees/{id}/sponsorships", "An employee's requests for sponsorship, oldest first: "
                        + "for the employee, their managers and HR (§4.1.2)", list(SponsorshipView.class), 404),
                new Operation("post", "/api/v1/employees/{id}/sponsorships/repayments", "Decide what an employee "
                        + "who has left owes back for each sponsorship whose commitment they left within (HR, never "
                        + "about themself): the company's share times the unserved days of the commitment over all "
                        + "its days, each with its decision; a later call answers the same (§4.1.2)", null, false,
                        200, list(RepaymentView.class), problems(List.of(401, 403, 404, 409, 422, 500))),
                create("/api/v1/development-plans", "Propose an employee's development plan (a superior of the "
                        + "employee, never for themself): goals, a target level or role, the programmes to take "
                        + "(§4.3.1)", ProposeDevelopmentPlanBody.class, DevelopmentPlanView.class, 404),
                read("/api/v1/development-plans/{id}", "One development plan: for its employee, their superiors "
                        + "and HR (§4.3.1)", DevelopmentPlanView.class, 404),
                new Operation("post", "/api/v1/development-plans/{id}/agree", "Agree to the plan proposed (its "
                        + "employee): agreed by both, it supersedes the plan agreed before (§4.3.1)", null, false,
                        200, DevelopmentPlanView.class, problems(List.of(401, 403, 404, 409, 500))),
                read("/api/v1/development-plans/{id}/progress", "A plan's progress: the programmes it lists that "
                        + "the employee completed, out of all it lists (§4.3.1)", PlanProgressView.class, 404),
                read("/api/v1/employees/{id}/development-plans", "An employee's development plans, oldest proposal "
                        + "first (§4.3.1)", list(DevelopmentPlanView.class), 404),
                create("/api/v1/selections", "Open an internal selection for a position at a level in a department, "
                        + "taking applications until it closes (HR) (§4.3.2)", OpenSelectionBody.class,
                        SelectionView.class),
                read("/api/v1/selections", "Every internal selection, newest first: HR sees every application, "
                        + "anyone else their own (§4.3.2)", list(SelectionView.class)),
                read("/api/v1/selections/{id}", "One internal selection: HR sees every application, anyone else "
                        + "their own (§4.3.2)", SelectionView.class, 404),
                new Operation("post", "/api/v1/selections/{id}/applications", "Apply, as the caller, to an open "
                        + "selection, from any department: refused with each unmet promotion condition unless the "
                        + "caller is eligible for promotion now (§4.3.2)", null, false, 200, SelectionView.class,
                        problems(List.of(401, 403, 404, 409, 422, 500))),
                new Operation("post", "/api/v1/selections/{id}/decision", "Decide a closed selection (HR, never "
                        + "choosing themself): one applicant or none, a decision with reasons about each applicant; "
                        + "the chosen one moves to the position's level and department in the same transaction "
                        + "(§4.3.2)", DecideSelectionBody.class, false, 200, SelectionResultView.class,
                        problems(List.of(400, 401, 403, 404, 409, 422, 500))),
                create("/api/v1/training/sessions", "Schedule a training session of a programme (HR, or the "
                        + "manager of every attendee), trained by an employee or an outside expert (§4.1)",
                        ScheduleTrainingSessionBody.class, TrainingSessionView.class, 404),
                read("/api/v1/training/sessions/{id}", "One training session: for HR, its scheduler, trainer and "
                        + "attendees, and the attendees' managers (§4.1)", TrainingSessionView.class, 404),
                new Operation("post", "/api/v1/training/sessions/{id}/attendance", "Record an attendee's "
                        + "attendance (the trainer or HR, never their own); UNEXCUSED records a "
                        + "MEETING_OR_TRAINING_ABSENCE violation in the same transaction (§4.1, §3.1.1)",
                        TrainingAttendanceBody.class, true, 200, TrainingSessionView.class,
                        problems(List.of(400, 401, 403, 404, 409, 422, 500))),
                new Operation("post", "/api/v1/training/sessions/{id}/scores", "Record a present attendee's score "
                        + "(the trainer or HR, never their own): a pass completes the programme, and the pass of the "
                        + "last programme due before post puts an onboarding hire on post (§4.1.1); the fail that "
                        + "uses the last attempt is a decision for HR; the decisions come with their reasons",
                        TrainingScoreBody.class, true, 200, TrainingScoreView.class,
                        problems(List.of(400, 401, 403, 404, 409, 422, 500))),
                read("/api/v1/training/employees/{id}/sessions", "The sessions an employee attends or trains, by "
                        + "start: for themself, their managers and HR (§4.1)", list(TrainingSessionView.class), 404),
                read("/api/v1/training/employees/{id}/assessments", "An employee's assessments, completions and "
                        + "failed attempts, oldest first: for themself, their managers and HR (§4.1)",
                        list(TrainingAssessmentView.class), 404),
                read("/api/v1/training/employees/{id}/obligations", "What an employee owes of training and by "
                        + "when, DUE, MET or OVERDUE, computed now: for themself, their managers and HR "
                        + "(§4.1, §4.2, §2.3.3)", list(TrainingObligationView.class), 404),
                new Operation("post", "/api/v1/training/employees/{id}/retake-rulings", "Decide about a trainee "
                        + "whose retakes are exhausted (HR, never about themself): EXTEND gives one more attempt, END "
                        + "says employment is to end; with the decision's reasons (§4.1.1)", RetakeRulingBody.class,
                        true, 200, RetakeRulingView.class, problems(List.of(400, 401, 403, 404, 409, 422, 500))),
                new Operation("post", "/api/v1/training/sweep", "Run the sweep of training obligations now (HR): "
                        + "each reminder and each overdue obligation is marked once however many sweeps run "
                        + "(§4.1, §4.2)", null, false, 200, TrainingSweepView.class,
                        problems(List.of(401, 403, 500))),
                read("/api/v1/policies", "Every policy version", list(PolicyView.class)),
                create("/api/v1/policies", "Publish a policy version (HR): the settings in force at "
                        + "effectiveFrom with the changes given", PublishPolicyBody.class, PolicyView.class, 409),
                read("/api/v1/policies/current", "The policy version in force now", PolicyView.class),
                read("/api/v1/policies/{version}", "One policy version", PolicyView.class, 404),
                new Operation("get", "/api/v1/openapi.json", "This document", null, false, 200, Map.class,
                        List.of()));
    }

    private static Operation read(String path, String summary, Type answer, Integer... problems) {
        return new Operation("get", path, summary, null, false, 200, answer, problems(List.of(401, 403, 500), problems));
    }

    /** A creating POST: 201 with the new record's Location; 409 covers a retry sent while the first runs. */
    private static Operation create(String path, String summary, Class<?> body, Class<?> answer,
                                    Integer... problems) {
        return new Operation("post", path, summary, body, true, 201, answer,
                problems(List.of(400, 401, 403, 409, 422, 500), problems));
    }

    private static Operation action(String path, String summary, Class<?> body, Class<?> answer) {
        return new Operation("post", path, summary, body, true, 200, answer,
                problems(List.of(400, 401, 403, 404, 409, 422, 500)));
    }

    private static Operation feedbackAction(String action, String summary, Class<?> body) {
        return new Operation("post", "/api/v1/feedback/{id}/" + action, summary + " (§2.3.2)", body, true, 200,
                FeedbackItemView.class, problems(List.of(400, 401, 403, 404, 409, 422, 500)));
    }

    private static Operation publicRead(String path, String summary) {
        return new Operation("get", path, summary + " (§2.3.2)", null, false, 200, PublicFeedbackItemView.class,
                problems(List.of(404, 429, 500)));
    }

    private static Operation publicAction(String action, String summary, Class<?> body) {
        return new Operation("post", "/api/v1/public/feedback/{token}/" + action, summary + ", without logging in, "
                + "with the tracking token; limited per client address (§2.3.2)", body, true, 200,
                PublicFeedbackItemView.class, problems(List.of(400, 404, 409, 422, 429, 500)));
    }

    private static List<Integer> problems(List<Integer> common, Integer... specific) {
        var all = new TreeSet<>(common);
        all.addAll(List.of(specific));
        return List.copyOf(all);
    }

    private static Type list(Class<?> element) {
        return new ListOf(element);
    }

    /** The answer type of an operation that answers with a JSON array. */
    private record ListOf(Class<?> element) implements Type {
    }

    /** The whole document, ready to be written as JSON. */
    public static Map<String, Object> build() {
        var schemas = new TreeMap<String, Object>();
        var paths = new LinkedHashMap<String, Map<String, Object>>();
        for (var operation : operations()) {
            paths.computeIfAbsent(operation.path(), p -> new LinkedHashMap<>())
                    .put(operation.method(), operation(operation, schemas));
        }
        schemaOf(ProblemView.class, schemas);
        var document = new LinkedHashMap<String, Object>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", "servicepolicy", "version", "v1", "description", DESCRIPTION,
                "license", Map.of("name", "Apache-2.0", "url", "https://www.apache.org/licenses/LICENSE-2.0")));
        document.put("paths", paths);
        document.put("components", Map.of("schemas", schemas, "responses", problemResponses()));
        return document;
    }

    private static Map<String, Object> operation(Operation operation, Map<String, Object> schemas) {
        var out = new LinkedHashMap<String, Object>();
        out.put("operationId", operationId(operation));
        out.put("summary", operation.summary());
        var parameters = new ArrayList<Map<String, Object>>();
        var matcher = PATH_PARAMETER.matcher(operation.path());
        while (matcher.find()) {
            parameters.add(Map.of("name", matcher.group(1), "in", "path", "required", true,
                    "schema", Map.of("type", "string")));
        }
        if (operation.status() == 201) {
            parameters.add(idempotencyKey());
        }
        for (var query : operation.query()) {
            parameters.add(Map.of("name", query.name(), "in", "query", "required", query.required(),
                    "description", query.description(), "schema", schemaOf(query.type(), schemas)));
        }
        if (!parameters.isEmpty()) {
            out.put("parameters", parameters);
        }
        if (operation.body() != null) {
            out.put("requestBody", Map.of("required", operation.bodyRequired(),
                    "content", Map.of(JSON, Map.of("schema", schemaOf(operation.body(), schemas)))));
        }
        var responses = new LinkedHashMap<String, Object>();
        var success = new LinkedHashMap<String, Object>();
        success.put("description", operation.status() == 201 ? "Created" : "OK");
        var headers = new LinkedHashMap<String, Object>(everyAnswersHeaders());
        if (operation.status() == 201) {
            // A public record is reached by its tracking token alone, which no header repeats.
            if (!operation.path().startsWith(PUBLIC)) {
                headers.put("Location", Map.of("description", "the new record's URI",
                        "schema", Map.of("type", "string", "format", "uri")));
            }
            headers.put(IdempotentRequests.REPLAYED_HEADER, Map.of("description", "true when this is the stored "
                    + "answer to an earlier request with the same " + IdempotentRequests.KEY_HEADER,
                    "schema", Map.of("type", "boolean")));
        }
        success.put("headers", headers);
        var answer = operation.answer() == Map.class ? Map.of("type", "object") : schemaOf(operation.answer(), schemas);
        success.put("content", Map.of(JSON, Map.of("schema", answer)));
        responses.put(Integer.toString(operation.status()), success);
        var problems = new TreeSet<>(operation.problems());
        if (operation.body() != null) {
            problems.addAll(List.of(413, 415));
        }
        for (var status : problems) {
            responses.put(Integer.toString(status), Map.of("$ref", "#/components/responses/" + status));
        }
        out.put("responses", responses);
        return out;
    }

    private static Map<String, Object> idempotencyKey() {
        return Map.of("name", IdempotentRequests.KEY_HEADER, "in", "header", "required", false,
                "description", "A key of the caller's choosing that makes a retry answer the first success's "
                        + "status, Location and body instead of creating again; the same key with another path "
                        + "or body is refused (422). Kept per caller, with no expiry in this version",
                "schema", Map.of("type", "string", "minLength", 1, "maxLength", IdempotencyRecord.MAX_KEY_LENGTH,
                        "pattern", "^[!-~]+$"));
    }

    private static String operationId(Operation operation) {
        var segments = operation.path().replace("/api/v1/", "").split("/");
        var id = new StringBuilder(operation.method());
        for (var segment : segments) {
            if (segment.startsWith("{")) {
                continue;
            }
            for (var word : segment.replace(".json", "").split("-")) {
                id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        if (segments[segments.length - 1].startsWith("{")) {
            id.append("ById");
        }
        return id.toString();
    }

    private static Map<String, Object> problemResponses() {
        var responses = new LinkedHashMap<String, Object>();
        var byStatus = new TreeMap<Integer, List<String>>();
        for (var type : ProblemType.values()) {
            byStatus.computeIfAbsent(type.status(), s -> new ArrayList<>()).add(type.code());
        }
        byStatus.forEach((status, codes) -> responses.put(Integer.toString(status), Map.of(
                "description", "Problem: " + String.join(", ", codes),
                "headers", everyAnswersHeaders(),
                "content", Map.of(PROBLEM_JSON, Map.of("schema", Map.of("$ref", "#/components/schemas/ProblemView"))))));
        return responses;
    }

    /** The headers of every answer of the API, problems included. */
    private static Map<String, Object> everyAnswersHeaders() {
        var headers = new LinkedHashMap<String, Object>();
        headers.put("Cache-Control", Map.of("description", "no-store: answers hold personal data that no cache "
                + "may keep", "schema", Map.of("type", "string", "enum", List.of("no-store"))));
        headers.put("X-Content-Type-Options", Map.of("description", "nosniff: browsers take the media type as "
                + "sent", "schema", Map.of("type", "string", "enum", List.of("nosniff"))));
        return headers;
    }

    private static Map<String, Object> schemaOf(Type type, Map<String, Object> schemas) {
        if (type instanceof ListOf listOf) {
            return Map.of("type", "array", "items", schemaOf(listOf.element(), schemas));
        }
        if (type instanceof ParameterizedType parameterized) {
            var raw = (Class<?>) parameterized.getRawType();
            var arguments = parameterized.getActualTypeArguments();
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schemaOf(arguments[1], schemas));
            }
            if (Collection.class.isAssignableFrom(raw)) {
                var array = new LinkedHashMap<String, Object>();
                array.put("type", "array");
                array.put("items", schemaOf(arguments[0], schemas));
                if (Set.class.isAssignableFrom(raw)) {
                    array.put("uniqueItems", true);
                }
                return array;
            }
        }
        var cls = (Class<?>) type;
        if (cls == String.class) {
            return Map.of("type", "string");
        }
        if (cls == int.class || cls == Integer.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (cls == long.class || cls == Long.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (cls == BigDecimal.class) {
            return Map.of("type", "number");
        }
        if (cls == Instant.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (cls == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (cls == Period.class) {
            return Map.of("type", "string", "format", "period", "example", "P1W");
        }
        if (cls.isEnum()) {
            return Map.of("type", "string", "enum",
                    Arrays.stream(cls.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        if (cls.isRecord()) {
            if (!schemas.containsKey(cls.getSimpleName())) {
                var schema = recordSchema(cls, schemas);
                schemas.put(cls.getSimpleName(), schema);
            }
            return Map.of("$ref", "#/components/schemas/" + cls.getSimpleName());
        }
        throw new IllegalArgumentException("no schema for " + type);
    }

    private static Map<String, Object> recordSchema(Class<?> record, Map<String, Object> schemas) {
        var properties = new LinkedHashMap<String, Object>();
        var required = new ArrayList<String>();
        for (RecordComponent component : record.getRecordComponents()) {
            var schema = new LinkedHashMap<>(schemaOf(component.getGenericType(), schemas));
            // Bean Validation constraints do not target record components; they land on the accessor.
            var accessor = component.getAccessor();
            var size = accessor.getAnnotation(Size.class);
            if (size != null) {
                schema.put("maxLength", size.max());
            }
            properties.put(component.getName(), schema);
            if (accessor.isAnnotationPresent(NotNull.class)) {
                required.add(component.getName());
            }
        }
        var schema = new LinkedHashMap<String, Object>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        if (record.getSimpleName().endsWith("Body")) {
            schema.put("additionalProperties", false);
        }
        return schema;
    }
}
