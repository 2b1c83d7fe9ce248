package org.servicepolicy.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PublishedEvent;

/** Development plans (§4.3.1) through the library, on in-memory stores. */
class DevelopmentPlanServiceTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");

    private final Company company = new Company();
    private final DevelopmentPlanService plans = company.policy.developmentPlans();

    private DevelopmentPlan propose(String superior, String employee, String... programmes) {
        return plans.propose(company.actor(superior), new ProposeDevelopmentPlan(employee,
                List.of("Lead the counter team"), 4, "Shift lead", List.of(programmes)));
    }

    @Test
    void theManagerProposesTheEmployeeAgreesAndProgressCountsTheCompletedProgrammes() {
        var proposed = propose("manager", "staff", "PERIODIC_SERVICE", "RULES_REFRESHER", "EXTERNAL");
        assertThat(proposed.status()).isEqualTo(DevelopmentPlanStatus.PROPOSED);
        assertThat(proposed.proposedBy()).isEqualTo(EmployeeId.of("manager"));

        company.clock.advance(Duration.ofDays(1));
        var agreed = plans.agree(company.actor("staff"), proposed.id());
        assertThat(agreed.status()).isEqualTo(DevelopmentPlanStatus.AGREED);
        assertThat(agreed.agreedAt()).contains(company.clock.instant());

        company.stores.completedProgrammes().record(STAFF, "EXTERNAL", company.clock.instant());
        company.stores.completedProgrammes().record(STAFF, "COMPLIANCE_AWARENESS", company.clock.instant());
        company.stores.completedProgrammes().record(STAFF, "RULES_REFRESHER",
                company.clock.instant().plus(Duration.ofDays(30)));
        var progress = plans.progress(company.actor("manager"), agreed.id());
        assertThat(progress.completed()).containsExactly("EXTERNAL");
        assertThat(progress.outstanding()).containsExactly("PERIODIC_SERVICE", "RULES_REFRESHER");
        assertThat(progress.share()).isEqualByComparingTo(new BigDecimal("0.3333"));
        assertThat(company.stores.eventLog().after(0, 10_000)).extracting(PublishedEvent::type)
                .contains("DevelopmentPlanProposed", "DevelopmentPlanAgreed");
    }

    @Test
    void neitherPartyAloneMakesThePlanAndNobodyProposesTheirOwn() {
        assertThatThrownBy(() -> propose("staff", "staff", "EXTERNAL")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> propose("colleague", "staff", "EXTERNAL")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> propose("hr", "staff", "EXTERNAL")).isInstanceOf(AccessDeniedException.class);
        var proposed = propose("manager", "staff", "EXTERNAL");
        assertThatThrownBy(() -> plans.agree(company.actor("manager"), proposed.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.agree(company.actor("hr"), proposed.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(plans.plan(company.actor("hr"), proposed.id())).isEqualTo(proposed);
        plans.agree(company.actor("staff"), proposed.id());
        assertThatThrownBy(() -> plans.agree(company.actor("staff"), proposed.id()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aNewProposalSupersedesOneNotAgreedAndANewAgreementTheOneBefore() {
        var first = plans.agree(company.actor("staff"), propose("manager", "staff", "EXTERNAL").id());
        var unagreed = propose("manager", "staff", "PERIODIC_SERVICE");
        var second = propose("manager", "staff", "RULES_REFRESHER");
        plans.agree(company.actor("staff"), second.id());

        assertThat(plans.plansOf(company.actor("staff"), STAFF)).extracting(DevelopmentPlan::id, DevelopmentPlan::status)
                .containsExactly(Tuple.tuple(first.id(), DevelopmentPlanStatus.SUPERSEDED),
                        Tuple.tuple(unagreed.id(), DevelopmentPlanStatus.SUPERSEDED),
                        Tuple.tuple(second.id(), DevelopmentPlanStatus.AGREED));
        assertThatThrownBy(() -> plans.agree(company.actor("staff"), unagreed.id()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        assertThatThrownBy(() -> plans.propose(company.actor("manager"), new ProposeDevelopmentPlan("staff",
                List.of(), null, " ", List.of("EXTERNAL", "EXTERNAL", "lower case"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("goals")
                .hasMessageContaining("target").hasMessageContaining("programmes");
        assertThatThrownBy(() -> propose("manager", "nobody", "EXTERNAL")).isInstanceOf(NotFoundException.class);
        assertThat(plans.plansOf(company.actor("staff"), STAFF)).isEmpty();
    }

    @Test
    void plansAreReadByTheEmployeeTheirSuperiorsAndHr() {
        var plan = propose("manager", "staff", "EXTERNAL");
        assertThat(plans.plansOf(company.actor("hr"), STAFF)).containsExactly(plan);
        assertThat(plans.progress(company.actor("staff"), plan.id()).share()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> plans.plan(company.actor("colleague"), plan.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.plansOf(company.actor("pm"), STAFF)).isInstanceOf(NotFoundException.class);
    }
}
