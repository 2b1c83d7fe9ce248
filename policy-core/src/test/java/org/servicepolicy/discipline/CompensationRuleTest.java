package org.servicepolicy.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.policy.Fault;
import org.servicepolicy.policy.StandardPolicy;

class CompensationRuleTest {
    private final org.servicepolicy.policy.DisciplinePolicy policy = StandardPolicy.definition().discipline();

    @Test
    void intentPaysTheWholeDamageInInstalmentsCappedAtAFifthOfTheWage() {
        var verdict = CompensationRule.assess(new Damage(Money.of("3001", "CNY"), Fault.INTENT),
                Optional.of(Money.of("5000", "CNY")), policy);
        assertThat(verdict.outcome().amount()).isEqualTo(Money.of("3001", "CNY"));
        assertThat(verdict.outcome().instalmentCap()).contains(Money.of("1000", "CNY"));
        assertThat(verdict.outcome().instalments()).contains(4);
    }

    @Test
    void negligencePaysHalfAndWithoutAKnownWageThereIsNoPlan() {
        var verdict = CompensationRule.assess(new Damage(Money.of("999.99", "CNY"), Fault.NEGLIGENCE), Optional.empty(),
                policy);
        assertThat(verdict.outcome().amount()).isEqualTo(Money.of("500.00", "CNY"));
        assertThat(verdict.outcome().instalments()).isEmpty();
        assertThat(verdict.reasons()).extracting(r -> r.ruleId())
                .containsExactly("discipline.compensation.amount", "discipline.compensation.instalments");
    }
}
