package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.ports.Ports;

/**
 * The base of every port contract: gives each test fresh, empty ports from
 * {@link #newPorts()} and releases them afterwards, and seeds the records other records refer
 * to.
 */
public abstract class PortContract {
    /** How many ids {@link #manyIdsAmong} gives. */
    protected static final int MANY_IDS = 1_200;

    private PortsUnderTest underTest;
    private Ports ports;

    /**
     * New ports over fresh, empty storage, all sharing one transaction scope. Called before
     * every test; {@link PortsUnderTest#close()} is called after it.
     */
    protected abstract PortsUnderTest newPorts() throws Exception;

    /** Opens the ports of one test. */
    @BeforeEach
    protected final void openPorts() throws Exception {
        underTest = Objects.requireNonNull(newPorts(), "newPorts() returned null");
        ports = Objects.requireNonNull(underTest.ports(), "ports() returned null");
    }

    /** Releases the ports of one test. */
    @AfterEach
    protected final void closePorts() throws Exception {
        if (underTest != null) {
            underTest.close();
        }
    }

    /** The ports of the running test. */
    protected final Ports ports() {
        return ports;
    }

    /** Adds the department {@code id} unless it exists. */
    protected final void givenDepartment(DepartmentId id) {
        if (ports.departments().find(id).isEmpty()) {
            ports.departments().add(Fixtures.department(id.value()));
        }
    }

    /** Adds {@code employee}'s department when missing, then the employee; returns it as stored. */
    protected final Employee givenEmployee(Employee employee) {
        givenDepartment(employee.department());
        return ports.employees().add(employee);
    }

    /** Adds a staff member with the default fixture values and {@code id}; returns them as stored. */
    protected final Employee givenEmployee(EmployeeId id) {
        return givenEmployee(Fixtures.employee(id.value()).build());
    }

    /** Adds {@link Fixtures#EMPLOYEE} and {@link Fixtures#HR}, whom the record builders refer to. */
    protected final void givenTheFixtureEmployees() {
        givenEmployee(Fixtures.HR);
        givenEmployee(Fixtures.EMPLOYEE);
    }

    /** Appends {@code decision} and returns it. */
    protected final Decision givenDecision(Decision decision) {
        ports.decisions().append(decision);
        return decision;
    }

    /**
     * {@value #MANY_IDS} employee ids, far more than an adapter binds in one statement (a JDBC
     * adapter cuts id lists into a few hundred per statement): {@code present} spread over the
     * start, the middle and the end, so that they fall into different statements, and ids of
     * nobody in between.
     */
    protected static List<EmployeeId> manyIdsAmong(List<EmployeeId> present) {
        var ids = new ArrayList<EmployeeId>();
        for (int i = 0; ids.size() < MANY_IDS - present.size(); i++) {
            ids.add(EmployeeId.of("E-nobody-%04d".formatted(i)));
        }
        for (int i = 0; i < present.size(); i++) {
            ids.add(present.size() == 1 ? 0 : i * (ids.size() / (present.size() - 1)), present.get(i));
        }
        return List.copyOf(ids);
    }

    /** Asserts that {@code call} fails with a {@link ConflictException} whose reason is {@code reason}. */
    protected static void assertConflict(String reason, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
