package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.allInts;
import static org.instancio.Select.field;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.ServicePolicyException;
import org.servicepolicy.policy.ViolationType;

/**
 * Invariants of the task lifecycle over generated sequences of commands, each run by the
 * person entitled to it, a superior, or an outsider: a task is always in exactly one state, its
 * terms change only through an approved adjustment, a refused command changes nothing, and
 * every unjustified refusal is on record as a violation.
 */
class TaskProperties {
    /** What a step tries to do. */
    enum Action {
        ACCEPT, REFUSE, REFUSE_WITHOUT_REASON, RULE_JUSTIFIED, RULE_UNJUSTIFIED, REQUEST_NEW_DEADLINE,
        REQUEST_NEW_REQUIREMENTS, APPROVE_ADJUSTMENT, DENY_ADJUSTMENT, REPORT_PROGRESS, ESCALATE, ANSWER_ESCALATION,
        REPORT_COMPLETION, REPORT_COMPLETION_SKIPPING, ACCEPT_RESULT, RETURN_RESULT, SWEEP
    }

    /** Who tries it: the assignee or the assigner as the action needs, the assignee's manager, or a stranger. */
    enum Who {
        ENTITLED, ENTITLED_AGAIN, MANAGER, STRANGER
    }

    /**
     * One generated step.
     *
     * @param action       what is tried
     * @param who          by whom
     * @param minutesLater how long after the previous step
     * @param percent      a percentage, for progress reports and quality scores
     */
    record Step(Action action, Who who, int minutesLater, int percent) {
    }

    /** Sixty steps tried one after the other on one task. */
    record Run(List<Step> steps) {
    }

    static Stream<Run> runs() {
        return Instancio.ofList(Run.class).size(40).withSeed(20261128L)
                .generate(field(Run::steps), gen -> gen.collection().size(60))
                .generate(field(Step::minutesLater), gen -> gen.ints().range(0, 2 * 24 * 60))
                .generate(field(Step::percent), gen -> gen.ints().range(0, 100))
                .create().stream();
    }

    @ParameterizedTest
    @MethodSource("runs")
    void aTaskIsAlwaysInExactlyOneStateAndItsTermsChangeOnlyThroughAnApprovedAdjustment(Run run) {
        var company = new TaskFixture();
        var tasks = company.tasks();
        var task = company.assigned(Duration.ofDays(10));
        int unjustified = 0;

        for (var step : run.steps()) {
            company.clock.advance(Duration.ofMinutes(step.minutesLater()));
            var before = company.stores.tasks().find(task.id()).orElseThrow();
            int eventsBefore = company.events().size();
            Optional<ServicePolicyException> refused;
            try {
                run(company, before, step);
                refused = Optional.empty();
            } catch (ServicePolicyException e) {
                refused = Optional.of(e);
            }
            var after = company.stores.tasks().find(task.id()).orElseThrow();

            if (refused.isPresent()) {
                assertThat(refused.get()).as("a refusal of %s is a typed error", step)
                        .isInstanceOfAny(ConflictException.class, AccessDeniedException.class,
                                PolicyRefusalException.class, InvalidInputException.class, NotFoundException.class);
                refused.filter(ConflictException.class::isInstance)
                        .ifPresent(e -> assertThat(((ConflictException) e).reason()).isEqualTo("illegal-transition"));
                assertThat(after).as("a refused %s changes nothing", step).isEqualTo(before);
                assertThat(company.events()).hasSize(eventsBefore);
            } else if (step.action() == Action.SWEEP) {
                assertThat(after).isEqualTo(before);
                assertThat(tasks.sweep(company.clock.instant()).marked()).as("a second sweep").isEmpty();
            } else {
                assertThat(after.version()).isEqualTo(before.version() + 1);
                assertThat(company.events().size()).isGreaterThan(eventsBefore);
            }
            if (refused.isPresent() || step.action() != Action.APPROVE_ADJUSTMENT) {
                assertThat(after.terms()).as("terms after %s", step).isEqualTo(before.terms());
            } else {
                assertThat(after.terms()).hasSize(before.terms().size() + 1).startsWith(
                        before.terms().toArray(TaskTerms[]::new));
            }
            assertExactlyOneState(after);
            assertTermsFollowApprovedAdjustments(after);
            if (refused.isEmpty() && step.action() == Action.RULE_UNJUSTIFIED) {
                unjustified++;
            }
            assertThat(company.stores.violations().of(after.assignee()))
                    .filteredOn(v -> v.type() == ViolationType.TASK_REFUSED_WITHOUT_VALID_REASON)
                    .hasSize(unjustified)
                    .hasSameSizeAs(after.refusals().stream().filter(Refusal::unjustified).toList());
        }
    }

