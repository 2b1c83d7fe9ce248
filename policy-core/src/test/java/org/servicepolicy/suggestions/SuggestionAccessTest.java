package org.servicepolicy.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.manager;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;

/** §5.2.1, §1.3.3: who may do what with employee suggestions, asked directly, without stores. */
class SuggestionAccessTest {
    private static final Instant HIRED = Instant.parse("2024-01-01T00:00:00Z");

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    private static Suggestion byStaffReviewedByManager() {
        return new Suggestion(SuggestionId.of("s-1"), EmployeeId.of("staff"), "Shorter queue", "A second counter",
                SuggestionArea.PROCESSES, Optional.of(EmployeeId.of("manager")), List.of(
                new SuggestionTransition(SuggestionStatus.SUBMITTED, AT, EmployeeId.of("staff"), Optional.empty()),
                new SuggestionTransition(SuggestionStatus.UNDER_REVIEW, AT.plusSeconds(60), EmployeeId.of("hr"),
                        Optional.empty())), 2);
    }

    private static Employee employee(EmploymentStatus status) {
        return new Employee(EmployeeId.of("staff"), "Staff", EmployeeCategory.STAFF, Optional.empty(),
                DepartmentId.of("service"), 3, LocalDate.of(2024, 1, 1), status, Optional.empty(), Set.of(), HIRED, HIRED, 1);
    }

    @Test
    void itsAuthorItsReviewerAndHrSeeASuggestionAndNobodyElse() {
        var suggestion = byStaffReviewedByManager();
        assertThat(SuggestionAccess.mayView(staff("staff", "service"), suggestion)).isTrue();
        assertThat(SuggestionAccess.mayView(manager("manager", "service"), suggestion)).isTrue();
        assertThat(SuggestionAccess.mayView(hr("hr"), suggestion)).isTrue();
        assertThat(SuggestionAccess.mayView(staff("colleague", "service"), suggestion)).isFalse();
        assertThat(SuggestionAccess.mayView(manager("pm", "projects"), suggestion)).isFalse();
    }

    @Test
    void onlyEmployeesOfTheCompanySubmitSuggestions() {
        assertThat(SuggestionAccess.maySubmit(Optional.of(employee(EmploymentStatus.ON_POST)))).isEmpty();
        var refused = Refusal.access("only employees of the company submit suggestions");
        assertThat(SuggestionAccess.maySubmit(Optional.of(employee(EmploymentStatus.DISMISSED)))).contains(refused);
        assertThat(SuggestionAccess.maySubmit(Optional.empty())).contains(refused);
    }

    @Test
    void onlyHrAssignsTheReviewerAndNeverOfTheirOwnSuggestion() {
        var suggestion = byStaffReviewedByManager();
        assertThat(SuggestionAccess.mayAssignReviewer(hr("hr"), suggestion)).isEmpty();
        assertThat(SuggestionAccess.mayAssignReviewer(manager("manager", "service"), suggestion))
                .contains(Refusal.access("only HR assigns the reviewer of a suggestion"));
        var ownByHr = new Suggestion(suggestion.id(), EmployeeId.of("hr"), suggestion.title(), suggestion.text(),
                suggestion.area(), Optional.empty(), suggestion.history().subList(0, 1), 1);
        assertThat(refusal(SuggestionAccess.mayAssignReviewer(hr("hr"), ownByHr)).toException())
                .hasMessageContaining("in their own case (§1.3.3)");
    }

    @Test
    void itsReviewerOrHrDecidesASuggestionNeverItsAuthorAndToOthersItDoesNotExist() {
        var suggestion = byStaffReviewedByManager();
        assertThat(SuggestionAccess.mayDecide(manager("manager", "service"), suggestion)).isEmpty();
        assertThat(SuggestionAccess.mayDecide(hr("hr"), suggestion)).isEmpty();
        assertThat(refusal(SuggestionAccess.mayDecide(staff("staff", "service"), suggestion)).toException())
                .hasMessageContaining("in their own case (§1.3.3)");
        assertThat(SuggestionAccess.mayDecide(staff("colleague", "service"), suggestion))
                .contains(Refusal.missing("suggestion", "s-1"));
    }
}
