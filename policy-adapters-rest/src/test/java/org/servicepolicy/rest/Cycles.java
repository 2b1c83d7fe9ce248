package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Assessment cycles over HTTP for the tests (§3.3.1). The {@code sales} team ({@code manager},
 * {@code staff}, {@code peer}, {@code temp}) is evaluated by everyone allowed to: each evaluator
 * gives the evaluated member's score in all three components, so that the total is that score
 * less the deductions, and the grades are spread over the four bands.
 */
final class Cycles {
    /** The sales team: the manager, who has no superior, and three employees who report to them. */
    static final List<User> SALES = List.of(User.MANAGER, User.STAFF, User.PEER, User.TEMP);

    /**
     * Who evaluates each sales member (§3.3.1): a member who reports to the manager is evaluated
     * by the whole team (the manager as superior, the two colleagues as peers, themself); the
     * manager, whose team all report to them, by themself and by two colleagues of another
     * department outside their reporting line, HR.
     */
    static final Map<User, List<User>> EVALUATORS = Map.of(
            User.MANAGER, List.of(User.MANAGER, User.HR, User.HR2),
            User.STAFF, SALES,
            User.PEER, SALES,
            User.TEMP, SALES);

    /** Each sales member's score: EXCELLENT, GOOD, QUALIFIED and UNQUALIFIED before deductions and caps. */
    static final Map<User, Integer> SCORES = Map.of(User.STAFF, 95, User.PEER, 80, User.TEMP, 65, User.MANAGER, 50);

    /** January and February 2026, over before the tests' clock starts. */
    static final LocalDate JAN = LocalDate.parse("2026-01-01");
    static final LocalDate FEB_END = LocalDate.parse("2026-02-28");
    /** The last quarter of 2025, the cycle before. */
    static final LocalDate Q4 = LocalDate.parse("2025-10-01");
    static final LocalDate Q4_END = LocalDate.parse("2025-12-31");

    private Cycles() {
    }

    /** The body that opens cycle {@code id} over {@code from}-{@code to} for {@code departments} (none: all). */
    static String cycle(String id, LocalDate from, LocalDate to, String... departments) {
        var ids = String.join("\", \"", departments);
        return """
                {"id": "%s", "name": "%s", "from": "%s", "to": "%s", "departmentIds": [%s]}"""
                .formatted(id, id, from, to, departments.length == 0 ? "" : "\"" + ids + "\"");
    }

    /** The body of an evaluation of {@code employee} with one score for every component. */
    static String evaluation(User employee, int score) {
        return evaluation(employee, score, score, score, "scored " + score);
    }

    /** The body of an evaluation of {@code employee}. */
    static String evaluation(User employee, int acceptance, int execution, int discipline, String comment) {
        return """
                {"employeeId": "%s", "taskAcceptance": %d, "taskExecution": %d, "rulesAndDiscipline": %d,
                 "comment": "%s"}""".formatted(employee.id(), acceptance, execution, discipline, comment);
    }

    /** HR opens cycle {@code id} of the sales department over {@code from}-{@code to}. */
    static String openSales(RestFixture api, String id, LocalDate from, LocalDate to) {
        var opened = api.as(User.HR).post("/assessment-cycles", cycle(id, from, to, "sales"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().get("id").asText();
    }

    /** {@code evaluator} evaluates {@code employee} in cycle {@code cycleId} with one score. */
    static JsonNode evaluate(RestFixture api, String cycleId, User evaluator, User employee, int score) {
        var submitted = api.as(evaluator).post("/assessment-cycles/" + cycleId + "/evaluations",
                evaluation(employee, score));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return submitted.json();
    }

    /** Each sales member's {@link #EVALUATORS} evaluate them in cycle {@code cycleId}, with the {@link #SCORES}. */
    static void evaluateSales(RestFixture api, String cycleId) {
        for (var employee : SALES) {
            for (var evaluator : EVALUATORS.get(employee)) {
                evaluate(api, cycleId, evaluator, employee, SCORES.get(employee));
            }
        }
    }

    /** HR finalizes cycle {@code cycleId}; answers the finalized cycle. */
    static JsonNode finalizeCycle(RestFixture api, String cycleId) {
        var finalized = api.as(User.HR).post("/assessment-cycles/" + cycleId + "/finalize");
        assertThat(finalized.status()).as(finalized.toString()).isEqualTo(200);
        return finalized.json();
    }

    /** A finalized sales cycle {@code id} over {@code from}-{@code to}, evaluated with the {@link #SCORES}. */
    static JsonNode finalizedSales(RestFixture api, String id, LocalDate from, LocalDate to) {
        openSales(api, id, from, to);
        evaluateSales(api, id);
        return finalizeCycle(api, id);
    }

    /** The element of {@code array} whose {@code member} is {@code value}. */
    static JsonNode find(JsonNode array, String member, String value) {
        for (var element : array) {
            if (element.path(member).asText().equals(value)) {
                return element;
            }
        }
        throw new AssertionError("no element with " + member + " " + value + " in " + array);
    }
}
