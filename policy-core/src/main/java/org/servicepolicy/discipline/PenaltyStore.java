package org.servicepolicy.discipline;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.ViolationId;

/** Port: penalties and their history, with optimistic locking. */
public interface PenaltyStore {
    /** Stores a new penalty at version 1 and returns it. */
    Penalty add(Penalty penalty);

    /** Replaces the penalty stored at {@code penalty.version()}; returns it at the next version. */
    Penalty update(Penalty penalty);

    /** The penalty with {@code id}. */
    Optional<Penalty> find(PenaltyId id);

    /** The penalties of {@code employee}, oldest proposal first. */
    List<Penalty> of(EmployeeId employee);

    /**
     * The penalties of each of {@code employees}, read set-based so that a whole assessment cycle
     * costs a bounded number of reads. The map has one entry per distinct employee, in the order
     * they were given, an employee without penalties mapping to an empty list; each list is what
     * {@link #of} returns for that employee.
     */
    Map<EmployeeId, List<Penalty>> ofAll(Collection<EmployeeId> employees);

    /** The penalties proposed for {@code violation}. */
    List<Penalty> forViolation(ViolationId violation);
}
