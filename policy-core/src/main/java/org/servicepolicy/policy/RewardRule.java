package org.servicepolicy.policy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.servicepolicy.kernel.Money;

/**
 * One reward rule of the policy: what a trigger earns (§3.3.2, §2.3.3, §2.3.1, §5.2.1).
 *
 * @param id      the rule's name, lower-case words joined by '-', e.g. {@code excellent-grade}
 * @param trigger what earns the reward
 * @param kinds   the rewards it gives; empty switches the rule off
 * @param bonus   the bonus, zero unless {@code kinds} holds BONUS
 */
public record RewardRule(String id, RewardTrigger trigger, Set<RewardKind> kinds, Money bonus) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** Requires every part and copies the kinds. */
    public RewardRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(bonus, "bonus");
        if (!isValidId(id)) {
            throw new IllegalArgumentException("a reward rule id is 1-40 lower-case letters, digits or '-': " + id);
        }
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /** Whether {@code id} is a valid rule id. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Whether the rule gives anything. */
    public boolean active() {
        return !kinds.isEmpty();
    }
}
