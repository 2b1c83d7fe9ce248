package org.servicepolicy.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rewards section of the policy (§3.3.2, §2.3.3, §2.3.1, §5.2.1): which trigger gives which
 * rewards. Settings: {@code reward.rules} lists the rule ids in order; each rule has
 * {@code reward.rule.<id>.trigger}, {@code .kinds} (comma-separated {@link RewardKind}s, or
 * {@code NONE} to switch it off) and {@code .bonus} (0 unless the kinds hold BONUS).
 *
 * @param rules the rules, in the order listed
 */
public record RewardPolicy(List<RewardRule> rules) {
    /** The word that switches a rule off in place of a list of kinds. */
    public static final String NONE = "NONE";

    /** Copies the rules. */
    public RewardPolicy {
        rules = List.copyOf(rules);
    }

    /** The active rules that {@code trigger} fires, in order. */
    public List<RewardRule> rulesFor(RewardTrigger trigger) {
        return rules.stream().filter(r -> r.active() && r.trigger().equals(trigger)).toList();
    }

    static RewardPolicy read(PolicySettings s, CompanyPolicy company) {
        var listed = s.text("reward.rules");
        var rules = new ArrayList<RewardRule>();
        var seen = new HashSet<String>();
        for (var raw : listed.split(",")) {
            var id = raw.strip();
            if (id.isEmpty() && listed.isEmpty()) {
                continue;
            }
            if (!RewardRule.isValidId(id)) {
                s.problem("reward.rules", "'" + id + "' is not a rule id: 1-40 lower-case letters, digits or '-'");
                continue;
            }
            if (!seen.add(id)) {
                s.problem("reward.rules", "lists " + id + " twice");
                continue;
            }
            var prefix = "reward.rule." + id;
            var triggerName = s.text(prefix + ".trigger");
            var trigger = RewardTrigger.isValidName(triggerName) ? new RewardTrigger(triggerName) : null;
            if (trigger == null || !RewardTrigger.known().contains(trigger)) {
                if (!triggerName.isEmpty()) {
                    s.problem(prefix + ".trigger", "must be one of " + RewardTrigger.known().stream()
                            .map(RewardTrigger::name).sorted().toList() + ", was '" + triggerName + "'");
                }
                trigger = RewardTrigger.SUGGESTION_ADOPTED;
            }
            var kinds = kinds(s, prefix + ".kinds");
            var bonus = s.money(prefix + ".bonus", company.currency());
            if (kinds.contains(RewardKind.BONUS) && bonus.amount().signum() == 0) {
                s.problem(prefix + ".bonus", "must be above 0 because the rule gives a BONUS");
            }
            if (!kinds.contains(RewardKind.BONUS) && bonus.amount().signum() != 0) {
                s.problem(prefix + ".bonus", "must be 0 because the rule gives no BONUS");
            }
            rules.add(new RewardRule(id, trigger, kinds, bonus));
        }
        return new RewardPolicy(rules);
    }

    private static EnumSet<RewardKind> kinds(PolicySettings s, String key) {
        var text = s.text(key);
        var kinds = EnumSet.noneOf(RewardKind.class);
        if (text.isEmpty() || text.equals(NONE)) {
            return kinds;
        }
        for (var raw : text.split(",")) {
            var name = raw.strip();
            try {
                if (!kinds.add(RewardKind.valueOf(name))) {
                    s.problem(key, "lists " + name + " twice");
                }
            } catch (IllegalArgumentException e) {
                s.problem(key, "must be NONE or a comma-separated list of " + List.of(RewardKind.values())
                        + ", has '" + name + "'");
            }
        }
        return kinds;
    }

    void write(Map<String, String> out) {
        out.put("reward.rules", rules.stream().map(RewardRule::id).collect(Collectors.joining(",")));
        for (var rule : rules) {
            var prefix = "reward.rule." + rule.id();
            out.put(prefix + ".trigger", rule.trigger().name());
            out.put(prefix + ".kinds", rule.kinds().isEmpty() ? NONE
                    : rule.kinds().stream().map(Enum::name).collect(Collectors.joining(",")));
            out.put(prefix + ".bonus", rule.bonus().amount().compareTo(BigDecimal.ZERO) == 0 ? "0"
                    : rule.bonus().amount().stripTrailingZeros().toPlainString());
        }
    }
}
