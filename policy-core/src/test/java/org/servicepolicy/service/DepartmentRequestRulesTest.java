package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.NOTHING_STORED;
import static org.servicepolicy.fixtures.Outcomes.decided;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.stamp;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Outcomes;
import org.servicepolicy.fixtures.Violations;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Department;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;

/** §2.2.1: requests between departments and their late replies, decided without stores. */
class DepartmentRequestRulesTest {
    private static final Instant ASKED = Instant.parse("2026-05-04T10:00:00Z");
    private static final Instant DUE = ASKED.plus(Duration.ofDays(1));
    private static final Actor REQUESTER = Outcomes.staff("requester", "projects");
    private static final Actor ANSWERER = Outcomes.staff(Violations.STAFF.value(), "service");

    private static DepartmentRequest open() {
        return new DepartmentRequest(DepartmentRequestId.of("dr-1"), REQUESTER.id(), DepartmentId.of("projects"),
                DepartmentId.of("service"), Optional.empty(), Violations.STAFF, "Plan", "Send the plan.", ASKED, DUE,
                "v1", DepartmentRequestStatus.OPEN, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                Optional.empty(), 1);
    }

    @Test
    @DisplayName("§2.2.1: answered after the due time, the request is marked; in time or exactly at it, not")
    void answeringLateMarksTheRequest() {
        var late = decided(DepartmentRequestRules.answer(open(), new DepartmentRequestText("here"),
                stamp(ANSWERER, DUE.plusSeconds(1))));
        var atDue = decided(DepartmentRequestRules.answer(open(), new DepartmentRequestText("here"),
                stamp(ANSWERER, DUE)));

        assertThat(late.changes()).hasSize(2);
        assertThat(atDue.changes()).hasSize(1);
        assertThat(late.events()).singleElement().isInstanceOfSatisfying(DepartmentRequestEvent.Answered.class,
                e -> assertThat(e.late()).isTrue());
        assertThat(refusal(DepartmentRequestRules.answer(open().answeredWith("x", ASKED, ANSWERER.id()),
                new DepartmentRequestText("again"), stamp(ANSWERER, DUE)))).isInstanceOf(Refusal.Transition.class);
    }

    @Test
    @DisplayName("§2.2.1: returned as unclear, the request is open again with its original due time; an open one is not concluded")
    void returningAsUnclear() {
        var answered = open().answeredWith("x", ASKED, ANSWERER.id());

        var returned = answered.returnedAsUnclear("which plan?");

        assertThat(returned.status()).isEqualTo(DepartmentRequestStatus.OPEN);
        assertThat(returned.dueAt()).isEqualTo(DUE);
        assertThat(returned.answer()).isEmpty();
        assertThat(returned.returns()).isEqualTo(1);
        assertThat(decided(DepartmentRequestRules.conclude(answered, false, Optional.of(" which plan? "),
                stamp(REQUESTER, DUE))).changes()).hasSize(1);
        assertThat(refusal(DepartmentRequestRules.conclude(open(), true, Optional.empty(), stamp(REQUESTER, DUE))))
                .isInstanceOf(Refusal.Transition.class);
        assertThat(refusal(DepartmentRequestRules.conclude(answered, true, Optional.empty(), stamp(ANSWERER, DUE))))
                .isInstanceOf(Refusal.Access.class);
    }

    @Test
    @DisplayName("§2.2.1: the sweep marks an open request only after its due time, and an answered one never")
    void theSweepMarksOnlyOverdueOpenRequests() {
        assertThat(DepartmentRequestRules.overdue(open(), DUE)).isFalse();
        assertThat(DepartmentRequestRules.overdue(open(), DUE.plusNanos(1000))).isTrue();
        assertThat(DepartmentRequestRules.overdue(open().answeredWith("x", DUE, ANSWERER.id()), DUE.plusSeconds(9)))
                .isFalse();
        assertThat(decided(DepartmentRequestRules.sweep(open(), DUE.plusSeconds(1))).changes()).hasSize(1);
        assertThat(decided(DepartmentRequestRules.sweep(open(), DUE)).changes()).isEmpty();
    }

