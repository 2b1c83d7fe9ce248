package org.servicepolicy.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.Select;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.fixtures.Trainings;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewEmployee;

/**
 * §4.1.1: over generated histories of a new hire's assessments (any programme, any score), the
 * hire is ON_POST exactly when every programme due before post is passed, and a score refused
 * for used-up attempts changes nothing.
 */
class PostingGateProperties {
    private static final EmployeeId NEWBIE = EmployeeId.of("newbie");
    private static final List<String> PROGRAMMES = List.of("NEW_HIRE_SERVICE", "NEW_HIRE_RULES", "PERIODIC_SERVICE");

    /** One step of a history: a session of {@code programme} where the hire scores {@code score}. */
    record Step(String programme, int score) {
    }

    /** A generated history. */
    record History(List<Step> steps) {
    }

    private static Stream<History> histories() {
        return Instancio.ofList(History.class).size(25).withSeed(4_111L)
                .supply(Select.all(History.class), PostingGateProperties::history)
                .create().stream();
    }

    private static History history(Random random) {
        var steps = new ArrayList<Step>();
        for (int i = random.intRange(1, 9); i > 0; i--) {
            steps.add(new Step(random.oneOf(PROGRAMMES), random.intRange(0, 100)));
        }
        return new History(steps);
    }

    @ParameterizedTest
    @MethodSource("histories")
    void onPostExactlyWhenEveryProgrammeDueBeforePostIsPassed(History history) {
        var company = new Company();
        var trainings = new Trainings(company);
        var training = company.policy.training();
        company.policy.people().hire(company.actor("hr"), NewEmployee.of("newbie", "New Bie",
                EmployeeCategory.STAFF, "service", 1, company.clock.instant().atZone(java.time.ZoneOffset.UTC)
                        .toLocalDate()).reportingTo("manager"));
        for (var step : history.steps()) {
            var session = trainings.started(step.programme(), "newbie");
            training.recordAttendance(company.actor("hr"), session.id(), new RecordAttendance("newbie",
                    Attendance.PRESENT));
            var assessed = company.stores.training().assessmentsOf(NEWBIE).size();
            var mayTry = Attempts.of(company.policy.policies().inForceAt(company.clock.instant()).training()
                    .programme(step.programme()).orElseThrow(), company.stores.training().assessmentsOf(NEWBIE),
                    company.stores.training().rulingsOf(NEWBIE)).mayTryAgain();
            if (mayTry) {
                training.recordScore(company.actor("hr"), session.id(), new RecordScore("newbie", step.score()));
            } else {
                assertThatThrownBy(() -> training.recordScore(company.actor("hr"), session.id(),
                        new RecordScore("newbie", step.score()))).isInstanceOf(PolicyRefusalException.class);
                assertThat(company.stores.training().assessmentsOf(NEWBIE)).hasSize(assessed);
            }
            var status = company.policy.people().employee(company.actor("hr"), NEWBIE).status();
            assertThat(status == EmploymentStatus.ON_POST).isEqualTo(training.mandatoryNotPassed(NEWBIE).isEmpty());
        }
    }
}
