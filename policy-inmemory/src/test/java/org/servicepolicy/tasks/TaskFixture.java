package org.servicepolicy.tasks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.fixtures.MutableClock;
import org.servicepolicy.inmemory.InMemoryStores;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.people.NewEmployee;

/**
 * A small company on in-memory stores and a hand-moved clock.
 *
 * <pre>
 * ceo (MANAGER, exec)
 * ├── boss (MANAGER, ops)
 * │   ├── lead (ops)
 * │   │   ├── staff (ops)
 * │   │   ├── newbie (ops, ONBOARDING)
 * │   │   └── gone (ops, LEFT)
 * │   └── peer (ops)
 * ├── salesboss (MANAGER, sales)
 * │   └── seller (sales)
 * └── hr (hr, granted HR)
 * </pre>
 */
final class TaskFixture {
    static final Instant START = Instant.parse("2030-01-07T09:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final InMemoryStores stores = new InMemoryStores();
    final ServicePolicy policy;

    TaskFixture() {
        this((builder, inMemory) -> builder);
    }

    /** A company whose wiring {@code customise} changes after the in-memory defaults are set. */
    TaskFixture(BiFunction<ServicePolicy.Builder, InMemoryStores, ServicePolicy.Builder> customise) {
        var counter = new AtomicLong();
        policy = customise.apply(ServicePolicy.builder().ports(stores).clock(clock)
                .ids(() -> "id-" + counter.incrementAndGet()), stores).build();
        var root = new Actor(EmployeeId.of("setup"), Set.of(Role.HR), Optional.empty());
        for (var department : List.of("exec", "ops", "sales", "hr")) {
            policy.people().createDepartment(root, new NewDepartment(department, department));
        }
        hire(root, "ceo", EmployeeCategory.MANAGER, null, "exec", EmploymentStatus.ON_POST, Set.of());
        hire(root, "boss", EmployeeCategory.MANAGER, "ceo", "ops", EmploymentStatus.ON_POST, Set.of());
        hire(root, "lead", EmployeeCategory.STAFF, "boss", "ops", EmploymentStatus.ON_POST, Set.of());
        hire(root, "staff", EmployeeCategory.STAFF, "lead", "ops", EmploymentStatus.ON_POST, Set.of());
        hire(root, "newbie", EmployeeCategory.STAFF, "lead", "ops", EmploymentStatus.ONBOARDING, Set.of());
        hire(root, "gone", EmployeeCategory.STAFF, "lead", "ops", EmploymentStatus.ON_POST, Set.of());
        hire(root, "peer", EmployeeCategory.STAFF, "boss", "ops", EmploymentStatus.ON_POST, Set.of());
        hire(root, "salesboss", EmployeeCategory.MANAGER, "ceo", "sales", EmploymentStatus.ON_POST, Set.of());
        hire(root, "seller", EmployeeCategory.STAFF, "salesboss", "sales", EmploymentStatus.ON_POST, Set.of());
        hire(root, "hr", EmployeeCategory.STAFF, "ceo", "hr", EmploymentStatus.ON_POST, Set.of(Role.HR));
        var gone = stores.employees().find(EmployeeId.of("gone")).orElseThrow();
        stores.employees().update(gone.withStatus(EmploymentStatus.LEFT));
    }

    private void hire(Actor root, String id, EmployeeCategory category, String supervisor, String department,
                      EmploymentStatus status, Set<Role> roles) {
        policy.people().hire(root, new NewEmployee(id, id, category, supervisor, department, 3,
                LocalDate.of(2020, 1, 1), status, null, roles));
    }

    TaskService tasks() {
        return policy.tasks();
    }

    /** The actor of employee {@code id}, with the roles their record gives. */
    Actor actor(String id) {
        return policy.people().actorFor(EmployeeId.of(id)).orElseThrow();
    }

    /** A task for {@code assignee} due in {@code dueIn}, with two requirements, copying peer and sales. */
    static NewTask newTask(String assignee, Duration dueIn, Instant now) {
        return new NewTask(assignee, "Quarterly figures", "Close the quarter's books",
                List.of("Figures reconciled with the ledger", "A chart per region"), "As the finance template",
                now.plus(dueIn), List.of("peer"), List.of("sales"), null);
    }

    /** Assigns a task from lead to staff, due in {@code dueIn}. */
    Task assigned(Duration dueIn) {
        return tasks().assign(actor("lead"), newTask("staff", dueIn, clock.instant()));
    }

    /** A task from lead that staff accepted, due in {@code dueIn}. */
    Task inProgress(Duration dueIn) {
        var task = assigned(dueIn);
        return tasks().accept(actor("staff"), task.id());
    }

    /** A task from lead that staff accepted and reported complete, every requirement met. */
    Task submitted(Duration dueIn) {
        var task = inProgress(dueIn);
        return tasks().reportCompletion(actor("staff"), task.id(), allMet(task));
    }

    /** A task from lead that staff refused with a reason. */
    Task refused(Duration dueIn) {
        var task = assigned(dueIn);
        return tasks().refuse(actor("staff"), task.id(), "I am on the audit all week");
    }

    /** A completion report that finds every requirement of the current terms met. */
    static ReportCompletion allMet(Task task) {
        var checks = new ArrayList<SelfCheck>();
        for (int n = 1; n <= task.currentTerms().requirements().size(); n++) {
            checks.add(new SelfCheck(n, true, "done"));
        }
        return new ReportCompletion("All done", checks);
    }

    /** Every event published so far. */
    List<PublishedEvent> events() {
        return stores.eventLog().after(0, Integer.MAX_VALUE);
    }

    /** The types of the events about {@code task}, oldest first. */
    List<String> eventTypes(TaskId task) {
        return events().stream().filter(e -> e.aggregateId().equals(task.value())).map(PublishedEvent::type).toList();
    }
}
