package org.servicepolicy.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;

/**
 * §2.3.2: over generated days of feedback (complaints recorded and assigned, responses, waits on
 * the customer and answers, results, rejections, sweeps run once or twice in a row, time
 * passing, in any order), the sweep fires each checkpoint of each item at most once however
 * often it runs, announces each one it fires, and makes one finding per breach. The days are one
 * seeded list, each a different draw.
 */
class FeedbackSweepProperties {
    /** What happens next. */
    enum Act { RECORD, RESPOND, WAIT, ANSWER, REPORT, REJECT, SWEEP, SWEEP_TWICE }

    /**
     * One step of a generated day.
     *
     * @param act     what happens
     * @param minutes how many minutes pass first
     * @param pick    which item it is about, among those recorded
     */
    record Step(Act act, int minutes, int pick) {
    }

    /**
     * One generated day.
     *
     * @param steps what happens, in order
     */
    record Day(List<Step> steps) {
    }

    static Stream<Day> days() {
        return Instancio.ofList(Day.class).size(20).withSeed(20261130L)
                .generate(field(Day::steps), gen -> gen.collection().size(40))
                .generate(field(Step::minutes), gen -> gen.ints().range(0, 60 * 8))
                .generate(field(Step::pick), gen -> gen.ints().range(0, 1000))
                .create().stream();
    }

    @ParameterizedTest
    @MethodSource("days")
    @DisplayName("§2.3.2: each checkpoint fires at most once however often the sweep runs, and each breach is one finding")
    void eachCheckpointFiresAtMostOnce(Day day) {
        var at = new FeedbackCompany();
        var feedback = at.feedback;
        var staff = at.company.actor("staff");
        var items = new ArrayList<FeedbackIntake>();
        var fired = new ArrayList<FeedbackSweepResult.Fired>();
        for (var step : day.steps()) {
            at.company.clock.advance(Duration.ofMinutes(step.minutes()));
            var item = items.isEmpty() ? Optional.<FeedbackIntake>empty()
                    : Optional.of(items.get(step.pick() % items.size()));
            var status = item.map(i -> feedback.item(staff, i.item().id()).status());
            switch (step.act()) {
                case RECORD -> {
                    var intake = at.complaint(List.of("LOW", "MEDIUM", "HIGH", "CRITICAL").get(step.pick() % 4));
                    feedback.assign(at.company.actor("manager"), intake.item().id(), EmployeeId.of("staff"));
                    items.add(intake);
                }
                case RESPOND -> item.filter(i -> feedback.item(staff, i.item().id()).firstRespondedAt().isEmpty()
                                && status.filter(s -> !s.isFinal() && s != FeedbackStatus.RESULT_REPORTED).isPresent())
                        .ifPresent(i -> feedback.respond(staff, i.item().id(), at.text("On it.")));
                case WAIT -> item.filter(i -> status.filter(s -> s == FeedbackStatus.IN_HANDLING
                        || s == FeedbackStatus.REOPENED).isPresent()).ifPresent(i ->
                        feedback.waitOnCustomer(staff, i.item().id(), at.text("When?")));
                case ANSWER -> item.filter(i -> status.filter(FeedbackStatus.WAITING_ON_CUSTOMER::equals).isPresent()
                        && step.minutes() > 0).ifPresent(i -> feedback.answer(i.trackingToken(), at.text("Then.")));
                case REPORT -> item.filter(i -> status.filter(s -> s == FeedbackStatus.IN_HANDLING
                        || s == FeedbackStatus.REOPENED).isPresent()).ifPresent(i -> {
                            if (feedback.item(staff, i.item().id()).round() > 1) {
                                feedback.correct(staff, i.item().id(), new CorrectiveAction("Why.", "What."));
                            }
                            feedback.reportResult(staff, i.item().id(), at.text("Done."));
                        });
                case REJECT -> item.filter(i -> status.filter(FeedbackStatus.RESULT_REPORTED::equals).isPresent())
                        .ifPresent(i -> feedback.reject(i.trackingToken(), at.text("No.")));
                case SWEEP -> fired.addAll(feedback.sweep(at.company.clock.instant()).fired());
                case SWEEP_TWICE -> {
                    fired.addAll(feedback.sweep(at.company.clock.instant()).fired());
                    fired.addAll(feedback.sweep(at.company.clock.instant()).fired());
                }
            }
        }
        fired.addAll(feedback.sweep(at.company.clock.instant()).fired());

        assertThat(new HashSet<>(fired)).hasSameSizeAs(fired);
        var marks = items.stream().mapToInt(i -> at.company.stores.feedback().fired(i.item().id()).size()).sum();
        assertThat(marks).isEqualTo(fired.size());
        assertThat(at.eventTypes().stream().filter(t -> t.equals("FeedbackWarned") || t.equals("FeedbackEscalated")))
                .hasSize(fired.size());
        assertThat(at.company.stores.supervision().findingsOf(EmployeeId.of("staff")))
                .filteredOn(f -> f.standard() == ServiceStandard.FEEDBACK_HANDLING)
                .hasSize((int) fired.stream().filter(f -> f.key().endsWith(".BREACH")).count());
    }
}
