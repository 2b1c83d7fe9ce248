package org.servicepolicy.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Department;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.FeedbackNature;
import org.servicepolicy.policy.FeedbackPolicy;
import org.servicepolicy.policy.PolicyDefinition;

/**
 * §2.3.2: feedback is received (recorded by staff from the hotline or the suggestion box, or
 * submitted online by the customer), routed to a department by the policy's rules or by triage,
 * and assigned to an employee of that department. Pure: each function decides from the facts
 * loaded and the stamp.
 */
public final class FeedbackIntakeRules {
    private FeedbackIntakeRules() {
    }

    /**
     * What the customer said, however it reached the company.
     *
     * @param channel      how
     * @param nature       what it is
     * @param severity     its severity
     * @param area         its business area
     * @param summary      what it is about
     * @param details      what the customer said
     * @param contact      how to reach them, if they said
     * @param concernedIds the ids of the employees it names
     */
    public record Said(FeedbackChannel channel, FeedbackNature nature, String severity, String area, String summary,
                       String details, Optional<String> contact, List<String> concernedIds) {
        /** Requires every part. */
        public Said {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(nature, "nature");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(contact, "contact");
            concernedIds = List.copyOf(concernedIds);
        }

        /** What a staff member recorded. */
        public static Said recorded(RecordFeedback command) {
            return new Said(command.channel(), command.nature(), command.severity().strip(), command.area().strip(),
                    command.summary().strip(), command.details().strip(), contact(command.contact()),
                    command.employeesConcerned());
        }

        /** What a customer submitted online, at the policy's severity for online items. */
        public static Said submitted(SubmitFeedback command, FeedbackPolicy policy) {
            return new Said(FeedbackChannel.ONLINE_PLATFORM, command.nature(), policy.onlineSeverity(),
                    command.area().strip(), command.summary().strip(), command.details().strip(),
                    contact(command.contact()), List.of());
        }

        private static Optional<String> contact(String given) {
            return Optional.ofNullable(given).map(String::strip).filter(c -> !c.isEmpty());
        }
    }

