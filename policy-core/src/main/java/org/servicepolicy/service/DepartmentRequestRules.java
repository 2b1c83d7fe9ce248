package org.servicepolicy.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Department;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.ServiceStandard;

/**
 * §2.2.1: a request from another department is answered within the working days the policy
 * gives, counted on the company's business calendar from when it was asked. A reply given after
 * that time, or none by then, is one CROSS_DEPARTMENT_REPLY finding in the record of whoever
 * answers for it (the employee named, else the department's first responder (§5.1.1), else its
 * manager), made once and escalated like any finding (§2.3.1, §3.3.3). Pure: each function
 * decides from the facts loaded and the stamp.
 */
public final class DepartmentRequestRules {
    /** The decision kind of a finding a late reply to another department made. */
    public static final DecisionKind REQUEST_FINDING = DecisionKind.of("service.department-request-finding");

    private DepartmentRequestRules() {
    }

    /**
     * What a command on a request decided, before the finding is made.
     *
     * @param request the request as stored
     * @param marked  whether this command marked it late, so that it is to become a finding
     */
    public record Changed(DepartmentRequest request, boolean marked) {
        /** Requires the request. */
        public Changed {
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * The facts asking needs.
     *
     * @param requester    the caller's employee record
     * @param toDepartment the department asked, if it exists
     * @param addressee    the employee named, if named and existing
     * @param members      the employees of the department asked
     * @param responder    the department's first responder by id still working in it (§5.1.1), if any
     * @param policy       the policy in force now
     */
    public record Asking(Employee requester, Optional<Department> toDepartment, Optional<Employee> addressee,
                         List<Employee> members, Optional<Employee> responder, PolicyDefinition policy) {
        /** Requires every part. */
        public Asking {
            Objects.requireNonNull(requester, "requester");
            Objects.requireNonNull(toDepartment, "toDepartment");
            Objects.requireNonNull(addressee, "addressee");
            members = List.copyOf(members);
            Objects.requireNonNull(responder, "responder");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * §2.2.1: the caller asks another department, now; it is due after the policy's working days.
     * The department asked exists and is not the requester's own; an employee named works in it;
     * a request naming nobody goes to the department's first responder (§5.1.1), else its manager,
     * and is refused when it has neither.
     */
    public static Outcome<DepartmentRequestStores, DepartmentRequest> ask(DepartmentRequestFiling command,
                                                                           Asking facts, Stamp stamp) {
        var requester = facts.requester();
        var to = facts.toDepartment();
        var named = command.addresseeId() != null;
        var manager = facts.members().stream().filter(e -> e.roles().contains(Role.MANAGER))
                .min(Comparator.comparing(e -> e.id().value()));
        var answering = facts.responder().or(() -> manager);
        Optional<Refusal> refusal = !stamp.actor().is(requester.id())
                ? Optional.of(Refusal.access("a request is made by the requester themself (§2.2.1)"))
                : to.isEmpty() ? Optional.of(Refusal.invalid("toDepartmentId", "no such department: "
                        + command.toDepartmentId()))
                : to.get().id().equals(requester.department()) ? Optional.of(Refusal.invalid("toDepartmentId",
                        "is the requester's own department; a department does not request itself (§2.2.1)"))
                : named && facts.addressee().filter(a -> a.department().equals(to.get().id())).isEmpty()
                        ? Optional.of(Refusal.invalid("addresseeId", "no employee of department "
                        + to.get().id() + ": " + command.addresseeId()))
                : !named && answering.isEmpty() ? Optional.of(Refusal.policy("§2.2.1", "service.request.no-manager",
                        "department " + to.get().id() + " names no responder (§5.1.1) and has no manager to answer "
                                + "for a request naming nobody; name an employee of it", "addresseeId"))
                : Optional.empty();
        return Outcome.unless(refusal, () -> {
            var policy = facts.policy();
            var now = stamp.now();
            var responsible = named ? facts.addressee().orElseThrow().id() : answering.orElseThrow().id();
            var answeredBy = named ? "the employee named" : facts.responder().isPresent()
                    ? "the department's responder (§5.1.1)" : "the department's manager, as it names no responder";
            var dueAt = policy.company().afterWorkingDays(now, policy.service().crossDepartmentReplyDays());
            var request = new DepartmentRequest(DepartmentRequestId.of(stamp.nextId()), requester.id(),
                    requester.department(), to.get().id(), facts.addressee().map(Employee::id), responsible,
                    command.subject().strip(), command.description().strip(), now, dueAt, policy.version(),
                    DepartmentRequestStatus.OPEN, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                    Optional.empty(), 0);
            var draft = Outcome.<DepartmentRequestStores>draft();
            var stored = draft.change(Change.of(s -> s.requests().add(request)));
            draft.event(new DepartmentRequestEvent.Asked(request.id(), request.toDepartment(), responsible, dueAt,
                    now));
            draft.audit(stamp.audit("service.request.ask", "department-request", request.id().value(),
                    request.fromDepartment() + " asks " + request.toDepartment() + ", due " + dueAt + "; "
                            + responsible + " answers for it as " + answeredBy));
            return draft.answer(s -> s.of(stored));
        });
    }

    /**
     * §2.2.1: an open request is answered now; answered after its due time, it is marked unless the
     * sweep marked it already.
     */
    public static Outcome<DepartmentRequestStores, Changed> answer(DepartmentRequest request,
                                                                   DepartmentRequestText command, Stamp stamp) {
        return Outcome.unless(DepartmentRequestAccess.mayAnswer(stamp.actor(), request).or(() -> notIn(request,
                DepartmentRequestStatus.OPEN, "answer")), () -> {
            var now = stamp.now();
            var late = now.isAfter(request.dueAt());
            var draft = Outcome.<DepartmentRequestStores>draft();
            var stored = draft.change(Change.of(s -> s.requests().update(request.answeredWith(command.text().strip(),
                    now, stamp.actor().id()))));
            var marked = late ? Optional.of(draft.change(Change.of(s -> s.requests().markOnce(request.id(), now))))
                    : Optional.<Change<DepartmentRequestStores, Boolean>>empty();
            draft.event(new DepartmentRequestEvent.Answered(request.id(), stamp.actor().id(), late, now));
            draft.audit(stamp.audit("service.request.answer", "department-request", request.id().value(),
                    late ? "late, due " + request.dueAt() : "in time"));
            return draft.answer(s -> new Changed(s.of(stored), marked.map(s::of).orElse(false)));
        });
    }

    /** §2.2.1: the requester accepts the answer as clear ({@code clear}) or returns it as unclear for {@code reason}. */
    public static Outcome<DepartmentRequestStores, Changed> conclude(DepartmentRequest request, boolean clear,
                                                                     Optional<String> reason, Stamp stamp) {
        return Outcome.unless(DepartmentRequestAccess.mayConclude(stamp.actor(), request).or(() -> notIn(request,
                DepartmentRequestStatus.ANSWERED, clear ? "accept" : "return as unclear")), () -> {
            var next = clear ? request.accepted() : request.returnedAsUnclear(reason.orElseThrow().strip());
            var draft = Outcome.<DepartmentRequestStores>draft();
            var stored = draft.change(Change.of(s -> s.requests().update(next)));
            draft.event(new DepartmentRequestEvent.Concluded(request.id(), clear, stamp.now()));
            draft.audit(stamp.audit(clear ? "service.request.accept" : "service.request.return",
                    "department-request", request.id().value(), clear ? "clear" : "unclear: " + next.returnReason()
                            .orElseThrow()));
            return draft.answer(s -> new Changed(s.of(stored), false));
        });
    }

    /** Whether {@code request} is still open after its due time as of {@code now}. */
    public static boolean overdue(DepartmentRequest request, Instant now) {
        return request.status() == DepartmentRequestStatus.OPEN && now.isAfter(request.dueAt());
    }

    /** §2.2.1: the sweep marks {@code request} late if it is overdue as of {@code now} and nobody marked it before. */
    public static Outcome<DepartmentRequestStores, Changed> sweep(DepartmentRequest request, Instant now) {
        var draft = Outcome.<DepartmentRequestStores>draft();
        var marked = overdue(request, now) ? Optional.of(draft.change(Change.of(s -> s.requests()
                .markOnce(request.id(), now)))) : Optional.<Change<DepartmentRequestStores, Boolean>>empty();
        return draft.answer(s -> new Changed(request, marked.map(s::of).orElse(false)));
    }

    /**
     * §2.2.1, §2.3.1: the one finding of a marked request in the record of {@code responsible}, with
     * the severity the policy in force at the due time gives CROSS_DEPARTMENT_REPLY, explained by a
     * decision that names no maker, and whether it proposes a violation given {@code earlier}.
     */
    public static Outcome<DepartmentRequestStores, ServiceRecordRules.Found> finding(
            DepartmentRequest request, Employee responsible, List<ServiceFinding> earlier,
            Function<Instant, PolicyDefinition> policyAt, Instant now, Stamp stamp) {
        var standard = ServiceStandard.CROSS_DEPARTMENT_REPLY;
        var policy = policyAt.apply(request.dueAt());
        var severity = policy.service().severity(standard);
        var finding = new ServiceFinding(stamp.nextId(), responsible.id(), standard, severity, request.dueAt(),
                FindingSource.SERVICE_RECORD, request.id().value(), stamp.now());
        var what = "the request %s from department %s to department %s (%s), asked at %s, was due at %s and %s"
                .formatted(request.id(), request.fromDepartment(), request.toDepartment(), request.subject(),
                        request.askedAt(), request.dueAt(), request.status() == DepartmentRequestStatus.OPEN
                                ? "was still not answered at " + now
                                : "was answered at " + request.answeredAt().orElseThrow());
        var draft = Outcome.<DepartmentRequestStores>draft();
        draft.change(Change.of(s -> s.supervision().add(finding)));
        draft.decision(new Decision(DecisionId.of(stamp.nextId()), REQUEST_FINDING, responsible.id(), severity.name(),
                List.of(Reason.of(standard.clause(), "service.request.late", what, "request", request.id(),
                                "responsible", responsible.id()),
                        Reason.of(standard.clause(), "service.standard", policy.service().criterion(standard),
                                "standard", standard),
                        Reason.of("§2.3.1", "service.severity.standard", "policy version %s gives a nonconformity "
                                .formatted(policy.version()) + "with %s the severity %s".formatted(standard,
                                severity), "severity", severity)),
                policy.version(), request.dueAt(), stamp.now(), Optional.empty()));
        draft.event(ServiceEvent.FindingRecorded.of(finding));
        draft.audit(stamp.audit("service.request-finding", "service-finding", finding.id(),
                standard + " " + severity + ", request " + request.id()));
        var escalations = ServiceRules.escalation(finding, earlier, policy.service().escalation(),
                policy.company().zone()).stream().toList();
        return draft.answer(s -> new ServiceRecordRules.Found(List.of(finding), escalations));
    }

    private static Optional<Refusal> notIn(DepartmentRequest request, DepartmentRequestStatus expected,
                                           String action) {
        return request.status() == expected ? Optional.empty()
                : Optional.of(Refusal.transition("department request", request.id(), request.status(), action));
    }
}
