package org.servicepolicy.meetings;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;

/**
 * The employees a department names to answer on the internal platform (§5.1.1); a request to the
 * department naming nobody goes to the first of them by id still working in it.
 *
 * @param department the department
 * @param responders its responders, by id, each once; none when it names nobody (any more)
 * @param namedBy    who named them: the department's manager or HR
 * @param namedAt    when
 * @param version    the optimistic-locking version
 */
public record DepartmentResponders(DepartmentId department, List<EmployeeId> responders, EmployeeId namedBy,
                                   Instant namedAt, long version) {
    /** Requires every part; keeps the responders by id, each once. */
    public DepartmentResponders {
        Objects.requireNonNull(department, "department");
        responders = responders.stream().distinct().sorted(Comparator.comparing(EmployeeId::value)).toList();
        Objects.requireNonNull(namedBy, "namedBy");
        Objects.requireNonNull(namedAt, "namedAt");
    }

    /** These responders as stored at {@code storedVersion}. */
    public DepartmentResponders atVersion(long storedVersion) {
        return new DepartmentResponders(department, responders, namedBy, namedAt, storedVersion);
    }
}
