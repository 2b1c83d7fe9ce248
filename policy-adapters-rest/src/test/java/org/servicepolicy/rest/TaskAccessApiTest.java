package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.acceptResult;
import static org.servicepolicy.rest.Payloads.adjustment;
import static org.servicepolicy.rest.Payloads.completion;
import static org.servicepolicy.rest.Payloads.progress;
import static org.servicepolicy.rest.Payloads.reason;
import static org.servicepolicy.rest.Payloads.ruling;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who sees and acts on tasks over HTTP: staff their own, assigners the ones they assigned,
 * managers their department's, HR all, copied people the ones they are copied on, and the
 * service supervision group reads everyone's records without directing the work. To anyone else
 * the task does not exist (404, as for a task that was never assigned); someone who sees the task
 * but may not do what they ask is answered 403. Either way nothing changes.
 */
class TaskAccessApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private final TaskSteps steps = new TaskSteps(api);

    private static final Instant DEADLINE = START.plus(Duration.ofDays(5));

    @Test
    void theAssigneeTheirManagerHrAndTheSupervisionGroupSeeTheTaskAndToOthersItDoesNotExist() {
        var task = steps.assign(User.MANAGER, User.STAFF, DEADLINE, "Draft");

        for (var user : new User[]{User.STAFF, User.MANAGER, User.HR, User.HR2, User.SUPERVISOR}) {
            assertThat(api.as(user).get("/tasks/" + task).status()).as(user.name()).isEqualTo(200);
            assertThat(values(api.as(user).get("/employees/emp-staff/tasks").json(), "id")).as(user.name())
                    .containsExactly(task);
        }
        for (var user : new User[]{User.PEER, User.TEMP, User.OPS_MANAGER, User.OUTSIDER, User.JUNIOR}) {
            var hidden = HiddenRecords.assertNotFound(api, user, "/tasks/" + task, task);
            assertThat(hidden.json().get("detail").asText()).as(user.name()).isEqualTo("task " + task + " not found");
            HiddenRecords.assertNotFound(api, user, "/employees/emp-staff/tasks", User.STAFF.id());
        }
    }

    @Test
    void aCopiedPersonSeesTheTaskTheyAreCopiedOnAndNoOther() {
        var copied = api.as(User.MANAGER).post("/tasks", Payloads.task(User.STAFF, DEADLINE, "Draft")
                .replace("\"deadline\"", "\"copiedEmployeeIds\": [\"emp-outsider\"], \"deadline\"")).json()
                .get("id").asText();
        steps.assign(User.MANAGER, User.STAFF, DEADLINE, "Another draft");

        assertThat(api.as(User.OUTSIDER).get("/tasks/" + copied).status()).isEqualTo(200);
        assertThat(values(api.as(User.OUTSIDER).get("/employees/emp-staff/tasks").json(), "id"))
                .containsExactly(copied);
        assertThat(api.as(User.OUTSIDER).post("/tasks/" + copied + "/accept").status()).isEqualTo(403);
        assertThat(steps.status(copied)).isEqualTo("ASSIGNED");
    }

    @Test
    void anAssignerWhoIsNoManagerSeesAndDirectsTheTaskTheyAssigned() {
        var task = steps.assign(User.OUTSIDER, User.JUNIOR, DEADLINE, "Inventory count");

        assertThat(values(api.as(User.OUTSIDER).get("/tasks/assigned-by-me").json(), "id")).containsExactly(task);
        assertThat(values(api.as(User.OUTSIDER).get("/employees/emp-junior/tasks").json(), "id"))
                .containsExactly(task);
        steps.act(User.JUNIOR, task, "refuse", reason("the warehouse is closed"));
        steps.act(User.OUTSIDER, task, "rule-refusal", ruling(false, "it reopens tomorrow"));
        steps.act(User.JUNIOR, task, "accept", null);
        steps.act(User.JUNIOR, task, "complete", completion(1));
        assertThat(steps.act(User.OUTSIDER, task, "review", acceptResult(70)).get("status").asText())
                .isEqualTo("COMPLETED");

        assertThat(api.as(User.OPS_MANAGER).get("/tasks/" + task).status()).isEqualTo(200);
        for (var user : new User[]{User.PEER, User.MANAGER}) {
            HiddenRecords.assertNotFound(api, user, "/tasks/" + task, task);
            HiddenRecords.assertNotFound(api, user, "/employees/emp-junior/tasks", User.JUNIOR.id());
        }
    }

    @Test
    void onlyTheAssigneeActsAsTheAssignee() {
        var task = steps.assign(User.MANAGER, User.STAFF, DEADLINE, "Draft");

        for (var user : new User[]{User.MANAGER, User.HR}) {
            assertDenied(user, task, "accept", null);
            assertDenied(user, task, "refuse", reason("on their behalf"));
            assertDenied(user, task, "request-adjustment", adjustment(DEADLINE.plusSeconds(3600), "more time"));
        }
        for (var user : new User[]{User.PEER, User.OUTSIDER}) {
            assertNotFound(user, task, "accept", null);
            assertNotFound(user, task, "refuse", reason("on their behalf"));
            assertNotFound(user, task, "request-adjustment", adjustment(DEADLINE.plusSeconds(3600), "more time"));
        }
        steps.act(User.STAFF, task, "accept", null);
        for (var user : new User[]{User.MANAGER, User.HR}) {
            assertDenied(user, task, "progress", progress(50));
            assertDenied(user, task, "escalate", "{\"issue\": \"on their behalf\"}");
            assertDenied(user, task, "complete", completion(1));
        }
        assertNotFound(User.PEER, task, "progress", progress(50));
        assertNotFound(User.PEER, task, "escalate", "{\"issue\": \"on their behalf\"}");
        assertNotFound(User.PEER, task, "complete", completion(1));
        var after = steps.task(task);
        assertThat(after.get("progressReports")).isEmpty();
        assertThat(after.get("escalations")).isEmpty();
        assertThat(after.get("completions")).isEmpty();
    }

    @Test
    void theAssigneeAndStrangersDoNotDirectTheTask() {
        var task = steps.assign(User.MANAGER, User.STAFF, DEADLINE, "Draft");
        steps.act(User.STAFF, task, "refuse", reason("too busy"));

        assertOwnCase(task, "rule-refusal", ruling(true, "my own call"));
        assertDenied(User.SUPERVISOR, task, "rule-refusal", ruling(true, "my own call"));
        for (var user : new User[]{User.PEER, User.OPS_MANAGER}) {
            assertNotFound(user, task, "rule-refusal", ruling(true, "my own call"));
        }
        steps.act(User.HR, task, "rule-refusal", ruling(false, "everyone is busy"));
        steps.act(User.STAFF, task, "accept", null);
        steps.act(User.STAFF, task, "request-adjustment", adjustment(DEADLINE.plusSeconds(3600), "more time"));
        steps.act(User.STAFF, task, "escalate", "{\"issue\": \"the data is missing\"}");

        assertOwnCase(task, "decide-adjustment", "{\"adjustment\": 1, \"approved\": true}");
        assertOwnCase(task, "answer-escalation", "{\"escalation\": 1, \"answer\": \"my own answer\"}");
        assertDenied(User.SUPERVISOR, task, "decide-adjustment", "{\"adjustment\": 1, \"approved\": true}");
        assertDenied(User.SUPERVISOR, task, "answer-escalation", "{\"escalation\": 1, \"answer\": \"my own answer\"}");
        for (var user : new User[]{User.PEER, User.OPS_MANAGER}) {
            assertNotFound(user, task, "decide-adjustment", "{\"adjustment\": 1, \"approved\": true}");
            assertNotFound(user, task, "answer-escalation", "{\"escalation\": 1, \"answer\": \"my own answer\"}");
        }
        steps.act(User.STAFF, task, "complete", completion(1));
        assertOwnCase(task, "review", acceptResult(100));
        assertDenied(User.SUPERVISOR, task, "review", acceptResult(100));
        for (var user : new User[]{User.PEER, User.OPS_MANAGER}) {
            assertNotFound(user, task, "review", acceptResult(100));
        }
        assertThat(steps.act(User.HR, task, "review", acceptResult(60)).get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void anAnonymousCallerIsAnswered401BeforeAnyBodyIsRead() {
        var task = steps.assign(User.MANAGER, User.STAFF, DEADLINE, "Draft");

        assertThat(api.anonymous().post("/tasks", "{not json").status()).isEqualTo(401);
        assertThat(api.anonymous().get("/tasks/" + task).status()).isEqualTo(401);
        assertThat(api.anonymous().post("/tasks/" + task + "/accept").status()).isEqualTo(401);
        assertThat(api.anonymous().get("/escalations/open").status()).isEqualTo(401);
        assertThat(steps.status(task)).isEqualTo("ASSIGNED");
    }

    /** {@code user}, who sees the task, may not do {@code action}: 403, and the task is unchanged. */
    private RestFixture.Answer assertDenied(User user, String task, String action, String body) {
        var before = steps.task(task);
        var answer = body == null ? api.as(user).post("/tasks/" + task + "/" + action)
                : api.as(user).post("/tasks/" + task + "/" + action, body);

        assertThat(answer.status()).as(user.name() + " " + action + ": " + answer).isEqualTo(403);
        assertThat(answer.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/access-denied");
        assertThat(steps.task(task)).isEqualTo(before);
        return answer;
    }

    /** The assignee, staff, may not direct their own task (§1.3.3): 403, and the task is unchanged. */
    private void assertOwnCase(String task, String action, String body) {
        var refused = assertDenied(User.STAFF, task, action, body);
        assertThat(refused.json().get("detail").asText()).as(action).contains("in their own case (§1.3.3)");
    }

    /** To {@code user} the task does not exist: answered as a task never assigned, and unchanged. */
    private void assertNotFound(User user, String task, String action, String body) {
        var before = steps.task(task);

        HiddenRecords.assertNotFound(api, user, "/tasks/" + task + "/" + action, body, task);

        assertThat(steps.task(task)).isEqualTo(before);
    }
}
