package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;

/** Progress reports and escalations (§3.1.2). */
class TaskExecutionTest {
    private static final Duration DUE_IN = Duration.ofDays(14);

    private final TaskFixture company = new TaskFixture();
    private final TaskService tasks = company.tasks();

    @Test
    void theAssigneeReportsProgressWithPercentAndBlockers() {
        var task = company.inProgress(DUE_IN);
        company.clock.advance(Duration.ofDays(2));

        var reported = tasks.reportProgress(company.actor("staff"), task.id(),
                new ReportProgress(" reconciled January ", 30, List.of("February ledger locked")));

        assertThat(reported.progressReports()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.text()).isEqualTo("reconciled January");
            assertThat(r.percentDone()).isEqualTo(30);
            assertThat(r.blockers()).containsExactly("February ledger locked");
            assertThat(r.at()).isEqualTo(company.clock.instant());
        });
        assertThat(company.events().get(company.events().size() - 1).attributes())
                .containsEntry("percentDone", "30").containsEntry("blockers", "1");
    }

    @Test
    void aProgressReportNeedsTextAndAPercentageFrom0To100() {
        var task = company.inProgress(DUE_IN);

        assertThatThrownBy(() -> tasks.reportProgress(company.actor("staff"), task.id(),
                new ReportProgress("", 101, Arrays.asList("ok", " "))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("text", "percentDone", "blockers[1]"));
        assertThatThrownBy(() -> tasks.reportProgress(company.actor("staff"), task.id(),
                new ReportProgress("x", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("percentDone"));
    }

    @Test
    void onlyTheAssigneeReportsProgress() {
        var task = company.inProgress(DUE_IN);

        assertThatThrownBy(() -> tasks.reportProgress(company.actor("lead"), task.id(),
                new ReportProgress("x", 10, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEscalationIsListedForTheSuperiorsUntilAnswered() {
        var task = company.inProgress(DUE_IN);

        var escalated = tasks.escalate(company.actor("staff"), task.id(), "the client wants a discount I cannot grant");

        assertThat(escalated.openEscalations()).singleElement().satisfies(e -> {
            assertThat(e.number()).isEqualTo(1);
            assertThat(e.issue()).isEqualTo("the client wants a discount I cannot grant");
        });
        for (var superior : List.of("lead", "boss", "ceo", "hr")) {
            assertThat(tasks.openEscalations(company.actor(superior)))
                    .singleElement().satisfies(o -> {
                        assertThat(o.task()).isEqualTo(task.id());
                        assertThat(o.assignee()).isEqualTo(EmployeeId.of("staff"));
                        assertThat(o.escalation().number()).isEqualTo(1);
                    });
        }
        for (var other : List.of("staff", "peer", "salesboss", "seller")) {
            assertThat(tasks.openEscalations(company.actor(other))).isEmpty();
        }

        var answered = tasks.answerEscalation(company.actor("boss"), task.id(),
                new AnswerEscalation(1, "offer 5%, no more"));

        assertThat(answered.escalation(1).answer()).get().satisfies(a -> {
            assertThat(a.by()).isEqualTo(EmployeeId.of("boss"));
            assertThat(a.answer()).isEqualTo("offer 5%, no more");
        });
        assertThat(tasks.openEscalations(company.actor("lead"))).isEmpty();
        assertThat(company.eventTypes(task.id())).endsWith("TaskEscalated", "TaskEscalationAnswered");
    }

    @Test
    void anEscalationIsAnsweredOnce() {
        var task = company.inProgress(DUE_IN);
        tasks.escalate(company.actor("staff"), task.id(), "issue");
        tasks.answerEscalation(company.actor("lead"), task.id(), new AnswerEscalation(1, "answer"));

        assertThatThrownBy(() -> tasks.answerEscalation(company.actor("lead"), task.id(),
                new AnswerEscalation(1, "another answer")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo("illegal-transition"));
        assertThatThrownBy(() -> tasks.answerEscalation(company.actor("lead"), task.id(),
                new AnswerEscalation(2, "answer")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAssigneeCannotAnswerTheirOwnEscalationNorCanAPeer() {
        var task = company.inProgress(DUE_IN);
        tasks.escalate(company.actor("staff"), task.id(), "issue");

        for (var who : List.of("staff", "peer")) {
            assertThatThrownBy(() -> tasks.answerEscalation(company.actor(who), task.id(),
                    new AnswerEscalation(1, "answer")))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anEscalationNeedsTheIssue() {
        var task = company.inProgress(DUE_IN);

        assertThatThrownBy(() -> tasks.escalate(company.actor("staff"), task.id(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("issue"));
    }

    @Test
    void anOpenEscalationMayStillBeAnsweredAfterTheResultWasSubmitted() {
        var task = company.inProgress(DUE_IN);
        tasks.escalate(company.actor("staff"), task.id(), "issue");
        tasks.reportCompletion(company.actor("staff"), task.id(), TaskFixture.allMet(task));

        assertThat(tasks.answerEscalation(company.actor("lead"), task.id(), new AnswerEscalation(1, "noted"))
                .openEscalations()).isEmpty();
    }
}
