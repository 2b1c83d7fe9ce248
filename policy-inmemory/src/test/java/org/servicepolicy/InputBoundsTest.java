package org.servicepolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.policy.Fault;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.ViolationType;
import org.servicepolicy.suggestions.SubmitSuggestion;
import org.servicepolicy.suggestions.SuggestionArea;

/**
 * Numbers and text are checked before anything is computed or stored: an absurd number is a
 * refusal naming its field in milliseconds, text no store can keep is refused, and nothing is
 * written.
 */
@Timeout(10)
class InputBoundsTest {
    private final Company company = new Company();

    @Test
    void anAbsurdWageIsRefusedNamingTheField() {
        for (var wage : new String[] {"1e100000000", "1e308", "1e20", "1e-3"}) {
            assertThatThrownBy(() -> company.policy.people().hire(company.actor("hr"), new NewEmployee("new", "New",
                    EmployeeCategory.STAFF, null, "service", 2, LocalDate.of(2026, 1, 1), null, new BigDecimal(wage),
                    Set.of()))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("monthlyWage"));
        }
        assertThat(company.policy.people().actorFor(EmployeeId.of("new"))).isEmpty();
    }

    @Test
    void anAbsurdDamageIsRefusedNamingTheField() {
        for (var amount : new String[] {"1e10000000", "1e308", "1e20", "1e-3"}) {
            assertThatThrownBy(() -> company.policy.discipline().record(company.actor("hr"), new RecordViolation("staff",
                    ViolationType.PROPERTY_DAMAGE, company.clock.instant().minus(Duration.ofHours(1)), null, null,
                    "broke the printer", null, null, null, new BigDecimal(amount), "CNY", Fault.NEGLIGENCE)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e ->
                            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("damage.amount"));
        }
        assertThat(company.stores.violations().of(EmployeeId.of("staff"))).isEmpty();
    }

    @Test
    void policySettingsWithAbsurdNumbersAreRefusedNamingTheSetting() {
        var settings = new HashMap<>(StandardPolicy.definition().settings());
        settings.put("reward.rule.excellent-grade.bonus", "1e100000000");
        settings.put("assessment.distribution.maxExcellentShare", "1e-100000000");
        assertThatThrownBy(() -> PolicyDefinition.of("absurd", Instant.parse("2026-01-01T00:00:00Z"), settings))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field).contains(
                                "settings.reward.rule.excellent-grade.bonus",
                                "settings.assessment.distribution.maxExcellentShare"));
    }

    @Test
    void textNoStoreCanKeepIsRefusedNamingTheField() {
        for (var text : Map.of("nul", "queue\u0000numbers", "lone surrogate", "queue \ud800 numbers").values()) {
            assertThatThrownBy(() -> company.policy.suggestions().submit(company.actor("staff"),
                    new SubmitSuggestion("Queue numbers", text, SuggestionArea.PROCESSES)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e ->
                            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("text"));
        }
        assertThat(company.policy.suggestions().suggestions(company.actor("hr"))).isEmpty();
    }
}
