package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Assessments;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.AssessmentComponent;
import org.servicepolicy.tasks.DecideAdjustment;
import org.servicepolicy.tasks.FactCount;
import org.servicepolicy.tasks.NewTask;
import org.servicepolicy.tasks.ReportCompletion;
import org.servicepolicy.tasks.RequestAdjustment;
import org.servicepolicy.tasks.ReviewCompletion;
import org.servicepolicy.tasks.ReviewOutcome;
import org.servicepolicy.tasks.SelfCheck;
import org.servicepolicy.tasks.Task;
import org.servicepolicy.tasks.TaskId;
import org.servicepolicy.tasks.TaskService;

/**
 * Issue 9, items 1-3: the task facts the assessment grades (§3.3.1) through the public API over
 * the in-memory ports. Every task here is due on 10 January, too soon for progress reports.
 */
class TaskFactGradingTest {
    private static final Instant DUE = Assessments.january(10);

    private final Company company = new Company();
    private final Assessments assessments = new Assessments(company);
    private final AssessmentService assessment = company.policy.assessment();
    private final TaskService tasks = company.policy.tasks();

    private Task assign(String assignee, String title) {
        return tasks.assign(company.actor("manager"), new NewTask(assignee, title, "close the month",
                List.of("every branch covered"), "reviewed by finance", DUE, List.of(), List.of(), null));
    }

    private void at(Instant instant) {
        company.clock.set(instant);
    }

    private void deliver(String assignee, TaskId task) {
        tasks.reportCompletion(company.actor(assignee), task,
                new ReportCompletion("done", List.of(new SelfCheck(1, true, "all branches"))));
    }

    private void review(TaskId task, ReviewOutcome outcome) {
        tasks.review(company.actor("manager"), task, new ReviewCompletion(outcome,
                outcome == ReviewOutcome.ACCEPTED ? 90 : null, "checked"));
    }

    /** Every evaluation of {@code cycle}, each giving 80, and the clock past its end. */
    private void evaluated(AssessmentCycle cycle) {
        assessments.evaluateEveryone(cycle, Map.of("manager", 80, "staff", 80, "colleague", 80, "temp", 80));
        assessments.after(cycle);
    }

    /** The previewed grade of {@code employee} in {@code cycle}. */
    private GradeResult graded(AssessmentCycle cycle, String employee) {
        return assessment.preview(company.actor("hr"), cycle.id()).grades().stream()
                .map(PreviewedGrade::result).filter(r -> r.employee().equals(EmployeeId.of(employee)))
                .findFirst().orElseThrow();
    }

    private static List<String> deducted(GradeResult result) {
        return result.deductions().stream().filter(d -> !d.fact().equals("VIOLATION"))
                .map(d -> d.fact() + " " + d.factId() + " " + d.points() + " " + d.component() + " " + d.clause())
                .toList();
    }

    @Test
    @DisplayName("§3.1.1 §3.1.2 §3.3.1: ignoring a task costs more than delivering it a day late")
    void ignoringATaskCostsMoreThanDeliveringItLate() {
        var cycle = assessments.openJanuary();
        var ignored = assign("staff", "never answered").id();
        var owed = assign("colleague", "accepted, never delivered").id();
        tasks.accept(company.actor("colleague"), owed);
        var late = assign("temp", "delivered a day late").id();
        tasks.accept(company.actor("temp"), late);
        at(DUE.plus(Duration.ofDays(1)));
        deliver("temp", late);
        evaluated(cycle);

        var staff = graded(cycle, "staff");
        var colleague = graded(cycle, "colleague");
        var temp = graded(cycle, "temp");

        assertThat(deducted(staff)).containsExactly(
                "UNANSWERED_ASSIGNMENT " + ignored.value() + " 10 TASK_ACCEPTANCE §3.1.1",
                "OVERDUE " + ignored.value() + " 8 TASK_EXECUTION §3.1.2");
        assertThat(deducted(colleague)).containsExactly("OVERDUE " + owed.value() + " 8 TASK_EXECUTION §3.1.2");
        assertThat(deducted(temp)).containsExactly("LATE_COMPLETION " + late.value() + " 5 TASK_EXECUTION §3.1.2");
        assertThat(staff.deductions()).allSatisfy(d -> assertThat(d.at()).isEqualTo(DUE));
        assertThat(staff.total()).isLessThan(colleague.total());
        assertThat(colleague.total()).isLessThan(temp.total());
    }

