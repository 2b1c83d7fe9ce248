package org.servicepolicy.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.policy.FeedbackNature;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.FindingSource;
import org.servicepolicy.service.evaluation.CustomerScoreSource;

/** §2.3.2, §1.3.3: customer feedback through the public API, on in-memory ports. */
class FeedbackServiceTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    private static final EmployeeId COLLEAGUE = EmployeeId.of("colleague");

    private final FeedbackCompany at = new FeedbackCompany();
    private final FeedbackService feedback = at.feedback;

    private void advance(Duration duration) {
        at.company.clock.advance(duration);
    }

    private List<Decision> decisionsAbout(EmployeeId employee, String kind) {
        return at.company.stores.decisions().about(employee).stream().filter(d -> d.kind().id().equals(kind))
                .toList();
    }

    @Test
    @DisplayName("§2.3.2: a hotline complaint is routed, assigned, answered, resolved in two rounds, accepted with a score and ruled justified")
    void theWholeFlow() {
        var intake = at.complaint("HIGH", "colleague");
        var token = intake.trackingToken();
        var id = intake.item().id();
        assertThat(intake.item().status()).isEqualTo(FeedbackStatus.ROUTED);
        assertThat(intake.item().department()).map(d -> d.value()).contains("service");
        assertThat(intake.item().trackingTokenHash()).isEqualTo(FeedbackTokens.hash(token)).isNotEqualTo(token);
        assertThat(decisionsAbout(EmployeeId.of("manager"), "feedback.routing")).singleElement()
                .satisfies(d -> assertThat(d.reasons()).extracting(r -> r.ruleId()).contains("feedback.routing.rule"));

        var manager = at.company.actor("manager");
        var staff = at.company.actor("staff");
        assertThat(feedback.assign(manager, id, STAFF).status()).isEqualTo(FeedbackStatus.IN_HANDLING);
        assertThat(decisionsAbout(STAFF, "feedback.deadline")).singleElement();
        advance(Duration.ofMinutes(30));
        assertThat(feedback.respond(staff, id, at.text("We are looking into it.")).firstRespondedAt())
                .contains(at.company.clock.instant());
        feedback.waitOnCustomer(staff, id, at.text("Which day was it?"));
        assertThat(feedback.track(token).waitingOnYou()).isTrue();
        assertThat(feedback.track(token).question()).contains("Which day was it?");
        advance(Duration.ofMinutes(30));
        assertThat(feedback.answer(token, at.text("Last Friday.")).waitingOnYou()).isFalse();
        assertThat(decisionsAbout(STAFF, "feedback.deadline")).hasSize(2);
        feedback.reportResult(staff, id, at.text("The clerk apologises."));
        advance(Duration.ofMinutes(30));
        assertThat(feedback.reject(token, at.text("An apology is not enough.")).status())
                .isEqualTo(FeedbackStatus.REOPENED);

        assertThatThrownBy(() -> feedback.reportResult(staff, id, at.text("Again sorry.")))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> assertThat(e.field())
                        .contains("causeAnalysis"));
        feedback.correct(staff, id, new CorrectiveAction("The clerk was not trained for complaints.",
                "Complaint training booked for counter staff."));
        feedback.reportResult(staff, id, at.text("Training booked; a voucher is on its way."));
        var view = feedback.accept(token, 4);

        assertThat(view.status()).isEqualTo(FeedbackStatus.ACCEPTED);
        assertThat(view.department()).contains("Customer Service");
        assertThat(view.rounds()).extracting(PublicFeedbackView.Round::rejected).containsExactly(true, false);
        var item = feedback.item(manager, id);
        assertThat(item.rounds()).hasSize(2);
        assertThat(item.rounds().get(1).correctiveAction()).contains("Complaint training booked for counter staff.");
        assertThat(item.satisfaction()).contains(4);
        assertThat(at.company.stores.customerScores().ofAll(List.of(STAFF), Instant.EPOCH, Instant.MAX))
                .singleElement().satisfies(s -> {
                    assertThat(s.score()).isEqualTo(4);
                    assertThat(s.source()).isEqualTo(CustomerScoreSource.CUSTOMER_FEEDBACK);
                    assertThat(s.sourceReference()).isEqualTo(id.value());
                });

        var ruled = feedback.rule(manager, id, FeedbackRuling.justified(List.of(COLLEAGUE),
                ServiceStandard.PROBLEM_FOLLOW_UP, "The clerk refused to listen."));

        assertThat(ruled.findings()).singleElement().satisfies(f -> {
            assertThat(f.employee()).isEqualTo(COLLEAGUE);
            assertThat(f.source()).isEqualTo(FindingSource.CUSTOMER_FEEDBACK);
            assertThat(f.sourceId()).isEqualTo(id.value());
            assertThat(f.severity()).isEqualTo(Severity.MODERATE);
        });
        assertThat(decisionsAbout(COLLEAGUE, "feedback.ruling")).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo("JUSTIFIED"));
        assertThat(decisionsAbout(COLLEAGUE, "feedback.finding")).singleElement()
                .satisfies(d -> assertThat(d.decidedBy()).isEmpty());
        assertThat(at.eventTypes()).contains("FeedbackReceived", "FeedbackRouted", "FeedbackAssigned",
                "FeedbackResponded", "FeedbackWaitingOnCustomer", "FeedbackCustomerAnswered",
                "FeedbackResultReported", "FeedbackRejected", "FeedbackAccepted", "FeedbackRuled");
        assertThatThrownBy(() -> feedback.rule(manager, id, FeedbackRuling.of(FeedbackRuling.Verdict.UNJUSTIFIED,
                "again"))).isInstanceOf(PolicyRefusalException.class);
    }

    @Test
    @DisplayName("§2.3.2: a breached first response is escalated, a finding against the responsible employee, once; HR a day later")
    void aBreachIsAFindingAndEscalated() {
        var id = at.complaint("CRITICAL", "colleague").item().id();
        feedback.assign(at.company.actor("manager"), id, STAFF);
        advance(Duration.ofMinutes(61));

        var swept = feedback.sweep(at.company.clock.instant());

        assertThat(swept.fired()).extracting(FeedbackSweepResult.Fired::key)
                .containsExactly("FIRST_RESPONSE.WARNING", "FIRST_RESPONSE.BREACH");
        assertThat(swept.findings()).singleElement().satisfies(f -> {
            assertThat(f.employee()).isEqualTo(STAFF);
            assertThat(f.standard()).isEqualTo(ServiceStandard.FEEDBACK_HANDLING);
            assertThat(f.source()).isEqualTo(FindingSource.CUSTOMER_FEEDBACK);
        });
        assertThat(feedback.sweep(at.company.clock.instant()).fired()).isEmpty();
        assertThat(at.eventTypes()).contains("FeedbackWarned", "FeedbackEscalated");

        advance(Duration.ofDays(1));
        var later = feedback.sweepNow(at.company.actor("hr"));

        assertThat(later.fired()).extracting(FeedbackSweepResult.Fired::key).contains("FIRST_RESPONSE.HR",
                "R1.RESOLUTION.WARNING", "R1.RESOLUTION.BREACH").doesNotContain("FIRST_RESPONSE.BREACH");
        assertThat(at.company.stores.supervision().findingsOf(STAFF)).hasSize(2);
        assertThatThrownBy(() -> feedback.sweepNow(at.company.actor("staff")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("§2.3.2: HR closes an item after the policy's rejected results, with a reason; not before, and nobody else")
    void hrClosesAfterRejectedRounds() {
        var intake = at.complaint("LOW");
        var id = intake.item().id();
        var staff = at.company.actor("staff");
        var hr = at.company.actor("hr");
        feedback.assign(at.company.actor("manager"), id, STAFF);
        feedback.reportResult(staff, id, at.text("Done."));
        assertThatThrownBy(() -> feedback.close(hr, id, at.text("Enough."))).isInstanceOf(PolicyRefusalException.class);
        advance(Duration.ofMinutes(1));
        feedback.reject(intake.trackingToken(), at.text("Not done."));

        assertThatThrownBy(() -> feedback.close(at.company.actor("manager"), id, at.text("Enough.")))
                .isInstanceOf(AccessDeniedException.class);
        var closed = feedback.close(hr, id, at.text("The customer's demand is outside our service."));

        assertThat(closed.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(closed.closeReason()).contains("The customer's demand is outside our service.");
        assertThat(at.company.stores.feedback().scheduled(id)).isEmpty();
        assertThatThrownBy(() -> feedback.accept(intake.trackingToken(), 5)).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("§2.3.2: a customer submits online, tracks, answers and accepts with the token; a wrong token finds nothing")
    void onlineFeedbackWithTheToken() {
        var intake = feedback.submitOnline(new SubmitFeedback(FeedbackNature.ENQUIRY, "billing",
                "Two bills this month", "Why did I get two bills?", "me@example.cn"));
        var token = intake.trackingToken();
        var id = intake.item().id();

        assertThat(intake.item().status()).isEqualTo(FeedbackStatus.UNROUTED);
        assertThat(intake.item().severity()).isEqualTo("MEDIUM");
        assertThat(intake.item().recordedBy()).isEmpty();
        assertThat(feedback.track(token).department()).isEmpty();
        assertThat(feedback.track(token).firstResponseDue()).isPresent();
        var routed = feedback.route(at.company.actor("inspector"), id, new Triage("service", Optional.of("HIGH")));
        assertThat(routed.severity()).isEqualTo("HIGH");
        assertThat(decisionsAbout(EmployeeId.of("manager"), "feedback.deadline")).isNotEmpty();
        feedback.assign(at.company.actor("hr"), id, STAFF);
        var staff = at.company.actor("staff");
        feedback.waitOnCustomer(staff, id, at.text("Which account?"));
        advance(Duration.ofMinutes(5));
        feedback.answer(token, at.text("Account 42."));
        feedback.reportResult(staff, id, at.text("One bill was a duplicate and is cancelled."));

        var view = feedback.accept(token, 5);

        assertThat(view.status()).isEqualTo(FeedbackStatus.ACCEPTED);
        assertThat(view.firstRespondedAt()).isPresent();
        for (var wrong : new String[] {"%043d".formatted(0), "short", null, token.substring(1) + "x"}) {
            assertThatThrownBy(() -> feedback.track(wrong)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> feedback.answer(wrong, at.text("hi"))).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    @DisplayName("§2.3.2, §1.3.3: refused commands change nothing: wrong channel, own case, wrong state, wrong person")
    void refusalsChangeNothing() {
        var intake = at.complaint("HIGH", "colleague");
        var id = intake.item().id();
        var manager = at.company.actor("manager");
        var colleague = at.company.actor("colleague");
        var events = at.eventTypes().size();

        assertThatThrownBy(() -> feedback.record(at.company.actor("staff"), new RecordFeedback(
                FeedbackChannel.ONLINE_PLATFORM, FeedbackNature.PRAISE, "LOW", "general", "s", "d", null, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("channel"));
        assertThatThrownBy(() -> feedback.record(colleague, new RecordFeedback(FeedbackChannel.SUGGESTION_BOX,
                FeedbackNature.COMPLAINT, "LOW", "general", "s", "d", null, List.of("colleague"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.record(manager, new RecordFeedback(FeedbackChannel.SUGGESTION_BOX,
                FeedbackNature.COMPLAINT, "URGENT", "nowhere", "s", "d", null, List.of("ghost"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> feedback.assign(manager, id, COLLEAGUE)).isInstanceOfSatisfying(
                PolicyRefusalException.class, e -> assertThat(e.field()).contains("employeeId"));
        assertThatThrownBy(() -> feedback.assign(manager, id, EmployeeId.of("pm")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> feedback.assign(colleague, id, STAFF)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.reportResult(at.company.actor("staff"), id, at.text("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.route(manager, id, new Triage("projects", Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.rule(colleague, id, FeedbackRuling.of(FeedbackRuling.Verdict.UNJUSTIFIED,
                "I did nothing"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.item(at.company.actor("pm"), id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> feedback.accept(intake.trackingToken(), 6)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> feedback.reject(intake.trackingToken(), at.text("no")))
                .isInstanceOf(ConflictException.class);

        assertThat(at.company.stores.feedback().all()).singleElement().isEqualTo(intake.item());
        assertThat(at.eventTypes()).hasSize(events);
    }

    @Test
    @DisplayName("§2.3.2: readers see an item; the customer's contact only HR, the department's manager and the responsible employee")
    void theContactIsShownOnlyToThoseWhoHandleIt() {
        var id = at.complaint("HIGH", "colleague").item().id();
        feedback.assign(at.company.actor("manager"), id, STAFF);

        for (var seer : new String[] {"hr", "manager", "staff"}) {
            assertThat(feedback.item(at.company.actor(seer), id).contact()).as(seer).contains("13800138000");
        }
        for (var blind : new String[] {"inspector", "colleague", "temp"}) {
            assertThat(feedback.item(at.company.actor(blind), id).contact()).as(blind).isEmpty();
        }
        assertThat(feedback.ofMyDepartment(at.company.actor("temp"))).singleElement()
                .satisfies(i -> assertThat(i.contact()).isEmpty());
        assertThat(feedback.all(at.company.actor("hr"))).hasSize(1);
        assertThatThrownBy(() -> feedback.all(at.company.actor("manager"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("§2.3.2, §2.3.3: a praise confirmed gives each employee named a customer score of 5; an answer given elsewhere restarts the clocks")
    void praiseAndAnswersGivenElsewhere() {
        var intake = feedback.record(at.company.actor("inspector"), new RecordFeedback(FeedbackChannel.SUGGESTION_BOX,
                FeedbackNature.PRAISE, "LOW", "general", "Very helpful", "Staff and colleague solved it in minutes.",
                null, List.of("staff", "colleague")));
        var id = intake.item().id();
        var hr = at.company.actor("hr");
        assertThat(intake.item().status()).isEqualTo(FeedbackStatus.UNROUTED);
        assertThat(intake.item().contact()).isEmpty();
        feedback.route(hr, id, new Triage("service", Optional.empty()));
        feedback.assign(at.company.actor("manager"), id, EmployeeId.of("temp"));
        var temp = at.company.actor("temp");
        feedback.waitOnCustomer(temp, id, at.text("May we name you in the newsletter?"));
        advance(Duration.ofMinutes(10));

        var answered = feedback.customerAnsweredElsewhere(temp, id, at.text("Said yes on the phone."));

        assertThat(answered.status()).isEqualTo(FeedbackStatus.IN_HANDLING);
        assertThat(answered.answer()).contains("Said yes on the phone.");
        assertThat(answered.pauses()).singleElement().satisfies(p -> assertThat(p.until()).isPresent());
        assertThat(at.company.stores.feedback().scheduled(id)).isNotEmpty();
        assertThatThrownBy(() -> feedback.rule(hr, id, FeedbackRuling.justified(List.of(STAFF),
                ServiceStandard.PROBLEM_FOLLOW_UP, "no"))).isInstanceOf(InvalidInputException.class);

        var ruled = feedback.rule(hr, id, FeedbackRuling.of(FeedbackRuling.Verdict.CONFIRMED, "Checked the log."));

        assertThat(ruled.findings()).isEmpty();
        assertThat(ruled.scores()).extracting(s -> s.employee().value()).containsExactly("staff", "colleague");
        assertThat(at.company.stores.customerScores().ofAll(List.of(STAFF, COLLEAGUE), Instant.EPOCH, Instant.MAX))
                .extracting(s -> s.score()).containsExactly(5, 5);
        assertThat(decisionsAbout(STAFF, "feedback.ruling")).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo("CONFIRMED"));
    }

    @Test
    @DisplayName("§2.3.2, §2.3.1: repeated breaches propose a violation like any repeated finding")
    void repeatedBreachesProposeAViolation() {
        var manager = at.company.actor("manager");
        for (int i = 0; i < 3; i++) {
            feedback.assign(manager, at.complaint("CRITICAL").item().id(), STAFF);
        }
        advance(Duration.ofMinutes(61));

        var swept = feedback.sweep(at.company.clock.instant());

        assertThat(swept.findings()).hasSize(3).allSatisfy(f -> assertThat(f.employee()).isEqualTo(STAFF));
        assertThat(swept.violations()).singleElement().satisfies(v -> assertThat(v.finding().employee())
                .isEqualTo(STAFF));
    }
}
