package org.servicepolicy.feedback;

import static org.servicepolicy.feedback.FeedbackFacts.byToken;
import static org.servicepolicy.feedback.FeedbackFacts.handling;
import static org.servicepolicy.feedback.FeedbackFacts.managerOf;
import static org.servicepolicy.feedback.FeedbackFacts.policyOf;
import static org.servicepolicy.feedback.FeedbackFacts.readable;
import static org.servicepolicy.feedback.FeedbackFacts.shown;
import static org.servicepolicy.feedback.FeedbackFacts.view;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.feedback.FeedbackFacts.Loaded;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.service.FindingViolations;
import org.servicepolicy.service.evaluation.CustomerScore;

/**
 * Use cases of customer feedback (§2.3.2, §5.2.2): staff record feedback from the complaint
 * hotline and the suggestion box, customers submit it online and follow it with their tracking
 * token; it is routed, assigned, answered and resolved in rounds within the business times of its
 * severity, ruled on, and swept for warnings, breaches and escalations. Each command loads its
 * facts, decides in the feedback rules with {@link FeedbackAccess}, and commits through the unit
 * of work; customers' commands act as {@link FeedbackRules#CUSTOMER_FEEDBACK}.
 */
public final class FeedbackService {
    private final UnitOfWork<FeedbackStores> work;
    private final FeedbackFindings findings;
    private final FeedbackTokens tokens;

    /** Wires the service to its unit of work, the discipline area's recording of violations, and the token source. */
    public FeedbackService(UnitOfWork<FeedbackStores> work, FindingViolations violations, FeedbackTokens tokens) {
        this.work = Objects.requireNonNull(work, "work");
        this.findings = new FeedbackFindings(work, Objects.requireNonNull(violations, "violations"));
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /** Records feedback from the complaint hotline or the suggestion box, received now, as {@code actor}. */
    public FeedbackIntake record(Actor actor, RecordFeedback command) {
        Objects.requireNonNull(actor, "actor");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var said = FeedbackIntakeRules.Said.recorded(command);
        return receive(actor, said, Optional.of(actor.id()));
    }

    /** A customer submits feedback online, received now; the answer carries their tracking token, given this once. */
    public FeedbackIntake submitOnline(SubmitFeedback command) {
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var said = FeedbackIntakeRules.Said.submitted(command, work.stores().policies().inForceAt(work.now())
                .feedback());
        return receive(FeedbackRules.CUSTOMER_FEEDBACK, said, Optional.empty());
    }

    /** Routes an item to a department, or again, optionally at another severity: HR or the service supervision group. */
    public FeedbackItem route(Actor actor, FeedbackItemId id, Triage command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var to = DepartmentId.of(command.departmentId());
        return work.run(actor, s -> {
            var item = readable(s, actor, id);
            return new Loaded<>(item, new FeedbackIntakeRules.Routing(s.departments().find(to),
                    managerOf(s, Optional.of(to)), policyOf(s, item)));
        }, (loaded, stamp) -> FeedbackIntakeRules.route(loaded.item(), command, loaded.facts(), stamp));
    }

    /** Makes {@code employee} responsible for an item: the department's manager or HR. */
    public FeedbackItem assign(Actor actor, FeedbackItemId id, EmployeeId employee) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(employee, "employeeId").throwIfAny();
        return work.run(actor, s -> {
            var item = readable(s, actor, id);
            return new Loaded<>(item, new FeedbackIntakeRules.Assigning(s.employees().find(employee),
                    managerOf(s, item.department()), policyOf(s, item)));
        }, (loaded, stamp) -> FeedbackIntakeRules.assign(loaded.item(), employee, loaded.facts(), stamp));
    }

    /** Gives the customer the first response: the responsible employee or the department's manager. */
    public FeedbackItem respond(Actor actor, FeedbackItemId id, FeedbackText command) {
        return handle(actor, id, command, (loaded, stamp) -> FeedbackHandlingRules.respond(loaded.item(),
                command.text().strip(), loaded.facts(), stamp));
    }

    /** The responsible employee asks the customer something; the clocks stop until they answer. */
    public FeedbackItem waitOnCustomer(Actor actor, FeedbackItemId id, FeedbackText question) {
        return handle(actor, id, question, (loaded, stamp) -> FeedbackHandlingRules.waitOnCustomer(loaded.item(),
                question.text().strip(), loaded.facts(), stamp));
    }

    /** The responsible employee notes that the customer answered elsewhere; the clocks run again. */
    public FeedbackItem customerAnsweredElsewhere(Actor actor, FeedbackItemId id, FeedbackText note) {
        return handle(actor, id, note, (loaded, stamp) -> FeedbackHandlingRules.answered(loaded.item(),
                note.text().strip(), false, loaded.facts(), stamp));
    }

    /** The responsible employee records why the last result was rejected and what was corrected. */
    public FeedbackItem correct(Actor actor, FeedbackItemId id, CorrectiveAction command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        return work.run(actor, s -> handling(s, readable(s, actor, id)), (loaded, stamp) ->
                FeedbackHandlingRules.correct(loaded.item(), command, loaded.facts(), stamp));
    }

    /** The responsible employee reports the round's result to the customer. */
    public FeedbackItem reportResult(Actor actor, FeedbackItemId id, FeedbackText result) {
        return handle(actor, id, result, (loaded, stamp) -> FeedbackHandlingRules.reportResult(loaded.item(),
                result.text().strip(), loaded.facts(), stamp));
    }

