package org.servicepolicy.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;

/** Builds an {@link Employee}; start from {@link Fixtures#employee(String)}. */
public final class EmployeeBuilder {
    private final EmployeeId id;
    private String name = "Zhang Wei 张伟";
    private EmployeeCategory category = EmployeeCategory.STAFF;
    private Optional<EmployeeId> supervisor = Optional.empty();
    private DepartmentId department = Fixtures.DEPARTMENT;
    private int level = 3;
    private LocalDate hireDate = LocalDate.of(2020, 2, 29);
    private EmploymentStatus status = EmploymentStatus.ON_POST;
    private Optional<Money> monthlyWage = Optional.empty();
    private Set<Role> grantedRoles = Set.of();
    private Optional<Instant> effectiveFrom = Optional.empty();
    private Optional<Instant> levelSince = Optional.empty();
    private long version;

    EmployeeBuilder(EmployeeId id) {
        this.id = id;
    }

    /** Sets the full name. */
    public EmployeeBuilder name(String value) {
        this.name = value;
        return this;
    }

    /** Sets the category. */
    public EmployeeBuilder category(EmployeeCategory value) {
        this.category = value;
        return this;
    }

    /** Sets the direct supervisor. */
    public EmployeeBuilder supervisor(EmployeeId value) {
        this.supervisor = Optional.of(value);
        return this;
    }

    /** Sets the department. */
    public EmployeeBuilder department(DepartmentId value) {
        this.department = value;
        return this;
    }

    /** Sets the level. */
    public EmployeeBuilder level(int value) {
        this.level = value;
        return this;
    }

    /** Sets the hire date. */
    public EmployeeBuilder hireDate(LocalDate value) {
        this.hireDate = value;
        return this;
    }

    /** Sets the employment status. */
    public EmployeeBuilder status(EmploymentStatus value) {
        this.status = value;
        return this;
    }

    /** Sets the monthly wage. */
    public EmployeeBuilder monthlyWage(Money value) {
        this.monthlyWage = Optional.of(value);
        return this;
    }

    /** Sets the granted roles (HR, SUPERVISION_GROUP). */
    public EmployeeBuilder grantedRoles(Set<Role> value) {
        this.grantedRoles = value;
        return this;
    }

    /** Sets when this version of the record took effect; by default the start of the hire date, UTC. */
    public EmployeeBuilder effectiveFrom(Instant value) {
        this.effectiveFrom = Optional.of(value);
        return this;
    }

    /** Sets since when the employee has been at their level; by default the start of the hire date, UTC. */
    public EmployeeBuilder levelSince(Instant value) {
        this.levelSince = Optional.of(value);
        return this;
    }

    /** Sets the optimistic-locking version. */
    public EmployeeBuilder version(long value) {
        this.version = value;
        return this;
    }

    /** The employee. */
    public Employee build() {
        var hired = hireDate.atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Employee(id, name, category, supervisor, department, level, hireDate, status, monthlyWage,
                grantedRoles, effectiveFrom.orElse(hired), levelSince.orElse(hired), version);
    }
}
