package org.servicepolicy.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.servicepolicy.fixtures.Outcomes.NOTHING_STORED;
import static org.servicepolicy.fixtures.Outcomes.decided;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.manager;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.policy.StandardPolicy;

/** §3.3.2: the reward rules, called directly on facts, without stores. */
class RewardRulesTest {
    private static final Instant HIRED = Instant.parse("2024-01-01T00:00:00Z");

    private static final Instant GRADED_AT = Instant.parse("2026-03-31T23:59:59Z");
    private static final Instant NOW = Instant.parse("2026-04-02T09:00:00Z");
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    private static final PolicyDefinition STANDARD = StandardPolicy.definition();

    private static Employee employee(String id, String name) {
        return new Employee(EmployeeId.of(id), name, EmployeeCategory.STAFF, Optional.empty(), DepartmentId.of("service"),
                3, LocalDate.of(2024, 1, 1), EmploymentStatus.ON_POST, Optional.empty(), Set.of(), HIRED, HIRED, 1);
    }

    private static Achievement excellent(String source) {
        return new Achievement(RewardTrigger.grade(Grade.EXCELLENT), STAFF, source, GRADED_AT,
                Reason.of("§3.3.2", "assessment.grade", "graded EXCELLENT in 2026-Q1"));
    }

    private static RewardFacts.Recognising facts(PolicyDefinition policy, Reward... known) {
        return new RewardFacts.Recognising(Optional.of(employee("staff", "Staff")), policy, List.of(known));
    }

    private static Reward reward(String id, Set<RewardKind> kinds, RewardStatus... later) {
        return reward(id, kinds, GRADED_AT, later);
    }

    /** A reward proposed at {@code proposedAt} that then entered each of {@code later}, an hour apart. */
    private static Reward reward(String id, Set<RewardKind> kinds, Instant proposedAt, RewardStatus... later) {
        var history = new ArrayList<RewardTransition>();
        history.add(new RewardTransition(RewardStatus.PROPOSED, proposedAt, EmployeeId.of("hr"), Optional.empty()));
        for (var status : later) {
            history.add(new RewardTransition(status, proposedAt.plusSeconds(3600L * history.size()), EmployeeId.of("hr"),
                    Optional.empty()));
        }
        return new Reward(RewardId.of(id), STAFF, "excellent-grade", RewardTrigger.grade(Grade.EXCELLENT),
                "cycle:" + id, kinds, Optional.empty(), "graded EXCELLENT", DecisionId.of("d-" + id), history, 1);
    }

