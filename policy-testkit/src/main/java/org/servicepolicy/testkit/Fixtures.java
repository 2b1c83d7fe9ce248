package org.servicepolicy.testkit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.EvaluationId;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.LeaveRequestId;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.Department;
import org.servicepolicy.tasks.TaskId;

/**
 * Test data for the contracts and for adapter authors' own tests: reference instants with
 * millisecond precision, and builders whose defaults make a valid record.
 */
public final class Fixtures {
    /**
     * The reference instant of the contracts. It has millisecond precision, the least an adapter
     * must keep.
     */
    public static final Instant T0 = Instant.parse("2025-03-04T09:15:30.123Z");

    /** The department the builders put employees in unless told otherwise. */
    public static final DepartmentId DEPARTMENT = DepartmentId.of("D-service");

    /** The employee the builders use as the subject of records unless told otherwise. */
    public static final EmployeeId EMPLOYEE = EmployeeId.of("E-staff");

    /** The employee the builders use as the person acting (recording, deciding). */
    public static final EmployeeId HR = EmployeeId.of("E-hr");

    /** The member of the service supervision group the builders use as an observation's recorder. */
    public static final EmployeeId SUPERVISOR = EmployeeId.of("E-supervisor");

    private Fixtures() {
    }

    /** {@link #T0} moved by {@code minutes} (negative for earlier). */
    public static Instant minutesAfterT0(long minutes) {
        return T0.plus(minutes, ChronoUnit.MINUTES);
    }

    /** A department with a name outside ASCII, to show the text survives storage. */
    public static Department department(String id) {
        return new Department(DepartmentId.of(id), "Customer service 客户服务部 " + id);
    }

    /** An employee with every optional part absent, in {@link #DEPARTMENT}, at version 0. */
    public static EmployeeBuilder employee(String id) {
        return new EmployeeBuilder(EmployeeId.of(id));
    }

    /** A MINOR lateness of {@link #EMPLOYEE} at {@link #T0}, recorded by {@link #HR}, at version 0. */
    public static ViolationBuilder violation(String id) {
        return new ViolationBuilder(ViolationId.of(id));
    }

    /** A WARNING proposed at {@link #T0} by {@link #HR} for a violation of {@link #EMPLOYEE}, at version 0. */
    public static PenaltyBuilder penalty(String id, ViolationId violation, DecisionId decision) {
        return new PenaltyBuilder(PenaltyId.of(id), violation, decision);
    }

    /** A request by {@link #EMPLOYEE} for a day of leave starting a day after {@link #T0}, at version 0. */
    public static LeaveRequestBuilder leaveRequest(String id) {
        return new LeaveRequestBuilder(LeaveRequestId.of(id));
    }

    /**
     * A task assigned at {@link #T0} by {@link #HR} to {@link #EMPLOYEE}, due a week later, with
     * two requirements, no progress interval and nobody copied, at version 0.
     */
    public static TaskBuilder task(String id) {
        return new TaskBuilder(TaskId.of(id));
    }

    /** A ladder decision about {@link #EMPLOYEE} taken at {@link #T0}, with one reason. */
    public static DecisionBuilder decision(String id) {
        return new DecisionBuilder(DecisionId.of(id));
    }

    /**
     * An OPEN assessment cycle of the whole company for the first quarter of 2025, counted in
     * Asia/Shanghai, opened at {@link #T0} by {@link #HR}, at version 0.
     */
    public static AssessmentCycleBuilder assessmentCycle(String id) {
        return new AssessmentCycleBuilder(AssessmentCycleId.of(id));
    }

    /** The SUPERIOR evaluation of {@link #EMPLOYEE} by {@link #HR} in {@code cycle}, submitted at {@link #T0}. */
    public static EvaluationBuilder evaluation(String id, AssessmentCycleId cycle) {
        return new EvaluationBuilder(EvaluationId.of(id), cycle);
    }

    /**
     * The GOOD grade of {@link #EMPLOYEE} of {@link #DEPARTMENT} in {@code cycle} (the first
     * quarter of 2025), explained by {@code decision} and finalized at {@link #T0}.
     */
    public static CycleGradeBuilder cycleGrade(AssessmentCycleId cycle, DecisionId decision) {
        return new CycleGradeBuilder(cycle, decision);
    }

    /**
     * A certificate, a 2000 CNY bonus and a public commendation proposed at {@link #T0} by
     * {@link #HR} for an Excellent grade of {@link #EMPLOYEE}, proposed by {@code decision}, at
     * version 0.
     */
    public static RewardBuilder reward(String id, DecisionId decision) {
        return new RewardBuilder(id, decision);
    }

    /**
     * A suggestion about processes submitted by {@link #EMPLOYEE} at {@link #T0}, with no
     * reviewer, at version 0.
     */
    public static SuggestionBuilder suggestion(String id) {
        return new SuggestionBuilder(id);
    }

    /**
     * A MINOR nonconformity with the reception-wait standard, observed on site at {@link #T0}
     * concerning {@link #EMPLOYEE}, recorded by {@link #SUPERVISOR} 30 minutes later.
     */
    public static ObservationBuilder observation(String id) {
        return new ObservationBuilder(id);
    }

    /** A MINOR reception-wait finding of {@link #EMPLOYEE} observed at {@link #T0}, from observation O-1. */
    public static ServiceFindingBuilder finding(String id) {
        return new ServiceFindingBuilder(id);
    }

    /**
     * An open report by {@link #HR} to the service supervision group about {@link #EMPLOYEE}'s
     * conduct at {@link #T0}, with the reception-wait standard, reported 30 minutes later, at version 0.
     */
    public static ServiceReportBuilder serviceReport(String id) {
        return new ServiceReportBuilder(id);
    }

    /**
     * An open STANDARD service case of {@link #EMPLOYEE} for customer C-1001, opened at
     * {@link #T0} and due 72 hours later, under policy version v1.
     */
    public static ServiceCaseBuilder serviceCase(String id) {
        return new ServiceCaseBuilder(id);
    }

    /** An audit entry by {@link #HR} at {@code at} about {@code subjectType} {@code subjectId}. */
    public static AuditEntry auditEntry(Instant at, String subjectType, String subjectId, String detail) {
        return new AuditEntry(at, HR, subjectType + ".change", subjectType, subjectId, detail);
    }

    /** An event with the given type, aggregate, instant and attributes. */
    public static DomainEvent event(String type, String aggregateId, Instant occurredAt, Map<String, String> attributes) {
        return new SampleEvent(type, aggregateId, occurredAt, attributes);
    }

    /** Alternating names and values as an ordered map. */
    public static Map<String, String> attributes(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** Every combination of the roles an employee can be granted. */
    public static List<Set<Role>> grantableRoleSets() {
        return List.of(Set.of(), Set.of(Role.HR), Set.of(Role.SUPERVISION_GROUP),
                Set.of(Role.HR, Role.SUPERVISION_GROUP));
    }

    private record SampleEvent(String type, String aggregateId, Instant occurredAt, Map<String, String> attributes)
            implements DomainEvent {
        private SampleEvent {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(aggregateId, "aggregateId");
            Objects.requireNonNull(occurredAt, "occurredAt");
            attributes = Map.copyOf(attributes);
        }
    }
}
