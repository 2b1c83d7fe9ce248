package org.servicepolicy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.fixtures.Trainings;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.tasks.NewTask;
import org.servicepolicy.tasks.RuleOnRefusal;
import org.servicepolicy.tasks.Task;
import org.servicepolicy.tasks.TaskStatus;

/** §1.2: an employee's working life after the hire: changes of terms, their history, and departure. */
class WorkingLifeTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");

    private final Company company = new Company();
    private final PeopleService people = company.policy.people();

    @Test
    @DisplayName("§1.2: a transfer is a new version of the record, effective-dated, with a reason per term changed")
    void aTransferIsANewVersionWithItsReasons() {
        var before = people.employee(company.actor("hr"), STAFF);
        company.clock.advance(Duration.ofDays(10));

        var moved = people.change(company.actor("hr"), STAFF, ChangeEmployment.because("the projects team needs help")
                .transferTo("projects").reportingTo("pm"));

        assertThat(moved.department().value()).isEqualTo("projects");
        assertThat(moved.supervisor()).contains(EmployeeId.of("pm"));
        assertThat(moved.effectiveFrom()).isEqualTo(company.clock.instant());
        assertThat(moved.levelSince()).as("the level did not change").isEqualTo(before.levelSince());
        assertThat(people.history(company.actor("hr"), STAFF)).containsExactly(before, moved);
        assertThat(company.stores.employees().asOf(STAFF, company.clock.instant().minusSeconds(1))).contains(before);

        var decision = onlyDecision(STAFF, "people.employment-change");
        assertThat(decision.outcome()).isEqualTo("supervisor,department");
        assertThat(decision.reasons()).allSatisfy(r -> assertThat(r.clause()).isEqualTo("§1.2"));
        assertThat(decision.reasons()).extracting(r -> r.facts().get("to")).containsExactly("pm", "projects");
        assertThat(decision.reasons().get(1).message()).contains("service", "projects", "the projects team needs help");
        assertThat(company.policy.eventFeed().after(company.actor("hr"), 0, 1000))
                .anySatisfy(e -> assertThat(e.attributes()).containsEntry("department", "projects"));
    }

    @Test
    @DisplayName("§4.3.2: a change of level restarts the time-at-level clock; a change of wage does not")
    void aNewLevelRestartsTheClock() {
        var before = people.employee(company.actor("hr"), STAFF);
        company.clock.advance(Duration.ofDays(30));
        var paid = people.change(company.actor("hr"), STAFF, ChangeEmployment.because("annual review")
                .earning(new BigDecimal("9000")));
        company.clock.advance(Duration.ofDays(30));
        var raised = people.change(company.actor("hr"), STAFF, ChangeEmployment.because("promoted").atLevel(4));

        assertThat(paid.levelSince()).isEqualTo(before.levelSince());
        assertThat(paid.monthlyWage()).contains(Money.of("9000", "CNY"));
        assertThat(raised.level()).isEqualTo(4);
        assertThat(raised.levelSince()).isEqualTo(company.clock.instant());
    }

    @Test
    @DisplayName("§1.2: a change may be back-dated, never into the future nor before the current version")
    void aChangeIsBackDatedWithinItsHistory() {
        company.clock.advance(Duration.ofDays(10));
        var then = company.clock.instant().minus(Duration.ofDays(3));
        var moved = people.change(company.actor("hr"), STAFF, ChangeEmployment.because("recorded late")
                .transferTo("projects").effective(then));

        assertThat(moved.effectiveFrom()).isEqualTo(then);
        assertThat(company.stores.employees().asOf(STAFF, then.plusSeconds(1)).orElseThrow().department().value())
                .isEqualTo("projects");

        assertInvalid(ChangeEmployment.because("too early").atLevel(2).effective(then.minusSeconds(1)), "effectiveAt");
        assertInvalid(ChangeEmployment.because("not yet").atLevel(2)
                .effective(company.clock.instant().plusSeconds(60)), "effectiveAt");
        assertThat(people.history(company.actor("hr"), STAFF)).hasSize(2);
    }

    @Test
    @DisplayName("§1.2: a reporting line never forms a cycle, and a supervisor still works here")
    void aReportingLineNeverFormsACycle() {
        var self = ChangeEmployment.because("oops").reportingTo("manager");
        assertThatThrownBy(() -> people.change(company.actor("hr"), EmployeeId.of("manager"), self))
                .isInstanceOfSatisfying(PolicyRefusalException.class,
                        e -> assertThat(e.getMessage()).contains("nobody supervises themself"));
        var below = ChangeEmployment.because("reorganisation").reportingTo("staff");
        assertThatThrownBy(() -> people.change(company.actor("hr"), EmployeeId.of("manager"), below))
                .isInstanceOfSatisfying(PolicyRefusalException.class,
                        e -> assertThat(e.getMessage()).contains("cycle"));

        people.depart(company.actor("hr"), EmployeeId.of("pm"), RecordDeparture.of(DepartureReason.RESIGNATION,
                "moved abroad"));
        assertInvalid(ChangeEmployment.because("new boss").reportingTo("pm"), "supervisorId");
        assertInvalid(ChangeEmployment.because("new boss").reportingTo("nobody"), "supervisorId");
        assertInvalid(ChangeEmployment.because("transfer").transferTo("nowhere"), "departmentId");
        assertInvalid(ChangeEmployment.because("the same").transferTo("service").atLevel(3), "body");
        assertInvalid(ChangeEmployment.because(" "), "reason");
        assertThat(people.history(company.actor("hr"), STAFF)).hasSize(1);
    }

    @Test
    @DisplayName("§1.3.3: only HR changes terms, and never their own")
    void onlyHrChangesTermsAndNeverTheirOwn() {
        var raise = ChangeEmployment.because("well deserved").earning(new BigDecimal("20000"));
        assertThatThrownBy(() -> people.change(company.actor("hr"), EmployeeId.of("hr"), raise))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.change(company.actor("manager"), STAFF, raise))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.depart(company.actor("hr"), EmployeeId.of("hr"),
                RecordDeparture.of(DepartureReason.RESIGNATION, "leaving")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(people.history(company.actor("hr2"), EmployeeId.of("hr"))).hasSize(1);
    }

    @Test
    @DisplayName("§1.2: a leaver's direct reports report to the leaver's supervisor, each with a decision")
    void aLeaversReportsMoveUpTheLine() {
        people.change(company.actor("hr"), EmployeeId.of("manager"), ChangeEmployment.because("new structure")
                .reportingTo("pm"));
        company.clock.advance(Duration.ofDays(1));

        var left = people.depart(company.actor("hr"), EmployeeId.of("manager"),
                RecordDeparture.of(DepartureReason.RESIGNATION, "moved to a competitor"));

        assertThat(left.status()).isEqualTo(EmploymentStatus.LEFT);
        for (var report : List.of("staff", "colleague", "temp")) {
            var now = people.employee(company.actor("hr"), EmployeeId.of(report));
            assertThat(now.supervisor()).contains(EmployeeId.of("pm"));
            assertThat(now.effectiveFrom()).isEqualTo(left.effectiveFrom());
        }
        assertThat(company.stores.decisions().about(EmployeeId.of("temp")))
                .anySatisfy(d -> assertThat(d.reasons().get(0).message()).contains("manager", "left", "pm"));
        assertThat(onlyDecision(EmployeeId.of("manager"), "people.departure").reasons().get(0).facts()).containsEntry("reason", "RESIGNATION");
    }

    @Test
    @DisplayName("§1.2: a leaver's unfinished tasks are withdrawn with the reason; finished ones stay as they were")
    void aLeaversOwedTasksAreWithdrawn() {
        var owed = assign("Quarterly figures");
        company.policy.tasks().accept(company.actor("staff"), owed.id());
        var done = assign("Reply to the complaint");
        company.policy.tasks().refuse(company.actor("staff"), done.id(), "not my area");
        done = company.policy.tasks().ruleOnRefusal(company.actor("manager"), done.id(),
                new RuleOnRefusal(true, "agreed")).task();
        company.clock.advance(Duration.ofHours(1));

        people.depart(company.actor("hr"), STAFF, RecordDeparture.of(DepartureReason.END_OF_CONTRACT, "contract ended"));

        var withdrawn = company.stores.tasks().find(owed.id()).orElseThrow();
        assertThat(withdrawn.status()).isEqualTo(TaskStatus.WITHDRAWN);
        assertThat(withdrawn.history().get(withdrawn.history().size() - 1).note().orElseThrow())
                .contains("staff left");
        assertThat(company.stores.tasks().find(done.id()).orElseThrow()).isEqualTo(done);
        assertThat(onlyDecision(STAFF, "tasks.withdrawal-on-departure").reasons().get(0).facts())
                .containsEntry("tasks", owed.id().value());
    }

    @Test
    @DisplayName("§1.2: a leaver's access ends, their records stay readable, and nothing more is changed about them")
    void aLeaverIsReadableButNoLongerActs() {
        people.depart(company.actor("hr"), STAFF, RecordDeparture.of(DepartureReason.RETIREMENT, "retired"));

        assertThat(people.actorFor(STAFF)).isEmpty();
        assertThat(people.employee(company.actor("manager"), STAFF).status()).isEqualTo(EmploymentStatus.LEFT);
        assertThat(people.history(company.actor("hr"), STAFF)).hasSize(2);
        assertThatThrownBy(() -> people.change(company.actor("hr"), STAFF,
                ChangeEmployment.because("late raise").atLevel(4))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> people.depart(company.actor("hr"), STAFF,
                RecordDeparture.of(DepartureReason.RESIGNATION, "again"))).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("§4.1.1: a new hire goes on post once they pass every programme due before post, never before")
    void aNewHireGoesOnPost() {
        people.hire(company.actor("hr"), NewEmployee.of("newbie", "New Bie", EmployeeCategory.STAFF, "service", 1,
                company.clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate()).reportingTo("manager"));
        var newbie = EmployeeId.of("newbie");
        assertThat(people.employee(company.actor("hr"), newbie).status()).isEqualTo(EmploymentStatus.ONBOARDING);
        company.clock.advance(Duration.ofDays(20));
        assertThatThrownBy(() -> people.placeOnPost(company.actor("hr"), newbie, "induction completed"))
                .isInstanceOf(PolicyRefusalException.class)
                .hasMessageContaining("NEW_HIRE_SERVICE, NEW_HIRE_RULES");

        var trainings = new Trainings(company);
        trainings.pass("NEW_HIRE_SERVICE", "newbie");
        assertThatThrownBy(() -> people.placeOnPost(company.actor("hr"), newbie, "induction completed"))
                .isInstanceOf(PolicyRefusalException.class)
                .hasMessageContaining("NEW_HIRE_RULES").hasMessageNotContaining("NEW_HIRE_SERVICE");
        trainings.pass("NEW_HIRE_RULES", "newbie");

        var posted = people.employee(company.actor("hr"), newbie);
        assertThat(posted.status()).isEqualTo(EmploymentStatus.ON_POST);
        assertThat(posted.effectiveFrom()).isEqualTo(company.clock.instant());
        assertThat(onlyDecision(newbie, "people.on-post").reasons()).extracting(r -> r.facts().get("programme"))
                .containsSubsequence("NEW_HIRE_SERVICE", "NEW_HIRE_RULES");
        assertThatThrownBy(() -> people.placeOnPost(company.actor("hr"), newbie, "again"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> people.placeOnPost(company.actor("manager"), STAFF, "not HR"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Task assign(String title) {
        return company.policy.tasks().assign(company.actor("manager"), new NewTask("staff", title, "objective",
                List.of("done well"), "as usual", company.clock.instant().plus(Duration.ofDays(7)), List.of(),
                List.of(), null));
    }

    private void assertInvalid(ChangeEmployment command, String field) {
        assertThatThrownBy(() -> people.change(company.actor("hr"), STAFF, command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).contains(field));
    }

    private Decision onlyDecision(EmployeeId subject, String kind) {
        var found = company.stores.decisions().about(subject).stream().filter(d -> d.kind().id().equals(kind)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
