package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.acceptResult;
import static org.servicepolicy.rest.Payloads.adjustment;
import static org.servicepolicy.rest.Payloads.completion;
import static org.servicepolicy.rest.Payloads.progress;
import static org.servicepolicy.rest.Payloads.reason;
import static org.servicepolicy.rest.Payloads.returnForRework;
import static org.servicepolicy.rest.Payloads.ruling;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.texts;
import static org.servicepolicy.rest.RestFixture.START;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /employees/{id}/compliance-facts}: the facts of §3.3.1 over HTTP, each number with its tasks. */
class ComplianceFactsApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private final TaskSteps steps = new TaskSteps(api);

    private static final String THREE_WEEKS = "from=" + START + "&to=" + START.plus(Duration.ofDays(21));

    @Test
    void theFactsCountEveryActOfThePeriodAndNameTheTasksBehindEachNumber() {
        // A: refused without a valid reason, then accepted; a late adjustment approved; completed on time, scored 80.
        var a = steps.assign(User.MANAGER, User.STAFF, at(Duration.ofDays(3)), "Draft");
        moveTo(Duration.ofMinutes(1));
        // B: escalated and answered; completed late, returned for rework, completed late again, scored 91.
        var b = steps.assign(User.MANAGER, User.STAFF, at(Duration.ofDays(2)), "Draft");
        moveTo(Duration.ofMinutes(2));
        // C: refused with a valid reason, closed.
        var c = steps.assign(User.MANAGER, User.STAFF, at(Duration.ofDays(10)), "Draft");
        moveTo(Duration.ofMinutes(3));
        // D: three weeks of work with weekly reports: the first week reported, the second not.
        var d = steps.assign(User.MANAGER, User.STAFF, at(Duration.ofDays(20)), "Draft");
        steps.act(User.STAFF, a, "refuse", reason("not my kind of work"));
        steps.act(User.MANAGER, a, "rule-refusal", ruling(false, "reporting is part of the role"));
        steps.act(User.STAFF, a, "accept", null);
        steps.act(User.STAFF, b, "accept", null);
        steps.act(User.STAFF, c, "refuse", reason("I am on the audit all week"));
        steps.act(User.MANAGER, c, "rule-refusal", ruling(true, "the audit comes first"));
        steps.act(User.STAFF, d, "accept", null);
        moveTo(Duration.ofDays(1));
        steps.act(User.STAFF, b, "escalate", "{\"issue\": \"the data is missing\"}");
        steps.act(User.MANAGER, b, "answer-escalation", "{\"escalation\": 1, \"answer\": \"ask finance\"}");
        moveTo(Duration.ofDays(2));
        steps.act(User.STAFF, d, "progress", progress(20));
        moveTo(Duration.ofDays(2).plusHours(12));
        steps.act(User.STAFF, a, "request-adjustment", adjustment(at(Duration.ofDays(5)), "the ledger closes late"));
        steps.act(User.MANAGER, a, "decide-adjustment", "{\"adjustment\": 1, \"approved\": true}");
        moveTo(Duration.ofDays(3));
        steps.act(User.STAFF, b, "complete", completion(1));
        steps.act(User.MANAGER, b, "review", returnForRework("the totals do not add up"));
        moveTo(Duration.ofDays(4));
        steps.act(User.STAFF, a, "complete", completion(1));
        steps.act(User.MANAGER, a, "review", acceptResult(80));
        steps.act(User.STAFF, b, "complete", completion(1));
        steps.act(User.MANAGER, b, "review", acceptResult(91));
        moveTo(Duration.ofDays(15));

        var answer = api.as(User.STAFF).get("/employees/emp-staff/compliance-facts?" + THREE_WEEKS);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var facts = answer.json();
        assertThat(facts.get("employeeId").asText()).isEqualTo(User.STAFF.id());
        assertThat(facts.get("from").asText()).isEqualTo(START.toString());
        assertThat(facts.get("to").asText()).isEqualTo(at(Duration.ofDays(21)).toString());
        assertThat(facts.get("asOf").asText()).isEqualTo(at(Duration.ofDays(15)).toString());
        assertFact(facts, "assigned", a, b, c, d);
        assertFact(facts, "accepted", a, b, d);
        assertFact(facts, "refusedJustified", c);
        assertFact(facts, "refusedUnjustified", a);
        assertFact(facts, "refusalsAwaitingRuling");
        assertFact(facts, "adjustmentsRequested", a);
        assertFact(facts, "adjustmentsApproved", a);
        assertFact(facts, "adjustmentsLate", a);
        assertFact(facts, "progressReportsDue", d, d);
        assertFact(facts, "progressReportsMissed", d);
        assertFact(facts, "escalations", b);
        assertFact(facts, "completedOnTime", a);
        assertFact(facts, "completedLate", b);
        assertFact(facts, "returnedForRework", b);
        assertFact(facts, "qualityScored", a, b);
        assertThat(facts.get("meanQualityScore").decimalValue()).isEqualByComparingTo("85.5");
        assertThat(answer.body()).contains("\"meanQualityScore\":85.50");

        var later = api.as(User.STAFF).get("/employees/emp-staff/compliance-facts?from=" + at(Duration.ofDays(21))
                + "&to=" + at(Duration.ofDays(28))).json();
        assertFact(later, "assigned");
        assertFact(later, "completedLate");
        assertThat(later.has("meanQualityScore")).isFalse();
    }

    @Test
    @DisplayName("§3.1.1 §3.1.2 §3.3.1: unanswered and overdue tasks are facts, and each fact says what it counts")
    void unansweredAndOverdueTasksAreFactsAndEachSaysWhatItCounts() {
        var ignored = steps.assign(User.MANAGER, User.STAFF, at(Duration.ofDays(2)), "Draft");
        var owed = steps.assign(User.MANAGER, User.STAFF, at(Duration.ofDays(2)), "Draft");
        var delivered = steps.assign(User.MANAGER, User.STAFF, at(Duration.ofDays(2)), "Draft");
        steps.act(User.STAFF, owed, "accept", null);
        steps.act(User.STAFF, delivered, "accept", null);
        moveTo(Duration.ofDays(3));
        steps.act(User.STAFF, delivered, "complete", completion(1));
        steps.act(User.MANAGER, delivered, "review", returnForRework("the totals do not add up"));
        steps.act(User.STAFF, delivered, "complete", completion(1));

        var facts = api.as(User.HR).get("/employees/emp-staff/compliance-facts?" + THREE_WEEKS).json();

        assertFact(facts, "unanswered", ignored);
        assertThat(texts(facts.at("/overdue/taskIds"))).containsExactlyInAnyOrder(ignored, owed);
        assertFact(facts, "completedLate", delivered);
        assertFact(facts, "returnedForRework", delivered);
        for (var taskCount : new String[]{"assigned", "accepted", "unanswered", "adjustmentsLate", "completedOnTime",
                "completedLate", "overdue", "returnedForRework", "qualityScored"}) {
            assertThat(facts.at("/" + taskCount + "/counts").asText()).as(taskCount).isEqualTo("TASKS");
        }
        assertThat(facts.at("/refusedUnjustified/counts").asText()).isEqualTo("REFUSALS");
        assertThat(facts.at("/adjustmentsRequested/counts").asText()).isEqualTo("ADJUSTMENT_REQUESTS");
        assertThat(facts.at("/progressReportsMissed/counts").asText()).isEqualTo("REPORT_PERIODS");
        assertThat(facts.at("/escalations/counts").asText()).isEqualTo("ESCALATIONS");
    }

    @Test
    void theEmployeeTheirManagerTheirSuperiorsAndHrReadTheFactsAndNobodyElse() {
        for (var user : new User[]{User.STAFF, User.MANAGER, User.HR}) {
            assertThat(api.as(user).get("/employees/emp-staff/compliance-facts?" + THREE_WEEKS).status())
                    .as(user.name()).isEqualTo(200);
        }
        assertThat(api.as(User.OUTSIDER).get("/employees/emp-junior/compliance-facts?" + THREE_WEEKS).status())
                .isEqualTo(200);
        for (var user : new User[]{User.PEER, User.OPS_MANAGER}) {
            HiddenRecords.assertNotFound(api, user, "/employees/emp-staff/compliance-facts?" + THREE_WEEKS,
                    User.STAFF.id());
        }
        // The supervision group sees staff's conduct records, but the facts are not among them.
        var refused = api.as(User.SUPERVISOR).get("/employees/emp-staff/compliance-facts?" + THREE_WEEKS);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/access-denied");
    }

    @Test
    void missingBoundsAreInvalidInputNamingTheParameters() {
        var neither = api.as(User.HR).get("/employees/emp-staff/compliance-facts");
        var noEnd = api.as(User.HR).get("/employees/emp-staff/compliance-facts?from=" + START);

        assertThat(neither.status()).isEqualTo(422);
        assertThat(neither.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/invalid-input");
        assertThat(fields(neither.json())).containsExactly("from", "to");
        assertThat(noEnd.status()).isEqualTo(422);
        assertThat(fields(noEnd.json())).containsExactly("to");
    }

    @Test
    void boundsThatAreNoInstantsAreBadRequestsNamingTheParameter() {
        for (var query : new String[]{"from=yesterday&to=" + START, "from=2026-03-02&to=" + START,
                "from=" + START + "&to=2026-03-23T25:00:00Z", "from=&to=" + START}) {
            var refused = api.as(User.HR).get("/employees/emp-staff/compliance-facts?" + query);

            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.json().get("type").asText())
                    .isEqualTo("https://servicepolicy.org/problems/malformed-request");
            assertThat(fields(refused.json())).hasSize(1).first().isIn("from", "to");
            assertThat(refused.json().at("/errors/0/message").asText()).contains("ISO-8601 instant");
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsInvalid() {
        var backwards = api.as(User.HR).get("/employees/emp-staff/compliance-facts?from="
                + at(Duration.ofDays(7)) + "&to=" + START);

        assertThat(backwards.status()).isEqualTo(422);
        assertThat(fields(backwards.json())).containsExactly("to");
    }

    @Test
    void theFactsOfAnEmployeeWhoDoesNotExistAreNotFound() {
        assertThat(api.as(User.HR).get("/employees/emp-nobody/compliance-facts?" + THREE_WEEKS).status())
                .isEqualTo(404);
    }

    private static Instant at(Duration sinceStart) {
        return START.plus(sinceStart);
    }

    private void moveTo(Duration sinceStart) {
        api.clock().advance(Duration.between(api.clock().instant(), at(sinceStart)));
    }

    private static void assertFact(JsonNode facts, String name, String... taskIds) {
        assertThat(facts.at("/" + name + "/count").asInt()).as(name).isEqualTo(taskIds.length);
        assertThat(texts(facts.at("/" + name + "/taskIds"))).as(name).containsExactly(taskIds);
    }
}
