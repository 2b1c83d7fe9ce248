package org.servicepolicy.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;

/** §1.2: HR creates departments and hires employees; an id is never given twice. */
class PeopleRulesTest {
    private static final Stamp HR = new Stamp(new Actor(EmployeeId.of("hr"), Set.of(Role.HR), Optional.empty()),
            Instant.parse("2026-11-30T10:00:00Z"), () -> "generated");
    private static final PolicyDefinition STANDARD = StandardPolicy.definition();
    private static final NewEmployee SAM = NewEmployee.of("sam", "Sam Zhao", EmployeeCategory.STAFF, "service", 3,
            LocalDate.of(2026, 12, 1)).earning(new BigDecimal("8000"));

    @Test
    void aHireStartsOnboardingUnlessTheCommandOrTheCategorySaysOtherwise() {
        var decided = decided(PeopleRules.hire(SAM, false, STANDARD.company(), STANDARD.training(), HR));
        assertThat(decided.events()).singleElement().isInstanceOfSatisfying(PeopleEvent.EmployeeHired.class,
                hired -> assertThat(hired.category()).isEqualTo(EmployeeCategory.STAFF));
        assertThat(decided.audit().get(0).detail()).isEqualTo("STAFF in service at level 3, ONBOARDING");

        var onPost = decided(PeopleRules.hire(SAM.starting(EmploymentStatus.ON_POST), false, STANDARD.company(),
                STANDARD.training(), HR));
        assertThat(onPost.audit().get(0).detail()).isEqualTo("STAFF in service at level 3, ON_POST");

        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("training.onboarding.skipCategories", "TEMPORARY,STAFF");
        var skipping = PolicyDefinition.of("skipping", Instant.EPOCH, settings);
        var skipped = decided(PeopleRules.hire(SAM, false, skipping.company(), skipping.training(), HR));
        assertThat(skipped.audit().get(0).detail()).isEqualTo("STAFF in service at level 3, ON_POST");
    }

    @Test
    void anIdAlreadyTakenIsADuplicate() {
        assertThat(PeopleRules.hire(SAM, true, STANDARD.company(), STANDARD.training(), HR))
                .isEqualTo(Outcome.refused(Refusal.duplicate("employee", "sam")));
        assertThat(PeopleRules.createDepartment(new NewDepartment("service", "Customer Service"), true, HR))
                .isEqualTo(Outcome.refused(Refusal.duplicate("department", "service")));
    }

    @Test
    void aDepartmentWithoutAnIdGetsANewOne() {
        var decided = decided(PeopleRules.createDepartment(new NewDepartment(null, " Projects "), false, HR));
        assertThat(decided.events()).singleElement().isInstanceOfSatisfying(PeopleEvent.DepartmentCreated.class,
                created -> {
                    assertThat(created.department().value()).isEqualTo("generated");
                    assertThat(created.name()).isEqualTo("Projects");
                });
    }

    private static <R> Outcome.Decided<PeopleStores, R> decided(Outcome<PeopleStores, R> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Decided.class);
        return (Outcome.Decided<PeopleStores, R>) outcome;
    }
}
