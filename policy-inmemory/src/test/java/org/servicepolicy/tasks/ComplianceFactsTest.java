package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.InvalidInputException;

/**
 * A month of staff's work: each fact counts the acts in the period and names their tasks. Task
 * e was assigned and accepted just before the period; a task of peer must not count.
 */
class ComplianceFactsTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    private static final Instant T0 = TaskFixture.START;
    private static final Instant FROM = T0.plus(Duration.ofMinutes(30));
    private static final Instant TO = T0.plus(Duration.ofDays(24));

    private final TaskFixture company = new TaskFixture();
    private final TaskService tasks = company.tasks();
    private TaskId a;
    private TaskId b;
    private TaskId c;
    private TaskId d;
    private TaskId e;

    private Task assign(Duration dueIn) {
        return tasks.assign(company.actor("lead"), TaskFixture.newTask("staff", dueIn, company.clock.instant()));
    }

    private void at(Duration sinceStart) {
        company.clock.set(T0.plus(sinceStart));
    }

    @BeforeEach
    void aMonthOfWork() {
        var staff = company.actor("staff");
        var lead = company.actor("lead");
        var taskE = assign(Duration.ofDays(3));
        e = taskE.id();
        tasks.accept(staff, e);

        at(Duration.ofHours(1));
        var taskA = assign(Duration.ofDays(10));
        a = taskA.id();
        tasks.accept(staff, a);
        at(Duration.ofHours(2));
        var taskB = assign(Duration.ofDays(5));
        b = taskB.id();
        at(Duration.ofHours(3));
        tasks.refuse(staff, b, "I am on the audit");
        at(Duration.ofHours(4));
        tasks.ruleOnRefusal(lead, b, new RuleOnRefusal(false, "the audit is done"));

        at(Duration.ofDays(1));
        tasks.accept(staff, b);
        tasks.reportCompletion(staff, e, TaskFixture.allMet(taskE));
        c = assign(Duration.ofDays(3)).id();
        tasks.refuse(staff, c, "the client cancelled");
        tasks.ruleOnRefusal(lead, c, new RuleOnRefusal(true, "indeed"));

        at(Duration.ofDays(2));
        tasks.reportProgress(staff, a, new ReportProgress("started", 20, null));
        tasks.escalate(staff, b, "the client wants a discount");
        d = assign(Duration.ofDays(20)).id();
        tasks.accept(staff, d);

        at(Duration.ofDays(3));
        tasks.requestAdjustment(staff, a, new RequestAdjustment(T0.plus(Duration.ofDays(12)), null, "data late",
                "two more days"));
        tasks.decideAdjustment(lead, a, new DecideAdjustment(1, true, null));

        at(Duration.ofDays(6));
        tasks.reportCompletion(staff, b, TaskFixture.allMet(taskB));
        tasks.review(lead, b, new ReviewCompletion(ReviewOutcome.RETURNED, null, "totals wrong"));
        at(Duration.ofDays(7));
        tasks.reportCompletion(staff, b, TaskFixture.allMet(taskB));
        tasks.review(lead, b, new ReviewCompletion(ReviewOutcome.ACCEPTED, 91, "good"));

        at(Duration.ofDays(9));
        tasks.reportCompletion(staff, a, TaskFixture.allMet(taskA));
        tasks.review(lead, a, new ReviewCompletion(ReviewOutcome.ACCEPTED, 80, "fine"));

        at(Duration.ofDays(21).plusHours(12));
        tasks.requestAdjustment(staff, d, new RequestAdjustment(T0.plus(Duration.ofDays(30)), null, "sick", "a week"));
        tasks.decideAdjustment(lead, d, new DecideAdjustment(1, false, "no"));

        tasks.assign(company.actor("boss"), TaskFixture.newTask("peer", Duration.ofDays(1), company.clock.instant()));
        at(Duration.ofDays(25));
    }

    @Test
    void everyFactCountsTheActsOfThePeriodAndNamesTheirTasks() {
        var facts = tasks.complianceFacts(company.actor("hr"), STAFF, FROM, TO);

        assertThat(facts.employee()).isEqualTo(STAFF);
        assertThat(facts.asOf()).isEqualTo(company.clock.instant());
        assertThat(facts.assigned().tasks()).containsExactly(a, b, c, d);
        assertThat(facts.accepted().tasks()).containsExactly(a, b, d);
        assertThat(facts.refusedJustified().tasks()).containsExactly(c);
        assertThat(facts.refusedUnjustified().tasks()).containsExactly(b);
        assertThat(facts.refusalsAwaitingRuling().count()).isZero();
        assertThat(facts.adjustmentsRequested().tasks()).containsExactly(a, d);
        assertThat(facts.adjustmentsApproved().tasks()).containsExactly(a);
        assertThat(facts.adjustmentsLate().tasks()).containsExactly(d);
        assertThat(facts.progressReportsDue().tasks()).containsExactly(a, d, d, d);
        assertThat(facts.progressReportsMissed().tasks()).containsExactly(d, d, d);
        assertThat(facts.escalations().tasks()).containsExactly(b);
        assertThat(facts.completedOnTime().tasks()).containsExactly(e, a);
        assertThat(facts.completedLate().tasks()).containsExactly(b);
        assertThat(facts.overdue().tasks()).containsExactly(d);
        assertThat(facts.unanswered().count()).isZero();
        assertThat(facts.returnedForRework().tasks()).containsExactly(b);
        assertThat(facts.qualityScored().tasks()).containsExactly(a, b);
        assertThat(facts.meanQualityScore()).contains(new BigDecimal("85.50"));
        assertThat(facts.progressReportsMissed().count()).isEqualTo(3);
    }

    @Test
    void eachFactSaysWhatItCounts() {
        var facts = tasks.complianceFacts(company.actor("hr"), STAFF, FROM, TO);

        assertThat(facts.completedLate().counts()).isEqualTo(FactCount.Unit.TASKS);
        assertThat(facts.refusedUnjustified().counts()).isEqualTo(FactCount.Unit.REFUSALS);
        assertThat(facts.adjustmentsRequested().counts()).isEqualTo(FactCount.Unit.ADJUSTMENT_REQUESTS);
        assertThat(facts.progressReportsMissed().counts()).isEqualTo(FactCount.Unit.REPORT_PERIODS);
        assertThat(facts.escalations().counts()).isEqualTo(FactCount.Unit.ESCALATIONS);
    }

    @Test
    void aNarrowerPeriodCountsOnlyItsOwnActs() {
        var facts = tasks.complianceFacts(company.actor("staff"), STAFF, T0.plus(Duration.ofDays(5)),
                T0.plus(Duration.ofDays(8)));

        assertThat(facts.assigned().count()).isZero();
        assertThat(facts.completedLate().tasks()).containsExactly(b);
        assertThat(facts.completedOnTime().count()).isZero();
        assertThat(facts.qualityScored().tasks()).containsExactly(b);
        assertThat(facts.meanQualityScore()).contains(new BigDecimal("91.00"));
        assertThat(facts.progressReportsDue().tasks()).containsExactly(a);
        assertThat(facts.progressReportsMissed().count()).isZero();
    }

    @Test
    void aPeriodWithoutScoresHasNoMean() {
        var facts = tasks.complianceFacts(company.actor("staff"), STAFF, T0.plus(Duration.ofDays(10)), TO);

        assertThat(facts.meanQualityScore()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "lead", "boss", "ceo", "hr"})
    void theEmployeeTheirManagersAndHrReadTheFacts(String reader) {
        assertThat(tasks.complianceFacts(company.actor(reader), STAFF, FROM, TO).assigned().count()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"peer", "salesboss", "seller"})
    void nobodyElseReadsTheFacts(String reader) {
        assertThatThrownBy(() -> tasks.complianceFacts(company.actor(reader), STAFF, FROM, TO))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePeriodMustEndAfterItStarts() {
        assertThatThrownBy(() -> tasks.complianceFacts(company.actor("hr"), STAFF, TO, FROM))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> tasks.complianceFacts(company.actor("hr"), STAFF, null, TO))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void factsOfTasksAssignedToSomeoneElseAreRefused() {
        var peerTasks = company.stores.tasks().assignedTo(EmployeeId.of("peer"));
        assertThat(peerTasks).hasSize(1);

        assertThatThrownBy(() -> ComplianceFacts.of(STAFF, FROM, TO, TO, peerTasks, t -> ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
