package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.PolicyRefusalException;

class TaskAssignmentTest {
    private final TaskFixture company = new TaskFixture();
    private final TaskService tasks = company.tasks();

    @ParameterizedTest
    @ValueSource(strings = {"lead", "boss", "ceo", "hr"})
    void aSuperiorAnywhereUpTheReportingLineOrHrMayAssign(String assigner) {
        var task = tasks.assign(company.actor(assigner), TaskFixture.newTask("staff", Duration.ofDays(3),
                company.clock.instant()));

        assertThat(task.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(task.assigner()).isEqualTo(EmployeeId.of(assigner));
        assertThat(task.assignee()).isEqualTo(EmployeeId.of("staff"));
        assertThat(task.version()).isEqualTo(1);
        assertThat(company.eventTypes(task.id())).containsExactly("TaskAssigned");
    }

    @ParameterizedTest
    @ValueSource(strings = {"peer", "salesboss", "seller"})
    void anyoneWhoIsNeitherASuperiorNorHrIsRefusedUnderClause311(String outsider) {
        assertThatThrownBy(() -> tasks.assign(company.actor(outsider),
                TaskFixture.newTask("staff", Duration.ofDays(3), company.clock.instant())))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> {
                    assertThat(e.clause()).contains("§3.1.1");
                    assertThat(e.ruleId()).isEqualTo("tasks.assign.superior");
                    assertThat(e.field()).contains("assigneeId");
                });
        assertThat(company.stores.tasks().assignedTo(EmployeeId.of("staff"))).isEmpty();
    }

    @Test
    void aSubordinateCannotAssignWorkToTheirSuperior() {
        assertThatThrownBy(() -> tasks.assign(company.actor("staff"),
                TaskFixture.newTask("lead", Duration.ofDays(3), company.clock.instant())))
                .isInstanceOf(PolicyRefusalException.class)
                .hasMessageContaining("neither a superior of lead");
    }

    @Test
    void nobodyAssignsATaskToThemself() {
        assertThatThrownBy(() -> tasks.assign(company.actor("hr"),
                TaskFixture.newTask("hr", Duration.ofDays(3), company.clock.instant())))
                .isInstanceOfSatisfying(PolicyRefusalException.class,
                        e -> assertThat(e.clause()).contains("§3.1.1"));
    }

