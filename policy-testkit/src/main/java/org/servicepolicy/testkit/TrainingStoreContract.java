package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.training.Attendance;
import org.servicepolicy.training.RetakeOutcome;
import org.servicepolicy.training.RetakeRuling;
import org.servicepolicy.training.Trainer;
import org.servicepolicy.training.TrainingAssessment;
import org.servicepolicy.training.TrainingSession;
import org.servicepolicy.training.TrainingSessionId;

/**
 * The contract of {@link org.servicepolicy.training.TrainingStore} (§4.1, §4.2): a session comes
 * back whole, with its trainer of either kind and its attendance, and updates are optimistic;
 * an employee's sessions are those they attend or train, by start; assessments and retake
 * rulings come back whole, oldest first, and one employee is assessed once per session; a key
 * of an employee is marked once, even under concurrent sweeps.
 */
public abstract class TrainingStoreContract extends PortContract {
    private static final EmployeeId TRAINEE = EmployeeId.of("E-trainee");
    private static final Duration HOUR = Duration.ofHours(1);

    @BeforeEach
    void seedThePeople() {
        givenTheFixtureEmployees();
        givenEmployee(Fixtures.employee(TRAINEE.value()).build());
    }

    private static TrainingSession session(String id, Instant startsAt, Trainer trainer, EmployeeId... attendees) {
        return new TrainingSession(TrainingSessionId.of(id), "NEW_HIRE_SERVICE", startsAt, trainer, List.of(attendees),
                Fixtures.HR, Fixtures.T0, Map.of(), 0);
    }

    private static TrainingAssessment assessment(String id, String session, int score, Instant at) {
        return new TrainingAssessment(id, TrainingSessionId.of(session), TRAINEE, "PERIODIC_SERVICE", score, 60,
                score >= 60, score >= 60 ? Optional.of(at.plus(Duration.ofDays(365))) : Optional.empty(), at,
                Fixtures.HR);
    }

    @Test
    void aSessionComesBackWholeAtVersionOneAndUpdatesAreOptimistic() {
        var added = ports().training().addSession(session("S-1", Fixtures.T0.plus(HOUR),
                Trainer.outsideExpert("Dr. Zhāng – 外部专家"), TRAINEE, Fixtures.EMPLOYEE));

        assertThat(added.version()).isEqualTo(1);
        assertThat(ports().training().findSession(TrainingSessionId.of("S-1"))).contains(added);
        var attended = ports().training().updateSession(added.withAttendance(TRAINEE, Attendance.UNEXCUSED)
                .withAttendance(Fixtures.EMPLOYEE, Attendance.PRESENT));

        assertThat(attended.version()).isEqualTo(2);
        assertThat(ports().training().findSession(TrainingSessionId.of("S-1"))).contains(attended);
        assertThat(attended.attendanceOf(TRAINEE)).contains(Attendance.UNEXCUSED);
        assertConflict("stale-version", () -> ports().training().updateSession(added));
        assertThatThrownBy(() -> ports().training().updateSession(session("S-9", Fixtures.T0,
                Trainer.employee(Fixtures.SUPERVISOR), TRAINEE).atVersion(1)))
                .isInstanceOf(NotFoundException.class);
        assertConflict("duplicate", () -> ports().training().addSession(session("S-1", Fixtures.T0,
                Trainer.employee(Fixtures.SUPERVISOR), TRAINEE)));
        assertThat(ports().training().findSession(TrainingSessionId.of("S-9"))).isEmpty();
    }

    @Test
    void anEmployeesSessionsAreThoseTheyAttendOrTrainByStart() {
        var later = ports().training().addSession(session("S-1", Fixtures.T0.plus(HOUR.multipliedBy(3)),
                Trainer.employee(Fixtures.SUPERVISOR), TRAINEE));
        var earlier = ports().training().addSession(session("S-2", Fixtures.T0.plus(HOUR),
                Trainer.outsideExpert("Outside expert"), TRAINEE, Fixtures.EMPLOYEE));

        assertThat(ports().training().sessionsOf(TRAINEE)).containsExactly(earlier, later);
        assertThat(ports().training().sessionsOf(Fixtures.EMPLOYEE)).containsExactly(earlier);
        assertThat(ports().training().sessionsOf(Fixtures.SUPERVISOR)).containsExactly(later);
        assertThat(ports().training().sessionsOf(Fixtures.HR)).isEmpty();
    }

