package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.meetings.DepartmentResponders;

/**
 * The contract of {@link org.servicepolicy.meetings.DepartmentResponderStore} (§5.1.1): a
 * department's responders come back whole, by id; saving replaces them optimistically, from
 * version 0 when it has named none; every department's are listed by department id.
 */
public abstract class DepartmentResponderStoreContract extends PortContract {
    private static final DepartmentId OTHER = DepartmentId.of("D-other");
    private static final EmployeeId FIRST = EmployeeId.of("E-a-first");
    private static final EmployeeId SECOND = EmployeeId.of("E-b-second");

    @BeforeEach
    void seedThePeople() {
        givenTheFixtureEmployees();
        givenEmployee(FIRST);
        givenEmployee(SECOND);
        givenDepartment(OTHER);
    }

    private static DepartmentResponders named(DepartmentId department, List<EmployeeId> responders, long version) {
        return new DepartmentResponders(department, responders, Fixtures.HR, Fixtures.T0, version);
    }

    @Test
    void theFirstRespondersAreSavedFromVersionZeroAndComeBackById() {
        assertThat(ports().departmentResponders().of(Fixtures.DEPARTMENT)).isEmpty();

        var saved = ports().departmentResponders().save(named(Fixtures.DEPARTMENT, List.of(SECOND, FIRST), 0));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.responders()).containsExactly(FIRST, SECOND);
        assertThat(ports().departmentResponders().of(Fixtures.DEPARTMENT)).contains(saved);
    }

    @Test
    void savingAgainReplacesThemOptimistically() {
        var first = ports().departmentResponders().save(named(Fixtures.DEPARTMENT, List.of(FIRST), 0));
        var second = ports().departmentResponders().save(named(Fixtures.DEPARTMENT, List.of(SECOND),
                first.version()));
        var none = ports().departmentResponders().save(named(Fixtures.DEPARTMENT, List.of(), second.version()));

        assertThat(none.version()).isEqualTo(3);
        assertThat(ports().departmentResponders().of(Fixtures.DEPARTMENT)).contains(none);
        assertThatThrownBy(() -> ports().departmentResponders().save(named(Fixtures.DEPARTMENT, List.of(FIRST), 1)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports().departmentResponders().save(named(Fixtures.DEPARTMENT, List.of(FIRST), 0)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports().departmentResponders().save(named(OTHER, List.of(FIRST), 1)))
                .isInstanceOf(ConflictException.class);
        assertThat(ports().departmentResponders().of(OTHER)).isEmpty();
    }

    @Test
    void everyDepartmentsRespondersAreListedByDepartmentId() {
        ports().departmentResponders().save(named(OTHER, List.of(SECOND), 0));
        ports().departmentResponders().save(named(Fixtures.DEPARTMENT, List.of(FIRST), 0));

        assertThat(ports().departmentResponders().all()).extracting(r -> r.department().value())
                .containsExactly("D-other", "D-service");
    }
}
