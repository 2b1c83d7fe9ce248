package org.servicepolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.Stamp;

/** §1.3.4, §1.3.3: a company changes its policy by publishing a version, and no decision taken is judged again. */
class PolicyRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Stamp HR = new Stamp(new Actor(EmployeeId.of("hr"), Set.of(Role.HR), Optional.empty()), NOW,
            () -> "id");
    private static final PolicyVersions STANDARD = new PolicyVersions(List.of(StandardPolicy.definition()));

    @Test
    void aVersionTakesEffectFromNowOrLaterWithTheChangesOnTheVersionInForceThen() {
        var outcome = PolicyRules.publish("2027", Instant.parse("2027-01-01T00:00:00Z"),
                Map.of("discipline.fine.MODERATE", "300"), STANDARD, HR);
        assertThat(outcome).isInstanceOf(Outcome.Decided.class);
        var decided = (Outcome.Decided<PolicyCatalog, PolicyDefinition>) outcome;
        assertThat(decided.events()).extracting(DomainEvent::type).containsExactly("PolicyPublished");
        assertThat(decided.audit()).hasSize(1);
    }

    @Test
    void aVersionMayNotTakeEffectInThePastNorBeforeOneAlreadyPublished() {
        assertThat(refusal(PolicyRules.publish("late", NOW.minusSeconds(1), Map.of(), STANDARD, HR)))
                .isEqualTo(Refusal.invalid("effectiveFrom", "must not be in the past (now is " + NOW + ")"));
        var settings = new java.util.HashMap<>(StandardPolicy.definition().settings());
        var published = new PolicyVersions(List.of(StandardPolicy.definition(),
                PolicyDefinition.of("2027", Instant.parse("2027-01-01T00:00:00Z"), settings)));
        assertThat(refusal(PolicyRules.publish("between", Instant.parse("2026-12-15T00:00:00Z"), Map.of(), published,
                HR))).isInstanceOf(Refusal.Invalid.class);
        assertThat(refusal(PolicyRules.publish("2027", Instant.parse("2027-02-01T00:00:00Z"), Map.of(), published, HR)))
                .isEqualTo(Refusal.duplicate("policy version", "2027"));
    }

    @Test
    void everyProblemOfTheSettingsIsListedAtOnce() {
        var refusal = refusal(PolicyRules.publish("broken", null, Map.of("discipline.fine.MODERATE", "-3",
                "discipline.pointz.MINOR", "1"), STANDARD, HR));
        assertThat(refusal).isInstanceOfSatisfying(Refusal.InvalidFields.class, r ->
                assertThat(r.problems()).extracting(FieldProblem::field).contains("settings.discipline.fine.MODERATE",
                        "settings.discipline.pointz.MINOR"));
    }

    private static Refusal refusal(Outcome<PolicyCatalog, PolicyDefinition> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<PolicyCatalog, PolicyDefinition>) outcome).refusal();
    }
}
