package org.servicepolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;

/** §2.3.2: the feedback section of the policy: times by severity, routing rules, contact storage. */
class FeedbackPolicyTest {
    private static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");

    private static FeedbackPolicy with(Map<String, String> changes) {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.putAll(changes);
        return PolicyDefinition.of("2027", FROM, settings).feedback();
    }

    @Test
    @DisplayName("§2.3.2: the defaults give each severity its first-response and resolution time, lightest first")
    void theDefaults() {
        var feedback = StandardPolicy.definition().feedback();

        assertThat(feedback.severities()).containsExactly("LOW", "MEDIUM", "HIGH", "CRITICAL");
        assertThat(feedback.firstResponse("CRITICAL")).isEqualTo(Duration.ofHours(1));
        assertThat(feedback.resolution("MEDIUM")).isEqualTo(Duration.parse("PT37H30M"));
        assertThat(feedback.warningShare()).isEqualByComparingTo(new BigDecimal("0.75"));
        assertThat(feedback.hrMayCloseAfter()).isEqualTo(3);
        assertThat(feedback.routing()).isEmpty();
        assertThat(feedback.onlineSeverity()).isEqualTo("MEDIUM");
        assertThat(feedback.contact()).isEqualTo(FeedbackContactStorage.AS_GIVEN);
    }

    @Test
    @DisplayName("§2.3.2: the first routing rule that matches wins; * matches anything; none matching routes nowhere")
    void theFirstMatchingRuleWins() {
        var feedback = with(Map.of("feedback.areas", "general,billing",
                "feedback.routing", "COMPLAINT/CRITICAL/*=quality; */*/billing=finance; PRAISE/*/*=hr-office"));

        assertThat(feedback.route(FeedbackNature.COMPLAINT, "CRITICAL", "billing")).map(r -> r.department())
                .contains(DepartmentId.of("quality"));
        assertThat(feedback.route(FeedbackNature.COMPLAINT, "HIGH", "billing")).map(r -> r.department())
                .contains(DepartmentId.of("finance"));
        assertThat(feedback.route(FeedbackNature.PRAISE, "LOW", "general")).map(r -> r.department())
                .contains(DepartmentId.of("hr-office"));
        assertThat(feedback.route(FeedbackNature.ENQUIRY, "LOW", "general")).isEmpty();
        assertThat(feedback.routing()).extracting(Object::toString).containsExactly("COMPLAINT/CRITICAL/*=quality",
                "*/*/billing=finance", "PRAISE/*/*=hr-office");
    }

    @Test
    @DisplayName("§1.3.4: the section reads back unchanged from the settings it writes")
    void itReadsBackUnchanged() {
        var feedback = with(Map.of("feedback.areas", "general,billing", "feedback.routing", "*/*/billing=finance",
                "feedback.contact", "MASKED"));
        var settings = new HashMap<String, String>();
        feedback.write(settings);

        assertThat(with(settings)).isEqualTo(feedback);
    }

    @Test
    @DisplayName("§2.3.2: MASKED keeps two characters at each end, NONE keeps nothing")
    void theContactIsStoredAsThePolicySays() {
        assertThat(FeedbackContactStorage.MASKED.apply(Optional.of("13800138000"))).contains("13*******00");
        assertThat(FeedbackContactStorage.MASKED.apply(Optional.of("abcd"))).contains("a**d");
        assertThat(FeedbackContactStorage.NONE.apply(Optional.of("13800138000"))).isEmpty();
        assertThat(FeedbackContactStorage.AS_GIVEN.apply(Optional.of("x@y.cn"))).contains("x@y.cn");
    }

    @Test
    @DisplayName("§1.3.4: every problem of the feedback settings is listed at once")
    void everyProblemIsListed() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("feedback.warningShare", "1");
        settings.put("feedback.firstResponse.HIGH", "PT0S");
        settings.put("feedback.routing", "COMPLAINT/URGENT/*=quality; GRUMBLE/*/*=x; nonsense");
        settings.put("feedback.online.severity", "URGENT");
        settings.put("feedback.firstResponse.URGENT", "PT1H");

        assertThatThrownBy(() -> PolicyDefinition.of("bad", FROM, settings))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message).contains(
                                tuple("settings.feedback.warningShare", "must be above 0 and below 1, was 1"),
                                tuple("settings.feedback.firstResponse.HIGH", "must be above zero"),
                                tuple("settings.feedback.routing",
                                        "'COMPLAINT/URGENT/*=quality' names no severity of [LOW, MEDIUM, HIGH, CRITICAL]"),
                                tuple("settings.feedback.routing",
                                        "'GRUMBLE/*/*=x' names no nature of [COMPLAINT, SUGGESTION, PRAISE, ENQUIRY]"),
                                tuple("settings.feedback.routing", "'nonsense' is not NATURE/SEVERITY/AREA=departmentId"),
                                tuple("settings.feedback.online.severity",
                                        "must be one of [LOW, MEDIUM, HIGH, CRITICAL], was 'URGENT'"),
                                tuple("settings.feedback.firstResponse.URGENT", "is not a setting of this policy")));
    }
}
