package org.servicepolicy.discipline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Verdict;
import org.servicepolicy.policy.DisciplinePolicy;

/**
 * §3.2.2: damage caused by personal fault is compensated. The amount is the assessed damage
 * times the fault's share; where the wage is known it is paid in monthly instalments no larger
 * than the policy's share of the wage. Separate from any fine. Pure.
 */
public final class CompensationRule {
    private CompensationRule() {
    }

    /** The compensation owed for {@code damage} by an employee earning {@code monthlyWage}. */
    public static Verdict<Compensation> assess(Damage damage, Optional<Money> monthlyWage, DisciplinePolicy policy) {
        var share = policy.faultShare().get(damage.fault());
        var amount = damage.assessed().times(share);
        var capShare = policy.instalmentCapShareOfWage();
        var cap = monthlyWage.filter(w -> capShare.signum() > 0).map(w -> w.times(capShare));
        var instalments = cap.map(c -> amount.amount().divide(c.amount(), 0, RoundingMode.CEILING).max(BigDecimal.ONE)
                .intValueExact());
        var verdict = Verdict.of(new Compensation(damage, share, amount, cap, instalments))
                .because(Reason.of("§3.2.2", "discipline.compensation.amount",
                        "%s damage through %s, of which the employee bears %s%%: %s".formatted(damage.assessed(),
                                damage.fault(), share.movePointRight(2).stripTrailingZeros().toPlainString(), amount),
                        "assessed", damage.assessed(), "fault", damage.fault(), "faultShare", share.toPlainString(),
                        "amount", amount));
        if (cap.isPresent()) {
            return verdict.because(Reason.of("§3.2.2", "discipline.compensation.instalments",
                    "paid in %d monthly instalment(s) of at most %s (%s%% of the monthly wage %s)".formatted(
                            instalments.orElseThrow(), cap.get(), capShare.movePointRight(2).stripTrailingZeros()
                                    .toPlainString(), monthlyWage.orElseThrow()),
                    "monthlyWage", monthlyWage.orElseThrow(), "instalmentCap", cap.get(),
                    "instalments", instalments.orElseThrow()));
        }
        return verdict.because(Reason.of("§3.2.2", "discipline.compensation.instalments",
                "the monthly wage is not on record, so no instalment plan is set", "monthlyWage", "unknown"));
    }
}
