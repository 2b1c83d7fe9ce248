package org.servicepolicy.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.EmployeeId;

class DecisionServiceTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    private final Company company = new Company();
    private final DecisionService decisions = company.policy.decisions();

    @Test
    void theSupervisionGroupReadsConductDecisionsButNotCareerDecisions() {
        var proposal = company.late("staff", 10).proposal();
        var career = company.policy.career().recordEligibility(company.actor("hr"), STAFF);
        assertThat(decisions.decision(company.actor("inspector"), proposal.id())).isEqualTo(proposal);
        assertThatThrownBy(() -> decisions.decision(company.actor("inspector"), career.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(decisions.about(company.actor("inspector"), STAFF)).extracting(Decision::id)
                .containsExactly(proposal.id());
    }

    @Test
    void theEmployeeAndTheirManagerReadEveryDecisionAboutThem() {
        var proposal = company.late("staff", 10).proposal();
        var career = company.policy.career().recordEligibility(company.actor("hr"), STAFF);
        assertThat(decisions.about(company.actor("staff"), STAFF)).extracting(Decision::id)
                .containsExactly(proposal.id(), career.id());
        assertThat(decisions.decision(company.actor("manager"), career.id())).isEqualTo(career);
        assertThatThrownBy(() -> decisions.about(company.actor("colleague"), STAFF))
                .isInstanceOf(NotFoundException.class);
    }
}
