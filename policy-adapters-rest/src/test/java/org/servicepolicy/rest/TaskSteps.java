package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Steps of a task's life over HTTP, each expected to succeed, for tests that need a task in some state. */
final class TaskSteps {
    private final RestFixture api;

    TaskSteps(RestFixture api) {
        this.api = api;
    }

    /** {@code by} assigns a task to {@code to}; its id. */
    String assign(User by, User to, Instant deadline, String... requirements) {
        var assigned = api.as(by).post("/tasks", Payloads.task(to, deadline, requirements));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        return assigned.json().get("id").asText();
    }

    /** {@code user} posts {@code body} to the task's {@code action}; the answer. */
    JsonNode act(User user, String task, String action, String body) {
        var answer = body == null ? api.as(user).post("/tasks/" + task + "/" + action)
                : api.as(user).post("/tasks/" + task + "/" + action, body);
        assertThat(answer.status()).as(action + ": " + answer).isEqualTo(200);
        return answer.json();
    }

    /** The task as HR sees it. */
    JsonNode task(String task) {
        var answer = api.as(User.HR).get("/tasks/" + task);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** The task's status as HR sees it. */
    String status(String task) {
        return task(task).get("status").asText();
    }
}
