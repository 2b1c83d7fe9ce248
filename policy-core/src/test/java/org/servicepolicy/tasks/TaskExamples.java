package org.servicepolicy.tasks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.StandardPolicy;

/**
 * Tasks, people and stamps made in memory, for calling the rules and access functions of the
 * tasks area directly, without stores. The people: {@code boss} manages ops; {@code lead}
 * reports to boss and assigns work to {@code staff}, who reports to lead; {@code peer} reports
 * to boss; {@code seller} works in sales; {@code hr} holds HR.
 */
final class TaskExamples {
    private static final Instant HIRED = Instant.parse("2020-01-01T00:00:00Z");

    static final Instant NOW = Instant.parse("2030-01-07T09:00:00Z");
    static final DepartmentId OPS = DepartmentId.of("ops");
    static final DepartmentId SALES = DepartmentId.of("sales");

    private TaskExamples() {
    }

    static Employee employee(String id, EmploymentStatus status) {
        var supervisor = switch (id) {
            case "staff" -> Optional.of(EmployeeId.of("lead"));
            case "lead", "peer" -> Optional.of(EmployeeId.of("boss"));
            default -> Optional.<EmployeeId>empty();
        };
        var category = id.equals("boss") ? EmployeeCategory.MANAGER : EmployeeCategory.STAFF;
        var department = id.equals("seller") ? SALES : id.equals("hr") ? DepartmentId.of("hr") : OPS;
        return new Employee(EmployeeId.of(id), id, category, supervisor, department, 3, LocalDate.of(2020, 1, 1),
                status, Optional.empty(), Set.of(), HIRED, HIRED, 1);
    }

    /** Staff on post, with lead and boss above them. */
    static ReportingLine staffLine() {
        return line(employee("staff", EmploymentStatus.ON_POST), "lead", "boss");
    }

    static ReportingLine line(Employee employee, String... superiors) {
        return new ReportingLine(employee, Arrays.stream(superiors).map(EmployeeId::of).collect(Collectors.toSet()));
    }

    /** The actor of {@code id}: boss manages ops, hr holds HR, everyone is an employee. */
    static Actor actor(String id) {
        var roles = Stream.of(Role.EMPLOYEE, id.equals("boss") ? Role.MANAGER : null, id.equals("hr") ? Role.HR : null)
                .filter(r -> r != null).collect(Collectors.toSet());
        return new Actor(EmployeeId.of(id), roles, Optional.of(employee(id, EmploymentStatus.ON_POST).department()));
    }

    static Actor supervisionGroup(String id) {
        return new Actor(EmployeeId.of(id), Set.of(Role.EMPLOYEE, Role.SUPERVISION_GROUP), Optional.of(SALES));
    }

    /** A task lead assigned to staff at {@code NOW} minus a day, due in ten days, with two requirements, copying peer and sales. */
    static Task assigned() {
        var at = NOW.minus(Duration.ofDays(1));
        var terms = new TaskTerms(1, "Close the quarter's books", List.of("Figures reconciled", "A chart per region"),
                "As the finance template", NOW.plus(Duration.ofDays(10)), at, EmployeeId.of("lead"), Optional.empty());
        return new Task(TaskId.of("task-1"), "Quarterly figures", EmployeeId.of("lead"), EmployeeId.of("staff"),
                List.of(EmployeeId.of("peer")), List.of(SALES), StandardPolicy.VERSION, Optional.of(Period.ofWeeks(1)),
                List.of(terms), List.of(new TaskTransition(TaskStatus.ASSIGNED, at, EmployeeId.of("lead"),
                        Optional.empty())), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 1);
    }

    /** A task like {@link #assigned()}, with id {@code id}, from {@code assigner} to {@code assignee}, copying nobody. */
    static Task uncopied(String id, String assigner, String assignee) {
        var like = assigned();
        return new Task(TaskId.of(id), like.title(), EmployeeId.of(assigner), EmployeeId.of(assignee), List.of(),
                List.of(), like.policyVersion(), like.progressInterval(), like.terms(), like.history(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), 1);
    }

    /** {@link #assigned()}, accepted by staff when assigned. */
    static Task inProgress() {
        var task = assigned();
        return task.accept(task.assignedAt(), EmployeeId.of("staff"));
    }

    static TaskFacts.OfTask facts(Task task) {
        return new TaskFacts.OfTask(task, staffLine());
    }

    static Stamp stamp(String actor) {
        return stamp(actor, NOW);
    }

    static Stamp stamp(String actor, Instant now) {
        var ids = new AtomicLong();
        return new Stamp(actor(actor), now, () -> "new-" + ids.incrementAndGet());
    }

    static Refusal refusalOf(Outcome<?, ?> outcome) {
        if (outcome instanceof Outcome.Refused<?, ?> refused) {
            return refused.refusal();
        }
        throw new AssertionError("decided, not refused: " + outcome);
    }

    static Outcome.Decided<?, ?> decided(Outcome<?, ?> outcome) {
        if (outcome instanceof Outcome.Decided<?, ?> decided) {
            return decided;
        }
        throw new AssertionError("refused: " + ((Outcome.Refused<?, ?>) outcome).refusal());
    }

    static List<String> eventTypes(Outcome<?, ?> outcome) {
        return decided(outcome).events().stream().map(DomainEvent::type).toList();
    }
}