    @Test
    void eachRuleTheAchievementSetsOffProposesOneRewardWithADecisionThatExplainsIt() {
        var outcome = decided(RewardRules.recognise(excellent("cycle:2026-Q1"), facts(STANDARD), stamp(hr("hr"), NOW)));

        assertThat(outcome.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(RewardRules.PROPOSAL);
            assertThat(decision.subject()).isEqualTo(STAFF);
            assertThat(decision.outcome()).isEqualTo("HONOUR_CERTIFICATE, BONUS, PUBLIC_COMMENDATION (bonus 2000.00 CNY)");
            assertThat(decision.policyVersion()).isEqualTo("standard");
            assertThat(decision.factAt()).isEqualTo(GRADED_AT);
            assertThat(decision.decidedAt()).isEqualTo(NOW);
            assertThat(decision.reasons()).extracting(Reason::clause, Reason::ruleId)
                    .containsExactly(tuple("§3.3.2", "assessment.grade"), tuple("§3.3.2", "reward.rule"));
            assertThat(decision.reasons().get(1).facts()).containsEntry("rule", "excellent-grade")
                    .containsEntry("source", "cycle:2026-Q1");
        });
        assertThat(outcome.changes()).hasSize(1);
        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("RewardProposed");
            assertThat(event.aggregateId()).isEqualTo("id-2");
            assertThat(event.attributes()).isEqualTo(Map.of("employeeId", "staff", "ruleId", "excellent-grade",
                    "kinds", "HONOUR_CERTIFICATE,BONUS,PUBLIC_COMMENDATION", "status", "PROPOSED"));
        });
        assertThat(outcome.audit()).extracting(AuditEntry::action, AuditEntry::detail).containsExactly(tuple(
                "reward.propose", "HONOUR_CERTIFICATE, BONUS, PUBLIC_COMMENDATION (bonus 2000.00 CNY) to staff"
                        + " by rule excellent-grade"));
    }

    @Test
    void theRulesApplyAreThoseOfTheVersionTheFactsCarry() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("reward.rule.excellent-grade.bonus", "3000");
        var later = PolicyDefinition.of("bigger-bonus", GRADED_AT.minusSeconds(86_400), settings);

        var outcome = decided(RewardRules.recognise(excellent("cycle:2026-Q1"), facts(later), stamp(hr("hr"), NOW)));

        assertThat(outcome.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.policyVersion()).isEqualTo("bigger-bonus");
            assertThat(decision.outcome()).endsWith("(bonus 3000.00 CNY)");
        });
    }

    @Test
    void anAchievementAlreadyRecognisedProposesNothingNewAndAnswersTheRewardItProposedBefore() {
        var known = new Reward(RewardId.of("r-1"), STAFF, "excellent-grade", RewardTrigger.grade(Grade.EXCELLENT),
                "cycle:2026-Q1", EnumSet.of(RewardKind.BONUS), Optional.of(Money.of("2000", "CNY")), "graded EXCELLENT",
                DecisionId.of("d-1"), List.of(new RewardTransition(RewardStatus.PROPOSED, GRADED_AT, EmployeeId.of("hr"),
                Optional.empty())), 1);

        var outcome = decided(RewardRules.recognise(excellent("cycle:2026-Q1"), facts(STANDARD, known),
                stamp(hr("hr2"), NOW)));

        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.decisions()).isEmpty();
        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.answer().apply(NOTHING_STORED)).containsExactly(known);
    }

    @Test
    void aTriggerThatNoRuleNamesProposesNothing() {
        var good = new Achievement(RewardTrigger.grade(Grade.GOOD), STAFF, "cycle:2026-Q1", GRADED_AT,
                Reason.of("§3.3.2", "assessment.grade", "graded GOOD"));

        var outcome = decided(RewardRules.recognise(good, facts(STANDARD), stamp(hr("hr"), NOW)));

        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.answer().apply(NOTHING_STORED)).isEmpty();
    }

    @Test
    void theAchievementOfSomeoneWhoDoesNotExistIsRefusedAsMissing() {
        var facts = new RewardFacts.Recognising(Optional.empty(), STANDARD, List.of());
        assertThat(refusal(RewardRules.recognise(excellent("cycle:2026-Q1"), facts, stamp(hr("hr"), NOW))))
                .isEqualTo(Refusal.missing("employee", STAFF));
    }

    @Test
    void hrApprovesAProposedRewardThenGrantsIt() {
        var proposed = reward("r-1", EnumSet.of(RewardKind.BONUS));
        var approved = decided(RewardRules.approve(proposed.id(), Optional.of(proposed), stamp(hr("hr"), NOW)));
        assertThat(approved.events()).extracting(DomainEvent::type).containsExactly("RewardApproved");
        assertThat(approved.audit()).extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(tuple("reward.approve", "APPROVED"));

        var granted = decided(RewardRules.grant(proposed.id(),
                Optional.of(reward("r-1", EnumSet.of(RewardKind.BONUS), RewardStatus.APPROVED)), stamp(hr("hr"), NOW)));
        assertThat(granted.events()).extracting(DomainEvent::type).containsExactly("RewardGranted");
    }

    @Test
    void aRewardIsGrantedOnlyOnceApprovedAndAGrantedOneIsNeverRejected() {
        var proposed = reward("r-1", EnumSet.of(RewardKind.BONUS));
        assertThat(refusal(RewardRules.grant(proposed.id(), Optional.of(proposed), stamp(hr("hr"), NOW))))
                .isEqualTo(Refusal.transition("reward", "r-1", RewardStatus.PROPOSED, "grant"));
        var granted = reward("r-1", EnumSet.of(RewardKind.BONUS), RewardStatus.APPROVED, RewardStatus.GRANTED);
        assertThat(RewardRules.lifecycle(granted, RewardStatus.REJECTED)).isPresent();
    }

    @Test
    void aRejectionKeepsItsReason() {
        var proposed = reward("r-1", EnumSet.of(RewardKind.BONUS));
        var rejected = decided(RewardRules.reject(proposed.id(), Optional.of(proposed), "the grade is under appeal",
                stamp(hr("hr"), NOW)));
        assertThat(rejected.events()).singleElement()
                .satisfies(event -> assertThat(event.attributes()).containsEntry("status", "REJECTED"));
        assertThat(rejected.audit()).extracting(AuditEntry::detail).containsExactly("the grade is under appeal");
    }

    @Test
    void aRewardThatDoesNotExistIsRefusedAsMissingToHrAndAsForbiddenToAnyoneElse() {
        assertThat(refusal(RewardRules.approve(RewardId.of("r-9"), Optional.empty(), stamp(hr("hr"), NOW))))
                .isEqualTo(Refusal.missing("reward", "r-9"));
        assertThat(refusal(RewardRules.approve(RewardId.of("r-9"), Optional.empty(),
                stamp(manager("manager", "service"), NOW))))
                .isEqualTo(Refusal.access("only HR may approve rewards"));
    }

    @Test
    void grantedPublicCommendationsAreRoleModelsNewestFirst() {
        var older = reward("r-1", EnumSet.of(RewardKind.PUBLIC_COMMENDATION), RewardStatus.APPROVED,
                RewardStatus.GRANTED);
        var newer = reward("r-2", EnumSet.of(RewardKind.BONUS, RewardKind.PUBLIC_COMMENDATION), NOW,
                RewardStatus.APPROVED, RewardStatus.GRANTED);
        var bonusOnly = reward("r-3", EnumSet.of(RewardKind.BONUS), RewardStatus.APPROVED, RewardStatus.GRANTED);
        var onlyApproved = reward("r-4", EnumSet.of(RewardKind.PUBLIC_COMMENDATION), RewardStatus.APPROVED);

        var commendations = RewardRules.commendations(List.of(older, newer, bonusOnly, onlyApproved),
                Map.of(STAFF, employee("staff", "Sam Staff")));

        assertThat(commendations).extracting(c -> c.reward().value()).containsExactly("r-2", "r-1");
        assertThat(commendations.get(0).name()).isEqualTo("Sam Staff");
        assertThat(commendations.get(0).department()).isEqualTo(DepartmentId.of("service"));
        assertThat(commendations.get(0).citation()).isEqualTo("graded EXCELLENT");
    }
}