    @Test
    void anOnboardingEmployeeCannotBeAssignedWorkBeforeTakingUpTheirPost() {
        assertThatThrownBy(() -> tasks.assign(company.actor("lead"),
                TaskFixture.newTask("newbie", Duration.ofDays(3), company.clock.instant())))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> {
                    assertThat(e.clause()).contains("§4.1.1");
                    assertThat(e.ruleId()).isEqualTo("tasks.assign.onPost");
                });
    }

    @Test
    void anEmployeeWhoLeftCannotBeAssignedWork() {
        assertThatThrownBy(() -> tasks.assign(company.actor("lead"),
                TaskFixture.newTask("gone", Duration.ofDays(3), company.clock.instant())))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> {
                    assertThat(e.clause()).contains("§1.2");
                    assertThat(e.ruleId()).isEqualTo("tasks.assign.employed");
                });
    }

    @Test
    void everyProblemOfAMalformedAssignmentIsListedAtOnce() {
        var command = new NewTask("not an id!", " ", null, List.of("fine", " "), "", company.clock.instant(),
                List.of("bad id!"), null, Period.ZERO);

        assertThatThrownBy(() -> tasks.assign(company.actor("lead"), command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("assigneeId", "title", "objective", "requirements[1]", "qualityStandard",
                                "deadline", "progressReportEvery", "copiedEmployeeIds[0]"));
    }

    @Test
    void aTaskNeedsAtLeastOneRequirement() {
        var command = new NewTask("staff", "t", "o", List.of(), "q", company.clock.instant().plus(Duration.ofDays(1)),
                null, null, null);

        assertThatThrownBy(() -> tasks.assign(company.actor("lead"), command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("requirements", "must list at least one requirement")));
    }

    @Test
    void copiedPeopleAndDepartmentsMustExist() {
        var command = new NewTask("staff", "t", "o", List.of("r"), "q",
                company.clock.instant().plus(Duration.ofDays(1)), List.of("nobody"), List.of("nowhere"), null);

        assertThatThrownBy(() -> tasks.assign(company.actor("lead"), command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("copiedEmployeeIds", "copiedDepartmentIds"));
    }

    @Test
    void anUnknownAssigneeIsAnInvalidInput() {
        assertThatThrownBy(() -> tasks.assign(company.actor("hr"),
                TaskFixture.newTask("nobody", Duration.ofDays(3), company.clock.instant())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("assigneeId"));
    }

    @Test
    void theTermsOfTheAssignmentAreVersionOneAndTheCopiesAreKept() {
        var task = company.assigned(Duration.ofDays(3));

        var terms = task.currentTerms();
        assertThat(task.terms()).containsExactly(terms);
        assertThat(terms.version()).isEqualTo(1);
        assertThat(terms.adjustment()).isEmpty();
        assertThat(terms.requirements()).containsExactly("Figures reconciled with the ledger", "A chart per region");
        assertThat(terms.deadline()).isEqualTo(TaskFixture.START.plus(Duration.ofDays(3)));
        assertThat(task.copiedPeople()).containsExactly(EmployeeId.of("peer"));
        assertThat(task.copiedDepartments()).containsExactly(DepartmentId.of("sales"));
        assertThat(task.policyVersion()).isEqualTo("standard");
    }

    @Test
    void aTaskRunningLongerThanAWeekGetsWeeklyProgressReportsByDefault() {
        var task = company.assigned(Duration.ofDays(7).plusMinutes(1));

        assertThat(task.progressInterval()).contains(Period.ofDays(7));
    }

    @Test
    void aTaskOfAWeekOrLessNeedsNoProgressReportsByDefault() {
        var task = company.assigned(Duration.ofDays(7));

        assertThat(task.progressInterval()).isEmpty();
    }

    @Test
    void theAssignerMaySetTheirOwnProgressInterval() {
        var base = TaskFixture.newTask("staff", Duration.ofDays(2), company.clock.instant());
        var command = new NewTask(base.assigneeId(), base.title(), base.objective(), base.requirements(),
                base.qualityStandard(), base.deadline(), null, null, Period.ofDays(1));

        assertThat(tasks.assign(company.actor("lead"), command).progressInterval()).contains(Period.ofDays(1));
    }

    @Test
    void thePolicysProgressSettingsDecideTheDefault() {
        company.policy.policies().publish(company.actor("hr"), "v2", company.clock.instant(),
                Map.of("tasks.progress.interval", "P1D", "tasks.progress.requiredWhenLongerThan", "P2D"));

        var shortTask = company.assigned(Duration.ofDays(2));
        var longerTask = company.assigned(Duration.ofDays(3));

        assertThat(shortTask.progressInterval()).isEmpty();
        assertThat(longerTask.progressInterval()).contains(Period.ofDays(1));
        assertThat(longerTask.policyVersion()).isEqualTo("v2");
    }

    @Test
    void duplicateCopiesAreKeptOnce() {
        var base = TaskFixture.newTask("staff", Duration.ofDays(2), company.clock.instant());
        var command = new NewTask(base.assigneeId(), base.title(), base.objective(), base.requirements(),
                base.qualityStandard(), base.deadline(), List.of("peer", "peer", "boss"), List.of("sales", "sales"),
                null);

        var task = tasks.assign(company.actor("lead"), command);

        assertThat(task.copiedPeople()).containsExactly(EmployeeId.of("peer"), EmployeeId.of("boss"));
        assertThat(task.copiedDepartments()).containsExactly(DepartmentId.of("sales"));
    }
}
