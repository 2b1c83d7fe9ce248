package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.acceptResult;
import static org.servicepolicy.rest.Payloads.adjustment;
import static org.servicepolicy.rest.Payloads.completion;
import static org.servicepolicy.rest.Payloads.progress;
import static org.servicepolicy.rest.Payloads.returnForRework;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.texts;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A task's execution over HTTP: adjustments of its terms (§3.1.1), progress and escalations
 * (§3.1.2), completion with its self-check and the review (§3.1.3), and the sweep's marks.
 */
class TaskExecutionApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private final TaskSteps steps = new TaskSteps(api);

    private static final Instant DEADLINE = START.plus(Duration.ofDays(14));

    /** A two-week task from the manager to staff, with two requirements, weekly progress reports. */
    private String task;

    @BeforeEach
    void assignATask() {
        task = steps.assign(User.MANAGER, User.STAFF, DEADLINE, "Revenue by region", "Comparison with last quarter");
    }

    @Test
    void anAdjustmentAskedInAdvanceIsNotLateAndTheTermsWaitForApproval() {
        var requested = steps.act(User.STAFF, task, "request-adjustment",
                adjustment(DEADLINE.plus(Duration.ofDays(7)), "the ledger closes late this quarter"));

        var adjustment = requested.at("/adjustments/0");
        assertThat(adjustment.get("number").asInt()).isEqualTo(1);
        assertThat(adjustment.get("requestedAt").asText()).isEqualTo(START.toString());
        assertThat(adjustment.get("newDeadline").asText()).isEqualTo(DEADLINE.plus(Duration.ofDays(7)).toString());
        assertThat(adjustment.get("newRequirements")).isEmpty();
        assertThat(adjustment.get("reason").asText()).isEqualTo("the ledger closes late this quarter");
        assertThat(adjustment.get("proposedAlternative").asText()).isEqualTo("deliver the summary first");
        assertThat(adjustment.get("late").asBoolean()).isFalse();
        assertThat(adjustment.get("policyVersion").asText()).isEqualTo("standard");
        assertThat(adjustment.has("decision")).isFalse();
        assertThat(requested.get("terms")).hasSize(1);
        assertThat(requested.get("status").asText()).isEqualTo("ASSIGNED");
    }

    @Test
    void anAdjustmentAskedWithLessThanTheNoticeIsAcceptedButMarkedLate() {
        steps.act(User.STAFF, task, "accept", null);
        api.clock().advance(Duration.ofDays(13).plusHours(1));

        var requested = steps.act(User.STAFF, task, "request-adjustment",
                adjustment(DEADLINE.plus(Duration.ofDays(2)), "the printer broke"));

        assertThat(requested.at("/adjustments/0/late").asBoolean()).isTrue();
        assertThat(steps.task(task).at("/adjustments/0/late").asBoolean()).isTrue();
    }

    @Test
    void anApprovedAdjustmentGivesTheTaskANewTermsVersionAndKeepsTheOldOne() {
        steps.act(User.STAFF, task, "request-adjustment", """
                {"newDeadline": "%s", "newRequirements": ["Revenue by region"],
                 "reason": "last quarter's figures are under audit", "proposedAlternative": "compare next quarter"}"""
                .formatted(DEADLINE.plus(Duration.ofDays(7))));
        api.clock().advance(Duration.ofHours(2));

        var approved = steps.act(User.MANAGER, task, "decide-adjustment", "{\"adjustment\": 1, \"approved\": true}");

        assertThat(approved.get("terms")).hasSize(2);
        var first = approved.at("/terms/0");
        var second = approved.at("/terms/1");
        assertThat(first.get("deadline").asText()).isEqualTo(DEADLINE.toString());
        assertThat(texts(first.get("requirements")))
                .containsExactly("Revenue by region", "Comparison with last quarter");
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("deadline").asText()).isEqualTo(DEADLINE.plus(Duration.ofDays(7)).toString());
        assertThat(texts(second.get("requirements"))).containsExactly("Revenue by region");
        assertThat(second.get("objective").asText()).isEqualTo(first.get("objective").asText());
        assertThat(second.get("adjustment").asInt()).isEqualTo(1);
        assertThat(second.get("setBy").asText()).isEqualTo(User.MANAGER.id());
        assertThat(second.get("effectiveFrom").asText()).isEqualTo(START.plus(Duration.ofHours(2)).toString());
        var decision = approved.at("/adjustments/0/decision");
        assertThat(decision.get("outcome").asText()).isEqualTo("APPROVED");
        assertThat(decision.get("by").asText()).isEqualTo(User.MANAGER.id());
        assertThat(decision.get("termsVersion").asInt()).isEqualTo(2);
        assertThat(decision.has("reason")).isFalse();
    }

    @Test
    void aDenialNeedsAReasonAndLeavesTheTermsAsTheyAre() {
        steps.act(User.STAFF, task, "request-adjustment", adjustment(DEADLINE.plusSeconds(3600), "more time"));

        var withoutReason = api.as(User.MANAGER).post("/tasks/" + task + "/decide-adjustment",
                "{\"adjustment\": 1, \"approved\": false}");
        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(fields(withoutReason.json())).containsExactly("reason");
        assertThat(steps.task(task).at("/adjustments/0").has("decision")).isFalse();

        var denied = steps.act(User.MANAGER, task, "decide-adjustment",
                "{\"adjustment\": 1, \"approved\": false, \"reason\": \"the board meets on the deadline\"}");

        assertThat(denied.at("/adjustments/0/decision/outcome").asText()).isEqualTo("DENIED");
        assertThat(denied.at("/adjustments/0/decision/reason").asText()).isEqualTo("the board meets on the deadline");
        assertThat(denied.at("/adjustments/0/decision").has("termsVersion")).isFalse();
        assertThat(denied.get("terms")).hasSize(1);
    }

    @Test
    void anAdjustmentIsDecidedOnceAndOneIsPendingAtATime() {
        steps.act(User.STAFF, task, "request-adjustment", adjustment(DEADLINE.plusSeconds(3600), "more time"));

        var another = api.as(User.STAFF).post("/tasks/" + task + "/request-adjustment",
                adjustment(DEADLINE.plusSeconds(7200), "even more time"));
        assertThat(another.status()).isEqualTo(409);
        assertThat(another.json().get("type").asText())
                .isEqualTo("https://servicepolicy.org/problems/illegal-transition");

        steps.act(User.MANAGER, task, "decide-adjustment", "{\"adjustment\": 1, \"approved\": true}");
        var again = api.as(User.MANAGER).post("/tasks/" + task + "/decide-adjustment",
                "{\"adjustment\": 1, \"approved\": false, \"reason\": \"on second thought\"}");
        assertThat(again.status()).isEqualTo(409);
        var unknown = api.as(User.MANAGER).post("/tasks/" + task + "/decide-adjustment",
                "{\"adjustment\": 7, \"approved\": true}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(steps.task(task).get("terms")).hasSize(2);
    }

    static Stream<Arguments> badAdjustments() {
        return Stream.of(
                Arguments.of("no change asked for", """
                        {"reason": "more time", "proposedAlternative": "a summary"}""", 422,
                        new String[]{"newDeadline"}),
                Arguments.of("the deadline in force", adjustment(DEADLINE, "the same"), 422,
                        new String[]{"newDeadline"}),
                Arguments.of("a deadline in the past", adjustment(START.minusSeconds(1), "yesterday"), 422,
                        new String[]{"newDeadline"}),
                Arguments.of("no reason and no alternative", """
                        {"newDeadline": "%s"}""".formatted(DEADLINE.plusSeconds(60)), 422,
                        new String[]{"reason", "proposedAlternative"}),
                Arguments.of("an unknown member", adjustment(DEADLINE.plusSeconds(60), "x")
                        .replace("\"reason\"", "\"urgency\": \"high\", \"reason\""), 400, new String[]{"urgency"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAdjustments")
    void aBadAdjustmentRequestIsRefusedAndNothingIsStored(String what, String body, int status, String[] fields) {
        var refused = api.as(User.STAFF).post("/tasks/" + task + "/request-adjustment", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(fields(refused.json())).containsExactlyInAnyOrder(fields);
        assertThat(steps.task(task).get("adjustments")).isEmpty();
    }

    @Test
    void theAssigneeReportsProgressWithBlockers() {
        steps.act(User.STAFF, task, "accept", null);
        api.clock().advance(Duration.ofDays(3));

        var reported = steps.act(User.STAFF, task, "progress", progress(40, "waiting for the ledger"));

        var report = reported.at("/progressReports/0");
        assertThat(report.get("number").asInt()).isEqualTo(1);
        assertThat(report.get("at").asText()).isEqualTo(START.plus(Duration.ofDays(3)).toString());
        assertThat(report.get("text").asText()).isEqualTo("figures collected");
        assertThat(report.get("percentDone").asInt()).isEqualTo(40);
        assertThat(texts(report.get("blockers"))).containsExactly("waiting for the ledger");
        assertThat(steps.act(User.STAFF, task, "progress", progress(60)).at("/progressReports/1/blockers")).isEmpty();
    }

    static Stream<Arguments> badProgressReports() {
        return Stream.of(
                Arguments.of("more than done", progress(101), 422, "percentDone"),
                Arguments.of("less than nothing", progress(-1), 422, "percentDone"),
                Arguments.of("no percentage", "{\"text\": \"going well\"}", 422, "percentDone"),
                Arguments.of("a percentage in words", progress(40).replace("40", "\"forty\""), 400, "percentDone"),
                Arguments.of("a fraction of a percent", progress(40).replace("40", "40.5"), 400, "percentDone"),
                Arguments.of("no text", "{\"percentDone\": 40}", 422, "text"),
                Arguments.of("a blank blocker", progress(40, " "), 422, "blockers[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProgressReports")
    void aBadProgressReportIsRefusedAndNothingIsStored(String what, String body, int status, String field) {
        steps.act(User.STAFF, task, "accept", null);

        var refused = api.as(User.STAFF).post("/tasks/" + task + "/progress", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(fields(refused.json())).containsExactly(field);
        assertThat(steps.task(task).get("progressReports")).isEmpty();
    }

    @Test
    void anEscalationIsListedForTheSuperiorUntilAnswered() {
        steps.act(User.STAFF, task, "accept", null);
        api.clock().advance(Duration.ofDays(1));

        var escalated = steps.act(User.STAFF, task, "escalate", "{\"issue\": \"the ledger shows a gap of 40,000\"}");

        assertThat(escalated.at("/escalations/0/number").asInt()).isEqualTo(1);
        assertThat(escalated.at("/escalations/0/issue").asText()).isEqualTo("the ledger shows a gap of 40,000");
        assertThat(escalated.at("/escalations/0").has("answer")).isFalse();
        var open = api.as(User.MANAGER).get("/escalations/open").json();
        assertThat(open).hasSize(1);
        assertThat(open.at("/0/taskId").asText()).isEqualTo(task);
        assertThat(open.at("/0/title").asText()).isEqualTo("Quarterly sales report");
        assertThat(open.at("/0/assigneeId").asText()).isEqualTo(User.STAFF.id());
        assertThat(open.at("/0/assignerId").asText()).isEqualTo(User.MANAGER.id());
        assertThat(open.at("/0/number").asInt()).isEqualTo(1);
        assertThat(open.at("/0/raisedAt").asText()).isEqualTo(START.plus(Duration.ofDays(1)).toString());
        assertThat(open.at("/0/issue").asText()).isEqualTo("the ledger shows a gap of 40,000");
        assertThat(api.as(User.HR).get("/escalations/open").json()).hasSize(1);
        for (var user : new User[]{User.STAFF, User.PEER, User.OPS_MANAGER}) {
            assertThat(api.as(user).get("/escalations/open").json()).as(user.name()).isEmpty();
        }

        var answered = steps.act(User.MANAGER, task, "answer-escalation",
                "{\"escalation\": 1, \"answer\": \"book it as pending; finance will explain\"}");

        assertThat(answered.at("/escalations/0/answer/answer").asText())
                .isEqualTo("book it as pending; finance will explain");
        assertThat(answered.at("/escalations/0/answer/by").asText()).isEqualTo(User.MANAGER.id());
        assertThat(api.as(User.MANAGER).get("/escalations/open").json()).isEmpty();
        var again = api.as(User.MANAGER).post("/tasks/" + task + "/answer-escalation",
                "{\"escalation\": 1, \"answer\": \"and another thing\"}");
        assertThat(again.status()).isEqualTo(409);
        var unknown = api.as(User.MANAGER).post("/tasks/" + task + "/answer-escalation",
                "{\"escalation\": 2, \"answer\": \"to what?\"}");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void anEscalationNeedsAnIssueAndAnAnswerNeedsItsNumber() {
        steps.act(User.STAFF, task, "accept", null);

        var blank = api.as(User.STAFF).post("/tasks/" + task + "/escalate", "{\"issue\": \" \"}");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(fields(blank.json())).containsExactly("issue");
        steps.act(User.STAFF, task, "escalate", "{\"issue\": \"the ledger shows a gap\"}");

        var noNumber = api.as(User.MANAGER).post("/tasks/" + task + "/answer-escalation", "{\"answer\": \"ok\"}");
        assertThat(noNumber.status()).isEqualTo(422);
        assertThat(fields(noNumber.json())).containsExactly("escalation");
        assertThat(steps.task(task).get("escalations")).hasSize(1);
        assertThat(steps.task(task).at("/escalations/0").has("answer")).isFalse();
    }

    @Test
    void aSelfCheckThatSkipsARequirementIsRefusedCitingTheClause() {
        steps.act(User.STAFF, task, "accept", null);

        var refused = api.as(User.STAFF).post("/tasks/" + task + "/complete", completion(1));

        assertThat(refused.status()).isEqualTo(422);
        var problem = refused.json();
        assertThat(problem.get("type").asText()).isEqualTo("https://servicepolicy.org/problems/policy-refusal");
        assertThat(problem.get("clause").asText()).isEqualTo("§3.1.3");
        assertThat(problem.get("rule").asText()).isEqualTo("tasks.completion.selfCheck");
        assertThat(problem.get("field").asText()).isEqualTo("checks");
        assertThat(problem.get("detail").asText()).contains("[2]");
        assertThat(steps.status(task)).isEqualTo("IN_PROGRESS");
        assertThat(steps.task(task).get("completions")).isEmpty();
    }

    static Stream<Arguments> badCompletions() {
        return Stream.of(
                Arguments.of("no summary and no checks", "{}", 422, new String[]{"summary", "checks"}),
                Arguments.of("a requirement the terms do not have", completion(1, 2, 3), 422,
                        new String[]{"checks[2].requirement"}),
                Arguments.of("a requirement checked twice", completion(1, 1, 2), 422,
                        new String[]{"checks[1].requirement"}),
                Arguments.of("a requirement numbered from 0", completion(0, 1, 2), 422,
                        new String[]{"checks[0].requirement"}),
                Arguments.of("an unmet requirement without a note", """
                        {"summary": "sent", "checks": [{"requirement": 1, "met": true},
                         {"requirement": 2, "met": false}]}""", 422, new String[]{"checks[1].note"}),
                Arguments.of("a check without its verdict", """
                        {"summary": "sent", "checks": [{"requirement": 1, "met": true}, {"requirement": 2}]}""", 422,
                        new String[]{"checks[1].met"}),
                Arguments.of("an unknown member of a check", """
                        {"summary": "sent", "checks": [{"requirement": 1, "met": true, "score": 5},
                         {"requirement": 2, "met": true}]}""", 400, new String[]{"checks[0].score"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCompletions")
    void aBadCompletionReportIsRefusedAndNothingIsStored(String what, String body, int status, String[] fields) {
        steps.act(User.STAFF, task, "accept", null);

        var refused = api.as(User.STAFF).post("/tasks/" + task + "/complete", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(fields(refused.json())).containsExactlyInAnyOrder(fields);
        assertThat(steps.status(task)).isEqualTo("IN_PROGRESS");
        assertThat(steps.task(task).get("completions")).isEmpty();
    }

    @Test
    void aCompletionByTheDeadlineIsOnTimeWithItsSelfCheck() {
        steps.act(User.STAFF, task, "accept", null);
        api.clock().advance(Duration.ofDays(10));

        var submitted = steps.act(User.STAFF, task, "complete", """
                {"summary": "report sent to the board", "checks": [
                 {"requirement": 2, "met": false, "note": "last quarter is under audit"},
                 {"requirement": 1, "met": true}]}""");

        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        var report = submitted.at("/completions/0");
        assertThat(report.get("number").asInt()).isEqualTo(1);
        assertThat(report.get("submittedAt").asText()).isEqualTo(START.plus(Duration.ofDays(10)).toString());
        assertThat(report.get("termsVersion").asInt()).isEqualTo(1);
        assertThat(report.get("summary").asText()).isEqualTo("report sent to the board");
        assertThat(report.get("late").asBoolean()).isFalse();
        assertThat(report.get("allRequirementsMet").asBoolean()).isFalse();
        assertThat(values(report.get("checks"), "requirement")).containsExactly("1", "2");
        assertThat(report.at("/checks/0/met").asBoolean()).isTrue();
        assertThat(report.at("/checks/0").has("note")).isFalse();
        assertThat(report.at("/checks/1/note").asText()).isEqualTo("last quarter is under audit");
    }

    @Test
    void aCompletionAfterTheDeadlineIsLate() {
        steps.act(User.STAFF, task, "accept", null);
        api.clock().advance(Duration.ofDays(14).plusMinutes(1));

        var submitted = steps.act(User.STAFF, task, "complete", completion(1, 2));

        assertThat(submitted.at("/completions/0/late").asBoolean()).isTrue();
        assertThat(submitted.at("/completions/0/allRequirementsMet").asBoolean()).isTrue();
    }

    @Test
    void aCompletionIsJudgedByTheTermsInForceAfterAnApprovedAdjustment() {
        steps.act(User.STAFF, task, "accept", null);
        steps.act(User.STAFF, task, "request-adjustment", """
                {"newRequirements": ["Revenue by region", "Comparison with last quarter", "Forecast"],
                 "reason": "the board asked for a forecast", "proposedAlternative": "a one-page forecast"}""");
        steps.act(User.MANAGER, task, "decide-adjustment", "{\"adjustment\": 1, \"approved\": true}");

        var skipped = api.as(User.STAFF).post("/tasks/" + task + "/complete", completion(1, 2));
        assertThat(skipped.status()).isEqualTo(422);
        assertThat(skipped.json().get("clause").asText()).isEqualTo("§3.1.3");

        var submitted = steps.act(User.STAFF, task, "complete", completion(1, 2, 3));
        assertThat(submitted.at("/completions/0/termsVersion").asInt()).isEqualTo(2);
    }

    @Test
    void aPendingAdjustmentLapsesWhenTheTaskIsReportedComplete() {
        steps.act(User.STAFF, task, "accept", null);
        steps.act(User.STAFF, task, "request-adjustment", adjustment(DEADLINE.plusSeconds(3600), "more time"));

        var submitted = steps.act(User.STAFF, task, "complete", completion(1, 2));

        assertThat(submitted.at("/adjustments/0/decision/outcome").asText()).isEqualTo("LAPSED");
        assertThat(submitted.get("terms")).hasSize(1);
    }

    @Test
    void theAssignerAcceptsTheResultWithAQualityScore() {
        steps.act(User.STAFF, task, "accept", null);
        steps.act(User.STAFF, task, "complete", completion(1, 2));
        api.clock().advance(Duration.ofDays(1));

        var reviewed = steps.act(User.MANAGER, task, "review", acceptResult(88));

        assertThat(reviewed.get("status").asText()).isEqualTo("COMPLETED");
        var review = reviewed.at("/reviews/0");
        assertThat(review.get("number").asInt()).isEqualTo(1);
        assertThat(review.get("completion").asInt()).isEqualTo(1);
        assertThat(review.get("at").asText()).isEqualTo(START.plus(Duration.ofDays(1)).toString());
        assertThat(review.get("by").asText()).isEqualTo(User.MANAGER.id());
        assertThat(review.get("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(review.get("qualityScore").asInt()).isEqualTo(88);
        assertThat(review.get("comments").asText()).isEqualTo("clear and complete");
    }

    @Test
    void aResultReturnedForReworkGoesBackInProgressAndIsSubmittedAgain() {
        steps.act(User.STAFF, task, "accept", null);
        steps.act(User.STAFF, task, "complete", completion(1, 2));

        var returned = steps.act(User.MANAGER, task, "review", returnForRework("the regions do not add up"));

        assertThat(returned.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(returned.at("/reviews/0/outcome").asText()).isEqualTo("RETURNED");
        assertThat(returned.at("/reviews/0").has("qualityScore")).isFalse();
        assertThat(returned.at("/reviews/0/comments").asText()).isEqualTo("the regions do not add up");

        var resubmitted = steps.act(User.STAFF, task, "complete", completion(1, 2));
        assertThat(resubmitted.at("/completions/1/number").asInt()).isEqualTo(2);
        var accepted = steps.act(User.MANAGER, task, "review", acceptResult(75));
        assertThat(accepted.at("/reviews/1/completion").asInt()).isEqualTo(2);
        assertThat(values(accepted.get("history"), "status")).containsExactly("ASSIGNED", "IN_PROGRESS", "SUBMITTED",
                "IN_PROGRESS", "SUBMITTED", "COMPLETED");
    }

    static Stream<Arguments> badReviews() {
        return Stream.of(
                Arguments.of("a score above 100", acceptResult(101), 422, new String[]{"qualityScore"}),
                Arguments.of("a negative score", acceptResult(-1), 422, new String[]{"qualityScore"}),
                Arguments.of("an acceptance without a score", """
                        {"outcome": "ACCEPTED", "comments": "fine"}""", 422, new String[]{"qualityScore"}),
                Arguments.of("a score for a returned result", """
                        {"outcome": "RETURNED", "qualityScore": 40, "comments": "redo"}""", 422,
                        new String[]{"qualityScore"}),
                Arguments.of("no comments", """
                        {"outcome": "ACCEPTED", "qualityScore": 90}""", 422, new String[]{"comments"}),
                Arguments.of("an outcome that does not exist", """
                        {"outcome": "GOOD", "qualityScore": 90, "comments": "fine"}""", 400, new String[]{"outcome"}),
                Arguments.of("a score as a string", acceptResult(90).replace("90", "\"90\""), 400,
                        new String[]{"qualityScore"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReviews")
    void aBadReviewIsRefusedAndNothingIsStored(String what, String body, int status, String[] fields) {
        steps.act(User.STAFF, task, "accept", null);
        steps.act(User.STAFF, task, "complete", completion(1, 2));

        var refused = api.as(User.MANAGER).post("/tasks/" + task + "/review", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(fields(refused.json())).containsExactlyInAnyOrder(fields);
        assertThat(steps.status(task)).isEqualTo("SUBMITTED");
        assertThat(steps.task(task).get("reviews")).isEmpty();
    }

    @Test
    void theSweepsMarksAppearOnTheTask() {
        steps.act(User.STAFF, task, "accept", null);
        api.clock().advance(Duration.ofDays(15));
        var sweptAt = api.clock().instant();
        api.policy().tasks().sweep(sweptAt);

        var marks = steps.task(task).get("marks");

        assertThat(values(marks, "kind")).containsExactly("OVERDUE", "MISSED_PROGRESS_REPORT",
                "MISSED_PROGRESS_REPORT");
        assertThat(values(marks, "number")).containsExactly("1", "1", "2");
        assertThat(values(marks, "dueAt")).containsExactly(DEADLINE.toString(),
                START.plus(Duration.ofDays(7)).toString(), DEADLINE.toString());
        assertThat(values(marks, "markedAt")).containsOnly(sweptAt.toString());
        assertThat(api.as(User.STAFF).get("/employees/emp-staff/tasks").json().at("/0/marks")).isEqualTo(marks);
    }

    @Test
    void theSweepIsNotOfferedOverHttp() {
        var sweep = api.as(User.HR).post("/tasks/sweep", "{}");

        assertThat(sweep.status()).isEqualTo(405);
        assertThat(sweep.json().get("type").asText()).isEqualTo("about:blank");
    }
}
