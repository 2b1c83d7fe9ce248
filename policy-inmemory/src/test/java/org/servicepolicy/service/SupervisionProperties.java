package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;

/**
 * §2.3.1, §3.3.3: over generated runs of nonconformities about one employee, all observed within
 * 90 days of each other, the order in which they are recorded never changes how many violations
 * they propose: one per SERIOUS or GROSS finding and one per three MODERATE ones, and among the
 * MODERATE ones exactly every third recorded proposes.
 */
class SupervisionProperties {
    /** One to nine nonconformities about one employee. */
    record Run(List<Seen> findings) {
    }

    static Stream<Run> runs() {
        return Instancio.ofList(Run.class).size(30).withSeed(20261130L)
                .generate(field(Run::findings), gen -> gen.collection().minSize(1).maxSize(9))
                .generate(field(Seen::daysAgo), gen -> gen.ints().range(1, 85))
                .generate(field(Seen::severity), gen -> gen.ints().range(0, Severity.values().length - 1))
                .create().stream();
    }

    @ParameterizedTest
    @MethodSource("runs")
    @DisplayName("§2.3.1: the recording order never changes how many violations a run of findings proposes")
    void theRecordingOrderNeverChangesTheProposals(Run generated) {
        var run = generated.findings();
        var shuffled = new ArrayList<>(run);
        shuffled.sort(Comparator.comparing(Seen::rank));

        var inOrder = proposals(run);
        var reordered = proposals(shuffled);

        long moderate = run.stream().filter(s -> Severity.values()[s.severity()] == Severity.MODERATE).count();
        long serious = run.stream().filter(s -> Severity.values()[s.severity()].compareTo(Severity.SERIOUS) >= 0)
                .count();
        assertThat(inOrder.total()).isEqualTo(reordered.total()).isEqualTo(serious + moderate / 3);
        assertThat(inOrder.moderateProposing()).isEqualTo(reordered.moderateProposing())
                .allMatch(n -> n % 3 == 0);
    }

    /** Records {@code run} in its order; counts the violations and which MODERATE findings (1st, 2nd, ...) proposed. */
    private static Proposals proposals(List<Seen> run) {
        var company = new Company();
        company.clock.advance(Duration.ofDays(100));
        var supervision = company.policy.supervision();
        int total = 0;
        int moderateSeen = 0;
        var moderateProposing = new ArrayList<Integer>();
        for (var seen : run) {
            var severity = Severity.values()[seen.severity()];
            var command = RecordObservation.nonconformity(ServiceStandard.PROMISED_REPLY, ObservationMethod.ON_SITE,
                    company.clock.instant().minus(Duration.ofDays(seen.daysAgo())), "reply promised, not given",
                    List.of("staff"));
            var recorded = supervision.record(company.actor("inspector"), severity == Severity.MODERATE ? command
                    : command.withSeverity(severity, "judged " + severity));
            total += recorded.violations().size();
            if (severity == Severity.MODERATE) {
                moderateSeen++;
                if (!recorded.violations().isEmpty()) {
                    moderateProposing.add(moderateSeen);
                }
            }
        }
        return new Proposals(total, moderateProposing);
    }

    /**
     * One nonconformity of a run: how many days before now it was observed, its severity's ordinal,
     * and its place in a reordering of the run.
     */
    record Seen(int daysAgo, int severity, int rank) {
    }

    private record Proposals(long total, List<Integer> moderateProposing) {
    }
}
