package org.servicepolicy.rewards;

import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;

/**
 * Who may do what with rewards (§3.3.2, §1.3.3). Each function answers with the refusal, if any;
 * none reads a store. Rewards are personnel records: the employee, their department's manager and
 * HR see them; HR decides them, never their own.
 */
public final class RewardAccess {
    private RewardAccess() {
    }

    /** Whether {@code actor} may see the rewards of {@code employee}. */
    public static boolean mayView(Actor actor, Employee employee) {
        return Access.canViewPersonnel(actor, employee);
    }

    /** Moving any reward to {@code target} (approve, grant, reject): HR only. */
    public static Optional<Refusal> mayDecide(Actor actor, RewardStatus target) {
        return actor.isHr() ? Optional.empty()
                : Optional.of(Refusal.access("only HR may " + target.verb() + " rewards"));
    }

    /** Moving {@code reward} to {@code target}: HR, never for a reward of their own (§1.3.3). */
    public static Optional<Refusal> mayDecide(Actor actor, Reward reward, RewardStatus target) {
        return mayDecide(actor, target).or(() -> Access.ownCase(actor, reward.employee(), target.verb() + " a reward"));
    }
}
