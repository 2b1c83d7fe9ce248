package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Cycles.evaluate;
import static org.servicepolicy.rest.Cycles.find;
import static org.servicepolicy.rest.PeopleApiTest.texts;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/**
 * Over HTTP: a departed superior's evaluation given in their place (§3.3.1), and a tie for the
 * last EXCELLENT grade settled by the policy, never by id (§1.3.3).
 */
class AssessmentFidelityApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static final LocalDate MARCH = LocalDate.parse("2026-03-03");
    private static final LocalDate MARCH_END = LocalDate.parse("2026-03-31");

    @Test
    @DisplayName("§3.3.1: with junior's superior dismissed, the next superior up the line evaluates in their place")
    void theNextSuperiorUpTheLineEvaluatesInADismissedSuperiorsPlace() {
        var opened = api.as(User.HR).post("/assessment-cycles", Cycles.cycle("ops-march", MARCH, MARCH_END, "ops"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        dismiss(User.OUTSIDER);

        var missing = api.as(User.HR).get("/assessment-cycles/ops-march/missing");
        assertThat(missing.status()).isEqualTo(200);
        var owed = find(missing.json(), "description", User.JUNIOR.id() + ": the evaluation by " + User.OPS_MANAGER.id()
                + " (the nearest employed superior up the line) in place of the direct superior " + User.OUTSIDER.id()
                + ", no longer employed");
        assertThat(owed.get("evaluatorRole").asText()).isEqualTo("SUPERIOR");
        assertThat(owed.get("evaluatorId").asText()).isEqualTo(User.OPS_MANAGER.id());
        assertThat(owed.get("inPlaceOf").asText()).isEqualTo(User.OUTSIDER.id());
        assertThat(texts(owed.get("standInIds"))).containsExactly(User.OPS_MANAGER.id());

        var submitted = evaluate(api, "ops-march", User.OPS_MANAGER, User.JUNIOR, 88);
        assertThat(submitted.get("role").asText()).isEqualTo("SUPERIOR");
        assertThat(submitted.get("evaluatorId").asText()).isEqualTo(User.OPS_MANAGER.id());
        assertThat(submitted.get("inPlaceOf").asText()).isEqualTo(User.OUTSIDER.id());
        assertThat(submitted.get("standInBasis").asText()).isEqualTo("NEXT_SUPERIOR");
        var read = api.as(User.JUNIOR).get("/employees/" + User.JUNIOR.id() + "/evaluations?cycle=ops-march");
        assertThat(read.status()).isEqualTo(200);
        assertThat(find(read.json(), "role", "SUPERIOR").get("standInBasis").asText()).isEqualTo("NEXT_SUPERIOR");
        assertThat(api.as(User.OUTSIDER).post("/assessment-cycles/ops-march/evaluations",
                Cycles.evaluation(User.JUNIOR, 70)).status()).isEqualTo(403);
        // Someone stands in from up the line, so HR is no stand-in here: with too few peers in ops, a peer.
        assertThat(evaluate(api, "ops-march", User.HR, User.JUNIOR, 70).get("role").asText()).isEqualTo("PEER");
    }

    @Test
    @DisplayName("§1.3.3: two employees tied for the one EXCELLENT grade allowed both keep it, and the preview says why")
    void employeesTiedForTheLastExcellentGradeAllKeepIt() {
        var published = api.as(User.HR).post("/policies", """
                {"version": "quarter-excellent", "effectiveFrom": "2026-03-03T00:00:00Z",
                 "settings": {"assessment.distribution.maxExcellentShare": "0.25"}}""");
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(api.as(User.HR).get("/policies/quarter-excellent").json().toString())
                .contains("\"assessment.distribution.ties\":\"COMPONENTS_THEN_ALL_KEEP\"");
        Cycles.openSales(api, "sales-march", MARCH, MARCH_END);
        var scores = Map.of(User.STAFF, 95, User.PEER, 95, User.TEMP, 93, User.MANAGER, 80);
        for (var employee : Cycles.SALES) {
            for (var evaluator : Cycles.EVALUATORS.get(employee)) {
                evaluate(api, "sales-march", evaluator, employee, scores.get(employee));
            }
        }

        var preview = api.as(User.HR).get("/assessment-cycles/sales-march/preview");

        assertThat(preview.status()).isEqualTo(200);
        var grades = preview.json().get("grades");
        for (var tied : new User[] {User.STAFF, User.PEER}) {
            var grade = find(grades, "employeeId", tied.id());
            assertThat(grade.get("grade").asText()).isEqualTo("EXCELLENT");
            assertThat(values(grade.get("caps"), "rule")).containsExactly("assessment.distribution.tie");
            var reason = find(grade.get("reasons"), "rule", "assessment.distribution.tie");
            assertThat(reason.get("clause").asText()).isEqualTo("§1.3.3");
            assertThat(reason.get("message").asText()).contains("2 employees tie exactly for the last place kept")
                    .contains("tied employees all keep EXCELLENT, so the department keeps 2");
        }
        assertThat(find(grades, "employeeId", User.TEMP.id()).get("grade").asText()).isEqualTo("GOOD");
    }

    /** A GROSS breach earns dismissal, which HR issues (set up through the core: this is not under test). */
    private void dismiss(User user) {
        var hr = api.policy().people().actorFor(EmployeeId.of(User.HR.id())).orElseThrow();
        var recorded = api.policy().discipline().record(hr, new RecordViolation(user.id(),
                ViolationType.COMPANY_RULE_VIOLATION, START.minus(Duration.ofHours(1)), null, null,
                "broke the finance rules", Severity.GROSS, RuleArea.FINANCE, null, null, null, null));
        api.policy().discipline().issue(hr, recorded.penalty().orElseThrow().id());
    }
}
