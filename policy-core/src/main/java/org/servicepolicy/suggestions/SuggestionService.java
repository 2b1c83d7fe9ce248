package org.servicepolicy.suggestions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.AuditTrail;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.IdGenerator;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Transactions;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.rewards.Achievement;
import org.servicepolicy.rewards.Reward;
import org.servicepolicy.rewards.RewardService;

/**
 * Use cases of employee suggestions (§5.2.1: the company collects, analyses and handles them;
 * adopted reasonable suggestions are rewarded). Employees see their own suggestions, reviewers
 * those assigned to them, HR every one. Each command is one transaction.
 */
public final class SuggestionService {
    private final SuggestionStore suggestions;
    private final EmployeeStore employees;
    private final RewardService rewards;
    private final Transactions transactions;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the service to its ports. */
    public SuggestionService(SuggestionStore suggestions, EmployeeStore employees, RewardService rewards,
                             Transactions transactions, EventPublisher events, AuditTrail audit, IdGenerator ids,
                             Clock clock) {
        this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
        this.employees = Objects.requireNonNull(employees, "employees");
        this.rewards = Objects.requireNonNull(rewards, "rewards");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The acting employee submits a suggestion. */
    public Suggestion submit(Actor actor, SubmitSuggestion command) {
        Objects.requireNonNull(actor, "actor");
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        inputs.notBlank(command.title(), "title")
                .require(command.title() == null || command.title().length() <= 200, "title",
                        "must be at most 200 characters")
                .notBlank(command.text(), "text")
                .require(command.text() == null || command.text().length() <= 5000, "text",
                        "must be at most 5000 characters")
                .present(command.area(), "area");
        inputs.throwIfAny();
        return transactions.inTransaction(() -> {
            employees.find(actor.id()).filter(e -> e.status().employed())
                    .orElseThrow(() -> new AccessDeniedException("only employees of the company submit suggestions"));
            var now = clock.instant();
            var stored = suggestions.add(new Suggestion(SuggestionId.of(ids.next()), actor.id(), command.title().strip(),
                    command.text().strip(), command.area(), Optional.empty(),
                    List.of(new SuggestionTransition(SuggestionStatus.SUBMITTED, now, actor.id(), Optional.empty())), 0));
            announce(stored, now);
            audit.record(new AuditEntry(now, actor.id(), "suggestion.submit", "suggestion", stored.id().value(),
                    stored.area() + ": " + stored.title()));
            return stored;
        });
    }

    /**
     * Puts a suggestion under review by {@code reviewerId} (HR only); HR may assign another
     * reviewer while it is under review. Nobody reviews their own suggestion.
     */
    public Suggestion assignReviewer(Actor actor, SuggestionId id, String reviewerId) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.isHr()) {
            throw new AccessDeniedException("only HR assigns the reviewer of a suggestion");
        }
        var inputs = new Inputs();
        inputs.present(reviewerId, "reviewerId")
                .require(reviewerId == null || Ids.isValid(reviewerId), "reviewerId", "is not a valid id");
        inputs.throwIfAny();
        return transactions.inTransaction(() -> {
            var suggestion = find(id);
            Access.requireNotOwnCase(actor, suggestion.author(), "assign the reviewer of a suggestion");
            var reviewer = employees.find(EmployeeId.of(reviewerId)).filter(e -> e.status().employed())
                    .orElseThrow(() -> InvalidInputException.of("reviewerId", "no such employee in the company: " + reviewerId));
            if (reviewer.id().equals(suggestion.author())) {
                throw new PolicyRefusalException("§1.3.3", "suggestion.reviewer.author",
                        "the author of suggestion " + id + " may not review it", "reviewerId");
            }
            var now = clock.instant();
            var stored = suggestions.update(suggestion.moveTo(SuggestionStatus.UNDER_REVIEW, now, actor.id(),
                    Optional.of("reviewer " + reviewer.id()), Optional.of(reviewer.id())));
            announce(stored, now);
            audit.record(new AuditEntry(now, actor.id(), "suggestion.assign-reviewer", "suggestion", id.value(),
                    "reviewer " + reviewer.id()));
            return stored;
        });
    }

    /**
     * Adopts a suggestion under review (its reviewer or HR) and proposes the reward the policy
     * gives for it (§5.2.1). Returns the suggestion; the proposed rewards are with the reward
     * service.
     */
    public Suggestion adopt(Actor actor, SuggestionId id, String note) {
        new Inputs().optionalText(note, "note").throwIfAny();
        return decide(actor, id, SuggestionStatus.ADOPTED, Optional.ofNullable(note).filter(n -> !n.isBlank()));
    }

    /** Declines a suggestion under review, with a reason (its reviewer or HR). */
    public Suggestion decline(Actor actor, SuggestionId id, String reason) {
        new Inputs().text(reason, "reason").throwIfAny();
        return decide(actor, id, SuggestionStatus.DECLINED, Optional.of(reason));
    }

    private Suggestion decide(Actor actor, SuggestionId id, SuggestionStatus outcome, Optional<String> note) {
        Objects.requireNonNull(actor, "actor");
        return transactions.inTransaction(() -> {
            var suggestion = find(id);
            if (!mayView(actor, suggestion)) {
                throw new NotFoundException("suggestion", id);
            }
            Access.requireNotOwnCase(actor, suggestion.author(), "decide a suggestion");
            boolean reviewer = suggestion.reviewer().filter(actor::is).isPresent();
            if (!(reviewer || actor.isHr())) {
                throw new AccessDeniedException("suggestion " + id + " is decided by its reviewer or HR");
            }
            var now = clock.instant();
            var stored = suggestions.update(suggestion.moveTo(outcome, now, actor.id(), note.map(String::strip),
                    suggestion.reviewer()));
            announce(stored, now);
            audit.record(new AuditEntry(now, actor.id(), "suggestion." + (outcome == SuggestionStatus.ADOPTED
                    ? "adopt" : "decline"), "suggestion", id.value(), note.map(String::strip).orElse(outcome.name())));
            if (outcome == SuggestionStatus.ADOPTED) {
                rewards.recognise(actor, new Achievement(RewardTrigger.SUGGESTION_ADOPTED, stored.author(),
                        "suggestion:" + id, now, Reason.of("§5.2.1", "suggestion.adopted",
                        "suggestion \"%s\" (%s) was adopted".formatted(stored.title(), stored.area()),
                        "suggestion", id, "area", stored.area(), "adoptedBy", actor.id())));
            }
            return stored;
        });
    }

    /** The rewards proposed for an adopted suggestion, as its author, HR or a manager may see them. */
    public List<Reward> rewardsFor(Actor actor, SuggestionId id) {
        var suggestion = suggestion(actor, id);
        return rewards.rewardsOf(actor, suggestion.author()).stream()
                .filter(r -> r.source().equals("suggestion:" + id)).toList();
    }

    /** One suggestion: its author, its reviewer and HR may see it. */
    public Suggestion suggestion(Actor actor, SuggestionId id) {
        Objects.requireNonNull(actor, "actor");
        var suggestion = find(id);
        if (!mayView(actor, suggestion)) {
            throw new NotFoundException("suggestion", id);
        }
        return suggestion;
    }

    /** The suggestions the actor may see: HR every one, others their own and those they review. */
    public List<Suggestion> suggestions(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return suggestions.all().stream().filter(s -> mayView(actor, s)).toList();
    }

    private static boolean mayView(Actor actor, Suggestion suggestion) {
        return actor.isHr() || actor.is(suggestion.author()) || suggestion.reviewer().filter(actor::is).isPresent();
    }

    private void announce(Suggestion suggestion, Instant now) {
        events.publish(new SuggestionEvents.SuggestionStatusChanged(suggestion.id().value(),
                suggestion.author().value(), suggestion.status().name(),
                suggestion.reviewer().map(EmployeeId::value).orElse(""), now));
    }

    private Suggestion find(SuggestionId id) {
        Objects.requireNonNull(id, "id");
        return suggestions.find(id).orElseThrow(() -> new NotFoundException("suggestion", id));
    }
}
