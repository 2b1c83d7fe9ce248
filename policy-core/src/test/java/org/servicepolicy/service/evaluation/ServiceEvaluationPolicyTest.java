package org.servicepolicy.service.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.ServiceDimension;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.StandardPolicy;

/** §2.3.3, §1.3.4: the service evaluation settings are checked when a version is published. */
class ServiceEvaluationPolicyTest {
    @Test
    void theDefaultsReadBackUnchangedAndMapEveryStandardToADimension() {
        var policy = StandardPolicy.definition();
        var copy = PolicyDefinition.of("copy", Instant.EPOCH, policy.settings());

        assertThat(copy.serviceEvaluation()).isEqualTo(policy.serviceEvaluation());
        assertThat(policy.serviceEvaluation().dimensions()).containsOnlyKeys(ServiceStandard.values());
        assertThat(policy.serviceEvaluation().standardsOf(ServiceDimension.ATTITUDE)).isEmpty();
        assertThat(policy.serviceEvaluation().excellentFrom()).isEqualTo(90);
        assertThat(policy.serviceEvaluation().standardFrom()).isEqualTo(70);
    }

    @Test
    void weightsThatDoNotAddUpAndOverlappingBandsAreRefusedWithEveryProblemListed() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("service.evaluation.dimensionWeight.ATTITUDE", "0.3");
        settings.put("service.evaluation.methodWeight.DATA_ANALYSIS", "0.2");
        settings.put("service.evaluation.band.STANDARD.fromScore", "90");
        settings.put("service.evaluation.deduction.GROSS", "1");
        settings.put("service.evaluation.dimension.CASE_TIME", "SPEED");
        settings.put("service.evaluation.customerScoring.dimensions", "CUSTOMER_SATISFACTION,MOOD");

        assertThatThrownBy(() -> PolicyDefinition.of("broken", Instant.EPOCH, settings))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder(
                                "settings.service.evaluation.dimensionWeight",
                                "settings.service.evaluation.methodWeight",
                                "settings.service.evaluation.band.STANDARD.fromScore",
                                "settings.service.evaluation.deduction.GROSS",
                                "settings.service.evaluation.dimension.CASE_TIME",
                                "settings.service.evaluation.customerScoring.dimensions"));
    }
}
