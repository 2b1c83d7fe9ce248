package org.servicepolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;

class PolicyDefinitionTest {
    private static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void theStandardSettingsReadBackUnchanged() {
        var standard = StandardPolicy.definition();
        assertThat(standard.settings()).isEqualTo(new java.util.TreeMap<>(StandardPolicy.settings()));
        assertThat(PolicyDefinition.of("copy", FROM, standard.settings()).settings()).isEqualTo(standard.settings());
    }

    @Test
    void theDefaultsEncodeThePolicy() {
        var discipline = StandardPolicy.definition().discipline();
        assertThat(discipline.points()).containsEntry(Severity.MINOR, 1).containsEntry(Severity.GROSS, 8);
        assertThat(discipline.band(PenaltyStep.FINE)).isEqualTo("3-5 points");
        assertThat(discipline.band(PenaltyStep.DISMISSAL)).isEqualTo("8+ points");
        assertThat(discipline.fines().get(Severity.SERIOUS).toString()).isEqualTo("500.00 CNY");
    }

    @Test
    void everyProblemOfADefinitionIsListed() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("discipline.ladder.FINE.fromPoints", "1");
        settings.put("discipline.points.MINOR", "one");
        settings.put("discipline.window", "P0D");
        settings.put("discipline.pointz.MINOR", "1");
        settings.remove("discipline.fine.GROSS");
        assertThatThrownBy(() -> PolicyDefinition.of("bad version!", FROM, settings))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("version", "settings.discipline.ladder.FINE.fromPoints",
                                "settings.discipline.points.MINOR", "settings.discipline.window",
                                "settings.discipline.pointz.MINOR", "settings.discipline.fine.GROSS"));
    }

    @Test
    void overlappingAbsenceThresholdsAreRefused() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.putAll(Map.of("discipline.absence.grossFromDays", "2"));
        assertThatThrownBy(() -> PolicyDefinition.of("v2", FROM, settings))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("settings.discipline.absence.grossFromDays"));
    }
}
