package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.lateArrival;
import static org.servicepolicy.rest.Payloads.leave;
import static org.servicepolicy.rest.Payloads.task;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Times over HTTP keep the stores' precision, microseconds: a POST answers the instants it
 * stamped and the ones it was sent at that precision, and a later GET answers the same, though
 * the core's clock ticks in nanoseconds and the request carries nanoseconds. (That the JDBC
 * stores read back what they were given is shown by the JDBC adapter's own tests.)
 */
class TimestampPrecisionApiTest {
    /** A time of the clock with nanoseconds, as the JDK's system clock tells on most machines. */
    private static final Duration NANOSECONDS_PAST_START = Duration.ofNanos(142_732_593);

    @RegisterExtension
    final RestFixture api = new RestFixture();

    @BeforeEach
    void letTheClockTellNanoseconds() {
        api.clock().advance(NANOSECONDS_PAST_START);
    }

    @Test
    void aRecordedViolationAnswersTheSameTimesWhenPostedAndWhenReadAgain() {
        var posted = api.as(User.HR).post("/violations", lateArrival(User.STAFF, withNanos(START.minusSeconds(1200)),
                20));

        assertThat(posted.status()).isEqualTo(201);
        var json = posted.json();
        assertThat(json.at("/violation/recordedAt").asText()).isEqualTo("2026-03-02T09:00:00.142732Z");
        assertThat(json.at("/violation/occurredAt").asText()).isEqualTo("2026-03-02T08:40:00.987654Z");
        assertThat(json.at("/decision/decidedAt").asText()).isEqualTo("2026-03-02T09:00:00.142732Z");
        assertThat(api.as(User.STAFF).get("/violations/" + json.at("/violation/id").asText()).json())
                .isEqualTo(json.get("violation"));
        assertThat(api.as(User.STAFF).get("/penalties/" + json.at("/penalty/id").asText()).json())
                .isEqualTo(json.get("penalty"));
        assertThat(api.as(User.STAFF).get("/decisions/" + json.at("/decision/id").asText()).json())
                .isEqualTo(json.get("decision"));
    }

    @Test
    void aLeaveRequestAnswersTheSameTimesWhenPostedAndWhenReadAgain() {
        var posted = api.as(User.STAFF).post("/leave-requests", leave(User.STAFF,
                withNanos(START.plus(Duration.ofDays(3))), withNanos(START.plus(Duration.ofDays(4))), false, "family"));

        assertThat(posted.status()).isEqualTo(201);
        var json = posted.json();
        assertThat(json.get("startsAt").asText()).isEqualTo("2026-03-05T09:00:00.987654Z");
        assertThat(json.get("endsAt").asText()).isEqualTo("2026-03-06T09:00:00.987654Z");
        assertThat(api.as(User.MANAGER).get("/leave-requests/" + json.get("id").asText()).json()).isEqualTo(json);
    }

    @Test
    void anAssignedTaskAnswersTheSameTimesWhenPostedAndWhenReadAgain() {
        var posted = api.as(User.MANAGER).post("/tasks", task(User.STAFF, withNanos(START.plus(Duration.ofDays(10))),
                "Draft"));

        assertThat(posted.status()).isEqualTo(201);
        var json = posted.json();
        assertThat(json.toString()).contains("2026-03-12T09:00:00.987654Z").doesNotContain("987654321")
                .doesNotContain("142732593");
        assertThat(api.as(User.STAFF).get("/tasks/" + json.get("id").asText()).json()).isEqualTo(json);
    }

    private static Instant withNanos(Instant instant) {
        return instant.plusNanos(987_654_321);
    }
}
