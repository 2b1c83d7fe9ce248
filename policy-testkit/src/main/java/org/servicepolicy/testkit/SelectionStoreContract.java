package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.career.OpenSelection;
import org.servicepolicy.career.Selection;
import org.servicepolicy.career.SelectionApplication;
import org.servicepolicy.career.SelectionId;
import org.servicepolicy.career.SelectionStatus;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;

/**
 * The contract of {@link org.servicepolicy.career.SelectionStore} (§4.3.2): a selection comes back
 * whole with its applications in order and its decision; updates are optimistic; every selection
 * comes newest first.
 */
public abstract class SelectionStoreContract extends PortContract {
    private static final DepartmentId TARGET = DepartmentId.of("D-target");
    private static final EmployeeId OTHER = EmployeeId.of("E-other");
    private static final DecisionId CHOSEN = DecisionId.of("DEC-chosen");
    private static final DecisionId NOT_CHOSEN = DecisionId.of("DEC-not-chosen");

    @BeforeEach
    void seedThePeopleAndDecisions() {
        givenTheFixtureEmployees();
        givenEmployee(OTHER);
        givenDepartment(TARGET);
        givenDecision(Fixtures.decision(CHOSEN.value()).build());
        givenDecision(Fixtures.decision(NOT_CHOSEN.value()).build());
    }

    private static Selection selection(String id, Instant at) {
        return Selection.opened(SelectionId.of(id), new OpenSelection("Shift lead, 客户 desk", 4, TARGET.value(),
                at.plus(Duration.ofDays(14))), Fixtures.HR, at);
    }

    @Test
    void aSelectionComesBackWholeThroughItsDecisionAndUpdatesAreOptimistic() {
        var added = ports().selections().add(selection("SEL-1", Fixtures.T0));
        var first = ports().selections().update(added.with(new SelectionApplication(Fixtures.EMPLOYEE,
                Fixtures.minutesAfterT0(1), Fixtures.DEPARTMENT, 3, "standard")));
        var both = ports().selections().update(first.with(new SelectionApplication(OTHER,
                Fixtures.minutesAfterT0(2), Fixtures.DEPARTMENT, 4, "standard")));
        var decided = ports().selections().update(both.decided(Optional.of(OTHER), Fixtures.HR,
                Fixtures.T0.plus(Duration.ofDays(15)), List.of(NOT_CHOSEN, CHOSEN)));

        assertThat(decided.version()).isEqualTo(4);
        var found = ports().selections().find(added.id()).orElseThrow();
        assertThat(found).isEqualTo(decided);
        assertThat(found.status()).isEqualTo(SelectionStatus.DECIDED);
        assertThat(found.applications()).extracting(SelectionApplication::employee)
                .containsExactly(Fixtures.EMPLOYEE, OTHER);
        assertThat(found.decisions()).containsExactly(NOT_CHOSEN, CHOSEN);
        assertThat(ports().selections().find(SelectionId.of("SEL-9"))).isEmpty();
        assertThatThrownBy(() -> ports().selections().add(selection("SEL-1", Fixtures.T0)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports().selections().update(first.with(new SelectionApplication(OTHER,
                Fixtures.minutesAfterT0(3), Fixtures.DEPARTMENT, 4, "standard"))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports().selections().update(selection("SEL-9", Fixtures.T0).atVersion(1)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void everySelectionComesNewestFirst() {
        ports().selections().add(selection("SEL-1", Fixtures.T0));
        ports().selections().add(selection("SEL-3", Fixtures.minutesAfterT0(5)));
        ports().selections().add(selection("SEL-2", Fixtures.minutesAfterT0(5)));

        assertThat(ports().selections().all()).extracting(s -> s.id().value())
                .containsExactly("SEL-2", "SEL-3", "SEL-1");
    }
}
