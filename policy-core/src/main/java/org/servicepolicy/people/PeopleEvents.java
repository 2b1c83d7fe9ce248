package org.servicepolicy.people;

import java.time.Instant;
import java.util.Map;
import org.servicepolicy.kernel.DomainEvent;

/** Events about people and departments. */
public final class PeopleEvents {
    private PeopleEvents() {
    }

    /** A department was created. */
    public record DepartmentCreated(String departmentId, String name, Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return departmentId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("name", name);
        }
    }

    /** An employee was hired. */
    public record EmployeeHired(String employeeId, String departmentId, String category, Instant occurredAt)
            implements DomainEvent {
        @Override
        public String aggregateId() {
            return employeeId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("departmentId", departmentId, "category", category);
        }
    }

    /** An employee's level changed (a demotion, or its revocation). */
    public record EmployeeLevelChanged(String employeeId, int from, int to, String cause, Instant occurredAt)
            implements DomainEvent {
        @Override
        public String aggregateId() {
            return employeeId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("from", Integer.toString(from), "to", Integer.toString(to), "cause", cause);
        }
    }

    /** An employee's status changed (a dismissal, or its revocation). */
    public record EmploymentStatusChanged(String employeeId, String from, String to, String cause, Instant occurredAt)
            implements DomainEvent {
        @Override
        public String aggregateId() {
            return employeeId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("from", from, "to", to, "cause", cause);
        }
    }
}
