package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Customer feedback as staff handle it, over HTTP (§2.3.2): the flow, its refusals and who may do what. */
class FeedbackApiTest {
    private static final String HOTLINE_COMPLAINT = """
            {"channel": "COMPLAINT_HOTLINE", "nature": "COMPLAINT", "severity": "HIGH", "area": "general",
             "summary": "Rude at the counter", "details": "The clerk would not listen.",
             "contact": "+86 138 0000 1234", "employeesConcerned": ["emp-peer"]}""";

    @RegisterExtension
    final RestFixture api = new RestFixture();

    private JsonNode record() {
        var recorded = api.as(User.OUTSIDER).post("/feedback", HOTLINE_COMPLAINT);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json();
    }

    /** A recorded complaint routed to sales and handled by staff; answers its id. */
    private String assigned() {
        var id = record().at("/item/id").asText();
        assertThat(api.as(User.HR).post("/feedback/" + id + "/routing", """
                {"departmentId": "sales"}""").status()).isEqualTo(200);
        assertThat(api.as(User.MANAGER).post("/feedback/" + id + "/responsible", """
                {"employeeId": "emp-staff"}""").status()).isEqualTo(200);
        return id;
    }

    @Test
    @DisplayName("§2.3.2: a hotline complaint is recorded unrouted, with its token once, its Location and its due times explained")
    void aComplaintIsRecordedWithItsTokenAndExplainedDueTimes() {
        var recorded = api.as(User.OUTSIDER).post("/feedback", HOTLINE_COMPLAINT);

        assertThat(recorded.status()).isEqualTo(201);
        var item = recorded.json().get("item");
        assertThat(recorded.location()).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/api/v1/feedback/" + item.get("id").asText()));
        assertThat(recorded.json().get("trackingToken").asText()).hasSize(43);
        assertThat(item.get("status").asText()).isEqualTo("UNROUTED");
        assertThat(item.get("recordedById").asText()).isEqualTo(User.OUTSIDER.id());
        assertThat(item.has("trackingTokenHash")).isFalse();
        for (var due : new JsonNode[] {item.get("firstResponseDue"), item.get("resolutionDue")}) {
            assertThat(due.get("dueAt").asText()).isNotBlank();
            assertThat(due.get("reasons")).isNotEmpty().allSatisfy(reason -> {
                assertThat(reason.get("clause").asText()).isEqualTo("§2.3.2");
                assertThat(reason.get("rule").asText()).isNotBlank();
                assertThat(reason.get("message").asText()).isNotBlank();
            });
        }
        assertThat(item.at("/firstResponseDue/clock").asText()).isEqualTo("FIRST_RESPONSE");
        assertThat(item.at("/resolutionDue/clock").asText()).isEqualTo("R1.RESOLUTION");
        var again = api.as(User.HR).get("/feedback/" + item.get("id").asText()).json();
        assertThat(again.toString()).doesNotContain(recorded.json().get("trackingToken").asText());
    }

