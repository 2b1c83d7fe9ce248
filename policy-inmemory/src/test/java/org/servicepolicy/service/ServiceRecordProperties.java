package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;

/**
 * §2.1.2, §2.1.3, §2.1.4: over generated days of service records (cases opened and finished,
 * replies promised and given, return visits done, sweeps run, time passing, in any order), each
 * case has exactly one CASE_TIME finding when it was finished late or is still open past due, none
 * otherwise, one PROMISED_REPLY finding per reply given late or still owed past its time, and
 * exactly one RETURN_VISIT finding when its visit was done late or is still owed past due, none
 * otherwise: whichever of the sweep and the late act came first. The days are one Instancio list
 * drawn from a fixed seed, each checked once.
 */
class ServiceRecordProperties {
    private static final EmployeeId STAFF = EmployeeId.of("staff");

    /** What happens next, and how many minutes pass before it. */
    enum Act { OPEN, FINISH, PROMISE, REPLY, VISIT, SWEEP }

    /**
     * One step of a generated day.
     *
     * @param act     what happens
     * @param minutes how many minutes pass first
     * @param pick    which case it is about, among those it may be about
     */
    record Step(Act act, int minutes, int pick) {
    }

    /**
     * A generated day of service records.
     *
     * @param steps its forty steps, in order
     */
    record Day(List<Step> steps) {
    }

    static Stream<Day> days() {
        return Instancio.ofList(Day.class).size(25).withSeed(20261130L)
                .generate(field(Day::steps), gen -> gen.collection().size(40))
                .generate(field(Step::minutes), gen -> gen.ints().range(0, 60 * 24 * 8))
                .generate(field(Step::pick), gen -> gen.ints().range(0, 1000))
                .create().stream();
    }

    @ParameterizedTest
    @MethodSource("days")
    @DisplayName("§2.1.2, §2.1.3, §2.1.4: each shortfall of each case is exactly one finding, whatever the order of acts")
    void eachShortfallIsOneFinding(Day day) {
        var steps = day.steps();
        var company = new Company();
        var cases = company.policy.serviceCases();
        var opened = new ArrayList<ServiceCaseId>();
        for (var step : steps) {
            company.clock.advance(Duration.ofMinutes(step.minutes()));
            switch (step.act()) {
                case OPEN -> opened.add(cases.open(company.actor("staff"),
                        new ServiceCaseOpening(step.pick() % 2 == 0 ? "ENQUIRY" : "STANDARD", "C-" + step.pick(), null))
                        .id());
                case FINISH -> pick(cases, company, opened, step, c -> !c.finished())
                        .ifPresent(c -> cases.finish(company.actor("staff"), c.id()));
                case VISIT -> pick(cases, company, opened, step, c -> c.returnVisit().filter(v -> !v.done()).isPresent())
                        .ifPresent(c -> cases.recordReturnVisit(company.actor("manager"), c.id(),
                                new ReturnVisitReport(1 + step.pick() % 5, "asked about further needs")));
                case PROMISE -> pick(cases, company, opened, step, c -> true)
                        .ifPresent(c -> cases.promise(company.actor("staff"), c.id(), new ServiceCasePromise(
                                "a reply", company.clock.instant().plus(Duration.ofMinutes(1 + step.pick() * 10L)))));
                case REPLY -> pick(cases, company, opened, step, c -> c.commitments().stream().anyMatch(k -> !k.replied()))
                        .ifPresent(c -> cases.reply(company.actor("staff"), c.id(), c.commitments().stream()
                                .filter(k -> !k.replied()).findFirst().orElseThrow().number()));
                case SWEEP -> company.policy.serviceSweep().sweep(company.clock.instant());
            }
        }
        var now = company.clock.instant();
        company.policy.serviceSweep().sweep(now);

        var findings = company.policy.supervision().findingsOf(company.actor("hr"), STAFF);
        for (var serviceCase : cases.casesOf(company.actor("hr"), STAFF)) {
            assertThat(count(findings, serviceCase, ServiceStandard.CASE_TIME))
                    .isEqualTo(lateCase(serviceCase, now) ? 1 : 0);
            assertThat(count(findings, serviceCase, ServiceStandard.RETURN_VISIT))
                    .isEqualTo(lateVisit(serviceCase, now) ? 1 : 0);
            assertThat(count(findings, serviceCase, ServiceStandard.PROMISED_REPLY))
                    .isEqualTo(serviceCase.commitments().stream()
                            .filter(k -> k.repliedAt().orElse(now).isAfter(k.replyBy())).count());
        }
        assertThat(findings).allSatisfy(f -> assertThat(f.source()).isEqualTo(FindingSource.SERVICE_RECORD));
    }

    private static Optional<ServiceCase> pick(ServiceCaseService cases, Company company,
                                                        List<ServiceCaseId> opened, Step step,
                                                        Predicate<ServiceCase> eligible) {
        var candidates = opened.stream().map(id -> cases.serviceCase(company.actor("hr"), id)).filter(eligible)
                .toList();
        return candidates.isEmpty() ? Optional.empty()
                : Optional.of(candidates.get(step.pick() % candidates.size()));
    }

    private static long count(List<ServiceFinding> findings, ServiceCase serviceCase, ServiceStandard standard) {
        return findings.stream().filter(f -> f.sourceId().equals(serviceCase.id().value()))
                .filter(f -> f.standard() == standard).count();
    }

    private static boolean lateCase(ServiceCase c, Instant now) {
        return c.finishedAt().orElse(now).isAfter(c.dueAt());
    }

    private static boolean lateVisit(ServiceCase c, Instant now) {
        return c.returnVisit().map(v -> v.doneAt().orElse(now).isAfter(v.dueAt())).orElse(false);
    }
}
