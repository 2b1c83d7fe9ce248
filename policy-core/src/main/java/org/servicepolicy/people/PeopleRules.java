package org.servicepolicy.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.policy.CompanyPolicy;
import org.servicepolicy.policy.TrainingPolicy;

/**
 * §1.2: creating departments, hiring employees, changing their terms of employment and recording
 * their departure. Who may (HR) is checked before the command is read, so that the refusal does
 * not depend on the input; nobody changes their own terms (§1.3.3). Pure.
 */
public final class PeopleRules {
    /** HR changed an employee's terms of employment. */
    public static final DecisionKind EMPLOYMENT_CHANGE = DecisionKind.of("people.employment-change");
    /** An employee left the company. */
    public static final DecisionKind DEPARTURE = DecisionKind.of("people.departure");
    /** A new hire finished onboarding and went on post. */
    public static final DecisionKind ON_POST = DecisionKind.of("people.on-post");
    /** An employee's supervisor left, and the line above them closed over the gap. */
    public static final DecisionKind NEW_SUPERVISOR = DecisionKind.of("people.new-supervisor");

    private PeopleRules() {
    }

    /**
     * Creates a department; an id already taken is a duplicate.
     *
     * @param taken whether a department with the id asked for exists
     */
    public static Outcome<PeopleStores, Department> createDepartment(NewDepartment command, boolean taken,
                                                                     Stamp stamp) {
        var department = new Department(DepartmentId.of(command.id() == null ? stamp.nextId() : command.id()),
                command.name().strip());
        if (taken) {
            return Outcome.refused(Refusal.duplicate("department", department.id()));
        }
        var draft = Outcome.<PeopleStores>draft();
        draft.change(Change.of(s -> {
            s.departments().add(department);
            return department;
        }));
        draft.event(new PeopleEvent.DepartmentCreated(department.id(), department.name(), stamp.now()));
        draft.audit(stamp.audit("department.create", "department", department.id().value(), department.name()));
        return draft.answer(stored -> department);
    }

    /**
     * Hires an employee in the status the command names; when it names none, ONBOARDING (§4.1.1:
     * new-hire training comes before the post) unless the training policy lets the hire's category
     * skip it. The wage is in the company's currency; an id already taken is a duplicate. The
     * record's first version, and the time at its level, hold from the start of the hire date in
     * the company's zone.
     *
     * @param taken    whether an employee with the id asked for exists
     * @param company  the company section of the policy in force now
     * @param training the training section of the policy in force now
     */
    public static Outcome<PeopleStores, Employee> hire(NewEmployee command, boolean taken, CompanyPolicy company,
                                                       TrainingPolicy training, Stamp stamp) {
        var hired = command.hireDate().atStartOfDay(company.zone()).toInstant();
        var employee = new Employee(EmployeeId.of(command.id() == null ? stamp.nextId() : command.id()),
                command.name().strip(), command.category(), Optional.ofNullable(command.supervisorId())
                .map(EmployeeId::of), DepartmentId.of(command.departmentId()), command.level(), command.hireDate(),
                command.status() != null ? command.status() : training.skipsOnboarding(command.category().name())
                        ? EmploymentStatus.ON_POST : EmploymentStatus.ONBOARDING,
                Optional.ofNullable(command.monthlyWage()).map(w -> new Money(w, company.currency())),
                command.grantedRoles() == null ? new HashSet<>() : command.grantedRoles(), hired, hired, 0);
        if (taken) {
            return Outcome.refused(Refusal.duplicate("employee", employee.id()));
        }
        var draft = Outcome.<PeopleStores>draft();
        var stored = draft.change(Change.of(s -> s.employees().add(employee)));
        draft.event(new PeopleEvent.EmployeeHired(employee.id(), employee.department(), employee.category(),
                stamp.now()));
        draft.audit(stamp.audit("employee.hire", "employee", employee.id().value(),
                employee.category() + " in " + employee.department() + " at level " + employee.level() + ", "
                        + employee.status()));
        return draft.answer(s -> s.of(stored));
    }

