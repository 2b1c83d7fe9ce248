package org.servicepolicy.meetings;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.DepartmentId;

/** Port: the responders each department names on the internal platform (§5.1.1), with optimistic locking. */
public interface DepartmentResponderStore {
    /**
     * Stores {@code responders} in place of their department's, whose stored version is
     * {@code responders.version()} (0 when the department has named none yet), and returns them
     * at the next version; another version is a {@code ConflictException} (stale).
     */
    DepartmentResponders save(DepartmentResponders responders);

    /** The responders of {@code department}; empty while it has named none. */
    Optional<DepartmentResponders> of(DepartmentId department);

    /** The responders of every department that ever named some, by department id (none, when it named nobody since). */
    List<DepartmentResponders> all();
}
