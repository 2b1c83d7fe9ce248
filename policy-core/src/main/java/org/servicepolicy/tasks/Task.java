package org.servicepolicy.tasks;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.ViolationId;

/**
 * A work assignment from a superior (§3.1) with everything that happened to it: every version
 * of its terms, every status it entered, and its refusals, adjustment requests, progress
 * reports, escalations, completion reports and reviews. Its status is the last one entered, so
 * it is always in exactly one; every move is checked against {@link TaskStatus#next()} and an
 * illegal one is a {@link ConflictException}. The lists only grow; an entry changes only by
 * gaining its ruling, decision or answer. Entries of each list are numbered from 1.
 *
 * @param id                identifier
 * @param title             a short name
 * @param assigner          who assigned it: a superior of the assignee, or HR
 * @param assignee          who does the work
 * @param copiedPeople      the people copied on its completion (§3.1.3)
 * @param copiedDepartments the departments copied on its completion (§3.1.3)
 * @param policyVersion     the policy version in force at assignment
 * @param progressInterval  how often progress is reported, from acceptance; empty when no reports are due
 * @param terms             every version of the terms, oldest first; the last is in force
 * @param history           every status entered, oldest first; the first is ASSIGNED
 * @param refusals          the refusals, oldest first
 * @param adjustments       the adjustment requests, oldest first; at most one pending
 * @param progressReports   the progress reports, oldest first
 * @param escalations       the escalations, oldest first
 * @param completions       the completion reports, oldest first
 * @param reviews           the reviews, oldest first
 * @param version           optimistic-locking version, 0 before the first save
 */
