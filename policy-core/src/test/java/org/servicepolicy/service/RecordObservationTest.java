package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;

/** §2.3.1: an observation's input is checked field by field, every problem at once. */
class RecordObservationTest {
    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    private static List<String> fields(RecordObservation command) {
        try {
            command.requireValid(NOW);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
    }

    @Test
    @DisplayName("§2.3.1: a complete nonconformity and a conforming observation without employees are valid")
    void validCommandsPass() {
        assertThat(fields(RecordObservation.nonconformity(ServiceStandard.RECEPTION_WAIT, ObservationMethod.ON_SITE,
                NOW, "waited 12 minutes", List.of("staff")))).isEmpty();
        assertThat(fields(RecordObservation.conforming(ServiceStandard.RECEPTION_WAIT, ObservationMethod.SPOT_CHECK,
                NOW, "all counters staffed", List.of()))).isEmpty();
    }

    @Test
    @DisplayName("§2.3.1: every missing or malformed field is named")
    void everyProblemIsNamed() {
        assertThat(fields(new RecordObservation(null, null, null, null, null, null, " ", null)))
                .contains("standard", "method", "outcome", "observedAt", "evidence");
        assertThat(fields(RecordObservation.nonconformity(ServiceStandard.RECEPTION_WAIT, ObservationMethod.ON_SITE,
                NOW.plusSeconds(1), "x", List.of()))).containsExactly("observedAt", "employeeIds");
        assertThat(fields(RecordObservation.nonconformity(ServiceStandard.RECEPTION_WAIT, ObservationMethod.ON_SITE,
                NOW, "x", List.of("a", "a", "not valid!")))).containsExactly("employeeIds", "employeeIds");
        var many = new ArrayList<String>();
        for (int i = 0; i <= RecordObservation.CONCERNED_MAX; i++) {
            many.add("e-" + i);
        }
        assertThat(fields(RecordObservation.nonconformity(ServiceStandard.RECEPTION_WAIT, ObservationMethod.ON_SITE,
                NOW, "x", many))).containsExactly("employeeIds");
    }

    @Test
    @DisplayName("§2.3.1: a stated severity needs a reason, and only a nonconformity has one")
    void aStatedSeverityNeedsAReason() {
        var base = RecordObservation.nonconformity(ServiceStandard.RECEPTION_WAIT, ObservationMethod.ON_SITE, NOW,
                "x", List.of("staff"));
        assertThat(fields(base.withSeverity(Severity.SERIOUS, null))).containsExactly("severityReason");
        assertThat(fields(base.withSeverity(Severity.SERIOUS, "  "))).containsExactly("severityReason");
        assertThat(fields(base.withSeverity(null, "why"))).containsExactly("severityReason");
        assertThat(fields(RecordObservation.conforming(ServiceStandard.RECEPTION_WAIT, ObservationMethod.ON_SITE,
                NOW, "x", List.of()).withSeverity(Severity.MINOR, "why"))).containsExactly("severity");
        assertThatThrownBy(() -> base.withSeverity(Severity.MINOR, "\u0000").requireValid(NOW))
                .isInstanceOf(InvalidInputException.class);
    }
}
