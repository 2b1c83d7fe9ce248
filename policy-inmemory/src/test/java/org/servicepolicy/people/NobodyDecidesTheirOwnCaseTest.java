package org.servicepolicy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.discipline.AppealOutcome;
import org.servicepolicy.discipline.NewLeaveRequest;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.policy.ViolationType;
import org.servicepolicy.rewards.Achievement;
import org.servicepolicy.rewards.Reward;
import org.servicepolicy.suggestions.SubmitSuggestion;
import org.servicepolicy.suggestions.Suggestion;
import org.servicepolicy.suggestions.SuggestionArea;
import org.servicepolicy.tasks.DecideAdjustment;
import org.servicepolicy.tasks.NewTask;
import org.servicepolicy.tasks.RequestAdjustment;
import org.servicepolicy.tasks.RuleOnRefusal;
import org.servicepolicy.tasks.Task;

/**
 * §1.3.3, one rule across every area: nobody issues, withdraws, approves, rules on or decides
 * anything about themself, whatever roles they hold. Each case is an HR member (who may do the
 * act for anyone else) acting on a record about themself; the act is refused and nothing changes.
 */
class NobodyDecidesTheirOwnCaseTest {
    private static final EmployeeId HR = EmployeeId.of("hr");

    private final Company company = new Company();

    static Stream<Named<Consumer<NobodyDecidesTheirOwnCaseTest>>> ownCases() {
        return Stream.of(
                Named.of("record a violation", t -> t.discipline(d -> d.record(t.company.actor("hr"),
                        t.lateness()))),
                Named.of("issue a penalty", t -> {
                    var penalty = t.proposedPenaltyOfHr();
                    t.discipline(d -> d.issue(t.company.actor("hr"), penalty.id()));
                }),
                Named.of("withdraw a penalty", t -> {
                    var penalty = t.proposedPenaltyOfHr();
                    t.discipline(d -> d.withdraw(t.company.actor("hr"), penalty.id(), "not me"));
                }),
                Named.of("decide the appeal of a penalty", t -> {
                    var penalty = t.appealedPenaltyOfHr();
                    t.discipline(d -> d.decideAppeal(t.company.actor("hr"), penalty.id(), AppealOutcome.REVOKED,
                            "cleared"));
                }),
                Named.of("approve their own leave", t -> {
                    var leave = t.company.policy.discipline().requestLeave(t.company.actor("hr"),
                            new NewLeaveRequest("hr", t.company.clock.instant().plus(Duration.ofDays(3)),
                                    t.company.clock.instant().plus(Duration.ofDays(4)), "family", null));
                    t.discipline(d -> d.approveLeave(t.company.actor("hr"), leave.id(), null));
                }),
                Named.of("approve a reward", t -> {
                    var reward = t.rewardOfHr();
                    t.refused(() -> t.company.policy.rewards().approve(t.company.actor("hr"), reward.id()));
                }),
                Named.of("reject a reward", t -> {
                    var reward = t.rewardOfHr();
                    t.refused(() -> t.company.policy.rewards().reject(t.company.actor("hr"), reward.id(), "no"));
                }),
                Named.of("assign the reviewer of their own suggestion", t -> {
                    var suggestion = t.suggestionOfHr();
                    t.refused(() -> t.company.policy.suggestions().assignReviewer(t.company.actor("hr"),
                            suggestion.id(), "hr2"));
                }),
                Named.of("adopt their own suggestion", t -> {
                    var suggestion = t.suggestionOfHr();
                    t.company.policy.suggestions().assignReviewer(t.company.actor("hr2"), suggestion.id(), "manager");
                    t.refused(() -> t.company.policy.suggestions().adopt(t.company.actor("hr"), suggestion.id(),
                            null));
                }),
                Named.of("record their own promotion eligibility", t -> t.refused(() ->
                        t.company.policy.career().recordEligibility(t.company.actor("hr"), HR))),
                Named.of("rule on their own task refusal", t -> {
                    var task = t.taskOfHr();
                    t.company.policy.tasks().refuse(t.company.actor("hr"), task.id(), "not my job");
                    t.refused(() -> t.company.policy.tasks().ruleOnRefusal(t.company.actor("hr"), task.id(),
                            new RuleOnRefusal(true, "")));
                }),
                Named.of("decide their own adjustment request", t -> {
                    var task = t.taskOfHr();
                    t.company.policy.tasks().accept(t.company.actor("hr"), task.id());
                    t.company.policy.tasks().requestAdjustment(t.company.actor("hr"), task.id(), new RequestAdjustment(
                            task.currentTerms().deadline().plus(Duration.ofDays(2)), null, "waiting for the ledger", "deliver two days later"));
                    t.refused(() -> t.company.policy.tasks().decideAdjustment(t.company.actor("hr"), task.id(),
                            new DecideAdjustment(1, true, null)));
                }));
    }

    @ParameterizedTest
    @MethodSource("ownCases")
    void isRefusedWhateverTheActorsRoles(Consumer<NobodyDecidesTheirOwnCaseTest> ownCase) {
        ownCase.accept(this);
    }

    private void discipline(Consumer<org.servicepolicy.discipline.DisciplineService> act) {
        refused(() -> act.accept(company.policy.discipline()));
    }

    /** The act is refused citing §1.3.3, and it stored nothing: no new decision, event or audit line. */
    private void refused(Runnable act) {
        var decisions = company.stores.decisions().about(HR).size();
        var events = company.stores.eventLog().after(0, Integer.MAX_VALUE).size();
        assertThatThrownBy(act::run).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("in their own case (§1.3.3)");
        assertThat(company.stores.decisions().about(HR)).hasSize(decisions);
        assertThat(company.stores.eventLog().after(0, Integer.MAX_VALUE)).hasSize(events);
    }

    private org.servicepolicy.discipline.RecordViolation lateness() {
        return new org.servicepolicy.discipline.RecordViolation("hr", ViolationType.LATE_ARRIVAL,
                company.clock.instant().minus(Duration.ofHours(1)), 20, null, "late", null, null, null, null, null,
                null);
    }

    private Penalty proposedPenaltyOfHr() {
        return company.policy.discipline().record(company.actor("hr2"), lateness()).penalty().orElseThrow();
    }

    private Penalty appealedPenaltyOfHr() {
        var penalty = proposedPenaltyOfHr();
        company.policy.discipline().issue(company.actor("hr2"), penalty.id());
        return company.policy.discipline().appeal(company.actor("hr"), penalty.id(), "I was at a client's");
    }

    private Reward rewardOfHr() {
        return company.policy.rewards().recognise(company.actor("hr2"), new Achievement(
                RewardTrigger.SUGGESTION_ADOPTED, HR, "suggestion:test", company.clock.instant(),
                Reason.of("§5.2.1", "suggestion.adopted", "adopted"))).get(0);
    }

    private Suggestion suggestionOfHr() {
        return company.policy.suggestions().submit(company.actor("hr"), new SubmitSuggestion("Queue numbers",
                "Give every customer a queue number", SuggestionArea.PROCESSES));
    }

    private Task taskOfHr() {
        var now = company.clock.instant();
        return company.policy.tasks().assign(company.actor("hr2"), new NewTask("hr", "Audit", "Audit the files",
                List.of("Every file checked"), "As the audit template", now.plus(Duration.ofDays(5)), List.of(),
                List.of(), null));
    }
}
