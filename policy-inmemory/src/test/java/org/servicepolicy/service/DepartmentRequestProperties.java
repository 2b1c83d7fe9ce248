package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.EmployeeId;

/**
 * §2.2.1: over generated days of requests between departments (asked, answered, returned as
 * unclear, accepted, swept, time passing, in any order), each request is exactly one
 * CROSS_DEPARTMENT_REPLY finding, in the record of whoever answers for it, when it was ever answered
 * after its due time or is still open past it, and none otherwise, whichever of the sweep and the
 * late answer came first. The days are one seeded list, each a different draw.
 */
class DepartmentRequestProperties {
    /** What happens next. */
    enum Act { ASK, ANSWER, RETURN, ACCEPT, SWEEP }

    /**
     * One step of a generated day.
     *
     * @param act     what happens
     * @param minutes how many minutes pass first
     * @param pick    which request it is about, among those it may be about
     */
    record Step(Act act, int minutes, int pick) {
    }

    /**
     * One generated day.
     *
     * @param steps what happens, in order
     */
    record Day(List<Step> steps) {
    }

    static Stream<Day> days() {
        return Instancio.ofList(Day.class).size(25).withSeed(20261201L)
                .generate(field(Day::steps), gen -> gen.collection().size(40))
                .generate(field(Step::minutes), gen -> gen.ints().range(0, 60 * 30))
                .generate(field(Step::pick), gen -> gen.ints().range(0, 1000))
                .create().stream();
    }

    @ParameterizedTest
    @MethodSource("days")
    @DisplayName("§2.2.1: each request answered late or left open past due is exactly one finding, whatever the order of acts")
    void eachLateRequestIsOneFinding(Day day) {
        var steps = day.steps();
        var company = new Company();
        var requests = company.policy.departmentRequests();
        var asked = new ArrayList<DepartmentRequestId>();
        var answeredLate = new HashMap<DepartmentRequestId, Boolean>();
        for (var step : steps) {
            company.clock.advance(Duration.ofMinutes(step.minutes()));
            switch (step.act()) {
                case ASK -> {
                    var request = requests.ask(company.actor("staff"), new DepartmentRequestFiling("projects",
                            step.pick() % 2 == 0 ? null : "inspector", "Subject " + step.pick(), "What is asked."));
                    asked.add(request.id());
                    answeredLate.put(request.id(), false);
                }
                case ANSWER -> pick(company, asked, step, DepartmentRequestStatus.OPEN).ifPresent(r -> {
                    requests.answer(company.actor(step.pick() % 2 == 0 ? "pm" : "inspector"), r.id(),
                            new DepartmentRequestText("An answer."));
                    answeredLate.merge(r.id(), company.clock.instant().isAfter(r.dueAt()), Boolean::logicalOr);
                });
                case RETURN -> pick(company, asked, step, DepartmentRequestStatus.ANSWERED).ifPresent(r ->
                        requests.returnAsUnclear(company.actor("staff"), r.id(), new DepartmentRequestText("Unclear.")));
                case ACCEPT -> pick(company, asked, step, DepartmentRequestStatus.ANSWERED).ifPresent(r ->
                        requests.accept(company.actor("staff"), r.id()));
                case SWEEP -> requests.sweep(company.clock.instant());
            }
        }
        var now = company.clock.instant();
        requests.sweep(now);

        for (var id : asked) {
            var request = requests.request(company.actor("hr"), id);
            var late = answeredLate.get(id)
                    || request.status() == DepartmentRequestStatus.OPEN && now.isAfter(request.dueAt());
            var findings = findingsOf(company, request.responsible()).stream()
                    .filter(f -> f.sourceId().equals(id.value())).toList();
            assertThat(findings).as(id.value()).hasSize(late ? 1 : 0);
            assertThat(findings).allSatisfy(f -> assertThat(f.source()).isEqualTo(FindingSource.SERVICE_RECORD));
        }
    }

    private static List<ServiceFinding> findingsOf(Company company, EmployeeId employee) {
        return company.policy.supervision().findingsOf(company.actor("hr"), employee);
    }

    private static Optional<DepartmentRequest> pick(Company company, List<DepartmentRequestId> asked, Step step,
                                                    DepartmentRequestStatus status) {
        var candidates = asked.stream().map(id -> company.policy.departmentRequests().request(company.actor("hr"), id))
                .filter(r -> r.status() == status).toList();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(step.pick() % candidates.size()));
    }
}
