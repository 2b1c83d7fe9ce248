package org.servicepolicy.decisions;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DecisionStore;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeStore;

/**
 * Reads stored decisions and their explanations, for whoever may see the person concerned:
 * conduct decisions (kinds {@code discipline.*}) as the person's conduct records, every other
 * decision (grades, rewards, career) as their personnel records (see {@link Access}).
 */
public final class DecisionService {
    private static final String CONDUCT = "discipline";
    private final DecisionStore decisions;
    private final EmployeeStore employees;

    /** Wires the service to its ports. */
    public DecisionService(DecisionStore decisions, EmployeeStore employees) {
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.employees = Objects.requireNonNull(employees, "employees");
    }

    /** The decision with {@code id}, if the actor may see its subject's records. */
    public Decision decision(Actor actor, DecisionId id) {
        var decision = decisions.find(id).orElseThrow(() -> new NotFoundException("decision", id));
        var subject = existing(decision.subject());
        if (decision.kind().area().equals(CONDUCT)) {
            Access.requireView(actor, subject, "decision", id);
        } else {
            Access.requireViewPersonnel(actor, subject, "decision", id);
        }
        return decision;
    }

    /**
     * The decisions about {@code subject} the actor may see, oldest first: conduct decisions for
     * whoever may see their conduct records, the rest only for whoever may see their personnel records.
     */
    public List<Decision> about(Actor actor, EmployeeId subject) {
        var employee = existing(subject);
        Access.requireView(actor, employee);
        var all = decisions.about(subject);
        return Access.canViewPersonnel(actor, employee) ? all
                : all.stream().filter(d -> d.kind().area().equals(CONDUCT)).toList();
    }

    private Employee existing(EmployeeId id) {
        return employees.find(id).orElseThrow(() -> new NotFoundException("employee", id));
    }
}
