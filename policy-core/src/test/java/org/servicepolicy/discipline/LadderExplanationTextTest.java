package org.servicepolicy.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Violations.employee;
import static org.servicepolicy.fixtures.Violations.issuedDemotion;
import static org.servicepolicy.fixtures.Violations.violation;
import static org.servicepolicy.fixtures.Violations.voided;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Verdict;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;

/**
 * §3.3.3: the ladder renders its explanation when read, word for word and fact for fact
 * as it did when it formatted every reason while deciding. The expected texts were produced by
 * the eager implementation and are kept here verbatim.
 */
class LadderExplanationTextTest {
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private final PolicyDefinition policy = StandardPolicy.definition();

    @Test
    @DisplayName("§3.3.3: points, band and fine read as before, counted and voided violations listed by time")
    void aFineReadsAsBefore() {
        var history = List.of(violation("v3", Severity.MINOR, NOW.minus(Duration.ofDays(20))),
                violation("v1", Severity.MINOR, NOW.minus(Duration.ofDays(90))),
                voided(violation("v2", Severity.SERIOUS, NOW.minus(Duration.ofDays(40)))),
                violation("old", Severity.GROSS, NOW.minus(Duration.ofDays(400))));
        var verdict = PenaltyLadder.propose(violation("new", Severity.MODERATE, NOW), history, List.of(),
                employee(EmployeeCategory.STAFF, 3), policy);
        assertRendered(verdict, EXPECTED_FINE);
    }

    @Test
    @DisplayName("§3.3.3: a repetition while demoted, and a pending appeal, read as before")
    void aRepetitionAndAPendingAppealReadAsBefore() {
        var standing = issuedDemotion("p1", NOW.minus(Duration.ofDays(30)));
        var repeated = PenaltyLadder.propose(violation("new", Severity.MINOR, NOW), List.of(), List.of(standing),
                employee(EmployeeCategory.STAFF, 3), policy);
        assertRendered(repeated, EXPECTED_REPEATED);

        var appealed = issuedDemotion("p2", NOW.minus(Duration.ofDays(10))).moveTo(PenaltyStatus.APPEALED,
                NOW.minus(Duration.ofDays(5)), standing.employee(), Optional.of("not me"));
        var pending = PenaltyLadder.propose(violation("new", Severity.MINOR, NOW), List.of(), List.of(appealed),
                employee(EmployeeCategory.STAFF, 3), policy);
        assertRendered(pending, EXPECTED_PENDING);
    }

    @Test
    @DisplayName("§3.3.3: a demotion that cannot apply, and points below the ladder, read as before")
    void aSubstituteAndNoStepReadAsBefore() {
        var history = List.of(violation("v1", Severity.SERIOUS, NOW.minus(Duration.ofDays(1))));
        var substitute = PenaltyLadder.propose(violation("new", Severity.MODERATE, NOW), history, List.of(),
                employee(EmployeeCategory.TEMPORARY, 3), policy);
        assertRendered(substitute, EXPECTED_SUBSTITUTE);

        var settings = new java.util.HashMap<>(StandardPolicy.settings());
        settings.put("discipline.ladder.WARNING.fromPoints", "2");
        var none = PenaltyLadder.propose(violation("new", Severity.MINOR, NOW), List.of(), List.of(),
                employee(EmployeeCategory.STAFF, 3), PolicyDefinition.of("lenient", NOW, settings));
        assertRendered(none, EXPECTED_NONE);
    }

    /** Each reason prints as expected and equals the same reason given as text, as a store reads it back. */
    private static void assertRendered(Verdict<LadderProposal> verdict, List<String> expected) {
        assertThat(verdict.reasons()).map(Reason::toString).containsExactlyElementsOf(expected);
        assertThat(verdict.reasons()).allSatisfy(r -> {
            var asText = new Reason(r.clause(), r.ruleId(), r.message(), r.facts());
            assertThat(asText).isEqualTo(r).hasSameHashCodeAs(r);
        });
    }

