package org.servicepolicy.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.ChangeEmployment;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.ViolationType;

/** §1.3.3, §4.3.2: a revoked demotion is undone as if it had never happened, time at level included. */
class RevokedDemotionTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");

    private final Company company = new Company();
    private final DisciplineService discipline = company.policy.discipline();

    @Test
    @DisplayName("§4.3.2: revoking a demotion on appeal gives back the level and the time already served at it")
    void aRevokedDemotionRestoresTheTimeAtLevel() {
        var hired = staff();
        var demotion = demote();
        company.clock.advance(Duration.ofDays(10));
        discipline.appeal(company.actor("staff"), demotion.id(), "it was someone else");
        assertThat(staff().levelSince()).as("the demotion restarted the clock").isAfter(hired.levelSince());
        company.clock.advance(Duration.ofDays(10));

        discipline.decideAppeal(company.actor("hr2"), demotion.id(), AppealOutcome.REVOKED, "the register was wrong");

        var restored = staff();
        assertThat(restored.level()).isEqualTo(hired.level());
        assertThat(restored.levelSince()).isEqualTo(hired.levelSince());
        var timeAtLevel = company.policy.career().eligibility(company.actor("hr"), STAFF).conditions().stream()
                .filter(c -> c.id().equals("time-at-level")).findFirst().orElseThrow();
        assertThat(timeAtLevel.met()).as("hired in 2024, at level 3 since then").isTrue();
        assertThat(timeAtLevel.reason().facts()).containsEntry("levelSince", hired.levelSince().toString());
    }

    @Test
    @DisplayName("§1.2: a level HR set after the demotion stands when the demotion is revoked")
    void aLaterLevelDecidedByHrStands() {
        demote();
        company.clock.advance(Duration.ofDays(5));
        var promoted = company.policy.people().change(company.actor("hr"), STAFF,
                ChangeEmployment.because("new role").atLevel(5));
        var demotion = company.stores.penalties().of(STAFF).stream()
                .filter(p -> p.levelBefore().isPresent()).findFirst().orElseThrow();

        discipline.appeal(company.actor("staff"), demotion.id(), "it was someone else");
        discipline.decideAppeal(company.actor("hr2"), demotion.id(), AppealOutcome.REVOKED, "the register was wrong");

        assertThat(staff().level()).isEqualTo(5);
        assertThat(staff().levelSince()).isEqualTo(promoted.levelSince());
    }

    private Penalty demote() {
        company.record("staff", ViolationType.CONFIDENTIALITY_BREACH, null, null);
        var demotion = company.record("staff", ViolationType.ABSENTEEISM, null, 1).penalty().orElseThrow();
        discipline.issue(company.actor("hr"), demotion.id());
        assertThat(staff().level()).isEqualTo(2);
        return demotion;
    }

    private Employee staff() {
        return company.stores.employees().find(STAFF).orElseThrow();
    }
}
