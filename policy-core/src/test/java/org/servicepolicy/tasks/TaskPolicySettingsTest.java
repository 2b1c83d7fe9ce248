package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.TaskPolicy;

/** The tasks section of the policy (§3.1) as data: defaults, round trip, validation. */
class TaskPolicySettingsTest {
    private static final Instant AT = Instant.parse("2030-01-01T00:00:00Z");

    private static PolicyDefinition withChanges(Map<String, String> changes) {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.putAll(changes);
        return PolicyDefinition.of("changed", AT, settings);
    }

    private static InvalidInputException problemsOf(Map<String, String> settings) {
        try {
            PolicyDefinition.of("changed", AT, settings);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("the settings were accepted: " + settings);
    }

    @Test
    void theStandardPolicyAsksForADaysNoticeAndWeeklyReportsOnTasksLongerThanAWeek() {
        var tasks = StandardPolicy.definition().tasks();

        assertThat(tasks).isEqualTo(new TaskPolicy(Duration.ofHours(24), Period.ofDays(7), Period.ofDays(7)));
    }

    @Test
    void theSettingsRoundTripWithTheTaskKeys() {
        var definition = withChanges(Map.of("tasks.adjustment.minNotice", "PT48H", "tasks.progress.interval", "P3D",
                "tasks.progress.requiredWhenLongerThan", "P1M"));

        assertThat(definition.settings()).containsEntry("tasks.adjustment.minNotice", "PT48H")
                .containsEntry("tasks.progress.interval", "P3D")
                .containsEntry("tasks.progress.requiredWhenLongerThan", "P1M");
        assertThat(PolicyDefinition.of("changed", AT, definition.settings())).isEqualTo(definition);
        assertThat(StandardPolicy.definition().settings()).containsAllEntriesOf(Map.of(
                "tasks.adjustment.minNotice", "PT24H", "tasks.progress.interval", "P7D",
                "tasks.progress.requiredWhenLongerThan", "P7D"));
    }

    @Test
    void everyMalformedTaskSettingIsListed() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("tasks.adjustment.minNotice", "-PT1H");
        settings.put("tasks.progress.interval", "P0D");
        settings.remove("tasks.progress.requiredWhenLongerThan");
        settings.put("tasks.progress.every", "P7D");

        assertThat(problemsOf(settings).problems()).extracting(FieldProblem::field).containsExactly(
                "settings.tasks.adjustment.minNotice", "settings.tasks.progress.interval",
                "settings.tasks.progress.requiredWhenLongerThan", "settings.tasks.progress.every");
    }

    @Test
    void anIntervalLongerThanTheTasksThatNeedReportsIsInconsistent() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("tasks.progress.interval", "P14D");

        assertThat(problemsOf(settings).problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("settings.tasks.progress.interval");
            assertThat(p.message()).contains("tasks.progress.requiredWhenLongerThan");
        });
        assertThatThrownBy(() -> withChanges(Map.of("tasks.progress.interval", "P1M",
                "tasks.progress.requiredWhenLongerThan", "P30D")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void reportsAreDueOnlyForATaskThatRunsLongerThanTheThreshold() {
        var tasks = StandardPolicy.definition().tasks();

        assertThat(tasks.defaultProgressInterval(AT, AT.plus(Duration.ofDays(7)), ZoneOffset.UTC)).isEmpty();
        assertThat(tasks.defaultProgressInterval(AT, AT.plus(Duration.ofDays(7)).plusSeconds(1), ZoneOffset.UTC))
                .contains(Period.ofDays(7));
    }

    @Test
    void anAdjustmentIsLateWhenAskedLessThanTheNoticeBeforeTheDeadline() {
        var tasks = StandardPolicy.definition().tasks();
        var deadline = AT.plus(Duration.ofDays(3));

        assertThat(tasks.adjustmentLate(deadline.minus(Duration.ofHours(24)), deadline)).isFalse();
        assertThat(tasks.adjustmentLate(deadline.minus(Duration.ofHours(24)).plusNanos(1), deadline)).isTrue();
        assertThat(tasks.adjustmentLate(deadline.plus(Duration.ofDays(1)), deadline)).isTrue();
    }
}