    @Test
    @DisplayName("§2.3.2: a retry under the same Idempotency-Key records once and never repeats the token, which nothing kept")
    void aReplayAnswersTheItemWithoutTheToken() {
        var first = api.as(User.OUTSIDER).with("Idempotency-Key", "hotline-1").post("/feedback", HOTLINE_COMPLAINT);
        var replay = api.as(User.OUTSIDER).with("Idempotency-Key", "hotline-1").post("/feedback", HOTLINE_COMPLAINT);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("trackingToken").asText()).hasSize(43);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.headers().firstValue("Idempotency-Replayed")).hasValue("true");
        assertThat(replay.json().has("trackingToken")).isFalse();
        assertThat(replay.json().at("/item/id")).isEqualTo(first.json().at("/item/id"));
        assertThat(api.as(User.HR).get("/feedback").json()).hasSize(1);
    }

    @Test
    @DisplayName("§2.3.2: routed, assigned, answered, resolved in two rounds with the customer, ruled on; listed by status")
    void theFlowOverHttp() {
        var recorded = record();
        var id = recorded.at("/item/id").asText();
        var token = recorded.get("trackingToken").asText();

        var routed = api.as(User.SUPERVISOR).post("/feedback/" + id + "/routing", """
                {"departmentId": "sales", "severity": "CRITICAL"}""");
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
        assertThat(routed.json().get("status").asText()).isEqualTo("ROUTED");
        assertThat(routed.json().get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(api.as(User.MANAGER).post("/feedback/" + id + "/responsible", """
                {"employeeId": "emp-staff"}""").json().get("responsibleId").asText()).isEqualTo(User.STAFF.id());
        var responded = api.as(User.STAFF).post("/feedback/" + id + "/response", """
                {"text": "We are sorry; we are looking into it."}""");
        assertThat(responded.json().has("firstResponseDue")).isFalse();
        var waiting = api.as(User.STAFF).post("/feedback/" + id + "/waiting", """
                {"text": "Which day was it?"}""");
        assertThat(waiting.json().get("status").asText()).isEqualTo("WAITING_ON_CUSTOMER");
        assertThat(waiting.json().at("/resolutionDue/dueAt").isMissingNode()).isTrue();
        assertThat(waiting.json().at("/resolutionDue/reasons")).isNotEmpty();
        api.clock().advance(Duration.ofMinutes(30));
        var answered = api.anonymous().post("/public/feedback/" + token + "/answer", """
                {"text": "Last Friday."}""");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().get("waitingOnYou").asBoolean()).isFalse();
        assertThat(api.as(User.STAFF).post("/feedback/" + id + "/result", """
                {"text": "The clerk apologised."}""").json().get("status").asText()).isEqualTo("RESULT_REPORTED");
        assertThat(api.anonymous().post("/public/feedback/" + token + "/rejection", """
                {"comment": "Not enough."}""").json().get("status").asText()).isEqualTo("REOPENED");

        var uncorrected = api.as(User.STAFF).post("/feedback/" + id + "/result", """
                {"text": "Again."}""");
        assertThat(uncorrected.status()).isEqualTo(422);
        assertThat(uncorrected.json().get("rule").asText()).isEqualTo("feedback.result.correction-first");
        assertThat(uncorrected.json().get("field").asText()).isEqualTo("causeAnalysis");
        assertThat(api.as(User.STAFF).post("/feedback/" + id + "/corrective-action", """
                {"causeAnalysis": "No training on complaints.", "action": "Trained the counter staff."}""")
                .json().get("causeAnalysis").asText()).isEqualTo("No training on complaints.");
        var second = api.as(User.STAFF).post("/feedback/" + id + "/result", """
                {"text": "Trained and apologised in person."}""");
        assertThat(second.json().get("round").asInt()).isEqualTo(2);
        assertThat(second.json().at("/rounds/0/rejection").asText()).isEqualTo("Not enough.");
        assertThat(second.json().at("/rounds/1/rejection").isMissingNode()).isTrue();
        assertThat(second.json().at("/rounds/1/correctiveAction").asText()).isEqualTo("Trained the counter staff.");
        assertThat(api.anonymous().post("/public/feedback/" + token + "/acceptance", """
                {"score": 4}""").json().get("status").asText()).isEqualTo("ACCEPTED");

        var ruled = api.as(User.MANAGER).post("/feedback/" + id + "/ruling", """
                {"verdict": "JUSTIFIED", "employees": ["emp-peer"], "standard": "FEEDBACK_HANDLING",
                 "note": "The clerk was rude."}""");
        assertThat(ruled.status()).as(ruled.toString()).isEqualTo(200);
        assertThat(values(ruled.json().get("findings"), "employeeId")).containsExactly(User.PEER.id());
        assertThat(ruled.json().at("/item/ruling/verdict").asText()).isEqualTo("JUSTIFIED");
        assertThat(api.as(User.MANAGER).get("/feedback/" + id).json().get("satisfaction").asInt()).isEqualTo(4);
        assertThat(values(api.as(User.HR).get("/feedback?status=ACCEPTED").json(), "id")).containsExactly(id);
        assertThat(api.as(User.HR).get("/feedback?status=UNROUTED").json()).isEmpty();
        assertThat(api.as(User.HR).get("/feedback?status=SOMETIMES").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("§2.3.2: bad input is problem+json naming the field, and stores nothing")
    void badInputNamesTheFields() {
        var online = api.as(User.OUTSIDER).post("/feedback", """
                {"channel": "ONLINE_PLATFORM", "nature": "COMPLAINT", "severity": "HIGH", "area": "general",
                 "summary": "s", "details": "d"}""");
        assertThat(online.status()).isEqualTo(422);
        assertThat(online.contentType()).contains("problem+json");
        assertThat(fields(online.json())).containsExactly("channel");
        var blank = api.as(User.OUTSIDER).post("/feedback", """
                {"channel": "SUGGESTION_BOX", "nature": "SUGGESTION", "severity": "HIGH", "area": "general",
                 "summary": " ", "details": "d", "employeesConcerned": ["not an id"]}""");
        assertThat(fields(blank.json())).contains("summary", "employeesConcerned");
        var unknown = api.as(User.OUTSIDER).post("/feedback", """
                {"channel": "SUGGESTION_BOX", "nature": "SUGGESTION", "severity": "URGENT", "area": "general",
                 "summary": "s", "details": "d"}""");
        assertThat(fields(unknown.json())).containsExactly("severity");
        var tooLong = api.as(User.OUTSIDER).post("/feedback", HOTLINE_COMPLAINT.replace("Rude at the counter",
                "x".repeat(201)));
        assertThat(fields(tooLong.json())).containsExactly("summary");
        assertThat(api.as(User.HR).get("/feedback").json()).isEmpty();

        var id = assigned();
        var noDepartment = api.as(User.HR).post("/feedback/" + id + "/routing", """
                {"departmentId": "nowhere"}""");
        assertThat(fields(noDepartment.json())).containsExactly("departmentId");
        var stranger = api.as(User.MANAGER).post("/feedback/" + id + "/responsible", """
                {"employeeId": "emp-outsider"}""");
        assertThat(fields(stranger.json())).containsExactly("employeeId");
        var emptyResponse = api.as(User.STAFF).post("/feedback/" + id + "/response", """
                {"text": " "}""");
        assertThat(fields(emptyResponse.json())).containsExactly("text");
        var praise = api.as(User.MANAGER).post("/feedback/" + id + "/ruling", """
                {"verdict": "CONFIRMED", "note": "n"}""");
        assertThat(praise.status()).isEqualTo(422);
        assertThat(fields(praise.json())).containsExactly("verdict");
    }

    @Test
    @DisplayName("§2.3.2, §1.3.3: who reads an item and its contact, and who may do each step; to anyone else it does not exist")
    void accessPerOperation() {
        var id = assigned();

        for (var reader : new User[] {User.HR, User.SUPERVISOR, User.MANAGER, User.STAFF, User.TEMP, User.PEER,
                User.OUTSIDER}) {
            assertThat(api.as(reader).get("/feedback/" + id).status()).as(reader.name()).isEqualTo(200);
        }
        for (var stranger : new User[] {User.OPS_MANAGER, User.JUNIOR}) {
            assertThat(api.as(stranger).get("/feedback/" + id).status()).as(stranger.name()).isEqualTo(404);
            assertThat(api.as(stranger).post("/feedback/" + id + "/response", """
                    {"text": "t"}""").status()).as(stranger.name()).isEqualTo(404);
            assertThat(api.as(stranger).get("/feedback").json()).as(stranger.name()).isEmpty();
        }
        for (var seesContact : new User[] {User.HR, User.MANAGER, User.STAFF}) {
            assertThat(api.as(seesContact).get("/feedback/" + id).json().get("contact").asText())
                    .as(seesContact.name()).isEqualTo("+86 138 0000 1234");
        }
        for (var withoutContact : new User[] {User.SUPERVISOR, User.TEMP, User.PEER, User.OUTSIDER}) {
            assertThat(api.as(withoutContact).get("/feedback/" + id).json().has("contact"))
                    .as(withoutContact.name()).isFalse();
        }
        assertThat(api.as(User.SUPERVISOR).post("/feedback/" + id + "/routing", """
                {"departmentId": "sales"}""").json().has("contact")).isFalse();
        assertThat(values(api.as(User.TEMP).get("/feedback").json(), "id")).containsExactly(id);
        assertThat(values(api.as(User.SUPERVISOR).get("/feedback").json(), "id")).containsExactly(id);

        assertThat(api.as(User.MANAGER).post("/feedback/" + id + "/routing", """
                {"departmentId": "ops"}""").status()).isEqualTo(403);
        assertThat(api.as(User.TEMP).post("/feedback/" + id + "/responsible", """
                {"employeeId": "emp-temp"}""").status()).isEqualTo(403);
        assertThat(api.as(User.MANAGER).post("/feedback/" + id + "/responsible", """
                {"employeeId": "emp-staff"}""").status()).isEqualTo(200);
        assertThat(api.as(User.TEMP).post("/feedback/" + id + "/response", """
                {"text": "t"}""").status()).isEqualTo(403);
        assertThat(api.as(User.PEER).post("/feedback/" + id + "/result", """
                {"text": "t"}""").status()).isEqualTo(403);
        assertThat(api.as(User.MANAGER).post("/feedback/" + id + "/result", """
                {"text": "t"}""").status()).isEqualTo(403);
        assertThat(api.as(User.PEER).post("/feedback/" + id + "/ruling", """
                {"verdict": "UNJUSTIFIED", "note": "not me"}""").status()).isEqualTo(403);
        assertThat(api.as(User.STAFF).post("/feedback/" + id + "/ruling", """
                {"verdict": "UNJUSTIFIED", "note": "n"}""").status()).isEqualTo(403);
        assertThat(api.as(User.MANAGER).post("/feedback/" + id + "/closure", """
                {"text": "enough"}""").status()).isEqualTo(403);
        var early = api.as(User.HR).post("/feedback/" + id + "/closure", """
                {"text": "enough"}""");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("clause").asText()).isEqualTo("§2.3.2");
        assertThat(api.as(User.STAFF).post("/feedback/sweep").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/feedback/" + id).status()).isEqualTo(401);
        assertThat(api.anonymous().post("/feedback", HOTLINE_COMPLAINT).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("§2.3.2: unanswered, the sweep warns, then breaches with a finding against the responsible employee, once")
    void theSweepWarnsAndBreachesOnce() {
        var id = assigned();
        api.clock().advance(Duration.ofDays(1));

        var swept = api.as(User.SUPERVISOR).post("/feedback/sweep");

        assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
        assertThat(values(swept.json().get("fired"), "key")).contains("FIRST_RESPONSE.WARNING",
                "FIRST_RESPONSE.BREACH");
        assertThat(values(swept.json().get("fired"), "itemId")).containsOnly(id);
        assertThat(values(swept.json().get("findings"), "standard")).containsOnly("FEEDBACK_HANDLING");
        assertThat(values(swept.json().get("findings"), "employeeId")).containsOnly(User.STAFF.id());
        assertThat(api.as(User.HR).post("/feedback/sweep").json().get("fired")).isEmpty();
    }
}
