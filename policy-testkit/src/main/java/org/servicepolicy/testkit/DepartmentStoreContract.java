package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.people.Department;

/** The contract of {@link org.servicepolicy.people.DepartmentStore}. */
public abstract class DepartmentStoreContract extends PortContract {

    @Test
    void anAddedDepartmentIsFoundWithItsName() {
        var department = new Department(DepartmentId.of("D-1"), "Front desk — 前台 ‹quoted› 'name'");

        ports().departments().add(department);

        assertThat(ports().departments().find(department.id())).contains(department);
    }

    @Test
    void anUnknownDepartmentIsNotFound() {
        ports().departments().add(Fixtures.department("D-1"));

        assertThat(ports().departments().find(DepartmentId.of("D-2"))).isEmpty();
    }

    @Test
    void addingAnExistingIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = Fixtures.department("D-1");
        ports().departments().add(first);

        assertConflict("duplicate", () -> ports().departments().add(new Department(first.id(), "Another name")));
        assertThat(ports().departments().find(first.id())).contains(first);
    }

    @Test
    void allListsEveryDepartmentOrderedById() {
        for (var id : List.of("b-2", "A-10", "a-1", "A-9", "B-1")) {
            ports().departments().add(Fixtures.department(id));
        }

        assertThat(ports().departments().all()).extracting(d -> d.id().value())
                .containsExactly("A-10", "A-9", "B-1", "a-1", "b-2");
    }

    @Test
    void anEmptyStoreListsNoDepartments() {
        assertThat(ports().departments().all()).isEmpty();
    }
}
