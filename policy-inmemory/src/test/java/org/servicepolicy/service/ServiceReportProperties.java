package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.ServicePolicyException;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;

/**
 * §2.3.1, §1.3.3: over generated runs of reports (any reporter, about any colleague, to the group
 * or a superior) and rulings (confirm or dismiss, any number of times): every report is ruled at
 * most once, only a confirmed report about a colleague is a finding, each confirmation proposes
 * exactly one reward, and no employee of the company ever reads a report about themself with its
 * reporter. The runs are one Instancio list drawn from a fixed seed, each checked once.
 */
class ServiceReportProperties {
    private static final List<String> PEOPLE = List.of("hr", "manager", "staff", "colleague", "temp", "pm",
            "inspector");

    static Stream<Run> runs() {
        return Instancio.ofList(Run.class).size(25).withSeed(20261130L)
                .generate(field(Run::steps), gen -> gen.collection().minSize(4).maxSize(11))
                .generate(field(Step::reporter), gen -> gen.ints().range(0, PEOPLE.size() - 1))
                .generate(field(Step::subject), gen -> gen.ints().range(0, PEOPLE.size() - 1))
                .generate(field(Step::rulings), gen -> gen.ints().range(0, 3))
                .generate(field(Step::severity), gen -> gen.ints().range(0, Severity.values().length - 1))
                .create().stream();
    }

    @ParameterizedTest
    @MethodSource("runs")
    @DisplayName("§2.3.1: a report is ruled once, its finding and reward follow the one ruling, and the colleague never reads the reporter")
    void rulingsAndDisclosureHoldOverGeneratedRuns(Run run) {
        var steps = run.steps();
        var company = new Company();
        var reports = company.policy.serviceReports();
        int confirmations = 0;
        int colleagueFindings = 0;
        for (var step : steps) {
            var reporter = PEOPLE.get(step.reporter());
            var subject = PEOPLE.get(step.subject());
            ServiceReport filed;
            try {
                filed = reports.file(company.actor(reporter), new ServiceReportFiling(
                        ServiceReportSubjectKind.EMPLOYEE, subject, ServiceStandard.PROMISED_REPLY, "no call-back",
                        company.clock.instant().minus(Duration.ofHours(1)), step.toSuperior()
                                ? ServiceReportAddressee.SUPERIOR : ServiceReportAddressee.SUPERVISION_GROUP));
            } catch (ServicePolicyException refused) {
                assertThat(reporter.equals(subject) || step.toSuperior()).as("refused: " + refused.getMessage())
                        .isTrue();
                continue;
            }
            assertThat(reporter).isNotEqualTo(subject);
            int won = 0;
            for (int i = 0; i < step.rulings(); i++) {
                try {
                    if (step.confirm()) {
                        reports.confirm(company.actor("inspector"), filed.id(), new ServiceReportConfirmation(null,
                                Severity.values()[step.severity()], null));
                        confirmations++;
                        colleagueFindings++;
                    } else {
                        reports.dismiss(company.actor("inspector"), filed.id(), "not confirmed");
                    }
                    won++;
                } catch (ConflictException | AccessDeniedException e) {
                    assertThat(won == 1 || reporter.equals("inspector") || subject.equals("inspector")).isTrue();
                }
            }
            assertThat(won).isLessThanOrEqualTo(1);
            for (var reader : PEOPLE) {
                var read = readAs(company, reader, filed.id());
                if (reader.equals(subject)) {
                    assertThat(read.flatMap(ServiceReport::reporter)).isEmpty();
                    assertThat(read.flatMap(ServiceReport::superior)).isEmpty();
                }
                read.flatMap(ServiceReport::reporter).ifPresent(known ->
                        assertThat(reader).isIn(reporter, "hr", "inspector",
                                filed.superior().map(EmployeeId::value).orElse(reporter)));
            }
        }
        var findings = PEOPLE.stream().mapToLong(p -> company.policy.supervision()
                .findingsOf(company.actor("hr"), EmployeeId.of(p)).size()).sum();
        var rewards = PEOPLE.stream().mapToLong(p -> company.policy.rewards()
                .rewardsOf(company.actor("hr"), EmployeeId.of(p)).size()).sum();
        assertThat(findings).isEqualTo(colleagueFindings);
        assertThat(rewards).isEqualTo(confirmations);
    }

    private static Optional<ServiceReport> readAs(Company company, String reader, ServiceReportId id) {
        try {
            return Optional.of(company.policy.serviceReports().report(company.actor(reader), id));
        } catch (NotFoundException hidden) {
            return Optional.empty();
        }
    }

    /**
     * One generated report and what is done to it.
     *
     * @param reporter   index of who reports
     * @param subject    index of whom it is about
     * @param toSuperior whether it is addressed to the reporter's superior
     * @param confirm    whether the group confirms (else dismisses) it
     * @param rulings    how many times the group tries to rule on it
     * @param severity   the ordinal of the severity a confirmation gives
     */
    record Step(int reporter, int subject, boolean toSuperior, boolean confirm, int rulings, int severity) {
    }

    /**
     * A generated run of reports.
     *
     * @param steps four to eleven reports, in the order they are filed
     */
    record Run(List<Step> steps) {
    }
}