    /**
     * Changes an employee's terms of employment from the command's instant (now when it names
     * none), as a new version of the record, with a decision that gives one reason per term
     * changed. Refused: one's own terms (§1.3.3); a departed or dismissed employee; a change before
     * the record's current version took effect (history is kept in order); a supervisor who does
     * not exist, is no longer employed, or is the employee or anyone below them (a reporting line
     * never forms a cycle); a department that does not exist; a change that changes nothing.
     */
    public static Outcome<PeopleStores, Employee> change(ChangeEmployment command, PeopleFacts.Changing facts,
                                                         Stamp stamp) {
        var employee = facts.employee();
        return Outcome.unless(Access.ownCase(stamp.actor(), employee.id(), "change the terms of employment"), () -> {
            var at = command.effectiveAt() == null ? stamp.now() : command.effectiveAt();
            var refusal = stillEmployed(employee, "change the terms of").or(() -> inOrder(employee, at))
                    .or(() -> supervisorProblem(command, facts)).or(() -> facts.departmentExists() ? Optional.empty()
                            : Optional.of(Refusal.invalid("departmentId", "no such department")));
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get());
            }
            var company = facts.policy().company();
            var changed = employee.withTerms(
                    command.supervisorId() == null ? employee.supervisor()
                            : Optional.of(EmployeeId.of(command.supervisorId())),
                    command.departmentId() == null ? employee.department() : DepartmentId.of(command.departmentId()),
                    command.level() == null ? employee.level() : command.level(),
                    command.category() == null ? employee.category() : command.category(),
                    command.monthlyWage() == null ? employee.monthlyWage()
                            : Optional.of(new Money(command.monthlyWage(), company.currency())), at);
            var terms = changedTerms(employee, changed);
            if (terms.isEmpty()) {
                return Outcome.refused(Refusal.invalid("body", "every term given is already the employee's"));
            }
            var reasons = new ArrayList<Reason>();
            terms.forEach((term, fromTo) -> reasons.add(Reason.of("§1.2", "people.terms." + term,
                    "%s changed from %s to %s from %s: %s".formatted(term, fromTo.get(0), fromTo.get(1),
                            changed.effectiveFrom(), command.reason().strip()),
                    "term", term, "from", fromTo.get(0), "to", fromTo.get(1), "effectiveFrom",
                    changed.effectiveFrom())));
            var draft = Outcome.<PeopleStores>draft();
            draft.decision(stamp.decision(EMPLOYMENT_CHANGE, employee.id(), String.join(",", terms.keySet()), reasons,
                    facts.policy().version(), changed.effectiveFrom()));
            var stored = draft.change(Change.of(s -> s.employees().update(changed)));
            var described = new LinkedHashMap<String, String>();
            terms.forEach((term, fromTo) -> described.put(term, fromTo.get(1)));
            draft.event(new PeopleEvent.EmploymentTermsChanged(employee.id(), described, changed.effectiveFrom(),
                    stamp.now()));
            draft.audit(stamp.audit("employee.change", "employee", employee.id().value(),
                    described + " from " + changed.effectiveFrom() + ": " + command.reason().strip()));
            return draft.answer(s -> s.of(stored));
        });
    }

    /**
     * Records that an employee leaves (§1.2): the record's status becomes LEFT from the command's
     * instant, and everyone who reported to them directly reports from then on to their
     * supervisor (or to nobody, at the top of the company), each with a decision, so that no
     * reporting line ends at someone who is gone. Their records stay as they are, readable.
     */
    public static Outcome<PeopleStores, Employee> depart(RecordDeparture command, PeopleFacts.Departing facts,
                                                         Stamp stamp) {
        var employee = facts.employee();
        return Outcome.unless(Access.ownCase(stamp.actor(), employee.id(), "record the departure"), () -> {
            var at = command.effectiveAt() == null ? stamp.now() : command.effectiveAt();
            var refusal = stillEmployed(employee, "record the departure of").or(() -> inOrder(employee, at));
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get());
            }
            var note = command.note().strip();
            var left = employee.withStatus(EmploymentStatus.LEFT, at);
            var draft = Outcome.<PeopleStores>draft();
            var version = facts.policy().version();
            draft.decision(stamp.decision(DEPARTURE, employee.id(), command.reason().name(), List.of(Reason.of("§1.2",
                    "people.departure", "%s leaves from %s (%s): %s".formatted(employee.id(), left.effectiveFrom(),
                            command.reason(), note), "reason", command.reason(), "effectiveFrom", left.effectiveFrom(),
                    "directReports", facts.directReports().size())), version, left.effectiveFrom()));
            var stored = draft.change(Change.of(s -> s.employees().update(left)));
            draft.event(new PeopleEvent.EmploymentStatusChanged(employee.id(), employee.status(), EmploymentStatus.LEFT,
                    "departure: " + command.reason(), stamp.now()));
            draft.audit(stamp.audit("employee.depart", "employee", employee.id().value(),
                    command.reason() + " from " + left.effectiveFrom() + ": " + note));
            for (var report : facts.directReports()) {
                var moved = report.withTerms(employee.supervisor(), report.department(), report.level(),
                        report.category(), report.monthlyWage(), at);
                var now = employee.supervisor().map(EmployeeId::value).orElse("nobody");
                draft.decision(stamp.decision(NEW_SUPERVISOR, report.id(), now, List.of(Reason.of("§1.2",
                        "people.terms.supervisor", "%s, the supervisor of %s, left on %s: %s now reports to %s"
                                .formatted(employee.id(), report.id(), moved.effectiveFrom(), report.id(), now),
                        "term", "supervisor", "from", employee.id(), "to", now, "effectiveFrom",
                        moved.effectiveFrom())), version, moved.effectiveFrom()));
                draft.change(Change.of(s -> s.employees().update(moved)));
                draft.event(new PeopleEvent.EmploymentTermsChanged(report.id(), Map.of("supervisor", now),
                        moved.effectiveFrom(), stamp.now()));
                draft.audit(stamp.audit("employee.change", "employee", report.id().value(),
                        "supervisor " + employee.id() + " left: now reports to " + now));
            }
            return draft.answer(s -> s.of(stored));
        });
    }

    /**
     * Puts a new hire on post (§4.1.1): ONBOARDING becomes ON_POST from now, with a decision that
     * keeps HR's note. Anyone else's status is a transition refused; so is a hire who has not
     * passed every programme due before post, the refusal naming them.
     */
    public static Outcome<PeopleStores, Employee> placeOnPost(PeopleFacts.Posting facts, String note,
                                                              String policyVersion, Stamp stamp) {
        var employee = facts.employee();
        return Outcome.unless(Access.ownCase(stamp.actor(), employee.id(), "put on post"), () -> {
            if (employee.status() != EmploymentStatus.ONBOARDING) {
                return Outcome.refused(Refusal.transition("employee", employee.id(), employee.status(),
                        "put on post"));
            }
            if (!facts.notPassed().isEmpty()) {
                return Outcome.refused(Refusal.policy("§4.1.1", "people.on-post.training",
                        "%s has not passed the training due before post: %s".formatted(employee.id(),
                                String.join(", ", facts.notPassed()))));
            }
            var posted = employee.withStatus(EmploymentStatus.ON_POST, stamp.now());
            var draft = Outcome.<PeopleStores>draft();
            draft.decision(stamp.decision(ON_POST, employee.id(), EmploymentStatus.ON_POST.name(), List.of(Reason.of(
                    "§4.1.1", "people.on-post", "%s finished onboarding and is on post from %s: %s".formatted(
                            employee.id(), posted.effectiveFrom(), note.strip()), "effectiveFrom",
                    posted.effectiveFrom())), policyVersion, posted.effectiveFrom()));
            var stored = draft.change(Change.of(s -> s.employees().update(posted)));
            draft.event(new PeopleEvent.EmploymentStatusChanged(employee.id(), employee.status(),
                    EmploymentStatus.ON_POST, "onboarding finished", stamp.now()));
            draft.audit(stamp.audit("employee.on-post", "employee", employee.id().value(), note.strip()));
            return draft.answer(s -> s.of(stored));
        });
    }

    private static Optional<Refusal> stillEmployed(Employee employee, String action) {
        return employee.status().employed() ? Optional.empty()
                : Optional.of(Refusal.transition("employee", employee.id(), employee.status(), action));
    }

    /** The history of a record is kept in order: a change never takes effect before the version it follows. */
    private static Optional<Refusal> inOrder(Employee employee, Instant at) {
        return at.isBefore(employee.effectiveFrom())
                ? Optional.of(Refusal.invalid("effectiveAt", "must not be before " + employee.effectiveFrom()
                + ", when the record's current version took effect"))
                : Optional.empty();
    }

    private static Optional<Refusal> supervisorProblem(ChangeEmployment command, PeopleFacts.Changing facts) {
        if (command.supervisorId() == null) {
            return Optional.empty();
        }
        var employee = facts.employee();
        if (facts.newSupervisor().isEmpty()) {
            return Optional.of(Refusal.invalid("supervisorId", "no such employee"));
        }
        var supervisor = facts.newSupervisor().get();
        if (supervisor.id().equals(employee.id()) || facts.aboveNewSupervisor().contains(employee.id())) {
            return Optional.of(Refusal.policy("§1.2", "people.reporting-line.cycle", supervisor.id().equals(employee.id())
                    ? "nobody supervises themself"
                    : supervisor.id() + " reports, up the line, to " + employee.id()
                    + ": a reporting line never forms a cycle", "supervisorId"));
        }
        if (!supervisor.status().employed()) {
            return Optional.of(Refusal.invalid("supervisorId", supervisor.id() + " no longer works here ("
                    + supervisor.status() + ")"));
        }
        return Optional.empty();
    }

    /** Each term that differs, with its old and new value as text, in a fixed order. */
    private static Map<String, List<String>> changedTerms(Employee before, Employee after) {
        var terms = new LinkedHashMap<String, List<String>>();
        put(terms, "supervisor", before.supervisor().map(EmployeeId::value).orElse("nobody"),
                after.supervisor().map(EmployeeId::value).orElse("nobody"));
        put(terms, "department", before.department().value(), after.department().value());
        put(terms, "level", Integer.toString(before.level()), Integer.toString(after.level()));
        put(terms, "category", before.category().name(), after.category().name());
        put(terms, "monthlyWage", before.monthlyWage().map(Money::toString).orElse("unknown"),
                after.monthlyWage().map(Money::toString).orElse("unknown"));
        return terms;
    }

    private static void put(Map<String, List<String>> terms, String term, String before, String after) {
        if (!Objects.equals(before, after)) {
            terms.put(term, List.of(before, after));
        }
    }
}
