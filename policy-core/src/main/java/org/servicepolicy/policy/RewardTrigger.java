package org.servicepolicy.policy;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What can earn a reward, named by the capability that reports it ({@code suggestion.adopted}).
 * Triggers are an open set of names rather than an enum, so that a capability added later
 * (service evaluation, supervision reports) brings its own trigger without changing reward
 * rules already published; {@link #known()} lists those this version of the library fires, and
 * the policy accepts rules only for them, so that a misspelt trigger is refused rather than
 * silently never firing.
 *
 * @param name the trigger's name: lower-case dotted words, e.g. {@code assessment.grade.EXCELLENT}
 */
public record RewardTrigger(String name) {
    private static final Pattern NAME = Pattern.compile("[a-z]+(\\.[A-Za-z0-9-]+)+");

    /** Two finalised grades in a row that are both Excellent (§3.3.2, promotion opportunity). */
    public static final RewardTrigger EXCELLENT_IN_CONSECUTIVE_CYCLES =
            new RewardTrigger("assessment.grade.EXCELLENT.consecutive");
    /** An employee suggestion was adopted (§5.2.1). */
    public static final RewardTrigger SUGGESTION_ADOPTED = new RewardTrigger("suggestion.adopted");
    /** A peer's service problem report was confirmed as effective information (§2.3.1). */
    public static final RewardTrigger SERVICE_REPORT_EFFECTIVE = new RewardTrigger("service.report.effective");

    /** A finalised periodic service evaluation in the EXCELLENT band (§2.3.3). */
    public static final RewardTrigger EXCELLENT_SERVICE = new RewardTrigger("service.evaluation.EXCELLENT");

    /** Checks the name's syntax. */
    public RewardTrigger {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches() || name.length() > 100) {
            throw new IllegalArgumentException("a trigger is named by dotted words such as suggestion.adopted: " + name);
        }
    }

    /** The trigger of a finalised grade of {@code grade} (§3.3.1, §3.3.2). */
    public static RewardTrigger grade(Grade grade) {
        return new RewardTrigger("assessment.grade." + grade.name());
    }

    /** The triggers the library fires. */
    public static Set<RewardTrigger> known() {
        var known = new LinkedHashSet<RewardTrigger>();
        for (var grade : Grade.values()) {
            known.add(grade(grade));
        }
        known.add(EXCELLENT_IN_CONSECUTIVE_CYCLES);
        known.add(SUGGESTION_ADOPTED);
        known.add(SERVICE_REPORT_EFFECTIVE);
        known.add(EXCELLENT_SERVICE);
        return Set.copyOf(known);
    }

    /** Whether {@code name} is a syntactically valid trigger name. */
    public static boolean isValidName(String name) {
        return name != null && name.length() <= 100 && NAME.matcher(name).matches();
    }

    @Override
    public String toString() {
        return name;
    }
}
