package org.servicepolicy.people;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;

/** Events of the company's people (§1.2): departments, hires, and changes to level and status. */
public sealed interface PeopleEvent extends DomainEvent {
    /** A department was created. */
    record DepartmentCreated(DepartmentId department, String name, Instant occurredAt) implements PeopleEvent {
        /** Requires every part. */
        public DepartmentCreated {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return department.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("name", name);
        }
    }

    /** An employee was hired. */
    record EmployeeHired(EmployeeId employee, DepartmentId department, EmployeeCategory category, Instant occurredAt)
            implements PeopleEvent {
        /** Requires every part. */
        public EmployeeHired {
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return employee.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("departmentId", department.value(), "category", category.name());
        }
    }

    /** An employee's level changed, e.g. by a demotion or its revocation. */
    record EmployeeLevelChanged(EmployeeId employee, int from, int to, String cause, Instant occurredAt)
            implements PeopleEvent {
        /** Requires every part. */
        public EmployeeLevelChanged {
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return employee.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("from", Integer.toString(from), "to", Integer.toString(to), "cause", cause);
        }
    }

    /** An employee's employment status changed, e.g. by a dismissal or its revocation. */
    record EmploymentStatusChanged(EmployeeId employee, EmploymentStatus from, EmploymentStatus to, String cause,
                                   Instant occurredAt) implements PeopleEvent {
        /** Requires every part. */
        public EmploymentStatusChanged {
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return employee.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("from", from.name(), "to", to.name(), "cause", cause);
        }
    }

    /**
     * HR changed an employee's terms of employment, or their supervisor left (§1.2).
     *
     * @param terms         each term changed, with its new value
     * @param effectiveFrom when the change took effect
     */
    record EmploymentTermsChanged(EmployeeId employee, Map<String, String> terms, Instant effectiveFrom,
                                  Instant occurredAt) implements PeopleEvent {
        /** Requires every part and copies the terms in order. */
        public EmploymentTermsChanged {
            Objects.requireNonNull(employee, "employee");
            terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return employee.value();
        }

        @Override
        public Map<String, String> attributes() {
            var attributes = new LinkedHashMap<>(terms);
            attributes.put("effectiveFrom", effectiveFrom.toString());
            return attributes;
        }
    }
}