    private static final List<String> EXPECTED_FINE = List.of(
            "Reason[clause=§3.3.3, ruleId=discipline.ladder.points, message=4 point(s) in the P12M up to 2026-06-01T09:00:00Z: 2 for this MODERATE violation and 2 from 2 earlier violation(s), facts={violation=new, severity=MODERATE, points=4, windowStart=2025-06-01T09:00:00Z, counted=v1 (NON_WORK_ACTIVITY, 2026-03-03T09:00:00Z, MINOR, 1 point(s)); v3 (NON_WORK_ACTIVITY, 2026-05-12T09:00:00Z, MINOR, 1 point(s)), notCountedVoided=v2 (NON_WORK_ACTIVITY, 2026-04-22T09:00:00Z, SERIOUS, 4 point(s))}]",
            "Reason[clause=§3.3.3, ruleId=discipline.ladder.band, message=4 point(s) fall in the FINE band (3-5 points), facts={points=4, band=FINE, range=3-5 points}]",
            "Reason[clause=§3.3.3, ruleId=discipline.fine, message=the fine for a MODERATE violation is 200.00 CNY, facts={severity=MODERATE, fine=200.00 CNY}]");
    private static final List<String> EXPECTED_REPEATED = List.of(
            "Reason[clause=§3.3.3, ruleId=discipline.ladder.points, message=1 point(s) in the P12M up to 2026-06-01T09:00:00Z: 1 for this MINOR violation and 0 from 0 earlier violation(s), facts={violation=new, severity=MINOR, points=1, windowStart=2025-06-01T09:00:00Z, counted=none, notCountedVoided=none}]",
            "Reason[clause=§3.3.3, ruleId=discipline.ladder.band, message=1 point(s) fall in the WARNING band (1-2 points), facts={points=1, band=WARNING, range=1-2 points}]",
            "Reason[clause=§3.3.3, ruleId=discipline.ladder.repeated, message=a demotion is in force (penalty p1, issued 2026-05-02T09:00:00Z): violating again without correcting earns DISMISSAL, facts={demotionPenalty=p1, step=DISMISSAL}]");
    private static final List<String> EXPECTED_PENDING = List.of(
            "Reason[clause=§3.3.3, ruleId=discipline.ladder.points, message=1 point(s) in the P12M up to 2026-06-01T09:00:00Z: 1 for this MINOR violation and 0 from 0 earlier violation(s), facts={violation=new, severity=MINOR, points=1, windowStart=2025-06-01T09:00:00Z, counted=none, notCountedVoided=none}]",
            "Reason[clause=§3.3.3, ruleId=discipline.ladder.band, message=1 point(s) fall in the WARNING band (1-2 points), facts={points=1, band=WARNING, range=1-2 points}]",
            "Reason[clause=§3.3.3, ruleId=discipline.ladder.repeated-pending-appeal, message=demotion penalty p2 (issued 2026-05-22T09:00:00Z) is under appeal since 2026-05-27T09:00:00Z: until the appeal is upheld it does not make this violation repeated and uncorrected, so the step comes from the points alone (WARNING), facts={demotionPenalty=p2, status=APPEALED, step=WARNING}]");
    private static final List<String> EXPECTED_SUBSTITUTE = List.of(
            "Reason[clause=§3.3.3, ruleId=discipline.ladder.points, message=6 point(s) in the P12M up to 2026-06-01T09:00:00Z: 2 for this MODERATE violation and 4 from 1 earlier violation(s), facts={violation=new, severity=MODERATE, points=6, windowStart=2025-06-01T09:00:00Z, counted=v1 (NON_WORK_ACTIVITY, 2026-05-31T09:00:00Z, SERIOUS, 4 point(s)), notCountedVoided=none}]",
            "Reason[clause=§3.3.3, ruleId=discipline.ladder.band, message=6 point(s) fall in the DEMOTION band (6-7 points), facts={points=6, band=DEMOTION, range=6-7 points}]",
            "Reason[clause=§3.3.3, ruleId=discipline.ladder.substitute, message=DEMOTION cannot apply: a temporary hire has no level to lose; the policy substitutes FINE, facts={category=TEMPORARY, level=3, lowestLevel=1, substitute=FINE}]",
            "Reason[clause=§3.3.3, ruleId=discipline.fine, message=the fine for a MODERATE violation is 200.00 CNY, facts={severity=MODERATE, fine=200.00 CNY}]");
    private static final List<String> EXPECTED_NONE = List.of(
            "Reason[clause=§3.3.3, ruleId=discipline.ladder.points, message=1 point(s) in the P12M up to 2026-06-01T09:00:00Z: 1 for this MINOR violation and 0 from 0 earlier violation(s), facts={violation=new, severity=MINOR, points=1, windowStart=2025-06-01T09:00:00Z, counted=none, notCountedVoided=none}]",
            "Reason[clause=§3.3.3, ruleId=discipline.ladder.band, message=1 point(s) reach no step: the ladder starts at 2 points, facts={points=1}]");
}
