package org.servicepolicy.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.feedback.FeedbackItems.MONDAY_11;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Outcomes;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;

/** §2.3.2, §1.3.3: who may record, route, assign, handle, rule on, close, read and sweep feedback, per operation. */
class FeedbackAccessTest {
    private static final Actor RECORDER = Outcomes.staff(FeedbackItems.RECORDER.value(), "front-desk");
    private static final Actor HANDLER = Outcomes.staff(FeedbackItems.HANDLER.value(), "service");
    private static final Actor COLLEAGUE = Outcomes.staff("colleague", "service");
    private static final Actor CONCERNED = Outcomes.staff(FeedbackItems.CONCERNED.value(), "service");
    private static final Actor MANAGER = Outcomes.manager("manager", "service");
    private static final Actor OTHER_MANAGER = Outcomes.manager("cfo", "finance");
    private static final Actor STRANGER = Outcomes.staff("stranger", "finance");
    private static final Actor HR = Outcomes.hr("hr");
    private static final Actor INSPECTOR = new Actor(EmployeeId.of("inspector"),
            Set.of(Role.EMPLOYEE, Role.SUPERVISION_GROUP), Optional.of(DepartmentId.of("quality")));
    private static final Actor HR_CONCERNED = new Actor(CONCERNED.id(), Set.of(Role.EMPLOYEE, Role.HR,
            Role.SUPERVISION_GROUP, Role.MANAGER), Optional.of(DepartmentId.of("service")));

    private static final FeedbackItem ITEM = FeedbackItems.handled("HIGH", MONDAY_11);

    private static Employee employee(Actor actor, EmploymentStatus status) {
        return new Employee(actor.id(), "Name", EmployeeCategory.values()[0], Optional.empty(),
                actor.department().orElseThrow(), 1, LocalDate.of(2024, 1, 1), status, Optional.empty(), Set.of(),
                MONDAY_11.minusSeconds(86_400 * 400L), MONDAY_11.minusSeconds(86_400 * 400L), 1);
    }

    private static void onlyAllowed(String what, Function<Actor, Optional<Refusal>> check,
                                    List<Actor> allowed, List<Actor> refused) {
        for (var actor : allowed) {
            assertThat(check.apply(actor)).as(what + " by " + actor.id()).isEmpty();
        }
        for (var actor : refused) {
            assertThat(check.apply(actor)).as(what + " by " + actor.id()).containsInstanceOf(Refusal.Access.class);
        }
    }

    @Test
    @DisplayName("§2.3.2, §1.3.3: an employed staff member records feedback as themself, never naming themself")
    void recording() {
        assertThat(FeedbackAccess.mayRecord(RECORDER, employee(RECORDER, EmploymentStatus.ON_POST), List.of(
                CONCERNED.id()))).isEmpty();
        assertThat(FeedbackAccess.mayRecord(RECORDER, employee(RECORDER, EmploymentStatus.LEFT), List.of()))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(FeedbackAccess.mayRecord(HR, employee(RECORDER, EmploymentStatus.ON_POST), List.of()))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(FeedbackAccess.mayRecord(CONCERNED, employee(CONCERNED, EmploymentStatus.ON_POST), List.of(
                CONCERNED.id()))).containsInstanceOf(Refusal.Access.class);
    }

    @Test
    @DisplayName("§2.3.2: HR or the service supervision group routes; the department's manager or HR assigns")
    void routingAndAssigning() {
        onlyAllowed("route", a -> FeedbackAccess.mayRoute(a, ITEM), List.of(HR, INSPECTOR),
                List.of(MANAGER, HANDLER, RECORDER, OTHER_MANAGER, HR_CONCERNED));
        onlyAllowed("assign", a -> FeedbackAccess.mayAssign(a, ITEM), List.of(HR, MANAGER),
                List.of(INSPECTOR, HANDLER, OTHER_MANAGER, COLLEAGUE, HR_CONCERNED));
    }

    @Test
    @DisplayName("§2.3.2: the responsible employee handles; the department's manager may also give the first response")
    void handling() {
        onlyAllowed("respond", a -> FeedbackAccess.mayRespond(a, ITEM), List.of(HANDLER, MANAGER),
                List.of(COLLEAGUE, HR, INSPECTOR, OTHER_MANAGER, HR_CONCERNED));
        onlyAllowed("handle", a -> FeedbackAccess.mayHandle(a, ITEM), List.of(HANDLER),
                List.of(MANAGER, COLLEAGUE, HR, INSPECTOR, HR_CONCERNED));
    }

    @Test
    @DisplayName("§2.3.2, §1.3.3: the department's manager, HR or the group rules, HR closes; never an employee named")
    void rulingAndClosing() {
        onlyAllowed("rule", a -> FeedbackAccess.mayRule(a, ITEM), List.of(MANAGER, HR, INSPECTOR),
                List.of(HANDLER, OTHER_MANAGER, RECORDER, HR_CONCERNED, CONCERNED));
        onlyAllowed("close", a -> FeedbackAccess.mayClose(a, ITEM), List.of(HR),
                List.of(MANAGER, INSPECTOR, HANDLER, HR_CONCERNED));
        onlyAllowed("sweep", FeedbackAccess::maySweep, List.of(HR, INSPECTOR), List.of(MANAGER, HANDLER));
    }

    @Test
    @DisplayName("§2.3.2: readers see the item; only HR, the department's manager and the responsible employee its contact")
    void readingAndTheContact() {
        for (var reader : List.of(HR, INSPECTOR, MANAGER, HANDLER, COLLEAGUE, RECORDER, CONCERNED)) {
            assertThat(FeedbackAccess.mayRead(reader, ITEM)).as(reader.id().value()).isTrue();
        }
        assertThat(FeedbackAccess.mayRead(STRANGER, ITEM)).isFalse();
        assertThat(FeedbackAccess.mayRead(OTHER_MANAGER, ITEM)).isFalse();
        for (var seer : List.of(HR, MANAGER, HANDLER)) {
            assertThat(FeedbackAccess.maySeeContact(seer, ITEM)).as(seer.id().value()).isTrue();
        }
        for (var blind : List.of(INSPECTOR, COLLEAGUE, RECORDER, CONCERNED, HR_CONCERNED)) {
            assertThat(FeedbackAccess.maySeeContact(blind, ITEM)).as(blind.id().value()).isFalse();
        }
        assertThat(FeedbackAccess.mayReadAll(HR)).isTrue();
        assertThat(FeedbackAccess.mayReadAll(MANAGER)).isFalse();
    }
}