    /**
     * The facts receiving feedback needs.
     *
     * @param recorder  the recorder's employee record; empty for feedback submitted online
     * @param concerned the employees named that exist
     * @param policy    the policy in force now
     * @param routedTo  the department the first matching rule names, if it exists
     * @param manager   that department's manager, if it has one
     * @param token     the customer's new tracking token
     */
    public record Receiving(Optional<Employee> recorder, List<Employee> concerned, PolicyDefinition policy,
                            Optional<Department> routedTo, Optional<EmployeeId> manager, String token) {
        /** Requires every part. */
        public Receiving {
            Objects.requireNonNull(recorder, "recorder");
            concerned = List.copyOf(concerned);
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(routedTo, "routedTo");
            Objects.requireNonNull(manager, "manager");
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * §2.3.2: feedback is received now under the policy in force; it is routed by the first of the
     * policy's rules that matches it, to a department that exists, else it waits unrouted. Its
     * clocks start at receipt.
     */
    public static Outcome<FeedbackStores, FeedbackIntake> receive(Said said, Receiving facts, Stamp stamp) {
        var feedback = facts.policy().feedback();
        var missing = said.concernedIds().stream()
                .filter(id -> facts.concerned().stream().noneMatch(e -> e.id().value().equals(id))).toList();
        Optional<Refusal> refusal = facts.recorder().flatMap(r -> FeedbackAccess.mayRecord(stamp.actor(), r,
                        said.concernedIds().stream().map(EmployeeId::of).toList()))
                .or(() -> feedback.knowsSeverity(said.severity()) ? Optional.empty()
                        : Optional.of(Refusal.invalid("severity", "is not one of " + feedback.severities())))
                .or(() -> feedback.knowsArea(said.area()) ? Optional.empty()
                        : Optional.of(Refusal.invalid("area", "is not one of " + feedback.areas())))
                .or(() -> missing.isEmpty() ? Optional.empty()
                        : Optional.of(Refusal.invalid("employeesConcerned", "no such employee: " + missing)));
        return Outcome.unless(refusal, () -> {
            var now = stamp.now();
            var routed = facts.routedTo().map(Department::id);
            var item = new FeedbackItem(FeedbackItemId.of(stamp.nextId()), said.channel(), said.nature(),
                    said.severity(), said.area(), said.summary(), said.details(),
                    feedback.contact().apply(said.contact()), said.concernedIds().stream().map(EmployeeId::of).toList(),
                    now, facts.recorder().map(Employee::id), facts.policy().version(), routed, Optional.empty(),
                    routed.isPresent() ? FeedbackStatus.ROUTED : FeedbackStatus.UNROUTED, 1, Optional.empty(),
                    Optional.empty(), List.of(), Optional.empty(), Optional.empty(), now, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), FeedbackTokens.hash(facts.token()), 0);
            var draft = Outcome.<FeedbackStores>draft();
            var stored = FeedbackRules.store(draft, Change.of(s -> s.feedback().add(item)), item, facts.policy(),
                    facts.manager(), true, stamp);
            FeedbackRules.answerable(item, facts.manager()).ifPresent(subject -> draft.decision(stamp.decision(
                    FeedbackRules.ROUTING, subject, routed.map(d -> "ROUTED " + d).orElse("UNROUTED"),
                    List.of(routingReason(item, feedback, facts.routedTo())), item.policyVersion(), now)));
            draft.event(new FeedbackEvent.Received(item.id(), item.channel(), item.nature(), item.severity(), now));
            routed.ifPresent(d -> draft.event(new FeedbackEvent.Routed(item.id(), d, item.severity(), now)));
            draft.audit(stamp.audit("feedback.receive", "feedback-item", item.id().value(), item.channel() + " "
                    + item.nature() + " " + item.severity() + ", " + routed.map(d -> "routed to " + d)
                    .orElse("unrouted")));
            return draft.answer(s -> new FeedbackIntake(s.of(stored), facts.token()));
        });
    }

    private static Reason routingReason(FeedbackItem item, FeedbackPolicy feedback, Optional<Department> routedTo) {
        var rule = feedback.route(item.nature(), item.severity(), item.area());
        if (rule.isEmpty()) {
            return FeedbackRules.reason("feedback.routing.no-rule", "no routing rule of the policy matches %s %s "
                    .formatted(item.severity(), item.nature()) + "feedback about " + item.area()
                    + ": it waits for HR or the service supervision group to route it", "nature", item.nature(),
                    "severity", item.severity(), "area", item.area());
        }
        if (routedTo.isEmpty()) {
            return FeedbackRules.reason("feedback.routing.no-department", "the routing rule %s matches, but no "
                    .formatted(rule.get()) + "department " + rule.get().department() + " exists: it waits for HR or "
                    + "the service supervision group to route it", "rule", rule.get(), "department",
                    rule.get().department());
        }
        return FeedbackRules.reason("feedback.routing.rule", "the routing rule %s is the first to match %s %s "
                .formatted(rule.get(), item.severity(), item.nature()) + "feedback about " + item.area(), "rule",
                rule.get(), "department", rule.get().department());
    }

    /**
     * The facts routing needs.
     *
     * @param department the department named, if it exists
     * @param manager    its manager, if it has one
     * @param policy     the policy in force when the item was received
     */
    public record Routing(Optional<Department> department, Optional<EmployeeId> manager, PolicyDefinition policy) {
        /** Requires every part. */
        public Routing {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(manager, "manager");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * §2.3.2: HR or the service supervision group routes an item to a department, or routes it
     * again (nobody is responsible for it then), and may change its severity: its due times are
     * then counted again from receipt with the new severity.
     */
    public static Outcome<FeedbackStores, FeedbackItem> route(FeedbackItem item, Triage command, Routing facts,
                                                              Stamp stamp) {
        var feedback = facts.policy().feedback();
        var severity = command.severity().map(String::strip).orElse(item.severity());
        Optional<Refusal> refusal = FeedbackAccess.mayRoute(stamp.actor(), item)
                .or(() -> FeedbackRules.unlessIn(item, "route", FeedbackStatus.UNROUTED, FeedbackStatus.ROUTED,
                        FeedbackStatus.IN_HANDLING, FeedbackStatus.REOPENED))
                .or(() -> facts.department().isPresent() ? Optional.empty()
                        : Optional.of(Refusal.invalid("departmentId", "no such department: " + command.departmentId())))
                .or(() -> feedback.knowsSeverity(severity) ? Optional.empty()
                        : Optional.of(Refusal.invalid("severity", "is not one of " + feedback.severities())));
        return Outcome.unless(refusal, () -> {
            var department = facts.department().orElseThrow().id();
            var next = item.routedTo(department, severity);
            var moved = !severity.equals(item.severity()) || item.department().isEmpty() && item.recordedBy().isEmpty();
            var draft = Outcome.<FeedbackStores>draft();
            var stored = FeedbackRules.store(draft, Change.of(s -> s.feedback().update(next)), next, facts.policy(),
                    facts.manager(), moved, stamp);
            var reasons = new ArrayList<Reason>();
            reasons.add(FeedbackRules.reason("feedback.routing.triage", "routed to department %s by triage"
                    .formatted(department), "department", department));
            if (!severity.equals(item.severity())) {
                reasons.add(FeedbackRules.reason("feedback.routing.severity", "its severity changed from %s to %s; "
                        .formatted(item.severity(), severity) + "its due times are counted again from its receipt",
                        "from", item.severity(), "to", severity));
            }
            FeedbackRules.answerable(next, facts.manager()).ifPresent(subject -> draft.decision(stamp.decision(
                    FeedbackRules.ROUTING, subject, "ROUTED " + department, reasons, item.policyVersion(),
                    stamp.now())));
            draft.event(new FeedbackEvent.Routed(item.id(), department, severity, stamp.now()));
            draft.audit(stamp.audit("feedback.route", "feedback-item", item.id().value(), "to " + department + ", "
                    + severity));
            return draft.answer(s -> s.of(stored));
        });
    }

    /**
     * The facts assigning needs.
     *
     * @param employee the employee named, if they exist
     * @param manager  the manager of the item's department, if it has one
     * @param policy   the policy in force when the item was received
     */
    public record Assigning(Optional<Employee> employee, Optional<EmployeeId> manager, PolicyDefinition policy) {
        /** Requires every part. */
        public Assigning {
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(manager, "manager");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * §2.3.2, §1.3.3: the department's manager or HR makes an employed member of the item's
     * department responsible for it, never an employee it names.
     */
    public static Outcome<FeedbackStores, FeedbackItem> assign(FeedbackItem item, EmployeeId employee,
                                                               Assigning facts, Stamp stamp) {
        Optional<Refusal> refusal = FeedbackAccess.mayAssign(stamp.actor(), item)
                .or(() -> FeedbackRules.unlessIn(item, "assign", FeedbackStatus.ROUTED, FeedbackStatus.IN_HANDLING,
                        FeedbackStatus.REOPENED))
                .or(() -> facts.employee().filter(e -> e.status().employed())
                        .filter(e -> item.department().filter(e.department()::equals).isPresent()).isPresent()
                        ? Optional.empty() : Optional.of(Refusal.invalid("employeeId", "no employed member of department "
                        + item.department().orElseThrow() + ": " + employee)))
                .or(() -> item.employeesConcerned().contains(employee) ? Optional.of(Refusal.policy("§1.3.3",
                        "feedback.assign.concerned", "nobody handles feedback that names them", "employeeId"))
                        : Optional.empty());
        return Outcome.unless(refusal, () -> {
            var next = item.assignedTo(employee);
            var draft = Outcome.<FeedbackStores>draft();
            var stored = FeedbackRules.store(draft, Change.of(s -> s.feedback().update(next)), next, facts.policy(),
                    facts.manager(), item.responsible().isEmpty(), stamp);
            draft.event(new FeedbackEvent.Assigned(item.id(), employee, stamp.now()));
            draft.audit(stamp.audit("feedback.assign", "feedback-item", item.id().value(), "to " + employee));
            return draft.answer(s -> s.of(stored));
        });
    }
}
