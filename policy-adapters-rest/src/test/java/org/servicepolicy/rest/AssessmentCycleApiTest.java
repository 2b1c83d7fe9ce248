package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Cycles.FEB_END;
import static org.servicepolicy.rest.Cycles.JAN;
import static org.servicepolicy.rest.Cycles.cycle;
import static org.servicepolicy.rest.Cycles.evaluate;
import static org.servicepolicy.rest.Cycles.evaluation;
import static org.servicepolicy.rest.Cycles.find;
import static org.servicepolicy.rest.Cycles.openSales;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.texts;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Assessment cycles, evaluations and missing evaluations over HTTP (§3.3.1). */
class AssessmentCycleApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static final String CYCLE = "2026-jan-feb";
    private static final String CYCLES = "/assessment-cycles";
    private static final String EVALUATIONS = CYCLES + "/" + CYCLE + "/evaluations";

    @Test
    void hrOpensACycleAnsweredWithItsLocationAndEveryEmployeeReadsIt() {
        var opened = api.as(User.HR).post(CYCLES, cycle(CYCLE, JAN, FEB_END, "sales"));

        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.location())
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/assessment-cycles/" + CYCLE));
        var json = opened.json();
        assertThat(json.get("id").asText()).isEqualTo(CYCLE);
        assertThat(json.get("name").asText()).isEqualTo(CYCLE);
        assertThat(json.get("from").asText()).isEqualTo("2026-01-01");
        assertThat(json.get("to").asText()).isEqualTo("2026-02-28");
        assertThat(json.get("zone").asText()).isEqualTo("UTC");
        assertThat(json.get("wholeCompany").asBoolean()).isFalse();
        assertThat(texts(json.get("departmentIds"))).containsExactly("sales");
        assertThat(json.get("status").asText()).isEqualTo("OPEN");
        assertThat(json.get("openedAt").asText()).isEqualTo(START.toString());
        assertThat(json.get("openedBy").asText()).isEqualTo(User.HR.id());
        assertThat(json.has("finalizedAt")).isFalse();
        assertThat(json.get("version").asLong()).isEqualTo(1);

        assertThat(api.as(User.OUTSIDER).get(CYCLES + "/" + CYCLE).json()).isEqualTo(json);
        assertThat(api.as(User.STAFF).get(CYCLES).json()).containsExactly(json);
    }

    @Test
    void aCycleWithoutDepartmentsAssessesEveryoneOnPostInTheCompany() {
        var opened = api.as(User.HR).post(CYCLES, """
                {"name": "Company 2026 H1", "from": "2026-01-01", "to": "2026-06-30"}""");

        assertThat(opened.status()).isEqualTo(201);
        var json = opened.json();
        assertThat(json.get("id").asText()).isNotBlank();
        assertThat(json.get("wholeCompany").asBoolean()).isTrue();
        assertThat(json.get("departmentIds")).isEmpty();
        var participants = api.as(User.HR).get(CYCLES + "/" + json.get("id").asText() + "/participants");
        assertThat(participants.status()).isEqualTo(200);
        assertThat(texts(participants.json())).containsExactlyInAnyOrder(User.HR.id(), User.HR2.id(),
                User.MANAGER.id(), User.STAFF.id(), User.PEER.id(), User.TEMP.id(), User.OPS_MANAGER.id(),
                User.OUTSIDER.id(), User.SUPERVISOR.id(), User.JUNIOR.id());
    }

    @Test
    void theParticipantsOfADepartmentsCycleAreItsEmployeesOnPost() {
        openSales(api, CYCLE, JAN, FEB_END);

        var participants = api.as(User.HR).get(CYCLES + "/" + CYCLE + "/participants").json();

        assertThat(texts(participants)).containsExactlyInAnyOrder(User.MANAGER.id(), User.STAFF.id(), User.PEER.id(),
                User.TEMP.id());
    }

    @Test
    void participantsAreListedAsFarAsTheReaderMayKnowThem() {
        var company = api.as(User.HR).post(CYCLES, """
                {"id": "company-h1", "name": "Company 2026 H1", "from": "2026-01-01", "to": "2026-06-30"}""");
        assertThat(company.status()).as(company.toString()).isEqualTo(201);

        // people (hr, hr2), the heads of sales and ops, outsider and junior have fewer than two possible
        // peers in their department, so their peers come from the whole company, outside their line.
        // A manager: their department, and those whose peer they are.
        assertThat(participants("company-h1", User.MANAGER)).containsExactlyInAnyOrder(User.MANAGER.id(),
                User.STAFF.id(), User.PEER.id(), User.TEMP.id(), User.HR.id(), User.HR2.id(), User.OPS_MANAGER.id(),
                User.OUTSIDER.id(), User.JUNIOR.id());
        assertThat(participants("company-h1", User.OPS_MANAGER)).containsExactlyInAnyOrder(User.OPS_MANAGER.id(),
                User.OUTSIDER.id(), User.SUPERVISOR.id(), User.JUNIOR.id(), User.HR.id(), User.HR2.id(),
                User.MANAGER.id());
        // Everyone else: themself, their direct subordinates and their peers, never their superiors.
        assertThat(participants("company-h1", User.STAFF)).containsExactlyInAnyOrder(User.STAFF.id(),
                User.PEER.id(), User.TEMP.id(), User.HR.id(), User.HR2.id(), User.OPS_MANAGER.id(),
                User.OUTSIDER.id(), User.JUNIOR.id());
        assertThat(participants("company-h1", User.OUTSIDER)).containsExactlyInAnyOrder(User.OUTSIDER.id(),
                User.JUNIOR.id(), User.SUPERVISOR.id(), User.HR.id(), User.HR2.id(), User.MANAGER.id());
        assertThat(participants("company-h1", User.JUNIOR)).containsExactlyInAnyOrder(User.JUNIOR.id(),
                User.SUPERVISOR.id(), User.HR.id(), User.HR2.id(), User.MANAGER.id());
        assertThat(participants("company-h1", User.SUPERVISOR)).containsExactlyInAnyOrder(User.SUPERVISOR.id(),
                User.OUTSIDER.id(), User.JUNIOR.id(), User.HR.id(), User.HR2.id(), User.MANAGER.id());
        assertThat(participants("company-h1", User.HR2)).hasSize(10);

        var ops = api.as(User.HR).post(CYCLES, cycle("ops-july", LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-07-31"), "ops"));
        assertThat(ops.status()).as(ops.toString()).isEqualTo(201);
        assertThat(participants("ops-july", User.STAFF)).containsExactlyInAnyOrder(User.OPS_MANAGER.id(),
                User.OUTSIDER.id(), User.JUNIOR.id());
        assertThat(participants("ops-july", User.MANAGER)).containsExactlyInAnyOrder(User.OPS_MANAGER.id(),
                User.OUTSIDER.id(), User.JUNIOR.id());
        assertThat(participants("ops-july", User.TEMP)).containsExactlyInAnyOrder(User.OPS_MANAGER.id(),
                User.OUTSIDER.id(), User.JUNIOR.id());
        assertThat(participants("ops-july", User.OUTSIDER)).containsExactlyInAnyOrder(User.OUTSIDER.id(),
                User.JUNIOR.id(), User.SUPERVISOR.id());
    }

    @Test
    void onlyHrOpensCycles() {
        for (var user : new User[]{User.MANAGER, User.STAFF, User.SUPERVISOR}) {
            var refused = api.as(user).post(CYCLES, cycle(CYCLE, JAN, FEB_END, "sales"));
            assertThat(refused.status()).as(user.name()).isEqualTo(403);
            assertThat(refused.json().get("detail").asText()).contains("only HR");
        }

        assertThat(api.as(User.HR).get(CYCLES).json()).isEmpty();
    }

    @Test
    void openingWithInvalidInputListsEveryProblemAndStoresNothing() {
        var invalid = api.as(User.HR).post(CYCLES, """
                {"name": " ", "from": "2026-02-01", "to": "2026-01-31",
                 "departmentIds": ["sales", "sales", "no id!"]}""");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/invalid-input");
        assertThat(fields(invalid.json())).containsExactly("name", "to", "departmentIds", "departmentIds");
        var unknownDepartment = api.as(User.HR).post(CYCLES, cycle(CYCLE, JAN, FEB_END, "finance"));
        assertThat(unknownDepartment.status()).isEqualTo(422);
        assertThat(fields(unknownDepartment.json())).containsExactly("departmentIds");
        assertThat(unknownDepartment.json().at("/errors/0/message").asText()).contains("finance");
        var noDates = api.as(User.HR).post(CYCLES, "{\"name\": \"undated\"}");
        assertThat(fields(noDates.json())).containsExactly("from", "to");
        var malformed = api.as(User.HR).post(CYCLES, """
                {"name": "x", "from": "January", "to": "2026-02-28"}""");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(fields(malformed.json())).containsExactly("from");
        assertThat(api.as(User.HR).post(CYCLES).status()).isEqualTo(400);

        assertThat(api.as(User.HR).get(CYCLES).json()).isEmpty();
    }

    @Test
    void cyclesWhoseScopesOverlapMayNotShareADay() {
        openSales(api, CYCLE, JAN, FEB_END);

        var companyWide = api.as(User.HR).post(CYCLES, """
                {"name": "Company Q1", "from": "2026-02-01", "to": "2026-03-31"}""");

        assertThat(companyWide.status()).isEqualTo(422);
        var problem = companyWide.json();
        assertThat(problem.get("type").asText()).isEqualTo("https://servicepolicy.org/problems/policy-refusal");
        assertThat(problem.get("clause").asText()).isEqualTo("§3.3.1");
        assertThat(problem.get("rule").asText()).isEqualTo("assessment.cycle.overlap");
        assertThat(problem.get("field").asText()).isEqualTo("from");
        assertThat(api.as(User.HR).post(CYCLES, cycle("ops-jan-feb", JAN, FEB_END, "ops")).status()).isEqualTo(201);
        assertThat(values(api.as(User.HR).get(CYCLES).json(), "id")).containsExactlyInAnyOrder(CYCLE, "ops-jan-feb");
    }

    @Test
    void aCycleIdAlreadyTakenIsADuplicate() {
        openSales(api, CYCLE, JAN, FEB_END);

        var again = api.as(User.HR).post(CYCLES, cycle(CYCLE, LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-06-30"), "ops"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/duplicate");
        assertThat(api.as(User.HR).get(CYCLES + "/" + CYCLE).json().get("departmentIds").get(0).asText())
                .isEqualTo("sales");
    }

    @Test
    void aCycleThatDoesNotExistIsNotFound() {
        for (var path : new String[]{"", "/participants", "/missing", "/preview", "/grades"}) {
            var missing = api.as(User.HR).get(CYCLES + "/no-such-cycle" + path);
            assertThat(missing.status()).as(path).isEqualTo(404);
            assertThat(missing.json().get("detail").asText()).as(path).contains("no-such-cycle");
        }
        assertThat(api.as(User.PEER).post(CYCLES + "/no-such-cycle/evaluations", evaluation(User.STAFF, 80)).status())
                .isEqualTo(404);
        assertThat(api.as(User.HR).post(CYCLES + "/no-such-cycle/finalize").status()).isEqualTo(404);
    }

    @Test
    void anEvaluatorsRoleFollowsFromWhoTheyAreTowardsTheEmployee() {
        openSales(api, CYCLE, JAN, FEB_END);

        var bySuperior = api.as(User.MANAGER).post(EVALUATIONS, evaluation(User.STAFF, 90, 85, 80, "reliable"));

        assertThat(bySuperior.status()).isEqualTo(201);
        assertThat(bySuperior.location()).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/api/v1/employees/emp-staff/evaluations?cycle=" + CYCLE));
        var json = bySuperior.json();
        assertThat(json.get("id").asText()).isNotBlank();
        assertThat(json.get("cycleId").asText()).isEqualTo(CYCLE);
        assertThat(json.get("employeeId").asText()).isEqualTo(User.STAFF.id());
        assertThat(json.get("role").asText()).isEqualTo("SUPERIOR");
        assertThat(json.get("evaluatorId").asText()).isEqualTo(User.MANAGER.id());
        assertThat(json.get("taskAcceptance").asInt()).isEqualTo(90);
        assertThat(json.get("taskExecution").asInt()).isEqualTo(85);
        assertThat(json.get("rulesAndDiscipline").asInt()).isEqualTo(80);
        assertThat(json.get("comment").asText()).isEqualTo("reliable");
        assertThat(json.get("submittedAt").asText()).isEqualTo(START.toString());
        assertThat(evaluate(api, CYCLE, User.PEER, User.STAFF, 80).get("role").asText()).isEqualTo("PEER");
        assertThat(evaluate(api, CYCLE, User.TEMP, User.STAFF, 80).get("role").asText()).isEqualTo("PEER");
        assertThat(evaluate(api, CYCLE, User.STAFF, User.STAFF, 80).get("role").asText()).isEqualTo("SELF");
        assertThat(evaluate(api, CYCLE, User.HR, User.MANAGER, 80).get("role").asText()).isEqualTo("PEER");
        assertThat(evaluate(api, CYCLE, User.OPS_MANAGER, User.MANAGER, 80).get("role").asText()).isEqualTo("PEER");
    }

    @Test
    void peersAreColleaguesOfTheDepartmentAndNeitherSuperiorsNorSubordinates() {
        openSales(api, CYCLE, JAN, FEB_END);
        assertThat(api.as(User.HR).post(CYCLES, cycle("ops-jan-feb", JAN, FEB_END, "ops")).status()).isEqualTo(201);

        assertNotAPeer(CYCLE, User.HR, User.STAFF, "emp-hr is not in the department of emp-staff");
        assertNotAPeer(CYCLE, User.OUTSIDER, User.PEER, "emp-outsider is not in the department of emp-peer");
        assertNotAPeer(CYCLE, User.STAFF, User.MANAGER, "emp-staff is a subordinate of emp-manager");
        assertNotAPeer("ops-jan-feb", User.OPS_MANAGER, User.JUNIOR,
                "emp-opsmanager is a superior of emp-junior further up the reporting line");
        assertNotAPeer("ops-jan-feb", User.JUNIOR, User.OUTSIDER, "emp-junior is a subordinate of emp-outsider");
        assertNotAPeer("ops-jan-feb", User.JUNIOR, User.OPS_MANAGER, "emp-junior is a subordinate of emp-opsmanager");

        assertThat(evaluate(api, "ops-jan-feb", User.JUNIOR, User.SUPERVISOR, 80).get("role").asText())
                .isEqualTo("PEER");
        assertThat(evaluate(api, "ops-jan-feb", User.MANAGER, User.OPS_MANAGER, 80).get("role").asText())
                .isEqualTo("PEER");
    }

    @Test
    void aPolicyWithCompanyWidePeersLetsColleaguesOfOtherDepartmentsEvaluateButNeverTheReportingLine() {
        var published = api.as(User.HR).post("/policies", """
                {"version": "2026-company-peers", "effectiveFrom": "%s",
                 "settings": {"assessment.peers.scope": "COMPANY"}}""".formatted(START.plus(Duration.ofDays(1))));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(api.as(User.HR).get("/policies/standard").json().at("/settings/assessment.peers.scope").asText())
                .isEqualTo("DEPARTMENT");
        // January and February are judged by the standard policy; April by the one published.
        openSales(api, CYCLE, JAN, FEB_END);
        openSales(api, "2026-april", LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30"));

        assertNotAPeer(CYCLE, User.HR, User.STAFF, "peers are colleagues of the same department");
        assertThat(evaluate(api, "2026-april", User.HR, User.STAFF, 80).get("role").asText()).isEqualTo("PEER");
        assertThat(evaluate(api, "2026-april", User.OUTSIDER, User.PEER, 80).get("role").asText()).isEqualTo("PEER");
        assertNotAPeer("2026-april", User.STAFF, User.MANAGER, "emp-staff is a subordinate of emp-manager");
    }

    @Test
    void anInvalidEvaluationListsEveryProblemAndStoresNothing() {
        openSales(api, CYCLE, JAN, FEB_END);

        var invalid = api.as(User.MANAGER).post(EVALUATIONS, """
                {"employeeId": "emp-staff", "taskAcceptance": 101, "taskExecution": -1, "comment": " "}""");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).containsExactly("taskAcceptance", "taskExecution", "rulesAndDiscipline",
                "comment");
        var noEmployee = api.as(User.MANAGER).post(EVALUATIONS, """
                {"employeeId": "emp-nobody", "taskAcceptance": 80, "taskExecution": 80, "rulesAndDiscipline": 80,
                 "comment": "who?"}""");
        assertThat(noEmployee.status()).isEqualTo(422);
        assertThat(fields(noEmployee.json())).containsExactly("employeeId");
        var malformed = api.as(User.MANAGER).post(EVALUATIONS, """
                {"employeeId": "emp-staff", "taskAcceptance": "high", "taskExecution": 80, "rulesAndDiscipline": 80,
                 "comment": "text for a number"}""");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(fields(malformed.json())).containsExactly("taskAcceptance");
        var fraction = api.as(User.MANAGER).post(EVALUATIONS, """
                {"employeeId": "emp-staff", "taskAcceptance": 80.5, "taskExecution": 80, "rulesAndDiscipline": 80,
                 "comment": "half a point"}""");
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(api.as(User.MANAGER).post(EVALUATIONS).status()).isEqualTo(400);

        assertThat(evaluationsOf(User.STAFF, User.HR)).isEmpty();
    }

    @Test
    void nobodyEvaluatesTheSamePersonTwiceInACycle() {
        openSales(api, CYCLE, JAN, FEB_END);
        evaluate(api, CYCLE, User.PEER, User.STAFF, 80);

        var again = api.as(User.PEER).post(EVALUATIONS, evaluation(User.STAFF, 20));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/duplicate");
        assertThat(values(evaluationsOf(User.STAFF, User.HR), "comment")).containsExactly("scored 80");
    }

    @Test
    void onlyTheEmployeesTheCycleAssessesAreEvaluated() {
        openSales(api, CYCLE, JAN, FEB_END);

        var outsider = api.as(User.PEER).post(EVALUATIONS, evaluation(User.OUTSIDER, 80));

        assertThat(outsider.status()).isEqualTo(422);
        assertThat(outsider.json().get("clause").asText()).isEqualTo("§3.3.1");
        assertThat(outsider.json().get("rule").asText()).isEqualTo("assessment.evaluation.participant");
        assertThat(outsider.json().get("field").asText()).isEqualTo("employeeId");
        assertThat(evaluationsOf(User.OUTSIDER, User.HR)).isEmpty();
    }

    @Test
    void theEvaluatedEmployeeReadsTheirEvaluationsWithoutTheirPeersNames() {
        openSales(api, CYCLE, JAN, FEB_END);
        for (var evaluator : Cycles.SALES) {
            evaluate(api, CYCLE, evaluator, User.STAFF, 90);
        }

        var own = api.as(User.STAFF).get("/employees/emp-staff/evaluations?cycle=" + CYCLE);

        assertThat(own.status()).isEqualTo(200);
        var evaluations = own.json();
        assertThat(values(evaluations, "role")).containsExactly("SUPERIOR", "PEER", "PEER", "SELF");
        assertThat(find(evaluations, "role", "SUPERIOR").get("evaluatorId").asText()).isEqualTo(User.MANAGER.id());
        assertThat(find(evaluations, "role", "SELF").get("evaluatorId").asText()).isEqualTo(User.STAFF.id());
        var peers = StreamSupport.stream(evaluations.spliterator(), false)
                .filter(e -> e.get("role").asText().equals("PEER")).toList();
        assertThat(peers).hasSize(2).allSatisfy(peer -> {
            assertThat(peer.has("evaluatorId")).isFalse();
            assertThat(peer.get("comment").asText()).isEqualTo("scored 90");
            assertThat(peer.get("taskExecution").asInt()).isEqualTo(90);
        });
        assertThat(own.body()).doesNotContain(User.PEER.id(), User.TEMP.id());

        for (var reader : new User[]{User.MANAGER, User.HR}) {
            var shown = evaluationsOf(User.STAFF, reader);
            assertThat(values(shown, "evaluatorId")).as(reader.name())
                    .containsExactlyInAnyOrder(User.MANAGER.id(), User.PEER.id(), User.TEMP.id(), User.STAFF.id());
        }
    }

    @Test
    void evaluationsAreReadByTheEmployeeTheirManagerAndHrOnly() {
        openSales(api, CYCLE, JAN, FEB_END);
        evaluate(api, CYCLE, User.MANAGER, User.STAFF, 90);

        for (var user : new User[]{User.PEER, User.TEMP, User.OPS_MANAGER, User.OUTSIDER, User.SUPERVISOR}) {
            var hidden = HiddenRecords.assertNotFound(api, user, "/employees/emp-staff/evaluations?cycle=" + CYCLE,
                    User.STAFF.id());
            assertThat(hidden.body()).as(user.name()).doesNotContain("scored");
        }
        for (var user : new User[]{User.STAFF, User.MANAGER, User.HR}) {
            assertThat(evaluationsOf(User.STAFF, user)).as(user.name()).hasSize(1);
        }
    }

    @Test
    void readingEvaluationsNamesAnExistingCycle() {
        openSales(api, CYCLE, JAN, FEB_END);

        var withoutCycle = api.as(User.STAFF).get("/employees/emp-staff/evaluations");
        assertThat(withoutCycle.status()).isEqualTo(422);
        assertThat(withoutCycle.json().get("type").asText())
                .isEqualTo("https://servicepolicy.org/problems/invalid-input");
        assertThat(fields(withoutCycle.json())).containsExactly("cycle");
        assertThat(withoutCycle.json().at("/errors/0/message").asText()).isEqualTo("is required");
        assertThat(api.as(User.STAFF).get("/employees/emp-staff/evaluations?cycle=no-such-cycle").status())
                .isEqualTo(404);
        assertThat(api.as(User.HR).get("/employees/emp-nobody/evaluations?cycle=" + CYCLE).status()).isEqualTo(404);
    }

    @Test
    void missingListsEveryEvaluationStillNeededAsData() {
        openSales(api, CYCLE, JAN, FEB_END);
        evaluate(api, CYCLE, User.MANAGER, User.STAFF, 90);
        evaluate(api, CYCLE, User.PEER, User.STAFF, 90);

        var missing = api.as(User.HR).get(CYCLES + "/" + CYCLE + "/missing");

        assertThat(missing.status()).isEqualTo(200);
        var json = missing.json();
        assertThat(entries(json)).containsExactlyInAnyOrder(
                "emp-manager PEER - 2", "emp-manager SELF emp-manager 1",
                "emp-staff PEER - 1", "emp-staff SELF emp-staff 1",
                "emp-peer SUPERIOR emp-manager 1", "emp-peer PEER - 2", "emp-peer SELF emp-peer 1",
                "emp-temp SUPERIOR emp-manager 1", "emp-temp PEER - 2", "emp-temp SELF emp-temp 1");
        assertThat(json.get(0).get("description").asText()).contains(json.get(0).get("employeeId").asText());
        assertThat(api.as(User.MANAGER).get(CYCLES + "/" + CYCLE + "/missing").json()).isEqualTo(json);
    }

    @Test
    void missingEvaluationsAreForHrAndTheManagersOfTheirDepartment() {
        openSales(api, CYCLE, JAN, FEB_END);

        assertThat(api.as(User.OPS_MANAGER).get(CYCLES + "/" + CYCLE + "/missing").json()).isEmpty();
        for (var user : new User[]{User.STAFF, User.SUPERVISOR}) {
            assertThat(api.as(user).get(CYCLES + "/" + CYCLE + "/missing").status()).as(user.name()).isEqualTo(403);
        }
    }

    private List<String> participants(String cycle, User reader) {
        var answer = api.as(reader).get(CYCLES + "/" + cycle + "/participants");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return texts(answer.json());
    }

    /**
     * {@code evaluator} may not evaluate {@code employee} in {@code cycle}: refused citing §3.3.1
     * and saying why, and nothing is stored.
     */
    private void assertNotAPeer(String cycle, User evaluator, User employee, String why) {
        var before = api.as(User.HR).get("/employees/" + employee.id() + "/evaluations?cycle=" + cycle).json();

        var refused = api.as(evaluator).post(CYCLES + "/" + cycle + "/evaluations", evaluation(employee, 80));

        var what = evaluator.name() + " of " + employee.name() + ": " + refused;
        assertThat(refused.status()).as(what).isEqualTo(422);
        var problem = refused.json();
        assertThat(problem.get("type").asText()).as(what).isEqualTo("https://servicepolicy.org/problems/policy-refusal");
        assertThat(problem.get("clause").asText()).as(what).isEqualTo("§3.3.1");
        assertThat(problem.get("rule").asText()).as(what).isEqualTo("assessment.evaluation.evaluator");
        assertThat(problem.get("field").asText()).as(what).isEqualTo("employeeId");
        assertThat(problem.get("detail").asText()).as(what).contains(why);
        assertThat(api.as(User.HR).get("/employees/" + employee.id() + "/evaluations?cycle=" + cycle).json())
                .as(what).isEqualTo(before);
    }

    private JsonNode evaluationsOf(User employee, User reader) {
        var answer = api.as(reader).get("/employees/" + employee.id() + "/evaluations?cycle=" + CYCLE);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** Each missing evaluation as "employee role evaluator count", "-" for no evaluator. */
    static List<String> entries(JsonNode missing) {
        return StreamSupport.stream(missing.spliterator(), false)
                .map(m -> m.get("employeeId").asText() + " " + m.get("evaluatorRole").asText() + " "
                        + m.path("evaluatorId").asText("-") + " " + m.get("count").asInt())
                .toList();
    }
}
