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
import org.servicepolicy.people.EmployeeStore;

/** Reads stored decisions and their explanations, for whoever may see the person concerned. */
public final class DecisionService {
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
        Access.requireView(actor, employees.find(decision.subject())
                .orElseThrow(() -> new NotFoundException("employee", decision.subject())));
        return decision;
    }

    /** The decisions about {@code subject}, oldest first, if the actor may see their records. */
    public List<Decision> about(Actor actor, EmployeeId subject) {
        Access.requireView(actor, employees.find(subject).orElseThrow(() -> new NotFoundException("employee", subject)));
        return decisions.about(subject);
    }
}
