package org.servicepolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.Period;
import java.util.HashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;

/** §2.3.1, §3.3.3: when service findings propose a violation is policy data. */
class FindingEscalationTest {
    private static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    @DisplayName("§2.3.1: by default a SERIOUS finding, or every third MODERATE one within 90 days, proposes a violation")
    void theDefaultsFollowTheIssue() {
        var escalation = StandardPolicy.definition().service().escalation();

        assertThat(escalation).isEqualTo(new FindingEscalation(Severity.SERIOUS, Severity.MODERATE, 3,
                Period.ofDays(90)));
        assertThat(StandardPolicy.definition().settings()).containsEntry("service.supervision.repeated.within", "P90D");
    }

    @Test
    @DisplayName("§1.3.4: a company changes when findings propose a violation by publishing a version")
    void aCompanyChangesTheEscalation() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("service.supervision.violation.severity", "GROSS");
        settings.put("service.supervision.repeated.severity", "MINOR");
        settings.put("service.supervision.repeated.count", "5");
        settings.put("service.supervision.repeated.within", "P6M");

        var definition = PolicyDefinition.of("2027", FROM, settings);

        assertThat(definition.service().escalation()).isEqualTo(new FindingEscalation(Severity.GROSS, Severity.MINOR,
                5, Period.ofMonths(6)));
        assertThat(PolicyDefinition.of("again", FROM, definition.settings()).service())
                .isEqualTo(definition.service());
    }

    @Test
    @DisplayName("§1.3.4: every problem of the supervision settings is listed at once, naming the setting")
    void everyProblemIsListed() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("service.supervision.violation.severity", "MODERATE");
        settings.put("service.supervision.repeated.severity", "SERIOUS");
        settings.put("service.supervision.repeated.count", "1");
        settings.put("service.supervision.repeated.within", "P0D");

        assertThatThrownBy(() -> PolicyDefinition.of("bad", FROM, settings))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message).contains(
                                tuple("settings.service.supervision.repeated.severity",
                                        "must be lighter than service.supervision.violation.severity (MODERATE)"),
                                tuple("settings.service.supervision.repeated.count",
                                        "must be between 2 and 20, was 1"),
                                tuple("settings.service.supervision.repeated.within",
                                        "must be a positive period, was P0D")));
    }

    @Test
    @DisplayName("§2.3.1: a repetition is lighter than what proposes by itself, and takes two findings at least")
    void theRecordRefusesAnInconsistentEscalation() {
        assertThatThrownBy(() -> new FindingEscalation(Severity.SERIOUS, Severity.SERIOUS, 3, Period.ofDays(90)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FindingEscalation(Severity.SERIOUS, Severity.MODERATE, 1, Period.ofDays(90)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
