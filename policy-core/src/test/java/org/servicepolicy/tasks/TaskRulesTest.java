package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.tasks.TaskExamples.NOW;
import static org.servicepolicy.tasks.TaskExamples.assigned;
import static org.servicepolicy.tasks.TaskExamples.decided;
import static org.servicepolicy.tasks.TaskExamples.eventTypes;
import static org.servicepolicy.tasks.TaskExamples.facts;
import static org.servicepolicy.tasks.TaskExamples.inProgress;
import static org.servicepolicy.tasks.TaskExamples.refusalOf;
import static org.servicepolicy.tasks.TaskExamples.stamp;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.ViolationType;

/** The decisions of §3.1, asked of the rules directly: facts and a stamp in, a refusal or an outcome out. */
class TaskRulesTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");

    private static PolicyDefinition policy(String version, Map<String, String> changes) {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.putAll(changes);
        return PolicyDefinition.of(version, Instant.EPOCH, settings);
    }

    private static NewTask newTask(Duration dueIn, List<String> copiedPeople, List<String> copiedDepartments) {
        return new NewTask("staff", " Quarterly figures ", "Close the books", List.of("Reconciled"), "Template",
                NOW.plus(dueIn), copiedPeople, copiedDepartments, null);
    }

    private static TaskFacts.Assignment assignment(EmploymentStatus status, PolicyDefinition policy,
                                                   FieldProblem... unknownCopies) {
        return new TaskFacts.Assignment(Optional.of(TaskExamples.line(TaskExamples.employee("staff", status), "lead",
                "boss")), List.of(unknownCopies), policy);
    }

    @Test
    void aTaskLongerThanTheThresholdOfThePolicyInForceAtItsAssignmentGetsThatPolicysReportInterval() {
        var daily = policy("daily", Map.of("tasks.progress.interval", "P1D",
                "tasks.progress.requiredWhenLongerThan", "P2D"));
        var threeDays = newTask(Duration.ofDays(3), List.of(), List.of());

        assertThat(TaskRules.progressInterval(threeDays, daily, NOW)).contains(Period.ofDays(1));
        assertThat(TaskRules.progressInterval(newTask(Duration.ofDays(2), List.of(), List.of()), daily, NOW)).isEmpty();
        assertThat(TaskRules.progressInterval(threeDays, StandardPolicy.definition(), NOW)).isEmpty();
    }

    @Test
    void theIntervalTheAssignerSetsOverridesThePolicysDefault() {
        var command = new NewTask("staff", "t", "o", List.of("r"), "q", NOW.plus(Duration.ofDays(30)), null, null,
                Period.ofDays(2));

        assertThat(TaskRules.progressInterval(command, StandardPolicy.definition(), NOW)).contains(Period.ofDays(2));
    }

    @Test
    void aSuperiorAssignsATaskToAnEmployeeOnPostAndItIsAnnouncedToTheAssignee() {
        var outcome = decided(TaskRules.assign(assignment(EmploymentStatus.ON_POST, StandardPolicy.definition()),
                newTask(Duration.ofDays(3), List.of("peer"), List.of()), stamp("lead")));

        assertThat(outcome.changes()).hasSize(1);
        assertThat(outcome.events()).singleElement().isInstanceOfSatisfying(TaskEvent.TaskAssigned.class, e -> {
            assertThat(e.task()).isEqualTo(TaskId.of("new-1"));
            assertThat(e.assignee()).isEqualTo(STAFF);
            assertThat(e.copiedPeople()).containsExactly(EmployeeId.of("peer"));
            assertThat(e.deadline()).isEqualTo(NOW.plus(Duration.ofDays(3)));
        });
        assertThat(outcome.audit()).singleElement().satisfies(a -> assertThat(a.action()).isEqualTo("task.assign"));
    }

    @Test
    void anEmployeeStillOnboardingDoesNotTakeUpWorkUntilTheyPassNewHireTraining() {
        var refusal = refusalOf(TaskRules.assign(assignment(EmploymentStatus.ONBOARDING, StandardPolicy.definition()),
                newTask(Duration.ofDays(3), List.of(), List.of()), stamp("lead")));

        assertThat(refusal).isInstanceOfSatisfying(Refusal.Policy.class, p -> {
            assertThat(p.clause()).isEqualTo("§4.1.1");
            assertThat(p.rule()).isEqualTo("tasks.assign.onPost");
        });
        assertThat(TaskRules.onPost(TaskExamples.employee("staff", EmploymentStatus.LEFT))).get()
                .isInstanceOfSatisfying(Refusal.Policy.class, p -> assertThat(p.rule()).isEqualTo("tasks.assign.employed"));
    }

    @Test
    void everyCopiedPersonOrDepartmentThatDoesNotExistIsListedAtOnce() {
        var unknown = List.of(new FieldProblem("copiedEmployeeIds", "no such employee: nobody"),
                new FieldProblem("copiedDepartmentIds", "no such department: nowhere"));

        var refusal = refusalOf(TaskRules.assign(assignment(EmploymentStatus.ON_POST, StandardPolicy.definition(),
                unknown.toArray(FieldProblem[]::new)), newTask(Duration.ofDays(3), List.of("nobody"),
                List.of("nowhere")), stamp("lead")));

        assertThat(refusal).isEqualTo(Refusal.invalid(unknown));
    }

    @Test
    void theAssigneeAcceptsAnAssignedTaskAndOnlyThat() {
        assertThat(eventTypes(TaskRules.accept(facts(assigned()), stamp("staff")))).containsExactly("TaskAccepted");
        assertThat(refusalOf(TaskRules.accept(facts(inProgress()), stamp("staff"))))
                .isEqualTo(Refusal.transition("task", "task-1", "IN_PROGRESS", "accept"));
    }

    @Test
    void aTaskMayNotBeRefusedWithoutReason() {
        var refusal = refusalOf(TaskRules.refuse(facts(assigned()), "  ", stamp("staff")));

        assertThat(refusal).isEqualTo(Refusal.policy("§3.1.1", "tasks.refuse.reason",
                "a task may not be refused without reason", "reason"));
    }

    @Test
    void aRefusalWithAReasonAwaitsTheAssignersRuling() {
        var outcome = decided(TaskRules.refuse(facts(assigned()), "on the audit all week", stamp("staff")));

        assertThat(outcome.events()).singleElement().isInstanceOfSatisfying(TaskEvent.TaskRefused.class,
                e -> assertThat(e.refusal()).isEqualTo(1));
    }

    @Test
    void anUnjustifiedRefusalIsAViolationOfTheAssigneeDatedWhenTheyRefused() {
        var refusedAt = NOW.minus(Duration.ofHours(5));
        var task = assigned().refuse(refusedAt, STAFF, "on the audit");

        var violation = TaskRules.violationFor(task, EmployeeId.of("lead"), "the audit ends tomorrow");

        assertThat(violation.employeeId()).isEqualTo("staff");
        assertThat(violation.type()).isEqualTo(ViolationType.TASK_REFUSED_WITHOUT_VALID_REASON);
        assertThat(violation.occurredAt()).isEqualTo(refusedAt);
        assertThat(violation.description()).contains("refusal 1").contains("ruled unjustified by lead");
    }

    @Test
    void aJustifiedRefusalClosesTheTaskAndThePendingAdjustmentLapses() {
        var task = assigned().requestAdjustment(NOW.minus(Duration.ofHours(6)), Optional.of(NOW.plus(Duration.ofDays(20))),
                List.of(), "late ledger", "two parts", false, StandardPolicy.VERSION)
                .refuse(NOW.minus(Duration.ofHours(5)), STAFF, "on the audit");

        var outcome = TaskRules.ruleOnRefusal(facts(task), new RuleOnRefusal(true, null), Optional.empty(),
                stamp("lead"));

        assertThat(eventTypes(outcome)).containsExactly("TaskRefusalJustified", "TaskAdjustmentLapsed");
    }

    @Test
    void anUnjustifiedRulingNamesTheViolationOnRecord() {
        var task = assigned().refuse(NOW.minus(Duration.ofHours(5)), STAFF, "on the audit");

        var outcome = decided(TaskRules.ruleOnRefusal(facts(task), new RuleOnRefusal(false, "not valid"),
                Optional.of(ViolationId.of("v-1")), stamp("lead")));

        assertThat(outcome.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("TaskRefusalUnjustified");
            assertThat(e.attributes()).containsEntry("violationId", "v-1").containsEntry("ruledBy", "lead");
        });
    }

    @Test
    void onlyARefusalAwaitingItsRulingIsRuledOn() {
        assertThat(refusalOf(TaskRules.ruleOnRefusal(facts(assigned()), new RuleOnRefusal(true, null),
                Optional.empty(), stamp("lead"))))
                .isEqualTo(Refusal.transition("task", "task-1", "ASSIGNED", "rule on the refusal of"));
    }

    @Test
    void anAdjustmentAskedWithLessNoticeThanThePolicyInForceAtTheRequestAsksForIsLate() {
        var task = inProgress();
        var twoDaysBefore = stamp("staff", task.currentTerms().deadline().minus(Duration.ofHours(48)));
        var request = new RequestAdjustment(task.currentTerms().deadline().plus(Duration.ofDays(5)), null,
                "late ledger", "two parts");

        var underStandard = TaskRules.requestAdjustment(new TaskFacts.Adjustment(facts(task),
                StandardPolicy.definition()), request, twoDaysBefore);
        var underThreeDays = TaskRules.requestAdjustment(new TaskFacts.Adjustment(facts(task),
                policy("notice-3d", Map.of("tasks.adjustment.minNotice", "PT72H"))), request, twoDaysBefore);

        assertThat(decided(underStandard).events()).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry("late", "false"));
        assertThat(decided(underThreeDays).events()).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry("late", "true"));
    }

    @Test
    void aRequestForTheTermsAlreadyInForceIsNoRequestAndOneRequestIsDecidedAtATime() {
        var task = inProgress();
        var same = new RequestAdjustment(task.currentTerms().deadline(), null, "why", "what");
        var pending = task.requestAdjustment(NOW, Optional.of(NOW.plus(Duration.ofDays(20))), List.of(), "r", "a",
                false, StandardPolicy.VERSION);
        var another = new RequestAdjustment(NOW.plus(Duration.ofDays(30)), null, "why", "what");

        assertThat(refusalOf(TaskRules.requestAdjustment(new TaskFacts.Adjustment(facts(task),
                StandardPolicy.definition()), same, stamp("staff"))))
                .isEqualTo(Refusal.invalid("newDeadline", "the request asks for the terms already in force"));
        assertThat(refusalOf(TaskRules.requestAdjustment(new TaskFacts.Adjustment(facts(pending),
                StandardPolicy.definition()), another, stamp("staff")))).isEqualTo(Refusal.transition("task",
                "task-1", "awaiting the decision on adjustment 1", "request another adjustment of"));
    }

    @Test
    void theTermsChangeOnlyWhenTheSuperiorApprovesAndAnApprovalGivesTheNextTermsVersion() {
        var task = inProgress().requestAdjustment(NOW, Optional.of(NOW.plus(Duration.ofDays(20))), List.of(), "r",
                "a", false, StandardPolicy.VERSION);

        var approved = decided(TaskRules.decideAdjustment(facts(task), new DecideAdjustment(1, true, null),
                stamp("lead")));

        assertThat(approved.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("TaskAdjustmentApproved");
            assertThat(e.attributes()).containsEntry("termsVersion", "2");
        });
        assertThat(refusalOf(TaskRules.decideAdjustment(facts(task), new DecideAdjustment(2, true, null),
                stamp("lead")))).isEqualTo(Refusal.missing("adjustment", "task-1#2"));
        var denied = task.decideAdjustment(1, false, NOW, EmployeeId.of("lead"), "no");
        assertThat(refusalOf(TaskRules.decideAdjustment(facts(denied), new DecideAdjustment(1, true, null),
                stamp("lead")))).isEqualTo(Refusal.transition("adjustment", "task-1#1", "DENIED", "decide"));
    }

    @Test
    void progressIsReportedAndIssuesEscalatedOnlyWhileTheWorkIsInProgress() {
        var report = new ReportProgress("halfway", 50, List.of(" ledger locked "));

        assertThat(decided(TaskRules.reportProgress(facts(inProgress()), report, stamp("staff"))).events())
                .singleElement().satisfies(e -> assertThat(e.attributes()).containsEntry("blockers", "1"));
        assertThat(refusalOf(TaskRules.reportProgress(facts(assigned()), report, stamp("staff"))))
                .isEqualTo(Refusal.transition("task", "task-1", "ASSIGNED", "report progress on"));
        assertThat(refusalOf(TaskRules.escalate(facts(assigned()), "locked", stamp("staff"))))
                .isEqualTo(Refusal.transition("task", "task-1", "ASSIGNED", "escalate an issue of"));
    }

    @Test
    void anEscalationIsAnsweredOnceByOneWhoDirectsTheTask() {
        var escalated = inProgress().escalate(NOW, "the ledger is locked");
        var answer = new AnswerEscalation(1, "unlocked");

        assertThat(eventTypes(TaskRules.answerEscalation(facts(escalated), answer, stamp("boss"))))
                .containsExactly("TaskEscalationAnswered");
        var answered = escalated.answerEscalation(1, NOW, EmployeeId.of("lead"), "done");
        assertThat(refusalOf(TaskRules.answerEscalation(facts(answered), answer, stamp("boss"))))
                .isEqualTo(Refusal.transition("escalation", "task-1#1", "ANSWERED", "answer"));
        assertThat(refusalOf(TaskRules.answerEscalation(facts(escalated), new AnswerEscalation(2, "x"),
                stamp("boss")))).isEqualTo(Refusal.missing("escalation", "task-1#2"));
    }

    @Test
    void theSelfCheckChecksEveryRequirementOfTheTermsInForceAndNoOther() {
        var terms = inProgress().currentTerms();

        assertThat(TaskRules.selfCheckCovers(terms, List.of(new SelfCheck(1, true, null), new SelfCheck(2, true, null))))
                .isEmpty();
        assertThat(TaskRules.selfCheckCovers(terms, List.of(new SelfCheck(2, true, null)))).get()
                .isEqualTo(Refusal.policy("§3.1.3", "tasks.completion.selfCheck", "the self-check skips requirement(s)"
                        + " [1] of terms version 1: every requirement is checked against the result", "checks"));
        assertThat(TaskRules.selfCheckCovers(terms, List.of(new SelfCheck(3, true, null), new SelfCheck(4, true, null))))
                .contains(Refusal.invalid(List.of(
                        new FieldProblem("checks[0].requirement", "terms version 1 have 2 requirement(s)"),
                        new FieldProblem("checks[1].requirement", "terms version 1 have 2 requirement(s)"))));
    }

    @Test
    void aCompletionReportedAfterTheDeadlineIsLateAndEveryoneCopiedIsNotified() {
        var task = inProgress();
        var afterDeadline = stamp("staff", task.currentTerms().deadline().plus(Duration.ofHours(1)));
        var report = new ReportCompletion("done", List.of(new SelfCheck(1, true, null),
                new SelfCheck(2, false, "no chart for the north")));

        var outcome = decided(TaskRules.reportCompletion(facts(task), report, afterDeadline));

        assertThat(outcome.events()).extracting(e -> e.type()).containsExactly("TaskCompletionReported",
                "TaskCompletionCopied", "TaskCompletionCopied");
        assertThat(outcome.events().get(0).attributes()).containsEntry("late", "true")
                .containsEntry("allRequirementsMet", "false");
        assertThat(outcome.events().subList(1, 3)).extracting(e -> e.attributes().get("recipientType"))
                .containsExactly("employee", "department");
        assertThat(outcome.audit()).singleElement().satisfies(a -> assertThat(a.detail())
                .isEqualTo("completion 1 (late), 1 of 2 requirement(s) met"));
    }

    @Test
    void theAssignerReviewsOnlyASubmittedResultAcceptingItWithAScoreOrReturningIt() {
        var submitted = inProgress().submitCompletion(NOW, STAFF, "done", List.of(new RequirementCheck(1, true, ""),
                new RequirementCheck(2, true, "")));

        assertThat(eventTypes(TaskRules.review(facts(submitted), new ReviewCompletion(ReviewOutcome.ACCEPTED, 90,
                "clean"), stamp("lead")))).containsExactly("TaskCompletionAccepted");
        assertThat(eventTypes(TaskRules.review(facts(submitted), new ReviewCompletion(ReviewOutcome.RETURNED, null,
                "labels"), stamp("lead")))).containsExactly("TaskReturnedForRework");
        assertThat(refusalOf(TaskRules.review(facts(inProgress()), new ReviewCompletion(ReviewOutcome.ACCEPTED, 90,
                "clean"), stamp("lead")))).isEqualTo(Refusal.transition("task", "task-1", "IN_PROGRESS", "review"));
    }
}
