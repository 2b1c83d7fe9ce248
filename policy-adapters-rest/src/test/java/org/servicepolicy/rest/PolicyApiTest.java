package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.lateArrival;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The policy's versions over HTTP (§1.3.4). */
class PolicyApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static final String TOMORROW = START.plus(Duration.ofDays(1)).toString();
    private static final String STRICTER = """
            {"version": "2026-strict", "effectiveFrom": "%s",
             "settings": {"discipline.points.MINOR": "3", "discipline.fine.MINOR": 80}}""".formatted(TOMORROW);

    @Test
    void theStandardPolicyIsInForceAtFirst() {
        var current = api.as(User.STAFF).get("/policies/current");

        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().get("version").asText()).isEqualTo("standard");
        assertThat(current.json().get("effectiveFrom").asText()).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(current.json().at("/settings/discipline.points.MINOR").asText()).isEqualTo("1");
        assertThat(current.json().at("/settings/discipline.appeal.window").asText()).isEqualTo("P15D");
    }

    @Test
    void hrPublishesAVersionWhoseSettingsChangeTheOneInForce() {
        var published = api.as(User.HR).post("/policies", STRICTER);

        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/policies/2026-strict"));
        var json = published.json();
        assertThat(json.at("/settings/discipline.points.MINOR").asText()).isEqualTo("3");
        assertThat(new BigDecimal(json.at("/settings/discipline.fine.MINOR").asText())).isEqualByComparingTo("80");
        assertThat(json.at("/settings/discipline.points.GROSS").asText()).isEqualTo("8");
        assertThat(api.as(User.STAFF).get("/policies/2026-strict").json()).isEqualTo(json);
        assertThat(values(api.as(User.STAFF).get("/policies").json(), "version")).containsExactly("standard", "2026-strict");
    }

    @Test
    void aPublishedVersionComesIntoForceAtItsEffectiveFromAndJudgesFactsFromThen() {
        api.as(User.HR).post("/policies", STRICTER);
        assertThat(api.as(User.STAFF).get("/policies/current").json().get("version").asText()).isEqualTo("standard");

        api.clock().advance(Duration.ofDays(2));

        assertThat(api.as(User.STAFF).get("/policies/current").json().get("version").asText()).isEqualTo("2026-strict");
        var before = api.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(600), 10)).json();
        assertThat(before.at("/violation/policyVersion").asText()).isEqualTo("standard");
        var after = api.as(User.HR).post("/violations", lateArrival(User.PEER, START.plus(Duration.ofDays(1).plusHours(1)), 10))
                .json();
        assertThat(after.at("/violation/policyVersion").asText()).isEqualTo("2026-strict");
        assertThat(after.at("/decision/policyVersion").asText()).isEqualTo("2026-strict");
        assertThat(after.at("/penalty/step").asText()).isEqualTo("FINE");
        assertThat(after.at("/penalty/fine/amount").decimalValue()).isEqualByComparingTo("80");
    }

    @Test
    void onlyHrPublishesAndARefusalStoresNothing() {
        for (var user : new User[]{User.MANAGER, User.STAFF, User.SUPERVISOR}) {
            assertThat(api.as(user).post("/policies", STRICTER).status()).as(user.name()).isEqualTo(403);
        }
        assertThat(api.as(User.HR).get("/policies").json()).hasSize(1);
    }

    @Test
    @DisplayName("§2.1, §2.2: the service standards are settings every employee reads and HR changes by publishing")
    void theServiceStandardsArePolicySettings() {
        var current = api.as(User.STAFF).get("/policies/current").json();
        assertThat(current.at("/settings/service.standard.RECEPTION_WAIT.maxWait").asText()).isEqualTo("PT5M");
        assertThat(current.at("/settings/service.case.stipulatedTimes").asText()).startsWith("ENQUIRY=PT4H");

        var published = api.as(User.HR).post("/policies", """
                {"version": "2026-service", "effectiveFrom": "%s",
                 "settings": {"service.standard.RECEPTION_WAIT.maxWait": "PT3M",
                              "service.case.stipulatedTimes": "LOAN=PT120H"}}""".formatted(TOMORROW));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.json().at("/settings/service.standard.RECEPTION_WAIT.maxWait").asText()).isEqualTo("PT3M");

        var invalid = api.as(User.HR).post("/policies", """
                {"version": "2026-bad-service", "effectiveFrom": "%s",
                 "settings": {"service.case.stipulatedTimes": "loan=soon"}}""".formatted(TOMORROW));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).containsExactly("settings.service.case.stipulatedTimes");
    }

    @Test
    void invalidSettingsAreAllListedAndNothingIsStored() {
        var invalid = api.as(User.HR).post("/policies", """
                {"version": "broken", "effectiveFrom": "%s",
                 "settings": {"discipline.points.MINOR": "-1", "discipline.window": "a year", "discipline.pointz.MINOR": "1"}}"""
                .formatted(TOMORROW));

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).contains("settings.discipline.points.MINOR", "settings.discipline.window",
                "settings.discipline.pointz.MINOR");
        assertThat(api.as(User.HR).get("/policies/broken").status()).isEqualTo(404);
    }

    @Test
    void aVersionMayNotTakeEffectInThePast() {
        var invalid = api.as(User.HR).post("/policies", STRICTER.replace(TOMORROW, START.minusSeconds(1).toString()));

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).containsExactly("effectiveFrom");
        assertThat(api.as(User.HR).get("/policies").json()).hasSize(1);
    }

    @Test
    void aVersionIdTakenAlreadyIsADuplicateConflict() {
        api.as(User.HR).post("/policies", STRICTER);

        var duplicate = api.as(User.HR).post("/policies", STRICTER);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/duplicate");
    }

    @Test
    void currentIsNoVersionId() {
        var reserved = api.as(User.HR).post("/policies", STRICTER.replace("2026-strict", "current"));

        assertThat(reserved.status()).isEqualTo(422);
        assertThat(fields(reserved.json())).containsExactly("version");
        assertThat(api.as(User.HR).get("/policies").json()).hasSize(1);
    }

    @Test
    void settingsAreRequiredEvenWhenNothingChanges() {
        var missing = api.as(User.HR).post("/policies", "{\"version\": \"same\", \"effectiveFrom\": \"" + TOMORROW + "\"}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(fields(missing.json())).containsExactly("settings");

        var unchanged = api.as(User.HR).post("/policies",
                "{\"version\": \"same\", \"effectiveFrom\": \"" + TOMORROW + "\", \"settings\": {}}");
        assertThat(unchanged.status()).isEqualTo(201);
        assertThat(unchanged.json().get("settings")).isEqualTo(api.as(User.HR).get("/policies/standard").json().get("settings"));
    }

    @Test
    void aVersionThatDoesNotExistIsNotFound() {
        assertThat(api.as(User.STAFF).get("/policies/no-such-version").status()).isEqualTo(404);
    }
}
