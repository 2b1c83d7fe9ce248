package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.reason;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.texts;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Employee suggestions and the rewards they earn over HTTP (§5.2.1). */
class SuggestionApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static final String SUGGESTION = """
            {"title": "Shared shift calendar", "text": "Publish the shift plan a week ahead.", "area": "PROCESSES"}""";

    @Test
    void anEmployeeSubmitsASuggestionAnsweredWithItsLocation() {
        var submitted = api.as(User.STAFF).post("/suggestions", SUGGESTION);

        assertThat(submitted.status()).isEqualTo(201);
        var json = submitted.json();
        var id = json.get("id").asText();
        assertThat(submitted.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/suggestions/" + id));
        assertThat(json.get("authorId").asText()).isEqualTo(User.STAFF.id());
        assertThat(json.get("title").asText()).isEqualTo("Shared shift calendar");
        assertThat(json.get("text").asText()).isEqualTo("Publish the shift plan a week ahead.");
        assertThat(json.get("area").asText()).isEqualTo("PROCESSES");
        assertThat(json.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(json.has("reviewerId")).isFalse();
        assertThat(json.get("submittedAt").asText()).isEqualTo(START.toString());
        assertThat(values(json.get("history"), "status")).containsExactly("SUBMITTED");
        assertThat(api.as(User.STAFF).get("/suggestions/" + id).json()).isEqualTo(json);
    }

    @Test
    void anInvalidSuggestionListsEveryProblemAndStoresNothing() {
        var invalid = api.as(User.STAFF).post("/suggestions", "{\"title\": \" \", \"text\": \"\"}");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).containsExactly("title", "text", "area");
        var unknownArea = api.as(User.STAFF).post("/suggestions", """
                {"title": "Better food", "text": "More choice at lunch.", "area": "CANTEEN"}""");
        assertThat(unknownArea.status()).isEqualTo(400);
        assertThat(fields(unknownArea.json())).containsExactly("area");
        assertThat(unknownArea.json().at("/errors/0/message").asText()).contains("MANAGEMENT, RULES, PROCESSES");
        assertThat(api.as(User.STAFF).post("/suggestions").status()).isEqualTo(400);

        assertThat(api.as(User.HR).get("/suggestions").json()).isEmpty();
    }

    @Test
    void employeesSeeTheirOwnSuggestionsAndHrSeesEveryOne() {
        var own = submit(User.STAFF);
        api.clock().advance(Duration.ofMinutes(1));
        var other = submit(User.PEER);

        assertThat(values(api.as(User.STAFF).get("/suggestions").json(), "id")).containsExactly(own);
        assertThat(values(api.as(User.PEER).get("/suggestions").json(), "id")).containsExactly(other);
        assertThat(values(api.as(User.HR).get("/suggestions").json(), "id")).containsExactly(own, other);
        assertThat(api.as(User.MANAGER).get("/suggestions").json()).isEmpty();
        HiddenRecords.assertNotFound(api, User.STAFF, "/suggestions/" + other, other);
        HiddenRecords.assertNotFound(api, User.MANAGER, "/suggestions/" + own, own);
        assertThat(api.as(User.HR).get("/suggestions/no-such-suggestion").status()).isEqualTo(404);
    }

    @Test
    void theReviewerHrAssignsAdoptsTheSuggestionWhichProposesItsRewardOnce() {
        var id = submit(User.STAFF);

        var underReview = api.as(User.HR).post(path(id, "assign-reviewer"), reviewer(User.OPS_MANAGER));
        assertThat(underReview.status()).isEqualTo(200);
        assertThat(underReview.json().get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(underReview.json().get("reviewerId").asText()).isEqualTo(User.OPS_MANAGER.id());
        assertThat(values(api.as(User.OPS_MANAGER).get("/suggestions").json(), "id")).containsExactly(id);
        assertThat(api.as(User.STAFF).get(path(id, "rewards")).json()).isEmpty();

        var adopted = api.as(User.OPS_MANAGER).post(path(id, "adopt"), "{\"note\": \"rolled out in ops first\"}");

        assertThat(adopted.status()).isEqualTo(200);
        assertThat(adopted.json().get("status").asText()).isEqualTo("ADOPTED");
        assertThat(adopted.json().at("/history/2/note").asText()).isEqualTo("rolled out in ops first");
        var rewards = api.as(User.STAFF).get(path(id, "rewards"));
        assertThat(rewards.status()).isEqualTo(200);
        assertThat(rewards.json()).hasSize(1);
        var reward = rewards.json().get(0);
        assertThat(reward.get("employeeId").asText()).isEqualTo(User.STAFF.id());
        assertThat(reward.get("ruleId").asText()).isEqualTo("adopted-suggestion");
        assertThat(reward.get("trigger").asText()).isEqualTo("suggestion.adopted");
        assertThat(reward.get("source").asText()).isEqualTo("suggestion:" + id);
        assertThat(texts(reward.get("kinds"))).containsExactly("BONUS");
        assertThat(reward.at("/bonus/amount").decimalValue()).isEqualByComparingTo("500");
        assertThat(reward.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(api.as(User.HR).get("/rewards?status=PROPOSED").json()).containsExactly(reward);

        var again = api.as(User.HR).post(path(id, "adopt"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.as(User.HR).get("/rewards").json()).hasSize(1);
    }

    @Test
    void onlyHrAssignsAReviewerAndNeverTheAuthor() {
        var id = submit(User.STAFF);

        assertThat(api.as(User.MANAGER).post(path(id, "assign-reviewer"), reviewer(User.MANAGER)).status())
                .isEqualTo(403);
        var author = api.as(User.HR).post(path(id, "assign-reviewer"), reviewer(User.STAFF));
        assertThat(author.status()).isEqualTo(422);
        assertThat(author.json().get("clause").asText()).isEqualTo("§1.3.3");
        assertThat(author.json().get("rule").asText()).isEqualTo("suggestion.reviewer.author");
        assertThat(author.json().get("field").asText()).isEqualTo("reviewerId");
        var nobody = api.as(User.HR).post(path(id, "assign-reviewer"), "{\"reviewerId\": \"emp-nobody\"}");
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(fields(nobody.json())).containsExactly("reviewerId");
        var none = api.as(User.HR).post(path(id, "assign-reviewer"), "{}");
        assertThat(fields(none.json())).containsExactly("reviewerId");
        assertThat(api.as(User.HR).post(path(id, "assign-reviewer")).status()).isEqualTo(400);

        assertThat(status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void onlyTheReviewerOrHrDecidesAndNeverTheAuthor() {
        var id = submit(User.STAFF);
        api.as(User.HR).post(path(id, "assign-reviewer"), reviewer(User.MANAGER));

        for (var user : new User[]{User.PEER, User.OPS_MANAGER}) {
            HiddenRecords.assertNotFound(api, user, path(id, "adopt"), null, id);
            HiddenRecords.assertNotFound(api, user, path(id, "decline"), reason("no"), id);
        }
        for (var refused : new RestFixture.Answer[]{api.as(User.STAFF).post(path(id, "adopt")),
                api.as(User.STAFF).post(path(id, "decline"), reason("no"))}) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("detail").asText()).contains("in their own case (§1.3.3)");
        }

        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
        assertThat(api.as(User.HR).post(path(id, "adopt")).status()).isEqualTo(200);
    }

    @Test
    void decliningNeedsAReasonAndProposesNoReward() {
        var id = submit(User.STAFF);
        api.as(User.HR).post(path(id, "assign-reviewer"), reviewer(User.MANAGER));

        var noReason = api.as(User.MANAGER).post(path(id, "decline"), "{}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(fields(noReason.json())).containsExactly("reason");
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");

        var declined = api.as(User.MANAGER).post(path(id, "decline"), reason("the plan changes daily"));

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().get("status").asText()).isEqualTo("DECLINED");
        assertThat(declined.json().at("/history/2/note").asText()).isEqualTo("the plan changes daily");
        assertThat(api.as(User.STAFF).get(path(id, "rewards")).json()).isEmpty();
        assertThat(api.as(User.HR).post(path(id, "adopt")).status()).isEqualTo(409);
    }

    @Test
    void aSuggestionIsReviewedBeforeItIsDecided() {
        var id = submit(User.STAFF);

        var early = api.as(User.HR).post(path(id, "adopt"));

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("type").asText())
                .isEqualTo("https://servicepolicy.org/problems/illegal-transition");
        assertThat(status(id)).isEqualTo("SUBMITTED");
    }

    private String submit(User author) {
        var submitted = api.as(author).post("/suggestions", SUGGESTION);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return submitted.json().get("id").asText();
    }

    private String status(String id) {
        return api.as(User.HR).get("/suggestions/" + id).json().get("status").asText();
    }

    private static String path(String id, String action) {
        return "/suggestions/" + id + "/" + action;
    }

    private static String reviewer(User reviewer) {
        return "{\"reviewerId\": \"" + reviewer.id() + "\"}";
    }
}
