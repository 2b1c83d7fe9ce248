package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Service cases, return trips, return visits and the service sweep over HTTP (§2.1.3, §2.1.4). */
class ServiceCaseApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private String open(String type) {
        var opened = api.as(User.STAFF).post("/service-cases", """
                {"businessType": "%s", "customerRef": "C-1001"}""".formatted(type));
        assertThat(opened.status()).isEqualTo(201);
        return opened.json().get("id").asText();
    }

    @Test
    @DisplayName("§2.1.3: the handler opens a case, answered with its Location and due time")
    void theHandlerOpensACase() {
        var opened = api.as(User.STAFF).post("/service-cases", """
                {"businessType": "ENQUIRY", "customerRef": "C-1001"}""");

        assertThat(opened.status()).isEqualTo(201);
        var id = opened.json().get("id").asText();
        assertThat(opened.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/service-cases/" + id));
        assertThat(opened.json().get("handlerId").asText()).isEqualTo(User.STAFF.id());
        assertThat(opened.json().get("dueAt").asText()).isEqualTo(START.plus(Duration.ofHours(4)).toString());
        assertThat(api.as(User.MANAGER).get("/service-cases/" + id).json()).isEqualTo(opened.json());
        assertThat(values(api.as(User.SUPERVISOR).get("/employees/" + User.STAFF.id() + "/service-cases").json(),
                "id")).containsExactly(id);
    }

    @Test
    @DisplayName("§2.1.3: a case finished late answers its CASE_TIME finding; the sweep adds none")
    void aCaseFinishedLateIsAFinding() {
        var id = open("ENQUIRY");
        api.clock().advance(Duration.ofHours(5));

        var finished = api.as(User.STAFF).post("/service-cases/" + id + "/finish");

        assertThat(finished.status()).isEqualTo(200);
        assertThat(values(finished.json().get("findings"), "standard")).containsExactly("CASE_TIME");
        assertThat(values(finished.json().get("findings"), "source")).containsExactly("SERVICE_RECORD");
        assertThat(finished.json().at("/serviceCase/returnVisit/dueAt").asText())
                .isEqualTo(START.plus(Duration.ofHours(5)).plus(Duration.ofDays(30)).toString());
        var swept = api.as(User.SUPERVISOR).post("/service-sweeps");
        assertThat(swept.status()).isEqualTo(200);
        assertThat(swept.json().get("marked")).isEmpty();
        assertThat(api.as(User.STAFF).get("/employees/" + User.STAFF.id() + "/service-findings").json()).hasSize(1);
        assertThat(api.as(User.STAFF).post("/service-cases/" + id + "/finish").status()).isEqualTo(409);
    }

    @Test
    @DisplayName("§2.1.4: a return visit not done in time is the sweep's finding; one done answers the customer's score")
    void returnVisits() {
        var missed = open("ENQUIRY");
        var visited = open("ENQUIRY");
        api.as(User.STAFF).post("/service-cases/" + missed + "/finish");
        api.as(User.STAFF).post("/service-cases/" + visited + "/finish");
        api.clock().advance(Duration.ofDays(10));
        var done = api.as(User.MANAGER).post("/service-cases/" + visited + "/return-visit", """
                {"satisfaction": 4, "notes": "asked about the online service"}""");
        api.clock().advance(Duration.ofDays(21));

        var swept = api.as(User.HR).post("/service-sweeps");

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().at("/serviceCase/returnVisit/satisfaction").asInt()).isEqualTo(4);
        assertThat(done.json().at("/serviceCase/returnVisit/recordedBy").asText()).isEqualTo(User.MANAGER.id());
        assertThat(done.json().get("findings")).isEmpty();
        assertThat(values(swept.json().get("marked"), "serviceCaseId")).containsExactly(missed);
        assertThat(values(swept.json().get("findings"), "standard")).containsExactly("RETURN_VISIT");
        assertThat(api.as(User.HR).post("/service-sweeps").json().get("marked")).isEmpty();
    }

    @Test
    @DisplayName("§2.1.3: a return trip for a document the customer was not told about is a finding")
    void anUnannouncedDocumentIsAFinding() {
        var id = open("STANDARD");

        var trip = api.as(User.SUPERVISOR).post("/service-cases/" + id + "/return-trips", """
                {"cause": "UNANNOUNCED_DOCUMENT", "note": "not told to bring proof of address"}""");

        assertThat(trip.status()).isEqualTo(200);
        assertThat(values(trip.json().get("findings"), "standard")).containsExactly("NO_UNANNOUNCED_RETURN_TRIP");
        assertThat(trip.json().at("/serviceCase/returnTrips/0/nonconformity").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("§2.1.3, §2.1.4, §1.3.3: nobody judges their own case; the sweep on request is for the group or HR")
    void refusals() {
        var id = open("STANDARD");
        api.as(User.STAFF).post("/service-cases/" + id + "/finish");

        var own = api.as(User.STAFF).post("/service-cases/" + id + "/return-visit", """
                {"satisfaction": 5, "notes": "all fine"}""");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("detail").asText()).contains("§1.3.3");
        assertThat(api.as(User.PEER).post("/service-cases/" + id + "/return-trips", """
                {"cause": "CUSTOMER_CHOICE", "note": "came back"}""").status()).isIn(403, 404);
        assertThat(api.as(User.STAFF).post("/service-sweeps").status()).isEqualTo(403);
        HiddenRecords.assertNotFound(api, User.PEER, "/service-cases/" + id, id);
        HiddenRecords.assertNotFound(api, User.OPS_MANAGER, "/employees/" + User.STAFF.id() + "/service-cases",
                User.STAFF.id());
    }

    @Test
    @DisplayName("§2.1.3, §2.1.4: bad input is problem+json naming every field")
    void badInputNamesTheFields() {
        var unknownType = api.as(User.STAFF).post("/service-cases", """
                {"businessType": "MORTGAGE", "customerRef": "C-1"}""");
        assertThat(unknownType.status()).isEqualTo(422);
        assertThat(unknownType.contentType()).contains("problem+json");
        assertThat(fields(unknownType.json())).containsExactly("businessType");
        var blank = api.as(User.STAFF).post("/service-cases", """
                {"businessType": " ", "customerRef": " ", "handlerId": "not an id"}""");
        assertThat(fields(blank.json())).containsExactly("businessType", "customerRef", "handlerId");

        var id = open("STANDARD");
        api.as(User.STAFF).post("/service-cases/" + id + "/finish");
        var score = api.as(User.MANAGER).post("/service-cases/" + id + "/return-visit", """
                {"satisfaction": 7, "notes": " "}""");
        assertThat(score.status()).isEqualTo(422);
        assertThat(fields(score.json())).containsExactly("satisfaction", "notes");
        assertThat(api.as(User.MANAGER).post("/service-cases/" + id + "/return-trips", """
                {"cause": "BAD_WEATHER", "note": "rain"}""").status()).isEqualTo(400);
        assertThat(api.as(User.HR).get("/employees/" + User.STAFF.id() + "/service-findings").json()).isEmpty();
    }

    @Test
    @DisplayName("§2.1.2: a reply given after the time promised answers its PROMISED_REPLY finding")
    void aPromisedReplyGivenLateIsAFinding() {
        var id = open("COMPLEX");
        var promised = api.as(User.STAFF).post("/service-cases/" + id + "/commitments", """
                {"promise": "whether the limit can be raised", "replyBy": "%s"}"""
                .formatted(START.plus(Duration.ofHours(2))));
        assertThat(promised.status()).isEqualTo(200);
        assertThat(promised.json().at("/serviceCase/commitments/0/number").asInt()).isEqualTo(1);
        api.clock().advance(Duration.ofHours(3));

        var replied = api.as(User.STAFF).post("/service-cases/" + id + "/commitments/1/reply");

        assertThat(replied.status()).isEqualTo(200);
        assertThat(values(replied.json().get("findings"), "standard")).containsExactly("PROMISED_REPLY");
        assertThat(replied.json().at("/serviceCase/commitments/0/kept").asBoolean()).isFalse();
        assertThat(api.as(User.STAFF).post("/service-cases/" + id + "/commitments/1/reply").status())
                .isEqualTo(409);
        assertThat(api.as(User.STAFF).post("/service-cases/" + id + "/commitments/2/reply").status())
                .isEqualTo(404);
        assertThat(api.as(User.STAFF).post("/service-cases/" + id + "/commitments/x/reply").status())
                .isEqualTo(404);
        var past = api.as(User.STAFF).post("/service-cases/" + id + "/commitments", """
                {"promise": " ", "replyBy": "%s"}""".formatted(START));
        assertThat(past.status()).isEqualTo(422);
        assertThat(fields(past.json())).containsExactly("promise", "replyBy");
    }
}
