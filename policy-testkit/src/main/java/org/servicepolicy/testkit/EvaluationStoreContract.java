package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.ComponentScores;
import org.servicepolicy.assessment.Evaluation;
import org.servicepolicy.assessment.StandIn;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * The contract of {@link org.servicepolicy.assessment.EvaluationStore}: an evaluation comes back
 * exactly as submitted, a cycle's evaluations are listed by evaluated employee, then submission
 * time, then id, and nobody evaluates the same person twice in a cycle.
 */
public abstract class EvaluationStoreContract extends PortContract {
    private static final AssessmentCycleId CYCLE = AssessmentCycleId.of("C-1");
    private static final AssessmentCycleId OTHER_CYCLE = AssessmentCycleId.of("C-2");
    private static final EmployeeId PEER = EmployeeId.of("E-peer");
    private static final EmployeeId COLLEAGUE = EmployeeId.of("E-colleague");

    @BeforeEach
    void seedTheCyclesAndThePeopleEvaluationsReferTo() {
        givenTheFixtureEmployees();
        givenEmployee(PEER);
        givenEmployee(COLLEAGUE);
        ports().assessmentCycles().add(Fixtures.assessmentCycle(CYCLE.value()).build());
        ports().assessmentCycles().add(Fixtures.assessmentCycle(OTHER_CYCLE.value())
                .period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)).build());
    }

    @Test
    void anEvaluationIsFoundAsSubmitted() {
        var evaluation = Fixtures.evaluation("EV-1", CYCLE).build();

        ports().evaluations().add(evaluation);

        assertThat(ports().evaluations().of(CYCLE, Fixtures.EMPLOYEE)).containsExactly(evaluation);
        assertThat(ports().evaluations().inCycle(CYCLE)).containsExactly(evaluation);
        assertThat(ports().evaluations().inCycle(OTHER_CYCLE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EvaluatorRole.class)
    void everyRoleIsKept(EvaluatorRole role) {
        ports().evaluations().add(Fixtures.evaluation("EV-1", CYCLE).role(role).build());

        assertThat(ports().evaluations().of(CYCLE, Fixtures.EMPLOYEE)).singleElement()
                .extracting(Evaluation::role).isEqualTo(role);
    }

    /** §3.3.1: a superior evaluation given in a departed superior's place keeps whose place and why. */
    @ParameterizedTest
    @EnumSource(StandIn.Basis.class)
    void whoStoodInForWhomIsKept(StandIn.Basis basis) {
        var evaluation = Fixtures.evaluation("EV-1", CYCLE).evaluator(COLLEAGUE).inPlaceOf(PEER, basis).build();

        ports().evaluations().add(evaluation);

        assertThat(ports().evaluations().of(CYCLE, Fixtures.EMPLOYEE)).containsExactly(evaluation);
        assertThat(ports().evaluations().inCycle(CYCLE)).singleElement().extracting(Evaluation::standIn)
                .isEqualTo(Optional.of(new StandIn(COLLEAGUE, PEER, basis)));
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 0", "100, 100, 100", "0, 50, 100", "99, 1, 73"})
    void everyScoreFromZeroToAHundredIsKeptPerComponent(int acceptance, int execution, int discipline) {
        ports().evaluations().add(Fixtures.evaluation("EV-1", CYCLE).scores(acceptance, execution, discipline).build());

        assertThat(ports().evaluations().of(CYCLE, Fixtures.EMPLOYEE)).singleElement()
                .extracting(Evaluation::scores)
                .isEqualTo(new ComponentScores(acceptance, execution, discipline));
    }

    @Test
    void aLongCommentOutsideAsciiIsKeptWhole() {
        var comment = "认真负责，服务热情。Takes ownership — ".repeat(50).strip();

        ports().evaluations().add(Fixtures.evaluation("EV-1", CYCLE).comment(comment).build());

        assertThat(ports().evaluations().of(CYCLE, Fixtures.EMPLOYEE)).singleElement()
                .extracting(Evaluation::comment).isEqualTo(comment);
    }

    @Test
    void aCyclesEvaluationsAreListedByEvaluatedEmployeeThenSubmissionTimeThenId() {
        var staffBySelfLater = add(Fixtures.evaluation("EV-a", CYCLE).evaluator(Fixtures.EMPLOYEE)
                .role(EvaluatorRole.SELF).submittedAt(Fixtures.minutesAfterT0(30)));
        var peerBySuperior = add(Fixtures.evaluation("EV-b", CYCLE).evaluated(PEER));
        var staffByPeerSameTimeHigherId = add(Fixtures.evaluation("EV-d", CYCLE).evaluator(COLLEAGUE)
                .role(EvaluatorRole.PEER));
        var staffBySuperiorFirst = add(Fixtures.evaluation("EV-c", CYCLE).submittedAt(Fixtures.minutesAfterT0(-30)));
        var staffByPeerSameTimeLowerId = add(Fixtures.evaluation("EV-c2", CYCLE).evaluator(PEER)
                .role(EvaluatorRole.PEER));
        add(Fixtures.evaluation("EV-other", OTHER_CYCLE));
        var colleagueByStaff = add(Fixtures.evaluation("EV-e", CYCLE).evaluated(COLLEAGUE)
                .evaluator(Fixtures.EMPLOYEE).role(EvaluatorRole.PEER).submittedAt(Fixtures.minutesAfterT0(-90)));

        // E-colleague, then E-peer, then E-staff: ids sort as text.
        assertThat(ports().evaluations().inCycle(CYCLE)).containsExactly(colleagueByStaff, peerBySuperior,
                staffBySuperiorFirst, staffByPeerSameTimeLowerId, staffByPeerSameTimeHigherId, staffBySelfLater);
    }

    @Test
    void thePartOfACyclesEvaluationsOfSomeEmployeesIsListedInTheCyclesOrder() {
        var staffBySelf = add(Fixtures.evaluation("EV-a", CYCLE).evaluator(Fixtures.EMPLOYEE)
                .role(EvaluatorRole.SELF).submittedAt(Fixtures.minutesAfterT0(30)));
        add(Fixtures.evaluation("EV-b", CYCLE).evaluated(PEER));
        var staffBySuperior = add(Fixtures.evaluation("EV-c", CYCLE).submittedAt(Fixtures.minutesAfterT0(-30)));
        add(Fixtures.evaluation("EV-other", OTHER_CYCLE));
        var colleagueByStaff = add(Fixtures.evaluation("EV-e", CYCLE).evaluated(COLLEAGUE)
                .evaluator(Fixtures.EMPLOYEE).role(EvaluatorRole.PEER));

        assertThat(ports().evaluations().inCycleOf(CYCLE, List.of(Fixtures.EMPLOYEE, COLLEAGUE, Fixtures.EMPLOYEE)))
                .containsExactly(colleagueByStaff, staffBySuperior, staffBySelf);
        assertThat(ports().evaluations().inCycleOf(OTHER_CYCLE, List.of(COLLEAGUE))).isEmpty();
        assertThat(ports().evaluations().inCycleOf(CYCLE, List.of())).isEmpty();
    }

    @Test
    void thePartOfACyclesEvaluationsOfManyEmployeesHoldsEveryOneOfTheirs() {
        var ofPeer = add(Fixtures.evaluation("EV-b", CYCLE).evaluated(PEER));
        var ofStaff = add(Fixtures.evaluation("EV-c", CYCLE));

        assertThat(ports().evaluations().inCycleOf(CYCLE, manyIdsAmong(List.of(PEER, Fixtures.EMPLOYEE))))
                .containsExactly(ofPeer, ofStaff);
    }

    @Test
    void anEmployeesEvaluationsInACycleAreListedBySubmissionTimeThenId() {
        var self = add(Fixtures.evaluation("EV-a", CYCLE).evaluator(Fixtures.EMPLOYEE).role(EvaluatorRole.SELF)
                .submittedAt(Fixtures.minutesAfterT0(10)));
        var superior = add(Fixtures.evaluation("EV-b", CYCLE));
        var peer = add(Fixtures.evaluation("EV-c", CYCLE).evaluator(PEER).role(EvaluatorRole.PEER));
        add(Fixtures.evaluation("EV-d", CYCLE).evaluated(PEER));
        add(Fixtures.evaluation("EV-e", OTHER_CYCLE));

        assertThat(ports().evaluations().of(CYCLE, Fixtures.EMPLOYEE)).containsExactly(superior, peer, self);
        assertThat(ports().evaluations().of(CYCLE, COLLEAGUE)).isEmpty();
        assertThat(ports().evaluations().of(AssessmentCycleId.of("C-none"), Fixtures.EMPLOYEE)).isEmpty();
    }

    @Test
    void aSecondEvaluationOfThePersonByTheSameEvaluatorInTheCycleIsADuplicateConflictAndKeepsTheFirst() {
        var first = add(Fixtures.evaluation("EV-1", CYCLE).evaluator(PEER).role(EvaluatorRole.PEER));

        assertConflict("duplicate", () -> ports().evaluations().add(Fixtures.evaluation("EV-2", CYCLE)
                .evaluator(PEER).role(EvaluatorRole.PEER).scores(10, 10, 10).submittedAt(Fixtures.minutesAfterT0(5))
                .build()));
        assertThat(ports().evaluations().inCycle(CYCLE)).containsExactly(first);
    }

    @Test
    void theSameEvaluatorMayEvaluateAnotherPersonAndTheSamePersonInAnotherCycle() {
        var first = add(Fixtures.evaluation("EV-1", CYCLE).evaluator(PEER).role(EvaluatorRole.PEER));
        var anotherPerson = add(Fixtures.evaluation("EV-2", CYCLE).evaluated(COLLEAGUE).evaluator(PEER)
                .role(EvaluatorRole.PEER));
        var anotherCycle = add(Fixtures.evaluation("EV-3", OTHER_CYCLE).evaluator(PEER).role(EvaluatorRole.PEER));

        assertThat(ports().evaluations().inCycle(CYCLE)).containsExactly(anotherPerson, first);
        assertThat(ports().evaluations().inCycle(OTHER_CYCLE)).containsExactly(anotherCycle);
    }

    @Test
    void addingAnExistingIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = add(Fixtures.evaluation("EV-1", CYCLE));

        assertConflict("duplicate", () -> ports().evaluations().add(Fixtures.evaluation("EV-1", OTHER_CYCLE)
                .evaluated(PEER).evaluator(COLLEAGUE).role(EvaluatorRole.PEER).build()));
        assertThat(ports().evaluations().inCycle(CYCLE)).containsExactly(first);
        assertThat(ports().evaluations().inCycle(OTHER_CYCLE)).isEmpty();
    }

    @Test
    void anUnknownCycleHasNoEvaluations() {
        add(Fixtures.evaluation("EV-1", CYCLE));

        assertThat(ports().evaluations().inCycle(AssessmentCycleId.of("C-none"))).isEmpty();
    }

    private Evaluation add(EvaluationBuilder builder) {
        var evaluation = builder.build();
        ports().evaluations().add(evaluation);
        return evaluation;
    }
}
