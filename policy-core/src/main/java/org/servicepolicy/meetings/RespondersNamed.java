package org.servicepolicy.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Event: a department's responders on the internal platform were named (§5.1.1).
 *
 * @param department which
 * @param responders who, by id; none when it names nobody
 * @param namedBy    who named them
 * @param occurredAt when
 */
public record RespondersNamed(DepartmentId department, List<EmployeeId> responders, EmployeeId namedBy,
                              Instant occurredAt) implements DomainEvent {
    /** Requires every part. */
    public RespondersNamed {
        Objects.requireNonNull(department, "department");
        responders = List.copyOf(responders);
        Objects.requireNonNull(namedBy, "namedBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return department.value();
    }

    @Override
    public Map<String, String> attributes() {
        return Map.of("responderIds", responders.stream().map(EmployeeId::value).collect(Collectors.joining(",")),
                "namedById", namedBy.value());
    }
}
