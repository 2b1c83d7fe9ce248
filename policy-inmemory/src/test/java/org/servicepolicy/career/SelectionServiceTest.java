package org.servicepolicy.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Assessments;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.kernel.Reason;

/** Internal selection (§4.3.2) through the library, on in-memory stores. */
class SelectionServiceTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    private static final EmployeeId COLLEAGUE = EmployeeId.of("colleague");

    private final Company company = new Company();
    private final SelectionService selections = company.policy.selections();

    @BeforeEach
    void twoFinalisedCyclesMakeStaffAndColleagueEligible() {
        var assessments = new Assessments(company);
        var scores = Map.of("manager", 90, "staff", 80, "colleague", 80, "temp", 60);
        var january = assessments.openJanuary();
        assessments.evaluateEveryone(january, scores);
        assessments.after(january);
        company.policy.assessment().finalizeCycle(company.actor("hr"), january.id());
        var february = assessments.open("2026-02", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assessments.evaluateEveryone(february, scores);
        assessments.after(february);
        company.policy.assessment().finalizeCycle(company.actor("hr"), february.id());
    }

    private Selection open(int level) {
        return selections.open(company.actor("hr"), new OpenSelection("Project coordinator", level, "projects",
                company.clock.instant().plus(Duration.ofDays(7))));
    }

    @Test
    void eligibleEmployeesApplyAcrossDepartmentsAndTheChosenOneMovesToThePosition() {
        var selection = open(4);
        selections.apply(company.actor("staff"), selection.id());
        selections.apply(company.actor("colleague"), selection.id());
        company.clock.advance(Duration.ofDays(8));

        var result = selections.decide(company.actor("hr"), selection.id(),
                DecideSelection.choose("staff", "the strongest record with customers"));

        assertThat(result.selection().status()).isEqualTo(SelectionStatus.DECIDED);
        assertThat(result.selection().chosen()).contains(STAFF);
        assertThat(result.decisions()).extracting(d -> d.subject().value(), d -> d.outcome())
                .containsExactly(Tuple.tuple("staff", "CHOSEN"),
                        Tuple.tuple("colleague", "NOT_CHOSEN"));
        assertThat(result.decisions()).allSatisfy(d -> assertThat(d.reasons()).extracting(Reason::ruleId)
                .containsExactly("career.selection.decision", "career.selection.eligibility"));
        var moved = result.moved().orElseThrow();
        assertThat(moved.department()).isEqualTo(DepartmentId.of("projects"));
        assertThat(moved.level()).isEqualTo(4);
        assertThat(moved.levelSince()).isEqualTo(company.clock.instant());
        assertThat(company.policy.people().employee(company.actor("hr"), STAFF)).isEqualTo(moved);
        assertThat(company.stores.eventLog().after(0, 10_000)).extracting(PublishedEvent::type)
                .contains("SelectionOpened", "SelectionApplied", "SelectionDecided", "EmploymentTermsChanged");
    }

    @Test
    void anIneligibleEmployeeOrOneAboveThePositionCannotApply() {
        var selection = open(4);
        assertThatThrownBy(() -> selections.apply(company.actor("temp"), selection.id()))
                .isInstanceOf(PolicyRefusalException.class).hasMessageContaining("recent-grades");
        assertThatThrownBy(() -> selections.apply(company.actor("manager"), selection.id()))
                .isInstanceOf(PolicyRefusalException.class).hasMessageContaining("below");
        selections.apply(company.actor("staff"), selection.id());
        assertThatThrownBy(() -> selections.apply(company.actor("staff"), selection.id()))
                .isInstanceOf(ConflictException.class);
        assertThat(selections.selection(company.actor("hr"), selection.id()).applications())
                .extracting(SelectionApplication::employee).containsExactly(STAFF);
    }

    @Test
    void aSelectionIsDecidedOnceAfterItClosesAndTakesNoApplicationThen() {
        var selection = open(4);
        selections.apply(company.actor("staff"), selection.id());
        assertThatThrownBy(() -> selections.decide(company.actor("hr"), selection.id(),
                DecideSelection.choose("staff", "early"))).isInstanceOf(PolicyRefusalException.class);
        company.clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> selections.apply(company.actor("colleague"), selection.id()))
                .isInstanceOf(PolicyRefusalException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> selections.decide(company.actor("hr"), selection.id(),
                DecideSelection.choose("colleague", "not an applicant"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("chosenId");
        assertThatThrownBy(() -> selections.decide(company.actor("manager"), selection.id(),
                DecideSelection.none("no one fits"))).isInstanceOf(AccessDeniedException.class);
        var unchanged = selections.selection(company.actor("hr"), selection.id());
        assertThat(unchanged.status()).isEqualTo(SelectionStatus.OPEN);
        assertThat(company.policy.decisions().about(company.actor("hr"), STAFF))
                .noneMatch(d -> d.kind().equals(SelectionService.DECISION));

        var none = selections.decide(company.actor("hr"), selection.id(), DecideSelection.none("no one fits yet"));
        assertThat(none.moved()).isEmpty();
        assertThat(none.decisions()).extracting(d -> d.outcome()).containsExactly("NOT_CHOSEN");
        assertThat(company.policy.people().employee(company.actor("hr"), STAFF).level()).isEqualTo(3);
        assertThatThrownBy(() -> selections.decide(company.actor("hr"), selection.id(),
                DecideSelection.none("again"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void staffReadSelectionsButOnlyHrSeesEveryApplication() {
        var selection = open(4);
        selections.apply(company.actor("staff"), selection.id());
        selections.apply(company.actor("colleague"), selection.id());

        assertThat(selections.selection(company.actor("staff"), selection.id()).applications())
                .extracting(SelectionApplication::employee).containsExactly(STAFF);
        assertThat(selections.selection(company.actor("pm"), selection.id()).applications()).isEmpty();
        assertThat(selections.selections(company.actor("hr"))).singleElement()
                .satisfies(s -> assertThat(s.applications()).hasSize(2));
        assertThat(selections.selections(company.actor("colleague"))).singleElement()
                .satisfies(s -> assertThat(s.applications()).extracting(SelectionApplication::employee)
                        .containsExactly(COLLEAGUE));
    }

    @Test
    void onlyHrOpensASelectionAndBadInputNamesTheField() {
        assertThatThrownBy(() -> selections.open(company.actor("manager"), new OpenSelection("Lead", 4, "projects",
                company.clock.instant().plus(Duration.ofDays(1))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selections.open(company.actor("hr"), new OpenSelection(" ", 0, "projects",
                company.clock.instant()))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("position").hasMessageContaining("level").hasMessageContaining("closesAt");
        assertThatThrownBy(() -> selections.open(company.actor("hr"), new OpenSelection("Lead", 4, "nowhere",
                company.clock.instant().plus(Duration.ofDays(1))))).hasMessageContaining("departmentId");
        assertThat(selections.selections(company.actor("hr"))).isEmpty();
    }
}