    private static void run(TaskFixture company, Task task, Step step) {
        var tasks = company.tasks();
        var id = task.id();
        var now = company.clock.instant();
        var assigneeSide = switch (step.action()) {
            case ACCEPT, REFUSE, REFUSE_WITHOUT_REASON, REQUEST_NEW_DEADLINE, REQUEST_NEW_REQUIREMENTS,
                    REPORT_PROGRESS, ESCALATE, REPORT_COMPLETION, REPORT_COMPLETION_SKIPPING -> true;
            default -> false;
        };
        Actor actor = company.actor(switch (step.who()) {
            case ENTITLED, ENTITLED_AGAIN -> assigneeSide ? "staff" : "lead";
            case MANAGER -> "boss";
            case STRANGER -> "seller";
        });
        var pending = task.pendingAdjustment().map(AdjustmentRequest::number).orElse(1);
        var open = task.openEscalations().stream().findFirst().map(Escalation::number).orElse(1);
        var deadline = task.currentTerms().deadline();
        switch (step.action()) {
            case ACCEPT -> tasks.accept(actor, id);
            case REFUSE -> tasks.refuse(actor, id, "busy with the audit");
            case REFUSE_WITHOUT_REASON -> tasks.refuse(actor, id, " ");
            case RULE_JUSTIFIED -> tasks.ruleOnRefusal(actor, id, new RuleOnRefusal(true, ""));
            case RULE_UNJUSTIFIED -> tasks.ruleOnRefusal(actor, id, new RuleOnRefusal(false, "the audit can wait"));
            case REQUEST_NEW_DEADLINE -> tasks.requestAdjustment(actor, id, new RequestAdjustment(
                    (deadline.isAfter(now) ? deadline : now).plus(Duration.ofDays(2)), null, "more time", "two days"));
            case REQUEST_NEW_REQUIREMENTS -> tasks.requestAdjustment(actor, id, new RequestAdjustment(null,
                    List.of("Requirement set " + step.percent()), "scope too large", "a smaller scope"));
            case APPROVE_ADJUSTMENT -> tasks.decideAdjustment(actor, id, new DecideAdjustment(pending, true, null));
            case DENY_ADJUSTMENT -> tasks.decideAdjustment(actor, id, new DecideAdjustment(pending, false, "no"));
            case REPORT_PROGRESS -> tasks.reportProgress(actor, id, new ReportProgress("going", step.percent(), null));
            case ESCALATE -> tasks.escalate(actor, id, "beyond my authority");
            case ANSWER_ESCALATION -> tasks.answerEscalation(actor, id, new AnswerEscalation(open, "go ahead"));
            case REPORT_COMPLETION -> tasks.reportCompletion(actor, id, TaskFixture.allMet(task));
            case REPORT_COMPLETION_SKIPPING -> tasks.reportCompletion(actor, id, new ReportCompletion("done", List.of()));
            case ACCEPT_RESULT -> tasks.review(actor, id,
                    new ReviewCompletion(ReviewOutcome.ACCEPTED, step.percent(), "reviewed"));
            case RETURN_RESULT -> tasks.review(actor, id, new ReviewCompletion(ReviewOutcome.RETURNED, null, "redo"));
            case SWEEP -> tasks.sweep(now);
        }
    }