    @Test
    @DisplayName("§2.2.1, §2.3.1: a marked request is one finding dated at its due time, explained by a decision naming no maker")
    void aMarkedRequestIsOneFinding() {
        var outcome = decided(DepartmentRequestRules.finding(open(), Violations.employee(EmployeeCategory.STAFF, 3),
                List.of(), at -> StandardPolicy.definition(), DUE.plusSeconds(60),
                stamp(ServiceRecordFindings.RECORDS, DUE.plusSeconds(60))));

        var found = outcome.answer().apply(NOTHING_STORED);
        assertThat(found.findings()).singleElement().satisfies(f -> {
            assertThat(f.standard()).isEqualTo(ServiceStandard.CROSS_DEPARTMENT_REPLY);
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.source()).isEqualTo(FindingSource.SERVICE_RECORD);
            assertThat(f.sourceId()).isEqualTo("dr-1");
            assertThat(f.observedAt()).isEqualTo(DUE);
            assertThat(f.employee()).isEqualTo(Violations.STAFF);
        });
        assertThat(found.escalations()).isEmpty();
        assertThat(outcome.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DepartmentRequestRules.REQUEST_FINDING);
            assertThat(d.decidedBy()).isEmpty();
            assertThat(d.reasons()).extracting(Reason::clause).containsExactly("§2.2.1", "§2.2.1", "§2.3.1");
        });
    }

    @Test
    @DisplayName("§2.2.1, §5.1.1: a request naming nobody goes to the department's responder, else its manager, else is refused")
    void aRequestNamingNobodyGoesToTheResponderElseTheManager() {
        var requester = employee("requester", "projects", EmployeeCategory.STAFF);
        var manager = employee("a-manager", "service", EmployeeCategory.MANAGER);
        var responder = employee("z-responder", "service", EmployeeCategory.STAFF);
        var command = new DepartmentRequestFiling("service", null, "Plan", "Send the plan.");
        var department = Optional.of(new Department(DepartmentId.of("service"), "Service"));
        var stamp = stamp(REQUESTER, ASKED);

        var toResponder = decided(DepartmentRequestRules.ask(command, new DepartmentRequestRules.Asking(requester,
                department, Optional.empty(), List.of(manager, responder), Optional.of(responder),
                StandardPolicy.definition()), stamp));
        var toManager = decided(DepartmentRequestRules.ask(command, new DepartmentRequestRules.Asking(requester,
                department, Optional.empty(), List.of(manager, responder), Optional.empty(),
                StandardPolicy.definition()), stamp));

        assertThat(toResponder.events()).singleElement().isInstanceOfSatisfying(DepartmentRequestEvent.Asked.class,
                e -> assertThat(e.responsible()).isEqualTo(responder.id()));
        assertThat(toResponder.audit()).singleElement().satisfies(a -> assertThat(a.detail())
                .contains("z-responder answers for it as the department's responder (§5.1.1)"));
        assertThat(toManager.events()).singleElement().isInstanceOfSatisfying(DepartmentRequestEvent.Asked.class,
                e -> assertThat(e.responsible()).isEqualTo(manager.id()));
        assertThat(toManager.audit()).singleElement().satisfies(a -> assertThat(a.detail())
                .contains("the department's manager, as it names no responder"));
        assertThat(refusal(DepartmentRequestRules.ask(command, new DepartmentRequestRules.Asking(requester,
                department, Optional.empty(), List.of(responder), Optional.empty(), StandardPolicy.definition()),
                stamp))).isInstanceOfSatisfying(Refusal.Policy.class,
                p -> assertThat(p.rule()).isEqualTo("service.request.no-manager"));
    }

    private static Employee employee(String id, String department, EmployeeCategory category) {
        var hired = Instant.parse("2024-01-01T00:00:00Z");
        return new Employee(EmployeeId.of(id), id, category, Optional.empty(), DepartmentId.of(department), 3,
                LocalDate.of(2024, 1, 1), EmploymentStatus.ON_POST, Optional.empty(), Set.of(), hired, hired, 1);
    }
}
