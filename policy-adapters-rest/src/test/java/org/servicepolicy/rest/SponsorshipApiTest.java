package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Cycles.FEB_END;
import static org.servicepolicy.rest.Cycles.JAN;
import static org.servicepolicy.rest.Cycles.finalizedSales;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests for the sponsorship of external training, HR's decisions and repayments over HTTP (§4.1.2). */
class SponsorshipApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static final String COURSE = """
            {"course": "Service design", "provider": "Open Academy", "startsOn": "2026-04-06",
             "endsOn": "2026-04-10", "cost": 3000}""";

    private String request() {
        var requested = api.as(User.STAFF).post("/sponsorships", COURSE);
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        return requested.json().get("id").asText();
    }

    @Test
    @DisplayName("§4.1.2: an employee asks for their own sponsorship; the employee, their manager and HR read it, nobody else")
    void anEmployeeAsksAndOnlyThoseConcernedReadIt() {
        var requested = api.as(User.STAFF).post("/sponsorships", COURSE);

        assertThat(requested.status()).isEqualTo(201);
        var id = requested.json().get("id").asText();
        assertThat(requested.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/sponsorships/" + id));
        assertThat(requested.json().get("employeeId").asText()).isEqualTo(User.STAFF.id());
        assertThat(requested.json().get("status").asText()).isEqualTo("REQUESTED");
        assertThat(requested.json().at("/cost/amount").decimalValue()).isEqualByComparingTo("3000");
        assertThat(requested.json().at("/cost/currency").asText()).isEqualTo("CNY");
        assertThat(requested.json().get("requestedAt").asText()).isEqualTo(START.toString());
        for (var reader : new User[] {User.STAFF, User.MANAGER, User.HR}) {
            assertThat(api.as(reader).get("/sponsorships/" + id).json()).as(reader.name())
                    .isEqualTo(requested.json());
        }
        for (var stranger : new User[] {User.PEER, User.OUTSIDER, User.OPS_MANAGER}) {
            assertThat(api.as(stranger).get("/sponsorships/" + id).status()).as(stranger.name()).isEqualTo(404);
        }
        assertThat(values(api.as(User.MANAGER).get("/employees/emp-staff/sponsorships").json(), "id"))
                .containsExactly(id);
        assertThat(api.as(User.PEER).get("/employees/emp-staff/sponsorships").status()).isEqualTo(404);
        assertThat(values(api.as(User.HR).get("/sponsorships").json(), "id")).containsExactly(id);
        assertThat(api.as(User.STAFF).get("/sponsorships").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("§4.1.2: bad input is problem+json naming each field, and nothing is stored")
    void badInputNamesTheFields() {
        var bad = api.as(User.STAFF).post("/sponsorships", """
                {"course": " ", "provider": "Open Academy", "startsOn": "2026-04-10", "endsOn": "2026-04-06",
                 "cost": -5}""");

        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).contains("problem+json");
        assertThat(fields(bad.json())).containsExactly("course", "endsOn", "cost");
        assertThat(api.as(User.STAFF).get("/employees/emp-staff/sponsorships").json()).isEmpty();
        var id = request();
        var noVerdict = api.as(User.HR).post("/sponsorships/" + id + "/decision", """
                {"note": "fine"}""");
        assertThat(noVerdict.status()).isEqualTo(422);
        assertThat(fields(noVerdict.json())).containsExactly("verdict");
    }

    @Test
    @DisplayName("§4.1.2, §1.3.3: HR approves with reasons for every condition; the company bears half, never HR for themself")
    void hrApprovesWithReasonsAndTheCompanyBearsItsShare() {
        finalizedSales(api, "2026-jan-feb", JAN, FEB_END);
        var id = request();
        assertThat(api.as(User.MANAGER).post("/sponsorships/" + id + "/decision", """
                {"verdict": "APPROVE", "note": "useful"}""").status()).isEqualTo(403);
        var own = api.as(User.HR).post("/sponsorships", COURSE).json().get("id").asText();
        assertThat(api.as(User.HR).post("/sponsorships/" + own + "/decision", """
                {"verdict": "APPROVE", "note": "mine"}""").status()).isEqualTo(403);

        var approved = api.as(User.HR).post("/sponsorships/" + id + "/decision", """
                {"verdict": "APPROVE", "note": "useful for the desk"}""");

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        var sponsorship = approved.json().get("sponsorship");
        assertThat(sponsorship.get("status").asText()).isEqualTo("APPROVED");
        assertThat(sponsorship.at("/companyShare/amount").decimalValue()).isEqualByComparingTo("1500");
        assertThat(sponsorship.get("decidedById").asText()).isEqualTo(User.HR.id());
        var decision = approved.json().get("decision");
        assertThat(decision.get("id").asText()).isEqualTo(sponsorship.get("decisionId").asText());
        assertThat(decision.get("subjectId").asText()).isEqualTo(User.STAFF.id());
        assertThat(values(decision.get("reasons"), "clause")).contains("§4.1.2");
        assertThat(values(decision.get("reasons"), "rule")).contains("training.sponsorship.min-service",
                "training.sponsorship.last-grade", "training.sponsorship.penalties", "training.sponsorship.share");
        assertThat(api.as(User.HR).get("/sponsorships").json()).extracting(s -> s.get("id").asText())
                .containsExactly(own);
        assertThat(api.as(User.HR).post("/sponsorships/" + id + "/decision", """
                {"verdict": "REJECT", "note": "again"}""").status()).isEqualTo(409);
    }

    @Test
    @DisplayName("§4.1.2: without a finalised grade HR cannot approve, and a rejection gives its reasons")
    void withoutAGradeApprovalIsRefusedAndARejectionExplainsItself() {
        var id = request();

        var refused = api.as(User.HR).post("/sponsorships/" + id + "/decision", """
                {"verdict": "APPROVE", "note": "useful"}""");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).contains("problem+json");
        assertThat(refused.json().toString()).contains("last-grade");
        var rejected = api.as(User.HR).post("/sponsorships/" + id + "/decision", """
                {"verdict": "REJECT", "note": "no grade yet"}""");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().at("/sponsorship/status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("sponsorship").has("companyShare")).isFalse();
        assertThat(rejected.json().at("/decision/reasons")).isNotEmpty();
    }

    @Test
    @DisplayName("§4.1.2: leaving within the commitment, the leaver owes back the share of the unserved days, with its decision")
    void aLeaverWithinTheCommitmentOwesBackTheUnservedShare() {
        var published = api.as(User.HR).post("/policies", """
                {"version": "2026-sponsorship", "effectiveFrom": "%s",
                 "settings": {"training.sponsorship.commitment": "P12M"}}""".formatted(START.plus(Duration.ofMinutes(1))));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        api.clock().advance(Duration.ofMinutes(2));
        finalizedSales(api, "2026-jan-feb", JAN, FEB_END);
        var id = request();
        var approved = api.as(User.HR).post("/sponsorships/" + id + "/decision", """
                {"verdict": "APPROVE", "note": "useful"}""").json().get("sponsorship");
        assertThat(approved.get("commitmentUntil").asText()).isEqualTo("2027-04-11");
        assertThat(api.as(User.HR).post("/employees/emp-staff/sponsorships/repayments").status())
                .as("still employed").isEqualTo(422);
        api.clock().advance(Duration.ofDays(60));
        assertThat(api.as(User.HR).post("/employees/emp-staff/departure", """
                {"reason": "RESIGNATION", "note": "moved abroad"}""").status()).isEqualTo(200);

        var repayments = api.as(User.HR).post("/employees/emp-staff/sponsorships/repayments");

        assertThat(repayments.status()).as(repayments.toString()).isEqualTo(200);
        assertThat(repayments.json()).hasSize(1);
        var repayment = repayments.json().get(0);
        assertThat(repayment.get("sponsorshipId").asText()).isEqualTo(id);
        assertThat(repayment.get("commitmentDays").asLong()).isEqualTo(365);
        assertThat(repayment.get("unservedDays").asLong()).isEqualTo(345);
        assertThat(repayment.at("/owed/amount").decimalValue()).as("1500 × 345 / 365")
                .isEqualByComparingTo("1417.81");
        assertThat(values(repayment.at("/decision/reasons"), "clause")).contains("§4.1.2");
        assertThat(api.as(User.HR).post("/employees/emp-staff/sponsorships/repayments").json())
                .isEqualTo(repayments.json());
        assertThat(api.as(User.MANAGER).get("/sponsorships/" + id).json().at("/owed/amount").decimalValue())
                .isEqualByComparingTo(repayment.at("/owed/amount").decimalValue());
    }
}