    /** Derives the state from the task's records, independently of its status, and requires exactly one. */
    private static void assertExactlyOneState(Task task) {
        var refusals = task.refusals();
        var reviews = task.reviews();
        boolean accepted = task.acceptedAt().isPresent();
        boolean lastReviewAccepted = !reviews.isEmpty()
                && reviews.get(reviews.size() - 1).outcome() == ReviewOutcome.ACCEPTED;
        boolean awaitingReview = task.completions().size() == reviews.size() + 1;
        boolean closed = refusals.stream().anyMatch(Refusal::justified);
        boolean awaitingRuling = refusals.stream().anyMatch(r -> r.ruling().isEmpty());
        var holds = new EnumMap<TaskStatus, Boolean>(Map.of(
                TaskStatus.ASSIGNED, !accepted && !awaitingRuling && !closed,
                TaskStatus.REFUSED, awaitingRuling,
                TaskStatus.IN_PROGRESS, accepted && !awaitingReview && !lastReviewAccepted,
                TaskStatus.SUBMITTED, awaitingReview,
                TaskStatus.COMPLETED, lastReviewAccepted,
                TaskStatus.CLOSED, closed));

        assertThat(holds.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey))
                .as("states that hold for %s", task.history())
                .containsExactly(task.status());
        for (int i = 1; i < task.history().size(); i++) {
            assertThat(task.history().get(i - 1).status().next()).contains(task.history().get(i).status());
        }
        assertThat(task.adjustments().stream().filter(AdjustmentRequest::pending).count())
                .isLessThanOrEqualTo(task.status().adjustable() || task.status() == TaskStatus.REFUSED ? 1 : 0);
    }

    /** Terms version k + 1 is version k with exactly the changes of the approved adjustment it names. */
    private static void assertTermsFollowApprovedAdjustments(Task task) {
        var terms = task.terms();
        assertThat(terms).hasSize(1 + (int) task.adjustments().stream().filter(AdjustmentRequest::approved).count());
        for (int k = 1; k < terms.size(); k++) {
            var previous = terms.get(k - 1);
            var next = terms.get(k);
            var request = task.adjustment(next.adjustment().orElseThrow());
            assertThat(request.decision().orElseThrow().termsVersion()).contains(next.version());
            assertThat(next.deadline()).isEqualTo(request.newDeadline().orElse(previous.deadline()));
            assertThat(next.requirements()).isEqualTo(request.newRequirements().isEmpty() ? previous.requirements()
                    : request.newRequirements());
            assertThat(next.objective()).isEqualTo(previous.objective());
            assertThat(next.qualityStandard()).isEqualTo(previous.qualityStandard());
        }
    }

    static Stream<Integer> noticeOffsetsInSeconds() {
        var generated = Instancio.ofList(Integer.class).size(30).withSeed(20300107L)
                .generate(allInts(), gen -> gen.ints().range(-3 * 24 * 3600, 3 * 24 * 3600))
                .create();
        return Stream.concat(Stream.of(-1, 0, 1), generated.stream());
    }

    @ParameterizedTest
    @MethodSource("noticeOffsetsInSeconds")
    void anAdjustmentIsLateExactlyWhenAskedAfterTheNoticeBeforeTheDeadline(int secondsAfterNoticeStarts) {
        var company = new TaskFixture();
        var task = company.inProgress(Duration.ofDays(5));
        var noticeStarts = task.currentTerms().deadline().minus(Duration.ofHours(24));
        company.clock.set(noticeStarts.plusSeconds(secondsAfterNoticeStarts));

        var requested = company.tasks().requestAdjustment(company.actor("staff"), task.id(), new RequestAdjustment(
                task.currentTerms().deadline().plus(Duration.ofDays(10)), null, "more time", "ten days"));

        assertThat(requested.pendingAdjustment().orElseThrow().late()).isEqualTo(secondsAfterNoticeStarts > 0);
        assertThat(requested.terms()).isEqualTo(task.terms());
    }
}