    /** HR closes an item whose results were rejected the policy's number of times, for {@code reason}. */
    public FeedbackItem close(Actor actor, FeedbackItemId id, FeedbackText reason) {
        return handle(actor, id, reason, (loaded, stamp) -> FeedbackHandlingRules.close(loaded.item(),
                reason.text().strip(), loaded.facts(), stamp));
    }

    /**
     * Rules on a complaint or a praise, once: a justified complaint is a finding against each
     * employee named, escalated like any finding; a confirmed praise gives each employee concerned
     * a customer score of {@value CustomerScore#MAX}.
     */
    public FeedbackResult rule(Actor actor, FeedbackItemId id, FeedbackRuling ruling) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(ruling, "body").throwIfAny();
        ruling.requireValid();
        var now = work.now();
        return work.together(() -> findings.ofRuling(now, work.run(actor, now, s -> {
            var item = readable(s, actor, id);
            return new Loaded<>(item, managerOf(s, item.department()));
        }, (loaded, stamp) -> FeedbackRulingRules.rule(loaded.item(), ruling, loaded.facts(), stamp))));
    }

    /** One item, for those who may read it, its contact shown only to those who may see it; to anyone else it does not exist. */
    public FeedbackItem item(Actor actor, FeedbackItemId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return shown(actor, readable(work.stores(), actor, id));
    }

    /** The items routed to the caller's department, oldest first. */
    public List<FeedbackItem> ofMyDepartment(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return actor.department().map(d -> work.stores().feedback().ofDepartment(d).stream()
                .filter(i -> FeedbackAccess.mayRead(actor, i)).map(i -> shown(actor, i)).toList()).orElse(List.of());
    }

    /** Every item, oldest first: HR and the service supervision group. */
    public List<FeedbackItem> all(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(FeedbackAccess.mayReadAll(actor) ? Optional.empty()
                : Optional.of(Refusal.access("only HR or the service supervision group reads all feedback")));
        return work.stores().feedback().all().stream().map(i -> shown(actor, i)).toList();
    }

    /** What the customer sees of their item; an unknown token is not found, like a wrong one. */
    public PublicFeedbackView track(String token) {
        return view(work.stores(), byToken(work.stores(), token));
    }

    /** The customer answers the question they were asked; the clocks run again. */
    public PublicFeedbackView answer(String token, FeedbackText answer) {
        valid(answer);
        return customer(token, (loaded, stamp) -> FeedbackHandlingRules.answered(loaded.item(),
                answer.text().strip(), true, loaded.facts(), stamp));
    }

    /** The customer accepts the result with a score from 1 to 5. */
    public PublicFeedbackView accept(String token, int score) {
        if (score < CustomerScore.MIN || score > CustomerScore.MAX) {
            throw InvalidInputException.of("score", "must be " + CustomerScore.MIN + " to " + CustomerScore.MAX);
        }
        return customer(token, (loaded, stamp) -> FeedbackHandlingRules.accept(loaded.item(), score,
                loaded.facts(), stamp));
    }

    /** The customer rejects the result with a comment; a new round starts now. */
    public PublicFeedbackView reject(String token, FeedbackText comment) {
        valid(comment);
        return customer(token, (loaded, stamp) -> FeedbackHandlingRules.reject(loaded.item(),
                comment.text().strip(), loaded.facts(), stamp));
    }

    /**
     * Fires, as of {@code asOf}, every checkpoint of every item that is due and not fired yet;
     * each item in its own transaction. Idempotent, and safe with several sweeps at once.
     *
     * @param asOf the instant to sweep for; not after the clock's present
     */
    public FeedbackSweepResult sweep(Instant asOf) {
        var now = StoredPrecision.truncate(Objects.requireNonNull(asOf, "asOf"));
        var present = work.now();
        if (now.isAfter(present)) {
            throw InvalidInputException.of("asOf", "must not be in the future (now is " + present + ")");
        }
        return findings.sweep(now);
    }

    /** Runs the sweep now on request of {@code actor}: the service supervision group or HR. */
    public FeedbackSweepResult sweepNow(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(FeedbackAccess.maySweep(actor));
        return sweep(work.now());
    }

    /** A decide step on an item loaded with what handling it needs. */
    private interface Step
            extends UnitOfWork.Decide<Loaded<FeedbackHandlingRules.Handling>, FeedbackStores, FeedbackItem> {
    }

    private FeedbackIntake receive(Actor actor, FeedbackIntakeRules.Said said, Optional<EmployeeId> recorder) {
        var token = tokens.next();
        var now = work.now();
        return work.run(actor, now, s -> FeedbackFacts.receiving(s, said, recorder, now, token),
                (facts, stamp) -> FeedbackIntakeRules.receive(said, facts, stamp));
    }

    private FeedbackItem handle(Actor actor, FeedbackItemId id, FeedbackText command, Step decide) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        valid(command);
        return work.run(actor, s -> handling(s, readable(s, actor, id)), decide);
    }

    private PublicFeedbackView customer(String token, Step decide) {
        return view(work.stores(), work.run(FeedbackRules.CUSTOMER_FEEDBACK, s -> handling(s, byToken(s, token)),
                decide));
    }

    private static void valid(FeedbackText command) {
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
    }
}
