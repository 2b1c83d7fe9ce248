package org.servicepolicy.suggestions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.rewards.Reward;
import org.servicepolicy.rewards.RewardService;

/**
 * Use cases of employee suggestions (§5.2.1: the company collects, analyses and handles them;
 * adopted reasonable suggestions are rewarded). Employees see their own suggestions, reviewers
 * those assigned to them, HR every one. Each command is one transaction: it loads its facts,
 * decides in {@link SuggestionRules} and commits through the unit of work.
 */
public final class SuggestionService {
    private final UnitOfWork<SuggestionStores> work;
    private final RewardService rewards;

    /** Wires the service to its unit of work and to the rewards an adoption proposes. */
    public SuggestionService(UnitOfWork<SuggestionStores> work, RewardService rewards) {
        this.work = Objects.requireNonNull(work, "work");
        this.rewards = Objects.requireNonNull(rewards, "rewards");
    }

    /** The acting employee submits a suggestion. */
    public Suggestion submit(Actor actor, SubmitSuggestion command) {
        Objects.requireNonNull(actor, "actor");
        new Inputs().present(command, "body").throwIfAny();
        return work.run(actor, stores -> stores.employees().find(actor.id()),
                (self, stamp) -> SuggestionRules.submit(command, self, stamp));
    }

    /**
     * Puts a suggestion under review by {@code reviewerId} (HR only); HR may assign another
     * reviewer while it is under review. Nobody reviews their own suggestion.
     */
    public Suggestion assignReviewer(Actor actor, SuggestionId id, String reviewerId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return work.run(actor, stores -> new SuggestionFacts.Reviewing(stores.suggestions().find(id),
                        Optional.ofNullable(reviewerId).filter(Ids::isValid).map(EmployeeId::of)
                                .flatMap(stores.employees()::find)),
                (facts, stamp) -> SuggestionRules.assignReviewer(id, reviewerId, facts, stamp));
    }

    /**
     * Adopts a suggestion under review (its reviewer or HR) and, in the same transaction,
     * proposes the reward the policy gives for it (§5.2.1). Returns the suggestion; the proposed
     * rewards are with the reward service.
     */
    public Suggestion adopt(Actor actor, SuggestionId id, String note) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().optionalText(note, "note").throwIfAny();
        var adoption = Optional.ofNullable(note).filter(n -> !n.isBlank()).map(String::strip);
        return work.together(() -> {
            var adopted = work.run(actor, stores -> stores.suggestions().find(id),
                    (found, stamp) -> SuggestionRules.adopt(id, found, adoption, stamp));
            rewards.recognise(actor, SuggestionRules.achievement(adopted));
            return adopted;
        });
    }

    /** Declines a suggestion under review, with a reason (its reviewer or HR). */
    public Suggestion decline(Actor actor, SuggestionId id, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().text(reason, "reason").throwIfAny();
        return work.run(actor, stores -> stores.suggestions().find(id),
                (found, stamp) -> SuggestionRules.decline(id, found, reason.strip(), stamp));
    }

    /** The rewards proposed for an adopted suggestion, as its author, HR or a manager may see them. */
    public List<Reward> rewardsFor(Actor actor, SuggestionId id) {
        var suggestion = suggestion(actor, id);
        return rewards.rewardsOf(actor, suggestion.author()).stream()
                .filter(r -> r.source().equals(SuggestionRules.source(id))).toList();
    }

    /** One suggestion: its author, its reviewer and HR may see it. */
    public Suggestion suggestion(Actor actor, SuggestionId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return work.stores().suggestions().find(id).filter(s -> SuggestionAccess.mayView(actor, s))
                .orElseThrow(() -> Refusal.missing("suggestion", id).toException());
    }

    /** The suggestions the actor may see: HR every one, others their own and those they review. */
    public List<Suggestion> suggestions(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return work.stores().suggestions().all().stream().filter(s -> SuggestionAccess.mayView(actor, s)).toList();
    }
}
