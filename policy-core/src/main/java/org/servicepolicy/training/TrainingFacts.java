package org.servicepolicy.training;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.TrainingProgramme;

/** What the use cases of training load before they decide, and the loaders they share. */
final class TrainingFacts {
    private TrainingFacts() {
    }

    /**
     * The facts of scheduling a session.
     *
     * @param programme the programme named, if the policy in force has it
     * @param attendees the attendees named, by id, each if they exist
     * @param trainer   the training employee named, if one is and exists
     * @param taken     whether a session with the id asked for exists
     */
    record Scheduling(Optional<TrainingProgramme> programme, Map<EmployeeId, Optional<Employee>> attendees,
                      Optional<Employee> trainer, boolean taken) {
        Scheduling {
            Objects.requireNonNull(programme, "programme");
            attendees = Map.copyOf(attendees);
            Objects.requireNonNull(trainer, "trainer");
        }
    }

    /**
     * The facts of assessing an attendee, or of HR's decision about their retakes.
     *
     * @param session     the session, when assessing
     * @param trainee     the trainee, held for the decision
     * @param programme   the programme, if the policy in force has it
     * @param assessments the trainee's assessments so far
     * @param rulings     HR's retake rulings about the trainee so far
     * @param policy      the version in force now
     */
    record Assessing(Optional<TrainingSession> session, Employee trainee, Optional<TrainingProgramme> programme,
                     List<TrainingAssessment> assessments, List<RetakeRuling> rulings, PolicyDefinition policy) {
        Assessing {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(trainee, "trainee");
            Objects.requireNonNull(programme, "programme");
            assessments = List.copyOf(assessments);
            rulings = List.copyOf(rulings);
            Objects.requireNonNull(policy, "policy");
        }
    }

    /** The session {@code id} if {@code actor} may read it; to anyone else it does not exist. */
    static TrainingSession readable(TrainingStores s, Actor actor, TrainingSessionId id) {
        var session = s.training().findSession(id).orElseThrow(() -> new NotFoundException("training session", id));
        if (!TrainingAccess.mayRead(actor, session, s.employees().findAll(session.attendees()))) {
            throw new NotFoundException("training session", id);
        }
        return session;
    }

    /** The employee {@code id} if {@code actor} may read their training; to anyone else they do not exist. */
    static Employee readable(TrainingStores s, Actor actor, EmployeeId id) {
        var employee = s.employees().find(id).orElseThrow(() -> new NotFoundException("employee", id));
        if (!TrainingAccess.mayRead(actor, employee)) {
            throw new NotFoundException("employee", id);
        }
        return employee;
    }

    /** The employee {@code id} held for a decision. */
    static Employee held(TrainingStores s, EmployeeId id) {
        return s.employees().findForDecision(id).orElseThrow(() -> new NotFoundException("employee", id));
    }

    /** What {@code employee} owes at {@code at}, under the version in force then (see {@link TrainingObligations}). */
    static List<TrainingObligation> obligations(TrainingStores s, Employee employee, Instant at) {
        var policy = s.policies().inForceAt(at);
        return TrainingObligations.of(employee, s.employees().history(employee.id()),
                s.training().assessmentsOf(employee.id()), s.serviceEvaluations().followUpsOf(employee.id()),
                policy.training(), policy.company().zone(), at);
    }
}
