package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.AssessmentCycleApiTest.entries;
import static org.servicepolicy.rest.Cycles.FEB_END;
import static org.servicepolicy.rest.Cycles.JAN;
import static org.servicepolicy.rest.Cycles.evaluate;
import static org.servicepolicy.rest.Cycles.evaluateSales;
import static org.servicepolicy.rest.Cycles.find;
import static org.servicepolicy.rest.Cycles.finalizeCycle;
import static org.servicepolicy.rest.Cycles.finalizedSales;
import static org.servicepolicy.rest.Cycles.openSales;
import static org.servicepolicy.rest.Payloads.absence;
import static org.servicepolicy.rest.Payloads.adjustment;
import static org.servicepolicy.rest.Payloads.completion;
import static org.servicepolicy.rest.Payloads.returnForRework;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Previewing, finalizing and reading grades over HTTP (§3.3.1). */
class GradeApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static final String CYCLE = "2026-jan-feb";
    private static final String PATH = "/assessment-cycles/" + CYCLE;
    /** A day inside the cycle's period. */
    private static final Instant IN_PERIOD = Instant.parse("2026-02-10T09:00:00Z");

    @Test
    void thePreviewGradesEveryEmployeeStepByStep() {
        openSales(api, CYCLE, JAN, FEB_END);
        evaluateSales(api, CYCLE);

        var preview = api.as(User.HR).get(PATH + "/preview");

        assertThat(preview.status()).isEqualTo(200);
        var json = preview.json();
        assertThat(json.at("/cycle/id").asText()).isEqualTo(CYCLE);
        assertThat(json.get("policyVersion").asText()).isEqualTo("standard");
        assertThat(json.get("missing")).isEmpty();
        var grades = json.get("grades");
        assertThat(values(grades, "employeeId")).containsExactlyInAnyOrder(User.MANAGER.id(), User.STAFF.id(),
                User.PEER.id(), User.TEMP.id());
        assertThat(gradeOf(grades, User.PEER)).isEqualTo("GOOD");
        assertThat(gradeOf(grades, User.TEMP)).isEqualTo("QUALIFIED");
        assertThat(gradeOf(grades, User.MANAGER)).isEqualTo("UNQUALIFIED");

        var staff = find(grades, "employeeId", User.STAFF.id());
        assertThat(staff.get("departmentId").asText()).isEqualTo("sales");
        assertThat(values(staff.get("groups"), "role")).containsExactly("SUPERIOR", "PEER", "SELF");
        assertThat(values(staff.get("groups"), "count")).containsExactly("1", "2", "1");
        assertThat(staff.at("/groups/1/mean/taskExecution").decimalValue()).isEqualByComparingTo("95");
        assertThat(values(staff.get("components"), "component"))
                .containsExactly("TASK_ACCEPTANCE", "TASK_EXECUTION", "RULES_AND_DISCIPLINE");
        assertThat(staff.at("/components/2/weighted").decimalValue()).isEqualByComparingTo("95");
        assertThat(staff.at("/components/2/deducted").asInt()).isZero();
        assertThat(staff.get("deductions")).isEmpty();
        assertThat(staff.get("caps")).isEmpty();
        assertThat(staff.get("total").decimalValue()).isEqualByComparingTo("95");
        assertThat(staff.get("band").asText()).isEqualTo("EXCELLENT");
        assertThat(staff.get("grade").asText()).isEqualTo("EXCELLENT");
        assertThat(staff.get("salaryAdjustment").decimalValue()).isEqualByComparingTo("0.08");
        assertThat(values(staff.get("reasons"), "rule")).startsWith("assessment.fairness",
                "assessment.evaluations.superior", "assessment.evaluations.peer", "assessment.evaluations.self")
                .contains("assessment.component", "assessment.total", "assessment.band")
                .endsWith("assessment.salary-adjustment");
        var manager = find(grades, "employeeId", User.MANAGER.id());
        assertThat(values(manager.get("groups"), "role")).containsExactly("PEER", "SELF");
        assertThat(values(manager.get("reasons"), "rule")).contains("assessment.evaluations.no-superior");
    }

    @Test
    void thePreviewStoresNothing() {
        openSales(api, CYCLE, JAN, FEB_END);
        evaluateSales(api, CYCLE);

        var first = api.as(User.HR).get(PATH + "/preview").json();
        var second = api.as(User.HR).get(PATH + "/preview").json();

        assertThat(second).isEqualTo(first);
        assertThat(api.as(User.HR).get(PATH).json().get("status").asText()).isEqualTo("OPEN");
        assertThat(api.as(User.HR).get(PATH + "/grades").json()).isEmpty();
        assertThat(api.as(User.STAFF).get("/employees/emp-staff/grades").json()).isEmpty();
        assertThat(api.as(User.HR).get("/employees/emp-staff/decisions").json()).isEmpty();
        assertThat(api.as(User.HR).get("/rewards").json()).isEmpty();
    }

    @Test
    void thePreviewOfAPartlyEvaluatedCycleGradesTheCompleteAndListsTheRest() {
        openSales(api, CYCLE, JAN, FEB_END);
        for (var evaluator : Cycles.SALES) {
            evaluate(api, CYCLE, evaluator, User.STAFF, 95);
        }

        var preview = api.as(User.MANAGER).get(PATH + "/preview").json();

        assertThat(values(preview.get("grades"), "employeeId")).containsExactly(User.STAFF.id());
        assertThat(values(preview.get("missing"), "employeeId")).doesNotContain(User.STAFF.id())
                .contains(User.MANAGER.id(), User.PEER.id(), User.TEMP.id());
    }

    @Test
    void thePreviewIsForHrAndTheManagersOfTheirDepartment() {
        openSales(api, CYCLE, JAN, FEB_END);
        evaluateSales(api, CYCLE);

        assertThat(api.as(User.MANAGER).get(PATH + "/preview").json().get("grades")).hasSize(4);
        var otherDepartment = api.as(User.OPS_MANAGER).get(PATH + "/preview").json();
        assertThat(otherDepartment.get("grades")).isEmpty();
        assertThat(otherDepartment.get("missing")).isEmpty();
        for (var user : new User[]{User.STAFF, User.PEER, User.SUPERVISOR}) {
            assertThat(api.as(user).get(PATH + "/preview").status()).as(user.name()).isEqualTo(403);
        }
    }

    @Test
    @DisplayName("§3.1.1 §3.1.2 §3.3.1: the preview deducts unanswered, overdue and late-asked tasks, each task once")
    void thePreviewDeductsTaskFactsOncePerTask() {
        var march = "2026-mar";
        openSales(api, march, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
        var steps = new TaskSteps(api);
        var due = START.plus(Duration.ofDays(2));
        var ignored = steps.assign(User.MANAGER, User.STAFF, due, "Draft");
        var late = steps.assign(User.MANAGER, User.STAFF, due, "Draft");
        steps.act(User.STAFF, late, "accept", null);
        api.clock().advance(Duration.ofDays(2).minusHours(2));
        steps.act(User.STAFF, late, "request-adjustment", adjustment(due.plus(Duration.ofDays(1)), "the ledger is late"));
        steps.act(User.MANAGER, late, "decide-adjustment", "{\"adjustment\": 1, \"approved\": false, \"reason\": \"no\"}");
        api.clock().advance(Duration.ofDays(1));
        steps.act(User.STAFF, late, "complete", completion(1));
        steps.act(User.MANAGER, late, "review", returnForRework("the totals do not add up"));
        steps.act(User.STAFF, late, "complete", completion(1));
        steps.act(User.MANAGER, late, "review", returnForRework("still wrong"));
        steps.act(User.STAFF, late, "complete", completion(1));
        evaluateSales(api, march);

        var staff = find(api.as(User.HR).get("/assessment-cycles/" + march + "/preview").json().get("grades"),
                "employeeId", User.STAFF.id());

        var deductions = new ArrayList<String>();
        staff.get("deductions").forEach(d -> deductions.add(d.get("fact").asText() + " " + d.get("factId").asText()
                + " " + d.get("points").asInt() + " " + d.get("clause").asText()));
        assertThat(deductions).containsExactlyInAnyOrder(
                "LATE_ADJUSTMENT_REQUEST " + late + " 1 §3.1.1",
                "UNANSWERED_ASSIGNMENT " + ignored + " 10 §3.1.1",
                "OVERDUE " + ignored + " 8 §3.1.2",
                "LATE_COMPLETION " + late + " 5 §3.1.2",
                "RETURNED_FOR_REWORK " + late + " 3 §3.1.3");
        assertThat(staff.at("/components/0/deducted").asInt()).isEqualTo(11);
        assertThat(staff.at("/components/1/deducted").asInt()).isEqualTo(16);
    }

    @Test
    void aViolationDeductsWithItsFactAndASeriousOneCapsTheGrade() {
        openSales(api, CYCLE, JAN, FEB_END);
        var violation = api.as(User.HR).post("/violations", absence(User.STAFF, IN_PERIOD, 2)).json();
        var violationId = violation.at("/violation/id").asText();
        assertThat(violation.at("/violation/severity").asText()).isEqualTo("SERIOUS");
        evaluateSales(api, CYCLE);

        var previewed = find(api.as(User.HR).get(PATH + "/preview").json().get("grades"), "employeeId",
                User.STAFF.id());
        assertThat(previewed.at("/deductions/0/fact").asText()).isEqualTo("VIOLATION");
        assertThat(previewed.at("/deductions/0/factId").asText()).isEqualTo(violationId);
        assertThat(previewed.at("/deductions/0/component").asText()).isEqualTo("RULES_AND_DISCIPLINE");
        assertThat(previewed.at("/deductions/0/points").asInt()).isEqualTo(10);
        assertThat(previewed.at("/deductions/0/at").asText()).isEqualTo(IN_PERIOD.toString());
        assertThat(previewed.at("/deductions/0/clause").asText()).startsWith("§");
        assertThat(previewed.at("/caps/0/rule").asText()).isEqualTo("assessment.cap.violation");
        assertThat(previewed.at("/caps/0/ceiling").asText()).isEqualTo("QUALIFIED");
        assertThat(previewed.at("/caps/0/cause").asText()).isEqualTo(violationId);

        finalizeCycle(api, CYCLE);
        var grades = api.as(User.STAFF).get("/employees/emp-staff/grades");

        assertThat(grades.status()).isEqualTo(200);
        var grade = grades.json().get(0);
        assertThat(grade.at("/components/rulesAndDiscipline").decimalValue()).isEqualByComparingTo("85");
        assertThat(grade.at("/components/taskExecution").decimalValue()).isEqualByComparingTo("95");
        assertThat(grade.get("total").decimalValue()).isEqualByComparingTo("92");
        assertThat(grade.get("grade").asText()).isEqualTo("QUALIFIED");
        assertThat(grade.get("salaryAdjustment").decimalValue()).isEqualByComparingTo("0.02");
        var reasons = grade.at("/decision/reasons");
        var deduction = find(reasons, "rule", "assessment.deduction.violation");
        assertThat(deduction.at("/facts/fact").asText()).isEqualTo("VIOLATION");
        assertThat(deduction.at("/facts/factId").asText()).isEqualTo(violationId);
        assertThat(deduction.at("/facts/points").asText()).isEqualTo("10");
        assertThat(find(reasons, "rule", "assessment.band").at("/facts/band").asText()).isEqualTo("EXCELLENT");
        var cap = find(reasons, "rule", "assessment.cap.violation");
        assertThat(cap.at("/facts/before").asText()).isEqualTo("EXCELLENT");
        assertThat(cap.at("/facts/after").asText()).isEqualTo("QUALIFIED");
        assertThat(cap.at("/facts/cause").asText()).isEqualTo(violationId);
        assertThat(find(reasons, "rule", "assessment.salary-adjustment").at("/facts/salaryAdjustment").asText())
                .isEqualTo("0.02");
        assertThat(grade.at("/decision/reasons")).isEqualTo(previewed.get("reasons"));
    }

    @Test
    void finalizingStoresEachGradeWithTheDecisionThatExplainsItAndLocksTheCycle() {
        openSales(api, CYCLE, JAN, FEB_END);
        evaluateSales(api, CYCLE);

        var finalized = api.as(User.HR).post(PATH + "/finalize");

        assertThat(finalized.status()).isEqualTo(200);
        var json = finalized.json();
        assertThat(json.at("/cycle/status").asText()).isEqualTo("FINALIZED");
        assertThat(json.at("/cycle/finalizedBy").asText()).isEqualTo(User.HR.id());
        assertThat(json.at("/cycle/finalizedAt").asText()).isEqualTo(START.toString());
        var grades = json.get("grades");
        assertThat(values(grades, "employeeId")).containsExactlyInAnyOrder(User.MANAGER.id(), User.STAFF.id(),
                User.PEER.id(), User.TEMP.id());
        assertThat(gradeOf(grades, User.STAFF)).isEqualTo("EXCELLENT");
        assertThat(gradeOf(grades, User.PEER)).isEqualTo("GOOD");
        assertThat(gradeOf(grades, User.TEMP)).isEqualTo("QUALIFIED");
        assertThat(gradeOf(grades, User.MANAGER)).isEqualTo("UNQUALIFIED");
        assertThat(find(grades, "employeeId", User.MANAGER.id()).get("salaryAdjustment").decimalValue()).isZero();
        var staff = find(grades, "employeeId", User.STAFF.id());
        assertThat(staff.get("cycleId").asText()).isEqualTo(CYCLE);
        assertThat(staff.get("periodFrom").asText()).isEqualTo("2026-01-01");
        assertThat(staff.get("periodTo").asText()).isEqualTo("2026-02-28");
        assertThat(staff.get("total").decimalValue()).isEqualByComparingTo("95");
        assertThat(staff.at("/components/taskAcceptance").decimalValue()).isEqualByComparingTo("95");
        assertThat(staff.get("salaryAdjustment").decimalValue()).isEqualByComparingTo("0.08");
        assertThat(staff.get("policyVersion").asText()).isEqualTo("standard");
        assertThat(staff.get("finalizedAt").asText()).isEqualTo(START.toString());
        var decision = staff.get("decision");
        assertThat(decision.get("kind").asText()).isEqualTo("assessment.grade");
        assertThat(decision.get("subjectId").asText()).isEqualTo(User.STAFF.id());
        assertThat(decision.get("outcome").asText()).isEqualTo("EXCELLENT");
        assertThat(decision.get("policyVersion").asText()).isEqualTo("standard");
        assertThat(decision.get("decidedBy").asText()).isEqualTo(User.HR.id());
        assertThat(values(decision.get("reasons"), "clause")).contains("§1.3.3", "§3.3.1");
        assertThat(find(decision.get("reasons"), "rule", "assessment.fairness").at("/facts/policyVersion").asText())
                .isEqualTo("standard");
        assertThat(api.as(User.STAFF).get("/decisions/" + decision.get("id").asText()).json()).isEqualTo(decision);
        assertThat(api.as(User.HR).get(PATH + "/grades").json()).isEqualTo(grades);
        assertThat(api.as(User.HR).get(PATH).json().get("status").asText()).isEqualTo("FINALIZED");

        var late = api.as(User.OPS_MANAGER).post(PATH + "/evaluations", Cycles.evaluation(User.MANAGER, 10));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/illegal-transition");
    }

    @Test
    void finalizingTwiceChangesNothing() {
        var first = finalizedSales(api, CYCLE, JAN, FEB_END);
        var rewards = api.as(User.HR).get("/rewards").json();
        var decisions = api.as(User.HR).get("/employees/emp-staff/decisions").json();

        var second = api.as(User.HR).post(PATH + "/finalize");

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json()).isEqualTo(first);
        assertThat(api.as(User.HR).get("/rewards").json()).isEqualTo(rewards).hasSize(1);
        assertThat(api.as(User.HR).get("/employees/emp-staff/decisions").json()).isEqualTo(decisions);
    }

    @Test
    void finalizingWithMissingEvaluationsListsEachOfThemAsDataAndStoresNothing() {
        openSales(api, CYCLE, JAN, FEB_END);
        evaluate(api, CYCLE, User.MANAGER, User.STAFF, 90);

        var refused = api.as(User.HR).post(PATH + "/finalize");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        var problem = refused.json();
        assertThat(problem.get("type").asText()).isEqualTo("https://servicepolicy.org/problems/policy-refusal");
        assertThat(problem.get("clause").asText()).isEqualTo("§3.3.1");
        assertThat(problem.get("rule").asText()).isEqualTo("assessment.finalize.missing-evaluations");
        assertThat(problem.get("detail").asText()).contains("missing");
        assertThat(entries(problem.get("missing"))).containsExactlyInAnyOrder(
                "emp-manager PEER - 2", "emp-manager SELF emp-manager 1",
                "emp-staff PEER - 2", "emp-staff SELF emp-staff 1",
                "emp-peer SUPERIOR emp-manager 1", "emp-peer PEER - 2", "emp-peer SELF emp-peer 1",
                "emp-temp SUPERIOR emp-manager 1", "emp-temp PEER - 2", "emp-temp SELF emp-temp 1");
        assertThat(problem.get("missing")).isEqualTo(api.as(User.HR).get(PATH + "/missing").json());
        assertThat(api.as(User.HR).get(PATH).json().get("status").asText()).isEqualTo("OPEN");
        assertThat(api.as(User.HR).get(PATH + "/grades").json()).isEmpty();
    }

    @Test
    void aCycleIsFinalizedOnlyOnceItsPeriodHasEnded() {
        openSales(api, "2026-march", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
        evaluateSales(api, "2026-march");

        var early = api.as(User.HR).post("/assessment-cycles/2026-march/finalize");

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("rule").asText()).isEqualTo("assessment.finalize.period");
        assertThat(early.json().has("missing")).isFalse();
        assertThat(api.as(User.HR).get("/assessment-cycles/2026-march").json().get("status").asText())
                .isEqualTo("OPEN");
    }

    @Test
    void onlyHrFinalizes() {
        openSales(api, CYCLE, JAN, FEB_END);
        evaluateSales(api, CYCLE);

        for (var user : new User[]{User.MANAGER, User.STAFF, User.SUPERVISOR}) {
            var refused = api.as(user).post(PATH + "/finalize");
            assertThat(refused.status()).as(user.name()).isEqualTo(403);
            assertThat(refused.json().get("detail").asText()).contains("only HR");
        }
        assertThat(api.as(User.HR).get(PATH).json().get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void gradesAreSeenByTheEmployeeTheManagersOfTheirDepartmentAndHr() {
        finalizedSales(api, CYCLE, JAN, FEB_END);

        for (var user : new User[]{User.STAFF, User.MANAGER, User.HR}) {
            var grades = api.as(user).get("/employees/emp-staff/grades");
            assertThat(grades.status()).as(user.name()).isEqualTo(200);
            assertThat(values(grades.json(), "grade")).as(user.name()).containsExactly("EXCELLENT");
        }
        for (var user : new User[]{User.PEER, User.OPS_MANAGER, User.OUTSIDER, User.SUPERVISOR}) {
            var hidden = HiddenRecords.assertNotFound(api, user, "/employees/emp-staff/grades", User.STAFF.id());
            assertThat(hidden.body()).as(user.name()).doesNotContain("EXCELLENT");
        }
        assertThat(api.as(User.HR).get("/employees/emp-nobody/grades").status()).isEqualTo(404);
    }

    @Test
    void aCyclesGradesAreSeenByHrAndTheManagersOfTheirDepartment() {
        finalizedSales(api, CYCLE, JAN, FEB_END);

        assertThat(api.as(User.HR).get(PATH + "/grades").json()).hasSize(4);
        assertThat(api.as(User.MANAGER).get(PATH + "/grades").json()).hasSize(4);
        assertThat(api.as(User.OPS_MANAGER).get(PATH + "/grades").json()).isEmpty();
        for (var user : new User[]{User.STAFF, User.SUPERVISOR}) {
            assertThat(api.as(user).get(PATH + "/grades").status()).as(user.name()).isEqualTo(403);
        }
    }

    private static String gradeOf(JsonNode grades, User employee) {
        return find(grades, "employeeId", employee.id()).get("grade").asText();
    }
}
