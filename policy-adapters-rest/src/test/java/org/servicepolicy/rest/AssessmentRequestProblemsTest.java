package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.PeopleApiTest.fields;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The problems the assessment, reward, career and suggestion endpoints answer before the core is
 * asked: no caller, a body that cannot be read, a required body missing.
 */
class AssessmentRequestProblemsTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    @ParameterizedTest
    @CsvSource({"GET, /assessment-cycles", "POST, /assessment-cycles", "GET, /assessment-cycles/c-1",
            "GET, /assessment-cycles/c-1/participants", "POST, /assessment-cycles/c-1/evaluations",
            "GET, /assessment-cycles/c-1/missing", "GET, /assessment-cycles/c-1/preview",
            "POST, /assessment-cycles/c-1/finalize", "GET, /assessment-cycles/c-1/grades",
            "GET, /employees/emp-staff/grades", "GET, /employees/emp-staff/evaluations?cycle=c-1",
            "GET, /employees/emp-staff/promotion-eligibility", "POST, /employees/emp-staff/promotion-eligibility",
            "GET, /employees/emp-staff/rewards", "GET, /departments/sales/promotion-eligible", "GET, /rewards",
            "GET, /rewards/r-1", "POST, /rewards/r-1/approve", "POST, /rewards/r-1/grant", "POST, /rewards/r-1/reject",
            "GET, /commendations", "POST, /suggestions", "GET, /suggestions", "GET, /suggestions/s-1",
            "POST, /suggestions/s-1/assign-reviewer", "POST, /suggestions/s-1/adopt", "POST, /suggestions/s-1/decline",
            "GET, /suggestions/s-1/rewards"})
    void everyOperationNeedsAnAuthenticatedCaller(String method, String path) {
        var anonymous = api.anonymous().send(method, path, null, null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("type").asText())
                .isEqualTo("https://servicepolicy.org/problems/unauthenticated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assessment-cycles", "/assessment-cycles/c-1/evaluations", "/rewards/r-1/reject",
            "/suggestions", "/suggestions/s-1/assign-reviewer", "/suggestions/s-1/adopt", "/suggestions/s-1/decline"})
    void everyBodyRefusesAnUnknownMemberNamingIt(String path) {
        var refused = api.as(User.HR).post(path, "{\"unexpected\": true}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asText())
                .isEqualTo("https://servicepolicy.org/problems/malformed-request");
        assertThat(fields(refused.json())).containsExactly("unexpected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assessment-cycles", "/assessment-cycles/c-1/evaluations", "/rewards/r-1/reject",
            "/suggestions", "/suggestions/s-1/assign-reviewer", "/suggestions/s-1/decline"})
    void everyRequiredBodyIsReportedMissing(String path) {
        var refused = api.as(User.HR).post(path);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.json())).containsExactly("body");
    }
}
