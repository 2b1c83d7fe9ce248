package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.DisciplineService;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.ViolationType;

/**
 * The whole library on JDBC stores: four violations of one employee climb the ladder of §3.3.3,
 * WARNING → FINE → DEMOTION → DISMISSAL, and every decision is read back with its explanation
 * by a library wired to new stores that share nothing with the writers but the database.
 */
abstract class FullStackLadderScenario {

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @Test
    void fourViolationsClimbTheLadderAndEveryDecisionIsReadBackWithItsExplanation() {
        climbTheLadder(newDatabase());
    }

    /** Runs the ladder on {@code database}, checks what was stored, and closes the database. */
    static void climbTheLadder(TestDatabase database) {
        try (database) {
            var company = Company.hiredOn(database.migratedStores());
            var discipline = company.policy.discipline();

            var warning = discipline.record(company.hr, violation(ViolationType.LATE_ARRIVAL, 40, 10, null));
            var fine = discipline.record(company.hr, violation(ViolationType.LATE_ARRIVAL, 30, 45, null));
            var demotion = discipline.record(company.hr, violation(ViolationType.ABSENTEEISM, 20, null, 2));
            discipline.issue(company.hr, demotion.penalty().orElseThrow().id());
            var dismissal = discipline.record(company.hr, violation(ViolationType.NON_WORK_ACTIVITY, 0, null, null));
            discipline.issue(company.hr, dismissal.penalty().orElseThrow().id());
            var recorded = List.of(warning, fine, demotion, dismissal);

            assertThat(recorded).extracting(r -> r.penalty().orElseThrow().step())
                    .containsExactly(PenaltyStep.WARNING, PenaltyStep.FINE, PenaltyStep.DEMOTION, PenaltyStep.DISMISSAL);

            var reader = Company.readerOn(JdbcStores.builder(database.dataSource()).build());
            var proposals = reader.policy.decisions().about(reader.hr, Company.STAFF).stream()
                    .filter(d -> d.kind().equals(DisciplineService.PROPOSAL)).toList();
            assertThat(proposals).containsExactlyElementsOf(recorded.stream().map(RecordedViolation::proposal).toList());
            assertThat(proposals).extracting(Decision::outcome).containsExactly("WARNING", "FINE", "DEMOTION", "DISMISSAL");
            assertThat(proposals).allSatisfy(d -> {
                assertThat(d.policyVersion()).isEqualTo(StandardPolicy.VERSION);
                assertThat(d.reasons()).extracting(Reason::clause).contains("§3.3.3");
                assertThat(d.reasons()).extracting(Reason::ruleId).contains("discipline.ladder.points",
                        "discipline.ladder.band");
            });
            assertThat(reader.policy.decisions().decision(reader.hr, fine.proposal().id()).reasons())
                    .filteredOn(r -> r.ruleId().equals("discipline.fine"))
                    .singleElement().satisfies(r -> assertThat(r.facts()).containsEntry("fine", "200.00 CNY"));

            var penalties = reader.policy.discipline().penalties(reader.hr, Company.STAFF);
            assertThat(penalties).extracting(p -> p.status()).containsExactly(PenaltyStatus.PROPOSED,
                    PenaltyStatus.PROPOSED, PenaltyStatus.ISSUED, PenaltyStatus.ISSUED);
            assertThat(penalties.get(1).fine()).contains(Money.of("200", "CNY"));
            assertThat(penalties.get(2).levelBefore()).contains(3);
            assertThat(penalties.get(3).statusBefore()).contains(EmploymentStatus.ON_POST);
            var staff = reader.policy.people().employee(reader.hr, Company.STAFF);
            assertThat(staff.level()).isEqualTo(2);
            assertThat(staff.status()).isEqualTo(EmploymentStatus.DISMISSED);
        }
    }

    private static RecordViolation violation(ViolationType type, int daysAgo, Integer minutes, Integer days) {
        return new RecordViolation(Company.STAFF.value(), type, Company.NOW.minus(Duration.ofDays(daysAgo)), minutes,
                days, type + " " + daysAgo + " day(s) ago", null, null, null, null, null, null);
    }
}
