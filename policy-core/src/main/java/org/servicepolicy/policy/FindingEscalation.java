package org.servicepolicy.policy;

import java.time.Period;
import java.util.Map;
import java.util.Objects;

/**
 * §2.3.1, §3.3.3: when service findings propose a discipline violation. A finding at or above
 * {@code immediate} proposes one at once; a finding of exactly {@code repeated} severity proposes
 * one when it makes the findings of that severity observed within {@code within} of it (before or
 * after) a multiple of {@code count} (the third, the sixth, ...), so that one run of findings is
 * not penalised twice.
 *
 * @param immediate the lightest severity that proposes a violation by itself
 * @param repeated  the severity whose repetition proposes a violation
 * @param count     how many findings of {@code repeated} severity make one violation
 * @param within    how far before or after a finding's observation the others are counted
 */
public record FindingEscalation(Severity immediate, Severity repeated, int count, Period within) {
    /** Requires every part, a repeated severity lighter than the immediate one and a count of two or more. */
    public FindingEscalation {
        Objects.requireNonNull(immediate, "immediate");
        Objects.requireNonNull(repeated, "repeated");
        Objects.requireNonNull(within, "within");
        if (repeated.compareTo(immediate) >= 0) {
            throw new IllegalArgumentException("the repeated severity must be lighter than the immediate one");
        }
        if (count < 2) {
            throw new IllegalArgumentException("a repetition takes at least two findings");
        }
    }

    static FindingEscalation read(PolicySettings s) {
        var immediate = s.constant("service.supervision.violation.severity", Severity.class, Severity.SERIOUS);
        var repeated = s.constant("service.supervision.repeated.severity", Severity.class, Severity.MODERATE);
        var count = s.integer("service.supervision.repeated.count", 2, 20);
        var within = s.period("service.supervision.repeated.within");
        if (repeated.compareTo(immediate) >= 0) {
            s.problem("service.supervision.repeated.severity", "must be lighter than "
                    + "service.supervision.violation.severity (" + immediate + ")");
            // the definition is refused with the problem above; the defaults only complete the reading
            return new FindingEscalation(Severity.SERIOUS, Severity.MODERATE, count, within);
        }
        return new FindingEscalation(immediate, repeated, count, within);
    }

    void write(Map<String, String> out) {
        out.put("service.supervision.violation.severity", immediate.name());
        out.put("service.supervision.repeated.severity", repeated.name());
        out.put("service.supervision.repeated.count", Integer.toString(count));
        out.put("service.supervision.repeated.within", within.toString());
    }
}
