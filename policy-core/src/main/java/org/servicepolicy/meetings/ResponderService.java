package org.servicepolicy.meetings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.UnitOfWork;

/**
 * Use cases of the departments' responders on the internal platform (§5.1.1): a department's
 * manager or HR names them, and all staff read them. A request to the department naming nobody
 * goes to the first of them still working in it ({@code DepartmentRequestRules}).
 */
public final class ResponderService {
    private final UnitOfWork<MeetingStores> work;

    /** Wires the service to its unit of work. */
    public ResponderService(UnitOfWork<MeetingStores> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Names the responders of {@code department}, replacing those named before: its manager or HR. */
    public DepartmentResponders name(Actor actor, DepartmentId department, NameResponders command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(department, "department");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var now = work.now();
        return work.run(actor, now, s -> {
            var policy = s.policies().inForceAt(now);
            return new ResponderRules.Naming(s.departments().find(department),
                    s.employees().findAll(command.responders()), s.responders().of(department), policy.meetings(),
                    policy.version());
        }, (facts, stamp) -> ResponderRules.name(department, command, facts, stamp));
    }

    /** The responders of {@code department}, to any employee; empty while it names none. */
    public Optional<DepartmentResponders> of(Actor actor, DepartmentId department) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(department, "department");
        return work.stores().responders().of(department);
    }

    /** The responders of every department that ever named some, by department id, to any employee. */
    public List<DepartmentResponders> all(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return work.stores().responders().all();
    }
}
