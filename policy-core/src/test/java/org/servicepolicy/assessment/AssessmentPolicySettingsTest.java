package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.policy.AssessmentComponent;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.TaskFactKind;

class AssessmentPolicySettingsTest {
    private static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");

    private static PolicyDefinition with(Map<String, String> changes) {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.putAll(changes);
        return PolicyDefinition.of("v2", FROM, settings);
    }

    @Test
    void theDefaultsEncodeTheAssessmentOfTheIssue() {
        var assessment = StandardPolicy.definition().assessment();
        assertThat(assessment.evaluatorWeights()).containsEntry(EvaluatorRole.SUPERIOR, new BigDecimal("0.5"))
                .containsEntry(EvaluatorRole.PEER, new BigDecimal("0.3")).containsEntry(EvaluatorRole.SELF, new BigDecimal("0.2"));
        assertThat(assessment.componentWeights()).containsEntry(AssessmentComponent.TASK_EXECUTION, new BigDecimal("0.4"));
        assertThat(assessment.minimumPeers()).isEqualTo(2);
        assertThat(assessment.band(Grade.EXCELLENT)).isEqualTo("from 90");
        assertThat(assessment.band(Grade.GOOD)).isEqualTo("from 75 to below 90");
        assertThat(assessment.band(Grade.UNQUALIFIED)).isEqualTo("below 60");
        assertThat(assessment.violationCaps()).containsEntry(Severity.SERIOUS, Grade.QUALIFIED)
                .containsEntry(Severity.GROSS, Grade.UNQUALIFIED).containsEntry(Severity.MINOR, Grade.EXCELLENT);
        assertThat(assessment.demotionCap()).isEqualTo(Grade.QUALIFIED);
        assertThat(assessment.limitsExcellentShare()).isFalse();
        assertThat(assessment.taskDeductions()).containsEntry(TaskFactKind.UNJUSTIFIED_REFUSAL, 10);
        assertThat(assessment.salaryAdjustments()).containsEntry(Grade.EXCELLENT, new BigDecimal("0.08"))
                .containsEntry(Grade.GOOD, new BigDecimal("0.05")).containsEntry(Grade.QUALIFIED, new BigDecimal("0.02"))
                .containsEntry(Grade.UNQUALIFIED, new BigDecimal("0"));
    }

    @Test
    void theSettingsReadBackUnchanged() {
        var changed = with(Map.of("assessment.distribution.maxExcellentShare", "0.2", "assessment.peers.minimum", "3",
                "assessment.band.GOOD.fromScore", "80"));
        assertThat(PolicyDefinition.of("copy", FROM, changed.settings()).settings()).isEqualTo(changed.settings());
        assertThat(StandardPolicy.definition().settings()).isEqualTo(new TreeMap<>(StandardPolicy.settings()));
    }

    @Test
    void everyInconsistencyOfTheAssessmentIsListed() {
        assertThatThrownBy(() -> with(Map.of(
                "assessment.evaluatorWeight.SELF", "0.3",
                "assessment.componentWeight.TASK_ACCEPTANCE", "0.2",
                "assessment.band.GOOD.fromScore", "95",
                "assessment.cap.violation.GROSS", "EXCELLENT",
                "assessment.salaryAdjustment.GOOD", "0.01",
                "assessment.peers.minimum", "0",
                "assessment.deduction.LATE_COMPLETION", "-1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder(
                                "settings.assessment.evaluatorWeight",
                                "settings.assessment.componentWeight",
                                "settings.assessment.band.EXCELLENT.fromScore",
                                "settings.assessment.cap.violation.GROSS",
                                "settings.assessment.salaryAdjustment.GOOD",
                                "settings.assessment.peers.minimum",
                                "settings.assessment.deduction.LATE_COMPLETION"));
    }

    @Test
    void everyEvaluatorGroupMustCount() {
        assertThatThrownBy(() -> with(Map.of("assessment.evaluatorWeight.SUPERIOR", "0.7",
                "assessment.evaluatorWeight.SELF", "0")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("settings.assessment.evaluatorWeight.SELF"));
    }
}