    @Test
    void assessmentsComeBackWholeOldestFirstAndOncePerSession() {
        var pass = ports().training().addAssessment(assessment("A-2", "S-2", 75, Fixtures.T0.plus(HOUR)));
        var fail = ports().training().addAssessment(assessment("A-1", "S-1", 40, Fixtures.T0));

        assertThat(ports().training().assessmentsOf(TRAINEE)).containsExactly(fail, pass);
        assertThat(ports().training().assessmentsOf(Fixtures.EMPLOYEE)).isEmpty();
        assertThatThrownBy(() -> ports().training().addAssessment(assessment("A-3", "S-2", 90, Fixtures.T0)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports().training().addAssessment(assessment("A-1", "S-3", 90, Fixtures.T0)))
                .isInstanceOf(ConflictException.class);
        assertThat(ports().training().assessmentsOf(TRAINEE)).hasSize(2);
    }

    @Test
    void retakeRulingsComeBackWholeOldestFirst() {
        var decision = givenDecision(Fixtures.decision("D-ruling").subject(TRAINEE).build());
        var end = ports().training().addRuling(new RetakeRuling("R-2", TRAINEE, "NEW_HIRE_RULES", RetakeOutcome.END,
                "third fail after an extension", decision.id(), Fixtures.T0.plus(HOUR), Fixtures.HR));
        var extend = ports().training().addRuling(new RetakeRuling("R-1", TRAINEE, "NEW_HIRE_RULES",
                RetakeOutcome.EXTEND, "ill on the day – 生病", decision.id(), Fixtures.T0, Fixtures.HR));

        assertThat(ports().training().rulingsOf(TRAINEE)).containsExactly(extend, end);
        assertThat(ports().training().rulingsOf(Fixtures.EMPLOYEE)).isEmpty();
        assertThatThrownBy(() -> ports().training().addRuling(new RetakeRuling("R-1", TRAINEE, "NEW_HIRE_RULES",
                RetakeOutcome.END, "again", DecisionId.of("D-ruling"), Fixtures.T0, Fixtures.HR)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aKeyIsMarkedOnceWhenFirstMarked() {
        var at = Fixtures.T0.plus(HOUR);

        assertThat(ports().training().markOnce(TRAINEE, "OVERDUE:RECURRING:PERIODIC_SERVICE", at)).isTrue();
        assertThat(ports().training().markOnce(TRAINEE, "OVERDUE:RECURRING:PERIODIC_SERVICE", at.plus(HOUR)))
                .isFalse();
        assertThat(ports().training().markOnce(TRAINEE, "REMINDER:RECURRING:PERIODIC_SERVICE", at.plus(HOUR)))
                .isTrue();

        assertThat(ports().training().marked(TRAINEE))
                .containsEntry("OVERDUE:RECURRING:PERIODIC_SERVICE", at)
                .containsEntry("REMINDER:RECURRING:PERIODIC_SERVICE", at.plus(HOUR)).hasSize(2);
        assertThat(ports().training().marked(Fixtures.EMPLOYEE)).isEmpty();
    }

    @Test
    void concurrentSweepsMarkAKeyExactlyOnce() throws Exception {
        var at = Fixtures.T0.plus(HOUR);
        var sweeps = 4;
        var start = new CyclicBarrier(sweeps);
        var pool = Executors.newFixedThreadPool(sweeps);
        try {
            var attempts = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < sweeps; i++) {
                Callable<Boolean> mark = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return ports().transactions().inTransaction(() -> ports().training().markOnce(TRAINEE,
                            "OVERDUE:NEW_HIRE:NEW_HIRE_RULES", at));
                };
                attempts.add(pool.submit(mark));
            }
            var marked = 0;
            for (var attempt : attempts) {
                marked += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(marked).isEqualTo(1);
            assertThat(ports().training().marked(TRAINEE)).containsOnlyKeys("OVERDUE:NEW_HIRE:NEW_HIRE_RULES");
        } finally {
            pool.shutdownNow();
        }
    }
}
