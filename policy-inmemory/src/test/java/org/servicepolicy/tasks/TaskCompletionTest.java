package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.PublishedEvent;

/** Completion reports with their self-check, the copies, and the review (§3.1.3). */
class TaskCompletionTest {
    private static final Duration DUE_IN = Duration.ofDays(3);

    private final TaskFixture company = new TaskFixture();
    private final TaskService tasks = company.tasks();

    @Test
    void aCompletionReportChecksEveryRequirementAndNotifiesEveryoneCopied() {
        var task = company.inProgress(DUE_IN);
        company.clock.advance(Duration.ofDays(1));

        var submitted = tasks.reportCompletion(company.actor("staff"), task.id(), new ReportCompletion("Books closed",
                List.of(new SelfCheck(2, false, "one region has no data yet"), new SelfCheck(1, true, null))));

        assertThat(submitted.status()).isEqualTo(TaskStatus.SUBMITTED);
        assertThat(submitted.completions()).singleElement().satisfies(c -> {
            assertThat(c.late()).isFalse();
            assertThat(c.termsVersion()).isEqualTo(1);
            assertThat(c.summary()).isEqualTo("Books closed");
            assertThat(c.checks()).containsExactly(new RequirementCheck(1, true, ""),
                    new RequirementCheck(2, false, "one region has no data yet"));
            assertThat(c.allRequirementsMet()).isFalse();
        });
        var copies = company.events().stream().filter(e -> e.type().equals("TaskCompletionCopied"))
                .map(PublishedEvent::attributes).toList();
        assertThat(copies).extracting(a -> a.get("recipientType") + ":" + a.get("recipientId"))
                .containsExactly("employee:peer", "department:sales");
        assertThat(company.events()).filteredOn(e -> e.type().equals("TaskCompletionReported")).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry("late", "false")
                        .containsEntry("allRequirementsMet", "false"));
    }

    @Test
    void aSelfCheckThatSkipsARequirementIsRefused() {
        var task = company.inProgress(DUE_IN);

        assertThatThrownBy(() -> tasks.reportCompletion(company.actor("staff"), task.id(),
                new ReportCompletion("done", List.of(new SelfCheck(1, true, "")))))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> {
                    assertThat(e.clause()).contains("§3.1.3");
                    assertThat(e.ruleId()).isEqualTo("tasks.completion.selfCheck");
                    assertThat(e.field()).contains("checks");
                    assertThat(e).hasMessageContaining("[2]");
                });
        assertThat(company.stores.tasks().find(task.id())).contains(task);
    }

    @Test
    void aSelfCheckOfARequirementThatDoesNotExistIsInvalid() {
        var task = company.inProgress(DUE_IN);

        assertThatThrownBy(() -> tasks.reportCompletion(company.actor("staff"), task.id(), new ReportCompletion("done",
                List.of(new SelfCheck(1, true, ""), new SelfCheck(2, true, ""), new SelfCheck(3, true, "")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("checks[2].requirement", "terms version 1 have 2 requirement(s)")));
    }

    @Test
    void aMalformedSelfCheckListsEveryProblem() {
        var task = company.inProgress(DUE_IN);

        assertThatThrownBy(() -> tasks.reportCompletion(company.actor("staff"), task.id(), new ReportCompletion("",
                Arrays.asList(new SelfCheck(1, false, " "), new SelfCheck(1, true, ""), null,
                        new SelfCheck(null, null, ""), new SelfCheck(0, true, "")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("summary", "checks[0].note",
                                "checks[1].requirement", "checks[2]", "checks[3].requirement", "checks[3].met",
                                "checks[4].requirement"));
        assertThatThrownBy(() -> tasks.reportCompletion(company.actor("staff"), task.id(),
                new ReportCompletion("done", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("checks"));
    }

    @Test
    void aCompletionAfterTheDeadlineIsLate() {
        var task = company.inProgress(DUE_IN);
        company.clock.set(task.currentTerms().deadline().plusSeconds(1));

        var submitted = tasks.reportCompletion(company.actor("staff"), task.id(), TaskFixture.allMet(task));

        assertThat(submitted.completions().get(0).late()).isTrue();
        assertThat(company.events()).filteredOn(e -> e.type().equals("TaskCompletionReported")).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry("late", "true"));
    }

    @Test
    void aCompletionExactlyAtTheDeadlineIsOnTime() {
        var task = company.inProgress(DUE_IN);
        company.clock.set(task.currentTerms().deadline());

        assertThat(tasks.reportCompletion(company.actor("staff"), task.id(), TaskFixture.allMet(task))
                .completions().get(0).late()).isFalse();
    }

    @Test
    void aCompletionIsJudgedAgainstTheApprovedNewDeadline() {
        var task = company.inProgress(DUE_IN);
        var newDeadline = task.currentTerms().deadline().plus(Duration.ofDays(2));
        tasks.requestAdjustment(company.actor("staff"), task.id(),
                new RequestAdjustment(newDeadline, null, "data late", "two more days"));
        tasks.decideAdjustment(company.actor("lead"), task.id(), new DecideAdjustment(1, true, null));
        company.clock.set(newDeadline.minusSeconds(1));

        assertThat(tasks.reportCompletion(company.actor("staff"), task.id(), TaskFixture.allMet(task))
                .completions().get(0).late()).isFalse();
    }

    @Test
    void onlyTheAssigneeReportsCompletion() {
        var task = company.inProgress(DUE_IN);

        assertThatThrownBy(() -> tasks.reportCompletion(company.actor("lead"), task.id(), TaskFixture.allMet(task)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAssignerAcceptsTheResultWithAQualityScore() {
        var task = company.submitted(DUE_IN);

        var completed = tasks.review(company.actor("lead"), task.id(),
                new ReviewCompletion(ReviewOutcome.ACCEPTED, 88, "clean; label the axes next time"));

        assertThat(completed.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(completed.reviews()).singleElement().satisfies(r -> {
            assertThat(r.qualityScore()).contains(88);
            assertThat(r.comments()).isEqualTo("clean; label the axes next time");
            assertThat(r.completion()).isEqualTo(1);
        });
        assertThat(company.events().get(company.events().size() - 1).attributes())
                .isEqualTo(Map.of("assigneeId", "staff", "qualityScore", "88", "reviewedBy", "lead"));
    }

    @Test
    void theAssignerReturnsTheResultForReworkWithAReason() {
        var task = company.submitted(DUE_IN);

        var returned = tasks.review(company.actor("lead"), task.id(),
                new ReviewCompletion(ReviewOutcome.RETURNED, null, "the totals do not match"));

        assertThat(returned.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(returned.reviews().get(0).qualityScore()).isEmpty();
        assertThat(company.eventTypes(task.id())).endsWith("TaskReturnedForRework");
    }

    @Test
    void aReviewNeedsAScoreFrom0To100ToAcceptNoneToReturnAndCommentsEitherWay() {
        var task = company.submitted(DUE_IN);

        assertThatThrownBy(() -> tasks.review(company.actor("lead"), task.id(),
                new ReviewCompletion(ReviewOutcome.ACCEPTED, null, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("qualityScore", "comments"));
        assertThatThrownBy(() -> tasks.review(company.actor("lead"), task.id(),
                new ReviewCompletion(ReviewOutcome.ACCEPTED, 101, "ok")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("qualityScore"));
        assertThatThrownBy(() -> tasks.review(company.actor("lead"), task.id(),
                new ReviewCompletion(ReviewOutcome.RETURNED, 50, "redo")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("qualityScore"));
        assertThatThrownBy(() -> tasks.review(company.actor("lead"), task.id(),
                new ReviewCompletion(null, null, "redo")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("outcome"));
    }

    @Test
    void theAssigneeCannotReviewTheirOwnResult() {
        var task = company.submitted(DUE_IN);

        assertThatThrownBy(() -> tasks.review(company.actor("staff"), task.id(),
                new ReviewCompletion(ReviewOutcome.ACCEPTED, 100, "perfect")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
