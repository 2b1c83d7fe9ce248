package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.career.DecideSelection;
import org.servicepolicy.career.DevelopmentPlanStatus;
import org.servicepolicy.career.OpenSelection;
import org.servicepolicy.career.ProposeDevelopmentPlan;
import org.servicepolicy.career.SelectionStatus;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.testkit.MutableClock;
import org.servicepolicy.training.sponsorship.DecideSponsorship;
import org.servicepolicy.training.sponsorship.RequestSponsorship;
import org.servicepolicy.training.sponsorship.SponsorshipStatus;
import org.servicepolicy.training.sponsorship.SponsorshipVerdict;
import org.servicepolicy.training.Attendance;
import org.servicepolicy.training.RecordAttendance;
import org.servicepolicy.training.RecordScore;
import org.servicepolicy.training.ScheduleSession;

/**
 * §4.1.2, §4.3.1 and §4.3.2 through the whole library on JDBC stores: each decision is stored
 * with the record it decides, in one transaction, and a second instance reads them back.
 */
abstract class CareerDevelopmentScenario {
    private TestDatabase database;
    private JdbcStores stores;
    private MutableClock clock;
    private Company company;
    private Actor staff;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void hireTheCompany() {
        database = newDatabase();
        stores = database.migratedStores();
        clock = new MutableClock(Company.NOW);
        company = Company.hiredOn(stores, builder -> builder.clock(clock));
        staff = company.policy.people().actorFor(Company.STAFF).orElseThrow();
    }

    @AfterEach
    void dropTheDatabase() {
        database.close();
    }

    private Company reader() {
        return Company.readerOn(JdbcStores.builder(database.dataSource()).build());
    }

    @Test
    @DisplayName("§4.1.2: HR's decision on a request is stored with it and read back by another instance")
    void aSponsorshipDecisionIsStoredWithTheRequest() {
        var requested = company.policy.sponsorships().request(staff, new RequestSponsorship("Service design",
                "Open Academy", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 5), new BigDecimal("3000")));

        var rejected = company.policy.sponsorships().decide(company.hr, requested.id(),
                new DecideSponsorship(SponsorshipVerdict.REJECT, "not this year"));

        var found = reader().policy.sponsorships().sponsorship(reader().hr, requested.id());
        assertThat(found).isEqualTo(rejected);
        assertThat(found.status()).isEqualTo(SponsorshipStatus.REJECTED);
        assertThat(stores.decisions().find(found.decision().orElseThrow())).hasValueSatisfying(decision ->
                assertThat(decision.reasons()).isNotEmpty());
        assertThat(reader().policy.sponsorships().requested(reader().hr)).isEmpty();
    }

    @Test
    @DisplayName("§4.3.1: an agreed plan's progress counts the training passed, as stored in the database")
    void aPlansProgressCountsTheTrainingPassed() {
        var proposed = company.policy.developmentPlans().propose(company.hr, new ProposeDevelopmentPlan(
                Company.STAFF.value(), List.of("Lead the service desk"), 4, null,
                List.of("PERIODIC_SERVICE", "RULES_REFRESHER")));
        company.policy.developmentPlans().agree(staff, proposed.id());
        var training = company.policy.training();
        var session = training.schedule(company.hr, new ScheduleSession(null, "RULES_REFRESHER",
                clock.instant().plus(Duration.ofHours(1)), null, "Outside trainer", List.of(Company.STAFF.value())));
        clock.advance(Duration.ofHours(2));
        training.recordAttendance(company.hr, session.id(), new RecordAttendance(Company.STAFF.value(),
                Attendance.PRESENT));
        training.recordScore(company.hr, session.id(), new RecordScore(Company.STAFF.value(), 80));

        var progress = company.policy.developmentPlans().progress(company.hr, proposed.id());

        assertThat(progress.plan().status()).isEqualTo(DevelopmentPlanStatus.AGREED);
        assertThat(progress.completed()).containsExactly("RULES_REFRESHER");
        assertThat(progress.outstanding()).containsExactly("PERIODIC_SERVICE");
        assertThat(progress.share()).isEqualByComparingTo("0.5");
    }

    @Test
    @DisplayName("§4.3.2: a selection HR closes without choosing anyone is stored as decided")
    void aSelectionDecidedWithoutAChoiceIsStored() {
        var opened = company.policy.selections().open(company.hr, new OpenSelection("Shift lead", 4, "service",
                Company.NOW.plus(Duration.ofDays(7))));
        clock.advance(Duration.ofDays(8));

        var result = company.policy.selections().decide(company.hr, opened.id(),
                new DecideSelection(null, "nobody applied"));

        var found = reader().policy.selections().selection(reader().hr, opened.id());
        assertThat(found).isEqualTo(result.selection());
        assertThat(found.status()).isEqualTo(SelectionStatus.DECIDED);
        assertThat(found.chosen()).isEmpty();
        assertThat(result.moved()).isEmpty();
    }
}
