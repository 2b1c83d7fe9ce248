package org.servicepolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicepolicy.testkit.MutableClock;

/**
 * The README's walk-through "service records become findings" (§2.1.3, §2.1.4, §2.2.1), step by step
 * over HTTP against the example app on its embedded H2 database, with a clock the test moves on
 * where a reader would wait; it ends with the done return visit's score counting in the month's
 * service evaluation (§2.3.3).
 */
class ServiceRecordsWalkthroughTest {
    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path data;

    private static List<String> texts(JsonNode array, String member) {
        var out = new ArrayList<String>();
        array.forEach(item -> out.add(item.path(member).asText()));
        return out;
    }

    @Test
    @DisplayName("§2.1.3, §2.1.4, §2.2.1, §2.3.3: a late case, a missed return visit and an unanswered request "
            + "become findings; the done visit's score counts in the evaluation")
    void aLateCaseAndAMissedReturnVisitBecomeFindings() throws IOException {
        var clock = new MutableClock(START);
        try (var app = ExampleApp.start(AppOptions.parse("--port", "0", "--data", data.toString()), clock)) {
            var http = new Http(app.port());

            var cases = http.get("staff", "/employees/staff/service-cases");
            assertThat(cases.status()).isEqualTo(200);
            assertThat(cases.body()).hasSize(1);
            var seeded = cases.body().path(0);
            assertThat(seeded.path("businessType").asText()).isEqualTo("ENQUIRY");
            assertThat(seeded.path("dueAt").asText()).isEqualTo("2026-11-26T14:00:00Z");
            var caseId = seeded.path("id").asText();

            clock.advance(Duration.ofHours(5));
            var finished = http.post("staff", "/service-cases/" + caseId + "/finish", "");
            assertThat(finished.status()).isEqualTo(200);
            // The app's own sweep may have marked the late case already; then finishing adds no finding.
            var finishFindings = finished.body().path("findings");
            assertThat(finishFindings.size()).isLessThanOrEqualTo(1);
            finishFindings.forEach(f -> {
                assertThat(f.path("standard").asText()).isEqualTo("CASE_TIME");
                assertThat(f.path("severity").asText()).isEqualTo("MODERATE");
            });
            assertThat(finished.body().path("serviceCase").path("returnVisit").path("dueAt").asText())
                    .isEqualTo("2026-12-26T15:00:00Z");

            var visit = http.post("manager", "/service-cases/" + caseId + "/return-visit", """
                    {"satisfaction":4,"notes":"Happy with the answer; asked about the online service."}""");
            assertThat(visit.status()).isEqualTo(200);
            assertThat(visit.body().path("findings")).isEmpty();
            var own = http.post("staff", "/service-cases/" + caseId + "/return-visit", """
                    {"satisfaction":5,"notes":"all good"}""");
            assertThat(own.status()).isEqualTo(403);

            var colleagues = http.get("colleague", "/employees/colleague/service-cases").body();
            assertThat(colleagues.path(0).path("returnVisit").path("dueAt").asText())
                    .isEqualTo("2026-12-26T10:00:00Z");
            clock.advance(Duration.ofDays(31));
            var swept = http.post("inspector", "/service-sweeps", "");
            assertThat(swept.status()).isEqualTo(200);
            var marked = new ArrayList<String>();
            swept.body().path("marked").forEach(m -> marked.add(m.path("serviceCaseId").asText()));
            assertThat(marked).isSubsetOf(colleagues.path(0).path("id").asText());

            var staffFindings = http.get("staff", "/employees/staff/service-findings").body();
            var standards = new ArrayList<String>();
            staffFindings.forEach(f -> standards.add(f.path("standard").asText() + " " + f.path("source").asText()));
            assertThat(standards).containsExactly("RECEPTION_WAIT SUPERVISION", "CASE_TIME SERVICE_RECORD");
            var colleagueFindings = http.get("colleague", "/employees/colleague/service-findings").body();
            assertThat(colleagueFindings).hasSize(1);
            assertThat(colleagueFindings.path(0).path("standard").asText()).isEqualTo("RETURN_VISIT");
            assertThat(colleagueFindings.path(0).path("severity").asText()).isEqualTo("MINOR");
            assertThat(colleagueFindings.path(0).path("sourceId").asText())
                    .isEqualTo(colleagues.path(0).path("id").asText());
            assertThat(http.post("inspector", "/service-sweeps", "").body().path("marked")).isEmpty();

            var requests = http.get("staff", "/department-requests");
            assertThat(requests.status()).isEqualTo(200);
            assertThat(requests.body()).hasSize(1);
            var request = requests.body().path(0);
            assertThat(request.path("responsibleId").asText()).isEqualTo("hr2");
            assertThat(request.path("dueAt").asText()).isEqualTo("2026-11-27T10:00:00Z");
            assertThat(request.path("status").asText()).isEqualTo("OPEN");
            var requestId = request.path("id").asText();
            var requestSweep = http.post("inspector", "/department-requests/sweep", "");
            assertThat(requestSweep.status()).isEqualTo(200);
            var markedRequests = new ArrayList<String>();
            requestSweep.body().path("markedRequestIds").forEach(m -> markedRequests.add(m.asText()));
            assertThat(markedRequests).isSubsetOf(requestId);
            var hr2Findings = http.get("hr2", "/employees/hr2/service-findings").body();
            assertThat(hr2Findings).hasSize(1);
            assertThat(hr2Findings.path(0).path("standard").asText()).isEqualTo("CROSS_DEPARTMENT_REPLY");
            assertThat(hr2Findings.path(0).path("severity").asText()).isEqualTo("MINOR");
            assertThat(hr2Findings.path(0).path("sourceId").asText()).isEqualTo(requestId);
            var lateAnswer = http.post("hr2", "/department-requests/" + requestId + "/answer", """
                    {"text":"You have 9 days left."}""");
            assertThat(lateAnswer.status()).isEqualTo(200);
            assertThat(lateAnswer.body().path("findings")).isEmpty();
            assertThat(http.post("inspector", "/department-requests/sweep", "").body().path("markedRequestIds"))
                    .isEmpty();
            var opened = http.post("hr", "/service-evaluation-periods", """
                    {"name":"Customer Service, November 2026","from":"2026-11-01","to":"2026-11-30",
                     "departmentIds":["service"]}""");
            assertThat(opened.status()).isEqualTo(201);
            var finalised = http.post("hr", "/service-evaluation-periods/" + opened.body().path("id").asText()
                    + "/finalise", "");
            assertThat(finalised.status()).isEqualTo(200);
            var results = finalised.body().path("results");
            assertThat(texts(results, "employeeId")).containsExactly("staff");
            assertThat(texts(results, "score")).containsExactly("84.43");
            var evaluation = http.get("staff", "/employees/staff/service-evaluations").body().path(0);
            var reasons = http.get("manager", "/decisions/" + evaluation.path("decisionId").asText()).body()
                    .path("reasons");
            assertThat(texts(reasons, "message")).contains("CUSTOMER_SATISFACTION by customer scoring: 1 customer "
                    + "score(s) 4 (RETURN_VISIT " + caseId + "), mean 4.00 of 5, is 75.00 of 100");
        }
    }
}
