package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PolicyRefusalException;

class TaskAdjustmentTest {
    private static final Duration DUE_IN = Duration.ofDays(5);

    private final TaskFixture company = new TaskFixture();
    private final TaskService tasks = company.tasks();

    private Task request(Task task, Instant newDeadline, List<String> newRequirements) {
        return tasks.requestAdjustment(company.actor("staff"), task.id(),
                new RequestAdjustment(newDeadline, newRequirements, "the ledger closes late", "deliver in two parts"));
    }

    private Instant later(Task task) {
        return task.currentTerms().deadline().plus(Duration.ofDays(3));
    }

    @Test
    void aRequestAtLeast24HoursBeforeTheDeadlineIsInAdvance() {
        var task = company.inProgress(DUE_IN);
        company.clock.set(task.currentTerms().deadline().minus(Duration.ofHours(24)));

        var requested = request(task, later(task), null);

        assertThat(requested.pendingAdjustment()).get().satisfies(a -> {
            assertThat(a.late()).isFalse();
            assertThat(a.number()).isEqualTo(1);
            assertThat(a.policyVersion()).isEqualTo("standard");
        });
        assertThat(requested.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(requested.terms()).hasSize(1);
        assertThat(company.events().get(company.events().size() - 1).attributes()).containsEntry("late", "false");
    }

    @Test
    void aRequestLessThan24HoursBeforeTheDeadlineIsAcceptedButMarkedLate() {
        var task = company.inProgress(DUE_IN);
        company.clock.set(task.currentTerms().deadline().minus(Duration.ofHours(24)).plusSeconds(1));

        var requested = request(task, later(task), null);

        assertThat(requested.pendingAdjustment()).get().satisfies(a -> assertThat(a.late()).isTrue());
        assertThat(company.events().get(company.events().size() - 1).attributes()).containsEntry("late", "true");
    }

    @Test
    void aRequestAfterTheDeadlineIsStillAcceptedAndLate() {
        var task = company.inProgress(DUE_IN);
        company.clock.set(task.currentTerms().deadline().plus(Duration.ofHours(1)));

        assertThat(request(task, later(task), null).pendingAdjustment()).get()
                .satisfies(a -> assertThat(a.late()).isTrue());
    }

    @Test
    void theNoticeComesFromThePolicyInForce() {
        company.policy.policies().publish(company.actor("hr"), "notice-3d", company.clock.instant(),
                Map.of("tasks.adjustment.minNotice", "PT72H"));
        var task = company.inProgress(DUE_IN);
        company.clock.set(task.currentTerms().deadline().minus(Duration.ofHours(48)));

        assertThat(request(task, later(task), null).pendingAdjustment()).get().satisfies(a -> {
            assertThat(a.late()).isTrue();
            assertThat(a.policyVersion()).isEqualTo("notice-3d");
        });
    }

    @Test
    void theAssigneeMayAskBeforeAcceptingTheTask() {
        var task = company.assigned(DUE_IN);

        assertThat(request(task, later(task), null).pendingAdjustment()).isPresent();
    }

    @Test
    void anApprovalGivesTheTaskTheNewTermsAndKeepsTheOldOnes() {
        var task = company.inProgress(DUE_IN);
        var original = task.currentTerms();
        request(task, later(task), null);
        company.clock.advance(Duration.ofHours(1));

        var approved = tasks.decideAdjustment(company.actor("lead"), task.id(), new DecideAdjustment(1, true, null));

        assertThat(approved.terms()).hasSize(2).first().isEqualTo(original);
        var current = approved.currentTerms();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.deadline()).isEqualTo(later(task));
        assertThat(current.requirements()).isEqualTo(original.requirements());
        assertThat(current.objective()).isEqualTo(original.objective());
        assertThat(current.qualityStandard()).isEqualTo(original.qualityStandard());
        assertThat(current.adjustment()).contains(1);
        assertThat(current.setBy().value()).isEqualTo("lead");
        assertThat(current.effectiveFrom()).isEqualTo(company.clock.instant());
        assertThat(approved.adjustment(1).decision()).get().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(AdjustmentOutcome.APPROVED);
            assertThat(d.termsVersion()).contains(2);
        });
        assertThat(company.eventTypes(task.id())).endsWith("TaskAdjustmentRequested", "TaskAdjustmentApproved");
    }

    @Test
    void approvedNewRequirementsAreWhatTheCompletionIsCheckedAgainst() {
        var task = company.inProgress(DUE_IN);
        request(task, null, List.of("Figures reconciled", "Charts", "A one-page summary"));
        var adjusted = tasks.decideAdjustment(company.actor("lead"), task.id(), new DecideAdjustment(1, true, "fine"));

        assertThat(adjusted.currentTerms().deadline()).isEqualTo(task.currentTerms().deadline());
        assertThatThrownBy(() -> tasks.reportCompletion(company.actor("staff"), task.id(), TaskFixture.allMet(task)))
                .isInstanceOfSatisfying(PolicyRefusalException.class,
                        e -> assertThat(e).hasMessageContaining("[3]").hasMessageContaining("terms version 2"));
        var completed = tasks.reportCompletion(company.actor("staff"), task.id(), TaskFixture.allMet(adjusted));
        assertThat(completed.completions().get(0).termsVersion()).isEqualTo(2);
        assertThat(completed.completions().get(0).checks()).hasSize(3);
    }

    @Test
    void aDenialKeepsTheTermsAndNeedsAReason() {
        var task = company.inProgress(DUE_IN);
        request(task, later(task), null);

        assertThatThrownBy(() -> tasks.decideAdjustment(company.actor("lead"), task.id(),
                new DecideAdjustment(1, false, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("reason", "is required to deny an adjustment")));
        var denied = tasks.decideAdjustment(company.actor("lead"), task.id(),
                new DecideAdjustment(1, false, "the board meets on the original date"));

        assertThat(denied.terms()).containsExactly(task.currentTerms());
        assertThat(denied.adjustment(1).decision()).get().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(AdjustmentOutcome.DENIED);
            assertThat(d.reason()).isEqualTo("the board meets on the original date");
            assertThat(d.termsVersion()).isEmpty();
        });
        assertThat(company.eventTypes(task.id())).endsWith("TaskAdjustmentDenied");
    }

    @Test
    void oneRequestAtATime() {
        var task = company.inProgress(DUE_IN);
        request(task, later(task), null);

        assertThatThrownBy(() -> request(task, later(task).plusSeconds(60), null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo("illegal-transition"));
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgainAndAnUnknownOneIsNotFound() {
        var task = company.inProgress(DUE_IN);
        request(task, later(task), null);
        tasks.decideAdjustment(company.actor("lead"), task.id(), new DecideAdjustment(1, true, null));

        assertThatThrownBy(() -> tasks.decideAdjustment(company.actor("lead"), task.id(),
                new DecideAdjustment(1, false, "changed my mind")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo("illegal-transition"));
        assertThatThrownBy(() -> tasks.decideAdjustment(company.actor("lead"), task.id(),
                new DecideAdjustment(2, true, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRequestMustAskForAChangeWithAReasonAndAnAlternative() {
        var task = company.inProgress(DUE_IN);

        assertThatThrownBy(() -> tasks.requestAdjustment(company.actor("staff"), task.id(),
                new RequestAdjustment(null, List.of(), " ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("newDeadline", "reason", "proposedAlternative"));
        assertThatThrownBy(() -> request(task, company.clock.instant().minusSeconds(1), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("newDeadline"));
        assertThatThrownBy(() -> request(task, task.currentTerms().deadline(), task.currentTerms().requirements()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already in force");
    }

    @Test
    void onlyTheAssigneeAsksAndNeverDecidesTheirOwnRequest() {
        var task = company.inProgress(DUE_IN);

        assertThatThrownBy(() -> tasks.requestAdjustment(company.actor("lead"), task.id(),
                new RequestAdjustment(later(task), null, "r", "a")))
                .isInstanceOf(AccessDeniedException.class);
        request(task, later(task), null);
        assertThatThrownBy(() -> tasks.decideAdjustment(company.actor("staff"), task.id(),
                new DecideAdjustment(1, true, null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("in their own case (§1.3.3)");
        assertThatThrownBy(() -> tasks.decideAdjustment(company.actor("peer"), task.id(),
                new DecideAdjustment(1, true, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.decideAdjustment(company.actor("seller"), task.id(),
                new DecideAdjustment(1, true, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPendingRequestLapsesWhenTheTaskIsReportedComplete() {
        var task = company.inProgress(DUE_IN);
        request(task, later(task), null);

        var submitted = tasks.reportCompletion(company.actor("staff"), task.id(), TaskFixture.allMet(task));

        assertThat(submitted.pendingAdjustment()).isEmpty();
        assertThat(submitted.adjustment(1).decision()).get()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo(AdjustmentOutcome.LAPSED));
        assertThat(submitted.terms()).hasSize(1);
        assertThat(company.eventTypes(task.id())).contains("TaskAdjustmentLapsed");
        assertThatThrownBy(() -> tasks.decideAdjustment(company.actor("lead"), task.id(),
                new DecideAdjustment(1, true, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPendingRequestLapsesWhenAJustifiedRefusalClosesTheTask() {
        var task = company.assigned(DUE_IN);
        request(task, later(task), null);
        tasks.refuse(company.actor("staff"), task.id(), "cannot do it at all");

        var closed = tasks.ruleOnRefusal(company.actor("lead"), task.id(), new RuleOnRefusal(true, "")).task();

        assertThat(closed.adjustment(1).decision()).get()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo(AdjustmentOutcome.LAPSED));
    }

    @Test
    void noAdjustmentOnceTheResultIsSubmitted() {
        var task = company.submitted(DUE_IN);

        assertThatThrownBy(() -> request(task, later(task), null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo("illegal-transition"));
    }
}
