package org.servicepolicy.discipline;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.PolicyVersions;

/** What the use cases of work discipline load before they decide. */
public final class DisciplineFacts {
    private DisciplineFacts() {
    }

    /**
     * The facts of recording a violation: the employee (held, so that decisions about them take
     * turns), their history, and the policy in force when the violation happened.
     *
     * @param employee  whose violation
     * @param history   their violations so far, oldest first
     * @param penalties their penalties so far
     * @param leave     their leave requests
     * @param policy    the version in force at the violation's instant
     */
    public record Recording(Employee employee, List<Violation> history, List<Penalty> penalties,
                            List<LeaveRequest> leave, PolicyDefinition policy) {
        /** Copies the lists. */
        public Recording {
            Objects.requireNonNull(employee, "employee");
            history = List.copyOf(history);
            penalties = List.copyOf(penalties);
            leave = List.copyOf(leave);
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * The facts of a step of a penalty's lifecycle.
     *
     * @param penalty   the penalty, read after its employee is held
     * @param employee  whom it is about
     * @param violation the violation it answers
     * @param versions  every policy version, to take the one in force at the step's deciding fact
     * @param record    every version of the employee's record, oldest first: a revoked demotion
     *                  restores the time at level it interrupted (§4.3.2)
     */
    public record PenaltyCase(Penalty penalty, Employee employee, Violation violation, PolicyVersions versions,
                              List<Employee> record) {
        /** Requires every part and copies the record. */
        public PenaltyCase {
            Objects.requireNonNull(penalty, "penalty");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(violation, "violation");
            Objects.requireNonNull(versions, "versions");
            record = List.copyOf(record);
        }
    }

    /**
     * The facts of requesting leave.
     *
     * @param employee whose leave
     * @param policy   the version in force now, when the request is made
     */
    public record LeaveRequesting(Employee employee, PolicyDefinition policy) {
        /** Requires every part. */
        public LeaveRequesting {
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * The facts of deciding a leave request.
     *
     * @param request    the request
     * @param employee   whose leave (held)
     * @param violations their violations, some of which approved leave may excuse
     * @param penalties  their penalties
     * @param leave      their leave requests, whose approved ones cover with the request
     * @param versions   every policy version, for the one in force at each excused violation
     * @param record     every version of the employee's record, oldest first, for the time at
     *                   level a revoked demotion gives back
     */
    public record LeaveDeciding(LeaveRequest request, Employee employee, List<Violation> violations,
                                List<Penalty> penalties, List<LeaveRequest> leave, PolicyVersions versions,
                                List<Employee> record) {
        /** Copies the lists. */
        public LeaveDeciding {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(employee, "employee");
            violations = List.copyOf(violations);
            penalties = List.copyOf(penalties);
            leave = List.copyOf(leave);
            Objects.requireNonNull(versions, "versions");
            record = List.copyOf(record);
        }
    }
}
