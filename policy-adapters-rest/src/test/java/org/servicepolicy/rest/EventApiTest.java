package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.lateArrival;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox as a feed over HTTP. */
class EventApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    @Test
    void hrFollowsTheFeedFromTheLastPositionItHandled() {
        var before = api.as(User.HR).get("/events?limit=1000").json();
        var last = before.get(before.size() - 1).get("position").asLong();
        var recorded = api.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(600), 10)).json();

        var after = api.as(User.HR).get("/events?after=" + last).json();

        assertThat(values(after, "type")).containsExactly("ViolationRecorded", "PenaltyProposed");
        assertThat(after.at("/0/aggregateId").asText()).isEqualTo(recorded.at("/violation/id").asText());
        assertThat(after.at("/0/attributes/violationType").asText()).isEqualTo("LATE_ARRIVAL");
        assertThat(after.at("/1/position").asLong()).isGreaterThan(after.at("/0/position").asLong());
        assertThat(after.at("/1/occurredAt").asText()).isEqualTo(START.toString());
    }

    @Test
    void theLimitCapsARead() {
        assertThat(api.as(User.HR).get("/events?limit=2").json()).hasSize(2);
    }

    @Test
    void onlyHrReadsTheFeed() {
        assertThat(api.as(User.MANAGER).get("/events").status()).isEqualTo(403);
        assertThat(api.as(User.STAFF).get("/events").status()).isEqualTo(403);
    }

    @Test
    void badPositionsAndLimitsAreProblemsNamingTheParameter() {
        var unreadable = api.as(User.HR).get("/events?after=yesterday");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().at("/errors/0/field").asText()).isEqualTo("after");

        var outOfRange = api.as(User.HR).get("/events?after=-1&limit=5000");
        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(values(outOfRange.json().get("errors"), "field")).containsExactly("after", "limit");
    }
}
