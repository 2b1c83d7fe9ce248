package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.tasks.TaskExamples.actor;
import static org.servicepolicy.tasks.TaskExamples.assigned;
import static org.servicepolicy.tasks.TaskExamples.facts;
import static org.servicepolicy.tasks.TaskExamples.staffLine;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.EmploymentStatus;

/** Who may do what with a task (§3.1.1, §1.3.3), asked of the access functions directly. */
class TaskAccessTest {
    @Test
    void aTaskComesFromASuperiorAnywhereUpTheReportingLineOrFromHr() {
        assertThat(TaskAccess.mayAssign(actor("lead"), staffLine())).isEmpty();
        assertThat(TaskAccess.mayAssign(actor("boss"), staffLine())).isEmpty();
        assertThat(TaskAccess.mayAssign(actor("hr"), staffLine())).isEmpty();
    }

    @Test
    void aColleagueWhoIsNoSuperiorIsRefusedUnderTheClauseOnWhereATaskComesFrom() {
        assertThat(TaskAccess.mayAssign(actor("peer"), staffLine())).get().isInstanceOfSatisfying(Refusal.Policy.class,
                p -> {
                    assertThat(p.clause()).isEqualTo("§3.1.1");
                    assertThat(p.rule()).isEqualTo("tasks.assign.superior");
                    assertThat(p.field()).contains("assigneeId");
                    assertThat(p.message()).contains("peer is neither a superior of staff");
                });
    }

    @Test
    void nobodyAssignsATaskToThemself() {
        assertThat(TaskAccess.mayAssign(actor("staff"), staffLine())).get()
                .isInstanceOfSatisfying(Refusal.Policy.class, p -> assertThat(p.message()).contains("themself"));
    }

    @Test
    void theAssignerTheirSuperiorsTheDepartmentManagerAndHrDirectTheTask() {
        var task = assigned();

        for (var director : List.of("lead", "boss", "hr")) {
            assertThat(TaskAccess.directs(actor(director), task, staffLine())).as(director).isTrue();
            assertThat(TaskAccess.toDirect(actor(director), facts(task), "review")).as(director).isEmpty();
        }
    }

    @Test
    void theAssigneeNeverDirectsTheirOwnTaskEvenWhenTheyHoldHr() {
        var hrAssignee = TaskExamples.line(TaskExamples.employee("hr", EmploymentStatus.ON_POST), "ceo");
        var task = TaskExamples.uncopied("task-2", "ceo", "hr");

        assertThat(TaskAccess.toDirect(actor("hr"), new TaskFacts.OfTask(task, hrAssignee), "review")).get()
                .isEqualTo(Refusal.access("nobody may review a task in their own case (§1.3.3); another authorised"
                        + " person must"));
    }

    @Test
    void aCopiedPersonSeesTheTaskButDoesNotDirectIt() {
        var task = assigned();

        assertThat(TaskAccess.toSee(actor("peer"), facts(task))).isEmpty();
        assertThat(TaskAccess.toDirect(actor("peer"), facts(task), "review")).get().isEqualTo(Refusal.access(
                "peer may not review task task-1: the assigner, a superior or the department manager of staff, or HR"
                        + " may"));
    }

    @Test
    void toWhoeverMayNotSeeItTheTaskDoesNotExist() {
        var task = assigned();

        assertThat(TaskAccess.toSee(actor("seller"), facts(task))).contains(Refusal.missing("task", "task-1"));
        assertThat(TaskAccess.toDirect(actor("seller"), facts(task), "review"))
                .contains(Refusal.missing("task", "task-1"));
        assertThat(TaskAccess.asAssignee(actor("seller"), facts(task), "accept"))
                .contains(Refusal.missing("task", "task-1"));
    }

    @Test
    void onlyTheAssigneeActsOnTheWorkItself() {
        var task = assigned();

        assertThat(TaskAccess.asAssignee(actor("staff"), facts(task), "accept")).isEmpty();
        assertThat(TaskAccess.asAssignee(actor("lead"), facts(task), "accept"))
                .contains(Refusal.access("only the assignee, staff, may accept task task-1"));
    }

    @Test
    void whoeverMaySeeTheAssigneesRecordsListsAllTheirTasksAnAssignerOnlyThoseTheyAssigned() {
        var fromLead = TaskExamples.uncopied("task-1", "lead", "staff");
        var fromPeer = TaskExamples.uncopied("task-2", "peer", "staff");
        var both = List.of(fromLead, fromPeer);

        assertThat(TaskAccess.listedTasks(actor("boss"), staffLine(), both)).contains(both);
        assertThat(TaskAccess.listedTasks(actor("peer"), staffLine(), both)).contains(List.of(fromPeer));
        assertThat(TaskAccess.listedTasks(actor("seller"), staffLine(), both)).isEmpty();
    }

    @Test
    void theEmployeeTheirManagerASuperiorAndHrReadTheComplianceFactsOfTheirTasks() {
        for (var reader : List.of("staff", "lead", "boss", "hr")) {
            assertThat(TaskAccess.toReadComplianceFacts(actor(reader), staffLine())).as(reader).isEmpty();
        }
        assertThat(TaskAccess.toReadComplianceFacts(actor("peer"), staffLine()))
                .contains(Refusal.missing("employee", "staff"));
        assertThat(TaskAccess.toReadComplianceFacts(TaskExamples.supervisionGroup("guard"), staffLine()))
                .contains(Refusal.access("the compliance facts of staff are read by the employee, their manager or HR"));
    }
}
