package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;

/** §2.2.1, §1.3.3: requests between departments through the public API, on in-memory ports. */
class DepartmentRequestServiceTest {
    private static final EmployeeId PM = EmployeeId.of("pm");
    private static final EmployeeId INSPECTOR = EmployeeId.of("inspector");

    private final Company company = new Company();
    private final DepartmentRequestService requests = company.policy.departmentRequests();

    private DepartmentRequest ask(String addressee) {
        return requests.ask(company.actor("staff"), new DepartmentRequestFiling("projects", addressee,
                "Site plan for 客户-7", "Please send the approved site plan."));
    }

    private DepartmentRequestText text(String text) {
        return new DepartmentRequestText(text);
    }

    @Test
    @DisplayName("§2.2.1: a request naming nobody is due after one working day and answered for by the department's manager")
    void aRequestIsDueAfterTheWorkingDaysOfThePolicy() {
        var asked = ask(null);

        assertThat(asked.fromDepartment()).isEqualTo(DepartmentId.of("service"));
        assertThat(asked.toDepartment()).isEqualTo(DepartmentId.of("projects"));
        assertThat(asked.responsible()).isEqualTo(PM);
        assertThat(asked.askedAt()).isEqualTo(company.clock.instant());
        assertThat(asked.dueAt()).isEqualTo(company.clock.instant().plus(Duration.ofDays(1)));
        assertThat(asked.status()).isEqualTo(DepartmentRequestStatus.OPEN);
        assertThat(company.stores.eventLog().after(0, 1000)).extracting(PublishedEvent::type).contains("Asked");
        assertThat(ask("inspector").responsible()).isEqualTo(INSPECTOR);
    }

    @Test
    @DisplayName("§2.2.1: asked on a Friday, one working day later is the Monday, counted on the business calendar")
    void theDueTimeSkipsDaysTheCompanyDoesNotWork() {
        company.clock.advance(Duration.ofDays(4));

        var asked = ask(null);

        assertThat(asked.dueAt()).isEqualTo(asked.askedAt().plus(Duration.ofDays(3)));
    }

    @Test
    @DisplayName("§2.2.1: the working days are those of the policy version in force when the request was asked")
    void theWorkingDaysComeFromThePolicyInForceWhenAsked() {
        var before = ask(null);
        company.policy.policies().publish(company.actor("hr"), "2026.2", company.clock.instant().plusSeconds(60),
                Map.of("service.standard.CROSS_DEPARTMENT_REPLY.workingDays", "2"));
        company.clock.advance(Duration.ofMinutes(2));

        var after = ask(null);

        assertThat(Duration.between(before.askedAt(), before.dueAt())).isEqualTo(Duration.ofDays(1));
        assertThat(Duration.between(after.askedAt(), after.dueAt())).isEqualTo(Duration.ofDays(2));
        assertThat(after.policyVersion()).isEqualTo("2026.2");
    }