public record Task(TaskId id, String title, EmployeeId assigner, EmployeeId assignee, List<EmployeeId> copiedPeople,
                   List<DepartmentId> copiedDepartments, String policyVersion, Optional<Period> progressInterval,
                   List<TaskTerms> terms, List<TaskTransition> history, List<Refusal> refusals,
                   List<AdjustmentRequest> adjustments, List<ProgressReport> progressReports,
                   List<Escalation> escalations, List<CompletionReport> completions, List<Review> reviews,
                   long version) {
    private static final String KIND = "task";

    /** Requires every part; checks the numbering, the terms versions and that the history follows the lifecycle. */
    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(assigner, "assigner");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(progressInterval, "progressInterval");
        copiedPeople = List.copyOf(new LinkedHashSet<>(copiedPeople));
        copiedDepartments = List.copyOf(new LinkedHashSet<>(copiedDepartments));
        terms = List.copyOf(terms);
        history = List.copyOf(history);
        refusals = List.copyOf(refusals);
        adjustments = List.copyOf(adjustments);
        progressReports = List.copyOf(progressReports);
        escalations = List.copyOf(escalations);
        completions = List.copyOf(completions);
        reviews = List.copyOf(reviews);
        if (history.isEmpty() || history.get(0).status() != TaskStatus.ASSIGNED) {
            throw new IllegalArgumentException("a task's history starts with ASSIGNED");
        }
        for (int i = 1; i < history.size(); i++) {
            if (!history.get(i - 1).status().next().contains(history.get(i).status())) {
                throw new IllegalArgumentException("a task cannot move from " + history.get(i - 1).status() + " to "
                        + history.get(i).status());
            }
        }
        if (progressInterval.filter(p -> p.isZero() || p.isNegative()).isPresent()) {
            throw new IllegalArgumentException("a progress interval is positive");
        }
        requireNumbered(terms, TaskTerms::version, "terms");
        requireNumbered(refusals, Refusal::number, "refusals");
        requireNumbered(adjustments, AdjustmentRequest::number, "adjustments");
        requireNumbered(progressReports, ProgressReport::number, "progress reports");
        requireNumbered(escalations, Escalation::number, "escalations");
        requireNumbered(completions, CompletionReport::number, "completions");
        requireNumbered(reviews, Review::number, "reviews");
        if (adjustments.stream().filter(AdjustmentRequest::pending).count() > 1) {
            throw new IllegalArgumentException("a task has at most one pending adjustment");
        }
    }

    private static <T> void requireNumbered(List<T> entries, ToIntFunction<T> number, String what) {
        for (int i = 0; i < entries.size(); i++) {
            if (number.applyAsInt(entries.get(i)) != i + 1) {
                throw new IllegalArgumentException(what + " are numbered 1, 2, 3, ... in order");
            }
        }
    }

    // ---------------------------------------------------------------- reading

    /** The current status: the last one entered. */
    public TaskStatus status() {
        return history.get(history.size() - 1).status();
    }

    /** The status in force at {@code instant}: the last one entered at or before it. */
    public TaskStatus statusAt(Instant instant) {
        var status = history.get(0).status();
        for (var transition : history) {
            if (!transition.at().isAfter(instant)) {
                status = transition.status();
            }
        }
        return status;
    }

    /** When it was assigned. */
    public Instant assignedAt() {
        return history.get(0).at();
    }

    /** When the task last changed status. */
    public Instant lastMovedAt() {
        return history.get(history.size() - 1).at();
    }

    /** When the assignee first accepted it, if they did. */
    public Optional<Instant> acceptedAt() {
        return history.stream().filter(t -> t.status() == TaskStatus.IN_PROGRESS).findFirst().map(TaskTransition::at);
    }

    /** The terms in force: the latest version. */
    public TaskTerms currentTerms() {
        return terms.get(terms.size() - 1);
    }

    /** The adjustment request awaiting a decision, if any. */
    public Optional<AdjustmentRequest> pendingAdjustment() {
        return adjustments.stream().filter(AdjustmentRequest::pending).findFirst();
    }

    /** The escalations awaiting an answer. */
    public List<Escalation> openEscalations() {
        return escalations.stream().filter(Escalation::open).toList();
    }

    /** The completion report awaiting review, while the task is SUBMITTED. */
    public Optional<CompletionReport> completionUnderReview() {
        return status() == TaskStatus.SUBMITTED ? Optional.of(completions.get(completions.size() - 1)) : Optional.empty();
    }

    /** The refusal awaiting a ruling, while the task is REFUSED. */
    public Optional<Refusal> refusalAwaitingRuling() {
        return status() == TaskStatus.REFUSED ? Optional.of(refusals.get(refusals.size() - 1)) : Optional.empty();
    }

    /** This task as stored at {@code newVersion}; only stores call this. */
    public Task withVersion(long newVersion) {
        return new Task(id, title, assigner, assignee, copiedPeople, copiedDepartments, policyVersion,
                progressInterval, terms, history, refusals, adjustments, progressReports, escalations, completions,
                reviews, newVersion);
    }

    // ---------------------------------------------------------------- lifecycle

    /** The assignee accepted the task (§3.1.1). */
    public Task accept(Instant at, EmployeeId by) {
        return moved(TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS, at, by, Optional.empty(), "accept");
    }

    /** The assignee refused the task with {@code reason} (§3.1.1). */
    public Task refuse(Instant at, EmployeeId by, String reason) {
        var next = moved(TaskStatus.ASSIGNED, TaskStatus.REFUSED, at, by, Optional.of(reason), "refuse");
        var more = new ArrayList<>(refusals);
        more.add(new Refusal(refusals.size() + 1, at, reason, Optional.empty()));
        return next.with(more, adjustments, progressReports, escalations, completions, reviews);
    }

    /**
     * The ruling on the pending refusal: justified closes the task (a pending adjustment
     * lapses), unjustified returns it to the assignee with {@code violation} on record.
     */
    public Task ruleOnRefusal(boolean justified, Instant at, EmployeeId by, String comment,
                              Optional<ViolationId> violation) {
        var target = justified ? TaskStatus.CLOSED : TaskStatus.ASSIGNED;
        var next = moved(TaskStatus.REFUSED, target, at, by, Optional.of(comment).filter(c -> !c.isEmpty()),
                "rule on the refusal of");
        var ruled = new ArrayList<>(refusals);
        var last = refusals.get(refusals.size() - 1);
        ruled.set(ruled.size() - 1, new Refusal(last.number(), last.at(), last.reason(),
                Optional.of(new RefusalRuling(justified, at, by, comment, violation))));
        var adjusted = justified ? lapsePending(at, by, "the task was closed") : adjustments;
        return next.with(ruled, adjusted, progressReports, escalations, completions, reviews);
    }

    /**
     * The task is withdrawn, unfinished, because its assignee left the company (§1.2); a pending
     * adjustment request lapses with it.
     */
    public Task withdraw(Instant at, EmployeeId by, String reason) {
        var next = moved(status(), TaskStatus.WITHDRAWN, at, by, Optional.of(reason), "withdraw");
        return next.with(refusals, lapsePending(at, by, "the task was withdrawn"), progressReports, escalations,
                completions, reviews);
    }

    /** The assignee asked for new terms (§3.1.1); {@code late} when asked without the policy's notice. */
    public Task requestAdjustment(Instant at, Optional<Instant> newDeadline, List<String> newRequirements, String reason,
                                  String proposedAlternative, boolean late, String policyVersionApplied) {
        if (!status().adjustable()) {
            throw ConflictException.illegalTransition(KIND, id, status(), "request an adjustment of");
        }
        pendingAdjustment().ifPresent(p -> {
            throw ConflictException.illegalTransition(KIND, id, "awaiting the decision on adjustment " + p.number(),
                    "request another adjustment of");
        });
        var more = new ArrayList<>(adjustments);
        more.add(new AdjustmentRequest(adjustments.size() + 1, at, newDeadline, newRequirements, reason,
                proposedAlternative, late, policyVersionApplied, Optional.empty()));
        return with(refusals, more, progressReports, escalations, completions, reviews);
    }

    /**
     * The decision on pending adjustment {@code number}: approval adds the next terms version,
     * denial leaves the terms as they are (§3.1.2).
     */
    public Task decideAdjustment(int number, boolean approved, Instant at, EmployeeId by, String reason) {
        var request = adjustment(number);
        if (!request.pending()) {
            throw ConflictException.illegalTransition("adjustment", id + "#" + number,
                    request.decision().orElseThrow().outcome(), "decide");
        }
        var decided = new ArrayList<>(adjustments);
        var newTerms = new ArrayList<>(terms);
        if (approved) {
            var next = currentTerms().adjusted(request, at, by);
            newTerms.add(next);
            decided.set(number - 1, request.decided(new AdjustmentDecision(AdjustmentOutcome.APPROVED, at, by, reason,
                    Optional.of(next.version()))));
        } else {
            decided.set(number - 1, request.decided(new AdjustmentDecision(AdjustmentOutcome.DENIED, at, by, reason,
                    Optional.empty())));
        }
        return new Task(id, title, assigner, assignee, copiedPeople, copiedDepartments, policyVersion,
                progressInterval, newTerms, history, refusals, decided, progressReports, escalations, completions,
                reviews, version);
    }

    /** The adjustment request with {@code number}. */
    public AdjustmentRequest adjustment(int number) {
        if (number < 1 || number > adjustments.size()) {
            throw new NotFoundException("adjustment", id + "#" + number);
        }
        return adjustments.get(number - 1);
    }

    /** The assignee reported progress (§3.1.2). */
    public Task reportProgress(Instant at, String text, int percentDone, List<String> blockers) {
        requireStatus(TaskStatus.IN_PROGRESS, "report progress on");
        var more = new ArrayList<>(progressReports);
        more.add(new ProgressReport(progressReports.size() + 1, at, text, percentDone, blockers));
        return with(refusals, adjustments, more, escalations, completions, reviews);
    }

    /** The assignee escalated {@code issue} (§3.1.2). */
    public Task escalate(Instant at, String issue) {
        requireStatus(TaskStatus.IN_PROGRESS, "escalate an issue of");
        var more = new ArrayList<>(escalations);
        more.add(new Escalation(escalations.size() + 1, at, issue, Optional.empty()));
        return with(refusals, adjustments, progressReports, more, completions, reviews);
    }

    /** A superior answered open escalation {@code number}. */
    public Task answerEscalation(int number, Instant at, EmployeeId by, String answer) {
        var escalation = escalation(number);
        if (!escalation.open()) {
            throw ConflictException.illegalTransition("escalation", id + "#" + number, "ANSWERED", "answer");
        }
        var answered = new ArrayList<>(escalations);
        answered.set(number - 1, new Escalation(number, escalation.raisedAt(), escalation.issue(),
                Optional.of(new EscalationAnswer(at, by, answer))));
        return with(refusals, adjustments, progressReports, answered, completions, reviews);
    }

    /** The escalation with {@code number}. */
    public Escalation escalation(int number) {
        if (number < 1 || number > escalations.size()) {
            throw new NotFoundException("escalation", id + "#" + number);
        }
        return escalations.get(number - 1);
    }

    /**
     * The assignee reported completion (§3.1.3) with a self-check of every requirement of the
     * current terms; late after their deadline. A pending adjustment lapses: the work was done
     * under the terms in force.
     */
    public Task submitCompletion(Instant at, EmployeeId by, String summary, List<RequirementCheck> checks) {
        var next = moved(TaskStatus.IN_PROGRESS, TaskStatus.SUBMITTED, at, by, Optional.empty(),
                "report completion of");
        var current = currentTerms();
        var more = new ArrayList<>(completions);
        more.add(new CompletionReport(completions.size() + 1, at, current.version(), summary, checks,
                at.isAfter(current.deadline())));
        return next.with(refusals, lapsePending(at, by, "the task was reported complete"), progressReports,
                escalations, more, reviews);
    }

    /** The assigner's review of the submitted result: accepted with a score, or returned for rework (§3.1.3). */
    public Task review(Instant at, EmployeeId by, ReviewOutcome outcome, Optional<Integer> qualityScore,
                       String comments) {
        var target = outcome == ReviewOutcome.ACCEPTED ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS;
        var next = moved(TaskStatus.SUBMITTED, target, at, by, Optional.of(comments), "review");
        var more = new ArrayList<>(reviews);
        more.add(new Review(reviews.size() + 1, completions.size(), at, by, outcome, qualityScore, comments));
        return next.with(refusals, adjustments, progressReports, escalations, completions, more);
    }

    // ---------------------------------------------------------------- helpers

    private void requireStatus(TaskStatus required, String action) {
        if (status() != required) {
            throw ConflictException.illegalTransition(KIND, id, status(), action);
        }
    }

    /** This task moved from {@code source}, the only status the command applies in, to {@code target}. */
    private Task moved(TaskStatus source, TaskStatus target, Instant at, EmployeeId by, Optional<String> note,
                       String action) {
        requireStatus(source, action);
        var more = new ArrayList<>(history);
        more.add(new TaskTransition(target, at, by, note));
        return new Task(id, title, assigner, assignee, copiedPeople, copiedDepartments, policyVersion,
                progressInterval, terms, more, refusals, adjustments, progressReports, escalations, completions,
                reviews, version);
    }

    private List<AdjustmentRequest> lapsePending(Instant at, EmployeeId by, String why) {
        var lapsed = new ArrayList<>(adjustments);
        pendingAdjustment().ifPresent(p -> lapsed.set(p.number() - 1,
                p.decided(new AdjustmentDecision(AdjustmentOutcome.LAPSED, at, by, why, Optional.empty()))));
        return lapsed;
    }

    private Task with(List<Refusal> newRefusals, List<AdjustmentRequest> newAdjustments,
                      List<ProgressReport> newReports, List<Escalation> newEscalations,
                      List<CompletionReport> newCompletions, List<Review> newReviews) {
        return new Task(id, title, assigner, assignee, copiedPeople, copiedDepartments, policyVersion,
                progressInterval, terms, history, newRefusals, newAdjustments, newReports, newEscalations,
                newCompletions, newReviews, version);
    }
}
