package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.reason;
import static org.servicepolicy.rest.Payloads.ruling;
import static org.servicepolicy.rest.Payloads.task;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.texts;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Assigning, accepting and refusing tasks over HTTP, and the rulings on refusals (§3.1.1). */
class TaskApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private final TaskSteps steps = new TaskSteps(api);

    private static final Instant IN_TWO_WEEKS = START.plus(Duration.ofDays(14));
    private static final Instant IN_THREE_DAYS = START.plus(Duration.ofDays(3));

    @Test
    void assigningAnswers201WithTheTaskItsFirstTermsAndItsLocation() {
        var assigned = api.as(User.MANAGER).post("/tasks", """
                {"assigneeId": "emp-staff", "title": "Quarterly sales report",
                 "objective": "Tell the board how the quarter went",
                 "requirements": ["Revenue by region", "Comparison with last quarter"],
                 "qualityStandard": "Figures reconcile with the ledger", "deadline": "%s",
                 "copiedEmployeeIds": ["emp-peer"], "copiedDepartmentIds": ["ops"]}""".formatted(IN_TWO_WEEKS));

        assertThat(assigned.status()).isEqualTo(201);
        var json = assigned.json();
        var id = json.get("id").asText();
        assertThat(assigned.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/tasks/" + id));
        assertThat(json.get("title").asText()).isEqualTo("Quarterly sales report");
        assertThat(json.get("assignerId").asText()).isEqualTo(User.MANAGER.id());
        assertThat(json.get("assigneeId").asText()).isEqualTo(User.STAFF.id());
        assertThat(json.get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(texts(json.get("copiedEmployeeIds"))).containsExactly(User.PEER.id());
        assertThat(texts(json.get("copiedDepartmentIds"))).containsExactly("ops");
        assertThat(json.get("policyVersion").asText()).isEqualTo("standard");
        assertThat(json.get("progressReportEvery").asText()).isEqualTo("P7D");
        assertThat(json.get("terms")).hasSize(1);
        var terms = json.at("/terms/0");
        assertThat(terms.get("version").asInt()).isEqualTo(1);
        assertThat(terms.get("objective").asText()).isEqualTo("Tell the board how the quarter went");
        assertThat(texts(terms.get("requirements")))
                .containsExactly("Revenue by region", "Comparison with last quarter");
        assertThat(terms.get("qualityStandard").asText()).isEqualTo("Figures reconcile with the ledger");
        assertThat(terms.get("deadline").asText()).isEqualTo(IN_TWO_WEEKS.toString());
        assertThat(terms.get("effectiveFrom").asText()).isEqualTo(START.toString());
        assertThat(terms.get("setBy").asText()).isEqualTo(User.MANAGER.id());
        assertThat(terms.has("adjustment")).isFalse();
        assertThat(values(json.get("history"), "status")).containsExactly("ASSIGNED");
        assertThat(json.at("/history/0/by").asText()).isEqualTo(User.MANAGER.id());
        for (var list : new String[]{"refusals", "adjustments", "progressReports", "escalations", "completions",
                "reviews", "marks"}) {
            assertThat(json.get(list)).as(list).isEmpty();
        }
        assertThat(json.get("version").asLong()).isEqualTo(1);

        assertThat(api.as(User.STAFF).get("/tasks/" + id).json()).isEqualTo(json);
    }

    @Test
    void aShortTaskHasNoProgressReportsDueUnlessTheAssignerAsksForThem() {
        var shortTask = api.as(User.MANAGER).post("/tasks", task(User.STAFF, IN_THREE_DAYS, "Draft")).json();
        var daily = api.as(User.MANAGER).post("/tasks", task(User.STAFF, IN_THREE_DAYS, "Draft")
                .replace("\"deadline\"", "\"progressReportEvery\": \"P1D\", \"deadline\"")).json();

        assertThat(shortTask.has("progressReportEvery")).isFalse();
        assertThat(daily.get("progressReportEvery").asText()).isEqualTo("P1D");
    }

    @Test
    void hrAssignsToAnyone() {
        assertThat(api.as(User.HR).post("/tasks", task(User.OUTSIDER, IN_THREE_DAYS, "Draft")).status())
                .isEqualTo(201);
    }

    @Test
    void aSuperiorWhoIsNoManagerAssignsToTheirReport() {
        var assigned = api.as(User.OUTSIDER).post("/tasks", task(User.JUNIOR, IN_THREE_DAYS, "Draft"));

        assertThat(assigned.status()).isEqualTo(201);
        assertThat(assigned.json().get("assignerId").asText()).isEqualTo(User.OUTSIDER.id());
    }

    @Test
    void assigningToSomeoneWhoIsNotOnesSubordinateIsRefusedCitingTheClauseAndNotStored() {
        for (var user : new User[]{User.PEER, User.OPS_MANAGER, User.SUPERVISOR, User.JUNIOR}) {
            var refused = api.as(user).post("/tasks", task(User.STAFF, IN_THREE_DAYS, "Draft"));

            assertThat(refused.status()).as(user.name()).isEqualTo(422);
            var problem = refused.json();
            assertThat(problem.get("type").asText()).isEqualTo("https://servicepolicy.org/problems/policy-refusal");
            assertThat(problem.get("clause").asText()).isEqualTo("§3.1.1");
            assertThat(problem.get("rule").asText()).isEqualTo("tasks.assign.superior");
            assertThat(problem.get("field").asText()).isEqualTo("assigneeId");
            assertThat(problem.get("detail").asText()).contains(user.id());
        }
        assertThat(api.as(User.HR).get("/employees/emp-staff/tasks").json()).isEmpty();
    }

    @Test
    void nobodyAssignsATaskToThemself() {
        var refused = api.as(User.MANAGER).post("/tasks", task(User.MANAGER, IN_THREE_DAYS, "Draft"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("clause").asText()).isEqualTo("§3.1.1");
        assertThat(refused.json().get("detail").asText()).contains("themself");
        assertThat(api.as(User.MANAGER).get("/tasks/assigned-by-me").json()).isEmpty();
    }

    static Stream<Arguments> badTasks() {
        var good = task(User.STAFF, IN_THREE_DAYS, "Draft", "Review");
        return Stream.of(
                Arguments.of("every missing member at once", "{}", 422,
                        new String[]{"assigneeId", "title", "objective", "requirements", "qualityStandard",
                            "deadline"}),
                Arguments.of("an unknown member", good.replace("\"title\"", "\"priority\": 1, \"title\""), 400,
                        new String[]{"priority"}),
                Arguments.of("malformed JSON", good.substring(0, good.length() - 1), 400, new String[]{"body"}),
                Arguments.of("a deadline in the past", task(User.STAFF, START.minusSeconds(60), "Draft"), 422,
                        new String[]{"deadline"}),
                Arguments.of("a deadline that is not ISO-8601", good.replace(IN_THREE_DAYS.toString(), "next Friday"),
                        400, new String[]{"deadline"}),
                Arguments.of("no requirements", task(User.STAFF, IN_THREE_DAYS), 422, new String[]{"requirements"}),
                Arguments.of("a blank requirement", task(User.STAFF, IN_THREE_DAYS, "Draft", " "), 422,
                        new String[]{"requirements[1]"}),
                Arguments.of("requirements that are no array", good.replace("[\"Draft\", \"Review\"]", "\"Draft\""),
                        400, new String[]{"requirements"}),
                Arguments.of("a title too long", good.replace("Quarterly sales report", "x".repeat(201)), 422,
                        new String[]{"title"}),
                Arguments.of("an interval that is no period", good.replace("\"deadline\"",
                        "\"progressReportEvery\": \"weekly\", \"deadline\""), 400, new String[]{"progressReportEvery"}),
                Arguments.of("an interval of nothing", good.replace("\"deadline\"",
                        "\"progressReportEvery\": \"P0D\", \"deadline\""), 422, new String[]{"progressReportEvery"}),
                Arguments.of("an assignee who does not exist", task(User.GHOST, IN_THREE_DAYS, "Draft"), 422,
                        new String[]{"assigneeId"}),
                Arguments.of("a copied person who does not exist", good.replace("\"deadline\"",
                        "\"copiedEmployeeIds\": [\"emp-nobody\"], \"deadline\""), 422,
                        new String[]{"copiedEmployeeIds"}),
                Arguments.of("a copied department id that is not an id", good.replace("\"deadline\"",
                        "\"copiedDepartmentIds\": [\"no such dept\"], \"deadline\""), 422,
                        new String[]{"copiedDepartmentIds[0]"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTasks")
    void badInputIsRefusedNamingTheFieldsAndNothingIsStored(String what, String body, int status, String[] fields) {
        var refused = api.as(User.MANAGER).post("/tasks", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("type").asText()).isEqualTo(status == 400
                ? "https://servicepolicy.org/problems/malformed-request"
                : "https://servicepolicy.org/problems/invalid-input");
        assertThat(fields(refused.json())).containsExactlyInAnyOrder(fields);
        assertThat(api.as(User.MANAGER).get("/tasks/assigned-by-me").json()).isEmpty();
        assertThat(api.as(User.HR).get("/employees/emp-staff/tasks").json()).isEmpty();
    }

    @Test
    void aBadIntervalSaysWhatAPeriodLooksLike() {
        var refused = api.as(User.MANAGER).post("/tasks", task(User.STAFF, IN_THREE_DAYS, "Draft")
                .replace("\"deadline\"", "\"progressReportEvery\": \"weekly\", \"deadline\""));

        assertThat(refused.json().at("/errors/0/message").asText()).contains("ISO-8601 period", "P1W");
    }

    @Test
    void theAssigneeAcceptsAndTheHistorySaysWhenAndWho() {
        var id = steps.assign(User.MANAGER, User.STAFF, IN_THREE_DAYS, "Draft");
        api.clock().advance(Duration.ofHours(1));

        var accepted = steps.act(User.STAFF, id, "accept", null);

        assertThat(accepted.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(values(accepted.get("history"), "status")).containsExactly("ASSIGNED", "IN_PROGRESS");
        assertThat(accepted.at("/history/1/at").asText()).isEqualTo(START.plus(Duration.ofHours(1)).toString());
        assertThat(accepted.at("/history/1/by").asText()).isEqualTo(User.STAFF.id());
        assertThat(accepted.get("version").asLong()).isEqualTo(2);
        assertThat(steps.task(id)).isEqualTo(accepted);
    }

    @Test
    void aRefusalWithoutAReasonIsRefusedCitingTheClauseAndTheTaskStaysAssigned() {
        var id = steps.assign(User.MANAGER, User.STAFF, IN_THREE_DAYS, "Draft");

        for (var body : new String[]{reason("   "), "{}"}) {
            var refused = api.as(User.STAFF).post("/tasks/" + id + "/refuse", body);

            assertThat(refused.status()).as(body).isEqualTo(422);
            var problem = refused.json();
            assertThat(problem.get("type").asText()).isEqualTo("https://servicepolicy.org/problems/policy-refusal");
            assertThat(problem.get("clause").asText()).isEqualTo("§3.1.1");
            assertThat(problem.get("rule").asText()).isEqualTo("tasks.refuse.reason");
            assertThat(problem.get("field").asText()).isEqualTo("reason");
            assertThat(problem.get("detail").asText()).contains("may not be refused without reason");
        }
        assertThat(api.as(User.STAFF).post("/tasks/" + id + "/refuse").status()).isEqualTo(400);
        assertThat(steps.status(id)).isEqualTo("ASSIGNED");
        assertThat(steps.task(id).get("refusals")).isEmpty();
    }

    @Test
    void aRefusalWithAReasonAwaitsTheRuling() {
        var id = steps.assign(User.MANAGER, User.STAFF, IN_THREE_DAYS, "Draft");

        var refused = steps.act(User.STAFF, id, "refuse", reason("I am on the audit all week"));

        assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.at("/refusals/0/number").asInt()).isEqualTo(1);
        assertThat(refused.at("/refusals/0/reason").asText()).isEqualTo("I am on the audit all week");
        assertThat(refused.at("/refusals/0/at").asText()).isEqualTo(START.toString());
        assertThat(refused.at("/refusals/0").has("ruling")).isFalse();
        assertThat(refused.at("/history/1/note").asText()).isEqualTo("I am on the audit all week");
    }

    @Test
    void aJustifiedRefusalClosesTheTaskAndRecordsNothingAgainstTheAssignee() {
        var id = steps.assign(User.MANAGER, User.STAFF, IN_THREE_DAYS, "Draft");
        steps.act(User.STAFF, id, "refuse", reason("I am on the audit all week"));

        var ruled = steps.act(User.MANAGER, id, "rule-refusal", ruling(true, "the audit comes first"));

        assertThat(ruled.at("/task/status").asText()).isEqualTo("CLOSED");
        var ruling = ruled.at("/task/refusals/0/ruling");
        assertThat(ruling.get("justified").asBoolean()).isTrue();
        assertThat(ruling.get("by").asText()).isEqualTo(User.MANAGER.id());
        assertThat(ruling.get("comment").asText()).isEqualTo("the audit comes first");
        assertThat(ruling.has("violationId")).isFalse();
        assertThat(ruled.has("violation")).isFalse();
        assertThat(ruled.has("penalty")).isFalse();
        assertThat(ruled.has("decision")).isFalse();
        assertThat(api.as(User.HR).get("/employees/emp-staff/violations").json()).isEmpty();
        assertThat(steps.task(id)).isEqualTo(ruled.get("task"));
    }

    @Test
    void anUnjustifiedRefusalReturnsTheTaskAndAnswersWithTheViolationItsProposedPenaltyAndTheDecision() {
        var id = steps.assign(User.MANAGER, User.STAFF, IN_THREE_DAYS, "Draft");
        steps.act(User.STAFF, id, "refuse", reason("not my kind of work"));

        var ruled = steps.act(User.MANAGER, id, "rule-refusal", ruling(false, "reporting is part of the role"));

        var task = ruled.get("task");
        assertThat(task.get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(values(task.get("history"), "status")).containsExactly("ASSIGNED", "REFUSED", "ASSIGNED");
        var violation = ruled.get("violation");
        assertThat(task.at("/refusals/0/ruling/justified").asBoolean()).isFalse();
        assertThat(task.at("/refusals/0/ruling/violationId").asText()).isEqualTo(violation.get("id").asText());
        assertThat(violation.get("employeeId").asText()).isEqualTo(User.STAFF.id());
        assertThat(violation.get("type").asText()).isEqualTo("TASK_REFUSED_WITHOUT_VALID_REASON");
        assertThat(violation.get("clause").asText()).isEqualTo("§3.1.1");
        assertThat(violation.get("severity").asText()).isEqualTo("MODERATE");
        assertThat(violation.get("recordedBy").asText()).isEqualTo(User.MANAGER.id());
        assertThat(violation.get("description").asText()).contains(id, "not my kind of work",
                "reporting is part of the role");
        var penalty = ruled.get("penalty");
        assertThat(penalty.get("id").asText()).isNotBlank();
        assertThat(penalty.get("step").asText()).isEqualTo("WARNING");
        assertThat(penalty.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(penalty.get("violationId").asText()).isEqualTo(violation.get("id").asText());
        assertThat(penalty.get("decisionId").asText()).isEqualTo(ruled.at("/decision/id").asText());
        assertThat(ruled.at("/decision/kind").asText()).isEqualTo("discipline.penalty-proposal");
        assertThat(ruled.at("/decision/outcome").asText()).isEqualTo("WARNING");
        assertThat(values(ruled.at("/decision/reasons"), "clause")).contains("§3.3.3");

        assertThat(api.as(User.HR).get("/violations/" + violation.get("id").asText()).json()).isEqualTo(violation);
        assertThat(api.as(User.HR).get("/penalties/" + penalty.get("id").asText()).json()).isEqualTo(penalty);
        assertThat(steps.task(id)).isEqualTo(task);
    }

    @Test
    void aSecondUnjustifiedRefusalClimbsTheLadder() {
        var id = steps.assign(User.MANAGER, User.STAFF, IN_THREE_DAYS, "Draft");
        steps.act(User.STAFF, id, "refuse", reason("not my kind of work"));
        steps.act(User.MANAGER, id, "rule-refusal", ruling(false, "reporting is part of the role"));
        steps.act(User.STAFF, id, "refuse", reason("still not my kind of work"));

        var second = steps.act(User.MANAGER, id, "rule-refusal", ruling(false, "as said before"));

        assertThat(second.at("/penalty/step").asText()).isEqualTo("FINE");
        assertThat(second.at("/task/refusals")).hasSize(2);
        assertThat(api.as(User.HR).get("/employees/emp-staff/violations").json()).hasSize(2);
    }

    @Test
    void anUnjustifiedRulingNeedsAComment() {
        var id = steps.assign(User.MANAGER, User.STAFF, IN_THREE_DAYS, "Draft");
        steps.act(User.STAFF, id, "refuse", reason("not my kind of work"));

        var noComment = api.as(User.MANAGER).post("/tasks/" + id + "/rule-refusal", "{\"justified\": false}");
        var nothing = api.as(User.MANAGER).post("/tasks/" + id + "/rule-refusal", "{}");
        var notABoolean = api.as(User.MANAGER).post("/tasks/" + id + "/rule-refusal", "{\"justified\": \"no\"}");

        assertThat(noComment.status()).isEqualTo(422);
        assertThat(fields(noComment.json())).containsExactly("comment");
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(fields(nothing.json())).containsExactly("justified");
        assertThat(notABoolean.status()).isEqualTo(400);
        assertThat(fields(notABoolean.json())).containsExactly("justified");
        assertThat(steps.status(id)).isEqualTo("REFUSED");
        assertThat(api.as(User.HR).get("/employees/emp-staff/violations").json()).isEmpty();
    }

    @Test
    void illegalTransitionsAreConflictsAndChangeNothing() {
        var id = steps.assign(User.MANAGER, User.STAFF, IN_THREE_DAYS, "Draft");

        assertIllegal(User.MANAGER, id, "rule-refusal", ruling(true, "nothing to rule on"), "ASSIGNED");
        assertIllegal(User.STAFF, id, "progress", Payloads.progress(10), "ASSIGNED");
        assertIllegal(User.STAFF, id, "escalate", "{\"issue\": \"the data is missing\"}", "ASSIGNED");
        assertIllegal(User.STAFF, id, "complete", Payloads.completion(1), "ASSIGNED");
        assertIllegal(User.MANAGER, id, "review", Payloads.acceptResult(90), "ASSIGNED");

        steps.act(User.STAFF, id, "accept", null);
        assertIllegal(User.STAFF, id, "accept", null, "IN_PROGRESS");
        assertIllegal(User.STAFF, id, "refuse", reason("changed my mind"), "IN_PROGRESS");

        steps.act(User.STAFF, id, "complete", Payloads.completion(1));
        assertIllegal(User.STAFF, id, "complete", Payloads.completion(1), "SUBMITTED");
        assertIllegal(User.STAFF, id, "request-adjustment", Payloads.adjustment(IN_TWO_WEEKS, "more time"),
                "SUBMITTED");

        steps.act(User.MANAGER, id, "review", Payloads.acceptResult(90));
        assertIllegal(User.MANAGER, id, "review", Payloads.acceptResult(95), "COMPLETED");
        assertThat(steps.task(id).get("reviews")).hasSize(1);
    }

    @Test
    void aClosedTaskTakesNoFurtherCommands() {
        var id = steps.assign(User.MANAGER, User.STAFF, IN_THREE_DAYS, "Draft");
        steps.act(User.STAFF, id, "refuse", reason("I am on the audit all week"));
        steps.act(User.MANAGER, id, "rule-refusal", ruling(true, "fair"));

        assertIllegal(User.STAFF, id, "accept", null, "CLOSED");
        assertIllegal(User.STAFF, id, "refuse", reason("again"), "CLOSED");
        assertIllegal(User.MANAGER, id, "rule-refusal", ruling(false, "on second thought"), "CLOSED");
    }

    @Test
    void aTaskThatDoesNotExistIsNotFound() {
        assertThat(api.as(User.HR).get("/tasks/no-such-task").status()).isEqualTo(404);
        assertThat(api.as(User.HR).get("/tasks/not%20an%20id").status()).isEqualTo(404);
        var accept = api.as(User.STAFF).post("/tasks/no-such-task/accept");
        assertThat(accept.status()).isEqualTo(404);
        assertThat(accept.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/not-found");
    }

    @Test
    void theEmployeesTasksAreListedOldestFirstAndFilteredByStatus() {
        var first = steps.assign(User.MANAGER, User.STAFF, IN_THREE_DAYS, "Draft");
        api.clock().advance(Duration.ofMinutes(5));
        var second = steps.assign(User.HR, User.STAFF, IN_THREE_DAYS, "Draft");
        steps.act(User.STAFF, second, "accept", null);
        steps.assign(User.MANAGER, User.PEER, IN_THREE_DAYS, "Draft");

        assertThat(values(api.as(User.STAFF).get("/employees/emp-staff/tasks").json(), "id"))
                .containsExactly(first, second);
        assertThat(values(api.as(User.STAFF).get("/employees/emp-staff/tasks?status=IN_PROGRESS").json(), "id"))
                .containsExactly(second);
        assertThat(values(api.as(User.STAFF).get("/employees/emp-staff/tasks?status=ASSIGNED").json(), "id"))
                .containsExactly(first);
        assertThat(api.as(User.STAFF).get("/employees/emp-staff/tasks?status=COMPLETED").json()).isEmpty();
        assertThat(api.as(User.STAFF).get("/employees/emp-staff/tasks").json().get(1)).isEqualTo(steps.task(second));
    }

    @Test
    void aStatusThatDoesNotExistIsABadRequestListingTheStatuses() {
        for (var status : new String[]{"in_progress", "DONE", ""}) {
            var refused = api.as(User.STAFF).get("/employees/emp-staff/tasks?status=" + status);

            assertThat(refused.status()).as(status).isEqualTo(400);
            assertThat(refused.json().get("type").asText())
                    .isEqualTo("https://servicepolicy.org/problems/malformed-request");
            assertThat(fields(refused.json())).containsExactly("status");
            assertThat(refused.json().at("/errors/0/message").asText())
                    .contains("ASSIGNED, REFUSED, IN_PROGRESS, SUBMITTED, COMPLETED, CLOSED");
        }
    }

    @Test
    void theTasksOfAnEmployeeWhoDoesNotExistAreNotFound() {
        assertThat(api.as(User.HR).get("/employees/emp-nobody/tasks").status()).isEqualTo(404);
    }

    @Test
    void theCallerSeesTheTasksTheyAssignedOldestFirst() {
        var toStaff = steps.assign(User.MANAGER, User.STAFF, IN_THREE_DAYS, "Draft");
        api.clock().advance(Duration.ofMinutes(1));
        var toPeer = steps.assign(User.MANAGER, User.PEER, IN_THREE_DAYS, "Draft");
        steps.assign(User.HR, User.STAFF, IN_THREE_DAYS, "Draft");

        assertThat(values(api.as(User.MANAGER).get("/tasks/assigned-by-me").json(), "id"))
                .containsExactly(toStaff, toPeer);
        assertThat(api.as(User.STAFF).get("/tasks/assigned-by-me").json()).isEmpty();
    }

    private void assertIllegal(User user, String id, String action, String body, String status) {
        var before = steps.task(id);
        var answer = body == null ? api.as(user).post("/tasks/" + id + "/" + action)
                : api.as(user).post("/tasks/" + id + "/" + action, body);

        assertThat(answer.status()).as(action + " in " + status + ": " + answer).isEqualTo(409);
        assertThat(answer.json().get("type").asText())
                .isEqualTo("https://servicepolicy.org/problems/illegal-transition");
        assertThat(answer.json().get("detail").asText()).contains(status);
        assertThat(steps.task(id)).isEqualTo(before);
    }
}
