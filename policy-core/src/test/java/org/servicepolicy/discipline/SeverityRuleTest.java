package org.servicepolicy.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicepolicy.policy.DisciplinePolicy;
import org.servicepolicy.policy.Fault;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.ViolationType;

class SeverityRuleTest {
    private final DisciplinePolicy policy = StandardPolicy.definition().discipline();

    @ParameterizedTest(name = "{0} of {1} minutes is {2}")
    @CsvSource({"LATE_ARRIVAL, 1, MINOR", "LATE_ARRIVAL, 30, MINOR", "LATE_ARRIVAL, 31, MODERATE",
            "EARLY_LEAVE, 30, MINOR", "EARLY_LEAVE, 90, MODERATE"})
    void latenessAndEarlyLeaveOverThirtyMinutesAreModerate(ViolationType type, int minutes, Severity expected) {
        var verdict = SeverityRule.severityOf(new ViolationFacts(type, Optional.of(minutes), Optional.empty(),
                Optional.empty(), false, Optional.empty()), policy);
        assertThat(verdict.outcome()).isEqualTo(expected);
        assertThat(verdict.reasons()).singleElement().satisfies(r -> assertThat(r.clause()).isEqualTo("§3.2.2"));
    }

    @ParameterizedTest(name = "{0} day(s) of absence is {1}")
    @CsvSource({"1, MODERATE", "2, SERIOUS", "3, GROSS", "10, GROSS"})
    void absenceGrowsWithConsecutiveDays(int days, Severity expected) {
        assertThat(SeverityRule.severityOf(new ViolationFacts(ViolationType.ABSENTEEISM, Optional.empty(),
                Optional.of(days), Optional.empty(), false, Optional.empty()), policy).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"LEAVE_NOT_REQUESTED_IN_ADVANCE, MINOR", "NON_WORK_ACTIVITY, MINOR", "MEETING_OR_TRAINING_ABSENCE, MINOR",
            "CONFIDENTIALITY_BREACH, SERIOUS", "TASK_REFUSED_WITHOUT_VALID_REASON, MODERATE"})
    void fixedSeveritiesComeFromThePolicy(ViolationType type, Severity expected) {
        var verdict = SeverityRule.severityOf(new ViolationFacts(type, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty()), policy);
        assertThat(verdict.outcome()).isEqualTo(expected);
        assertThat(verdict.reasons().get(0).clause()).isEqualTo(type.clause());
    }

    @ParameterizedTest(name = "leaked customer data: {0} gives {1}")
    @CsvSource({"false, SERIOUS", "true, GROSS"})
    void aConfidentialityBreachThatLeakedCustomerDataIsGross(boolean leaked, Severity expected) {
        assertThat(SeverityRule.severityOf(new ViolationFacts(ViolationType.CONFIDENTIALITY_BREACH, Optional.empty(),
                Optional.empty(), Optional.empty(), leaked, Optional.empty()), policy).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "damage through {0} is {1}")
    @CsvSource({"NEGLIGENCE, MODERATE", "INTENT, SERIOUS"})
    void propertyDamageFollowsTheFault(Fault fault, Severity expected) {
        assertThat(SeverityRule.severityOf(new ViolationFacts(ViolationType.PROPERTY_DAMAGE, Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.of(fault)), policy).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "the recorder's {0} is kept")
    @CsvSource({"MINOR", "GROSS"})
    void aCompanyRuleViolationTakesTheRecordersSeverity(Severity given) {
        var verdict = SeverityRule.severityOf(new ViolationFacts(ViolationType.COMPANY_RULE_VIOLATION, Optional.empty(),
                Optional.empty(), Optional.of(given), false, Optional.empty()), policy);
        assertThat(verdict.outcome()).isEqualTo(given);
        assertThat(verdict.reasons().get(0).clause()).isEqualTo("§3.2.1");
    }
}
