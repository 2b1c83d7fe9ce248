package org.servicepolicy.discipline;

import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Verdict;
import org.servicepolicy.policy.DisciplinePolicy;
import org.servicepolicy.policy.Severity;

/** §3.2.2, §3.2.1, §3.1.1: how severe a violation is, by the policy's severity settings. Pure. */
public final class SeverityRule {
    private SeverityRule() {
    }

    /** The severity of a violation with {@code facts} under {@code policy}, with the reason. */
    public static Verdict<Severity> severityOf(ViolationFacts facts, DisciplinePolicy policy) {
        var type = facts.type();
        var clause = type.clause();
        // Numbers are concatenated, not formatted: every recording decides this, and a format
        // looks the locale's digits up each time.
        return switch (type.measure()) {
            case MINUTES -> {
                int minutes = facts.minutes().orElseThrow(() -> new IllegalArgumentException(type + " needs minutes"));
                int above = policy.lateMinutesModerateAbove();
                var severity = minutes > above ? Severity.MODERATE : Severity.MINOR;
                yield Verdict.of(severity).because(Reason.of(clause, "discipline.severity.minutes",
                        type + " of " + minutes + " minutes is " + severity + ": "
                                + (minutes > above ? "more than " : "not more than ") + above + " minutes",
                        "type", type, "minutes", minutes, "moderateAboveMinutes", above));
            }
            case DAYS -> {
                int days = facts.days().orElseThrow(() -> new IllegalArgumentException(type + " needs days"));
                var severity = days >= policy.absenceGrossFromDays() ? Severity.GROSS
                        : days >= policy.absenceSeriousFromDays() ? Severity.SERIOUS : Severity.MODERATE;
                yield Verdict.of(severity).because(Reason.of(clause, "discipline.severity.days",
                        type + " of " + days + " consecutive day(s) is " + severity + " (SERIOUS from "
                                + policy.absenceSeriousFromDays() + " days, GROSS from "
                                + policy.absenceGrossFromDays() + ")",
                        "type", type, "days", days, "seriousFromDays", policy.absenceSeriousFromDays(),
                        "grossFromDays", policy.absenceGrossFromDays()));
            }
            case DAMAGE -> {
                var fault = facts.fault().orElseThrow(() -> new IllegalArgumentException(type + " needs a fault"));
                var severity = policy.damageSeverity().get(fault);
                yield Verdict.of(severity).because(Reason.of(clause, "discipline.severity.damage",
                        "%s through %s is %s".formatted(type, fault, severity), "type", type, "fault", fault));
            }
            case RECORDER_SEVERITY -> {
                var severity = facts.recorderSeverity()
                        .orElseThrow(() -> new IllegalArgumentException(type + " needs the recorder's severity"));
                yield Verdict.of(severity).because(Reason.of(clause, "discipline.severity.recorder",
                        "%s: the recorder judged it %s (violations are handled under the rules)".formatted(type, severity),
                        "type", type, "severity", severity));
            }
            case NONE -> {
                if (facts.customerDataLeaked()) {
                    var severity = policy.customerDataLeakSeverity();
                    yield Verdict.of(severity).because(Reason.of(clause, "discipline.severity.customer-data",
                            "%s that leaked customer data is %s".formatted(type, severity), "type", type,
                            "customerDataLeaked", true));
                }
                var severity = policy.fixedSeverity().get(type);
                yield Verdict.of(severity).because(Reason.of(clause, "discipline.severity.fixed",
                        "%s is %s".formatted(type, severity), "type", type));
            }
        };
    }
}
