package org.servicepolicy.career;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;

/** Events of internal selection (§4.3.2). */
public sealed interface SelectionEvent extends DomainEvent {
    /** The selection. */
    SelectionId selection();

    @Override
    default String aggregateId() {
        return selection().value();
    }

    /** {@code Selection} and the record's name, such as {@code SelectionOpened}. */
    @Override
    default String type() {
        return "Selection" + getClass().getSimpleName();
    }

    /**
     * HR opened a selection.
     *
     * @param selection  which
     * @param level      the position's level
     * @param department the position's department
     * @param closesAt   when applications close
     * @param occurredAt when
     */
    record Opened(SelectionId selection, int level, DepartmentId department, Instant closesAt, Instant occurredAt)
            implements SelectionEvent {
        /** Requires every part. */
        public Opened {
            Objects.requireNonNull(selection, "selection");
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(closesAt, "closesAt");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("level", Integer.toString(level), "departmentId", department.value(),
                    "closesAt", closesAt.toString());
        }
    }

    /**
     * An eligible employee applied.
     *
     * @param selection  to which
     * @param employee   who
     * @param occurredAt when
     */
    record Applied(SelectionId selection, EmployeeId employee, Instant occurredAt) implements SelectionEvent {
        /** Requires every part. */
        public Applied {
            Objects.requireNonNull(selection, "selection");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value());
        }
    }

    /**
     * HR decided a selection.
     *
     * @param selection  which
     * @param chosen     the applicant chosen; empty for none
     * @param applicants how many applied
     * @param occurredAt when
     */
    record Decided(SelectionId selection, Optional<EmployeeId> chosen, int applicants, Instant occurredAt)
            implements SelectionEvent {
        /** Requires every part. */
        public Decided {
            Objects.requireNonNull(selection, "selection");
            Objects.requireNonNull(chosen, "chosen");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("chosen", chosen.map(EmployeeId::value).orElse("none"),
                    "applicants", Integer.toString(applicants));
        }
    }
}