    @Test
    @DisplayName("§3.1.2 §3.3.1: an overdue task delivered in a later period is deducted once, in the period its deadline passed")
    void anOverdueTaskDeliveredLaterIsDeductedOnce() {
        var january = assessments.openJanuary();
        var task = assign("staff", "owed past the month").id();
        tasks.accept(company.actor("staff"), task);
        evaluated(january);
        var januaryGrade = graded(january, "staff");
        assessment.finalizeCycle(company.actor("hr"), january.id());
        at(LocalDate.of(2026, 2, 3).atStartOfDay().toInstant(ZoneOffset.UTC));
        deliver("staff", task);
        review(task, ReviewOutcome.ACCEPTED);
        var february = assessments.open("2026-02", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        evaluated(february);

        var februaryGrade = graded(february, "staff");

        assertThat(deducted(januaryGrade)).containsExactly("OVERDUE " + task.value() + " 8 TASK_EXECUTION §3.1.2");
        assertThat(deducted(februaryGrade)).isEmpty();
        var facts = tasks.complianceFacts(company.actor("hr"), EmployeeId.of("staff"), january.startsAt(),
                january.closesAt());
        assertThat(facts.overdue().tasks()).isEmpty();
        assertThat(facts.completedLate().tasks()).isEmpty();
    }

    @Test
    @DisplayName("§3.1.1 explain in advance: late adjustment requests are graded once per task, and configurable")
    void lateAdjustmentRequestsAreGraded() {
        company.policy.policies().publish(company.actor("hr"), "stricter", company.clock.instant().plusSeconds(60),
                Map.of("assessment.deduction.LATE_ADJUSTMENT_REQUEST", "4"));
        var cycle = assessments.openJanuary();
        var task = assign("staff", "asked late twice").id();
        var onNotice = assign("colleague", "asked in time").id();
        tasks.accept(company.actor("staff"), task);
        tasks.accept(company.actor("colleague"), onNotice);
        tasks.requestAdjustment(company.actor("colleague"), onNotice,
                new RequestAdjustment(DUE.plus(Duration.ofDays(2)), null, "data late", "two more days"));
        tasks.decideAdjustment(company.actor("manager"), onNotice, new DecideAdjustment(1, true, null));
        at(DUE.minus(Duration.ofHours(5)));
        tasks.requestAdjustment(company.actor("staff"), task,
                new RequestAdjustment(DUE.plus(Duration.ofDays(2)), null, "data late", "two more days"));
        tasks.decideAdjustment(company.actor("manager"), task, new DecideAdjustment(1, false, "no"));
        tasks.requestAdjustment(company.actor("staff"), task,
                new RequestAdjustment(DUE.plus(Duration.ofDays(1)), null, "data late", "one more day"));
        tasks.decideAdjustment(company.actor("manager"), task, new DecideAdjustment(2, true, null));
        at(DUE.plus(Duration.ofHours(1)));
        deliver("staff", task);
        deliver("colleague", onNotice);
        evaluated(cycle);

        var staff = graded(cycle, "staff");

        assertThat(deducted(staff)).containsExactly(
                "LATE_ADJUSTMENT_REQUEST " + task.value() + " 4 TASK_ACCEPTANCE §3.1.1");
        assertThat(staff.components().get(AssessmentComponent.TASK_ACCEPTANCE.ordinal()).deducted()).isEqualTo(4);
        assertThat(deducted(graded(cycle, "colleague"))).isEmpty();
        var facts = tasks.complianceFacts(company.actor("hr"), EmployeeId.of("staff"), cycle.startsAt(),
                cycle.closesAt());
        assertThat(facts.adjustmentsRequested().tasks()).containsExactly(task, task);
        assertThat(facts.adjustmentsLate().tasks()).containsExactly(task);
        assertThat(facts.adjustmentsLate().counts()).isEqualTo(FactCount.Unit.TASKS);
    }

    @Test
    @DisplayName("§3.3.1 §3.1.3: facts count tasks: rework then on time counts once; late twice is deducted once")
    void factsCountTasksNotReports() {
        var cycle = assessments.openJanuary();
        var reworked = assign("staff", "reworked, then on time").id();
        var lateTwice = assign("staff", "resubmitted late twice").id();
        tasks.accept(company.actor("staff"), reworked);
        tasks.accept(company.actor("staff"), lateTwice);
        at(Assessments.january(8));
        deliver("staff", reworked);
        review(reworked, ReviewOutcome.RETURNED);
        at(Assessments.january(9));
        deliver("staff", reworked);
        review(reworked, ReviewOutcome.ACCEPTED);
        at(Assessments.january(12));
        deliver("staff", lateTwice);
        review(lateTwice, ReviewOutcome.RETURNED);
        at(Assessments.january(14));
        deliver("staff", lateTwice);
        review(lateTwice, ReviewOutcome.RETURNED);
        at(Assessments.january(16));
        deliver("staff", lateTwice);
        evaluated(cycle);

        var facts = tasks.complianceFacts(company.actor("hr"), EmployeeId.of("staff"), cycle.startsAt(),
                cycle.closesAt());
        var staff = graded(cycle, "staff");

        assertThat(facts.completedOnTime().tasks()).containsExactly(reworked);
        assertThat(facts.completedLate().tasks()).containsExactly(lateTwice);
        assertThat(facts.returnedForRework().tasks()).containsExactlyInAnyOrder(reworked, lateTwice);
        assertThat(facts.returnedForRework().counts()).isEqualTo(FactCount.Unit.TASKS);
        assertThat(deducted(staff)).containsExactlyInAnyOrder(
                "RETURNED_FOR_REWORK " + reworked.value() + " 3 TASK_EXECUTION §3.1.3",
                "LATE_COMPLETION " + lateTwice.value() + " 5 TASK_EXECUTION §3.1.2",
                "RETURNED_FOR_REWORK " + lateTwice.value() + " 3 TASK_EXECUTION §3.1.3");
    }
}
