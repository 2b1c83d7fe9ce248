package org.servicepolicy.people;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.DepartmentId;

/** Port: departments. */
public interface DepartmentStore {
    /** Stores a new department; an existing id is a {@code ConflictException}. */
    void add(Department department);

    /** The department with {@code id}. */
    Optional<Department> find(DepartmentId id);

    /** Every department, ordered by id. */
    List<Department> all();
}