    @Test
    @DisplayName("§2.2.1: bad requests are refused naming the field: own department, unknown department or addressee, no manager")
    void badRequestsAreRefusedByField() {
        var staff = company.actor("staff");
        assertThatThrownBy(() -> requests.ask(staff, new DepartmentRequestFiling("service", null, "s", "d")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("toDepartmentId"));
        assertThatThrownBy(() -> requests.ask(staff, new DepartmentRequestFiling("nowhere", null, "s", "d")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("toDepartmentId"));
        assertThatThrownBy(() -> requests.ask(staff, new DepartmentRequestFiling("projects", "colleague", "s", "d")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("addresseeId"));
        assertThatThrownBy(() -> requests.ask(staff, new DepartmentRequestFiling("hq", null, "s", "d")))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> assertThat(e.field())
                        .contains("addresseeId"));
        assertThatThrownBy(() -> requests.ask(staff, new DepartmentRequestFiling(null, "not an id!", " ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("toDepartmentId", "addresseeId", "subject", "description"));
        assertThat(requests.ofMyDepartment(staff)).isEmpty();
    }

    @Test
    @DisplayName("§2.2.1: the requester, their manager, the department asked, the group and HR read a request; others do not see it")
    void whoReadsARequest() {
        var asked = ask("inspector");

        for (var reader : new String[] {"staff", "manager", "pm", "inspector", "hr"}) {
            assertThat(requests.request(company.actor(reader), asked.id())).isEqualTo(asked);
        }
        assertThatThrownBy(() -> requests.request(company.actor("colleague"), asked.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requests.answer(company.actor("colleague"), asked.id(), text("x")))
                .isInstanceOf(NotFoundException.class);
        assertThat(requests.ofMyDepartment(company.actor("manager"))).containsExactly(asked);
        assertThat(requests.ofMyDepartment(company.actor("pm"))).containsExactly(asked);
        assertThat(requests.ofMyDepartment(company.actor("colleague"))).isEmpty();
    }

    @Test
    @DisplayName("§2.2.1, §1.3.3: answered in time, no finding; the requester does not answer, only the requester accepts")
    void anAnswerInTimeIsAcceptedAsClear() {
        var asked = ask(null);
        company.clock.advance(Duration.ofHours(3));

        assertThatThrownBy(() -> requests.answer(company.actor("staff"), asked.id(), text("self")))
                .isInstanceOf(AccessDeniedException.class);
        var answered = requests.answer(company.actor("inspector"), asked.id(), text(" The plan is attached. "));

        assertThat(answered.findings()).isEmpty();
        assertThat(answered.request().status()).isEqualTo(DepartmentRequestStatus.ANSWERED);
        assertThat(answered.request().answer()).contains("The plan is attached.");
        assertThat(answered.request().answeredBy()).contains(INSPECTOR);
        assertThatThrownBy(() -> requests.accept(company.actor("manager"), asked.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(requests.accept(company.actor("staff"), asked.id()).status())
                .isEqualTo(DepartmentRequestStatus.ACCEPTED);
        assertThatThrownBy(() -> requests.accept(company.actor("staff"), asked.id()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("§2.2.1: an answer returned as unclear opens the request again, still due by the original time; re-answered late, one finding")
    void anUnclearAnswerReturnedAndAnsweredLateIsAFinding() {
        var asked = ask("inspector");
        company.clock.advance(Duration.ofHours(2));
        requests.answer(company.actor("inspector"), asked.id(), text("Which plan?"));

        var returned = requests.returnAsUnclear(company.actor("staff"), asked.id(), text("The plan of site 7."));
        assertThat(returned.status()).isEqualTo(DepartmentRequestStatus.OPEN);
        assertThat(returned.dueAt()).isEqualTo(asked.dueAt());
        assertThat(returned.returnReason()).contains("The plan of site 7.");
        company.clock.advance(Duration.ofDays(1));

        var late = requests.answer(company.actor("pm"), asked.id(), text("Attached."));

        assertThat(late.findings()).singleElement().satisfies(f -> {
            assertThat(f.employee()).isEqualTo(INSPECTOR);
            assertThat(f.standard()).isEqualTo(ServiceStandard.CROSS_DEPARTMENT_REPLY);
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.source()).isEqualTo(FindingSource.SERVICE_RECORD);
            assertThat(f.sourceId()).isEqualTo(asked.id().value());
            assertThat(f.observedAt()).isEqualTo(asked.dueAt());
        });
        assertThat(company.policy.supervision().findingsOf(company.actor("inspector"), INSPECTOR)).hasSize(1);
        assertThat(company.policy.departmentRequests().sweep(company.clock.instant()).findings()).isEmpty();
    }

    @Test
    @DisplayName("§2.2.1, §2.3.1: unanswered past due, the sweep makes one finding against the department's manager, once")
    void theSweepMakesOneFindingOfAnUnansweredRequest() {
        company.policy.policies().publish(company.actor("hr"), "2026.2", company.clock.instant().plusSeconds(60),
                Map.of("service.standard.CROSS_DEPARTMENT_REPLY.severity", "SERIOUS"));
        company.clock.advance(Duration.ofMinutes(2));
        var asked = ask(null);
        company.clock.advance(Duration.ofDays(1));

        assertThat(requests.sweep(company.clock.instant()).marked()).isEmpty();
        company.clock.advance(Duration.ofSeconds(1));
        var swept = requests.sweep(company.clock.instant());

        assertThat(swept.marked()).containsExactly(asked.id());
        assertThat(swept.findings()).singleElement().satisfies(f -> {
            assertThat(f.employee()).isEqualTo(PM);
            assertThat(f.severity()).isEqualTo(Severity.SERIOUS);
        });
        assertThat(swept.violations()).singleElement().satisfies(v ->
                assertThat(v.violation().violation().ruleArea()).contains(RuleArea.SERVICE));
        assertThat(requests.sweep(company.clock.instant()).findings()).isEmpty();
        assertThat(requests.answer(company.actor("inspector"), asked.id(), text("Late.")).findings()).isEmpty();
        assertThat(company.policy.supervision().findingsOf(company.actor("hr"), PM)).hasSize(1);
    }

    @Test
    @DisplayName("§2.2.1: only the supervision group or HR runs the sweep on request; it does not sweep the future")
    void whoRunsTheSweep() {
        assertThatThrownBy(() -> requests.sweepNow(company.actor("staff"))).isInstanceOf(AccessDeniedException.class);
        assertThat(requests.sweepNow(company.actor("inspector")).marked()).isEmpty();
        assertThatThrownBy(() -> requests.sweep(company.clock.instant().plusSeconds(60)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("asOf"));
    }
}
