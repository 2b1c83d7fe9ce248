package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.evaluation.CustomerScore;
import org.servicepolicy.service.evaluation.CustomerScoreSource;

/** §2.1.3, §2.1.4, §1.3.3: service cases, return trips and visits through the public API, on in-memory ports. */
class ServiceCaseServiceTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");

    private final Company company = new Company();
    private final ServiceCaseService cases = company.policy.serviceCases();
    private final ServiceSweep sweep = company.policy.serviceSweep();

    private ServiceCase open(String type) {
        return cases.open(company.actor("staff"), new ServiceCaseOpening(type, "C-1001", null));
    }

    @Test
    @DisplayName("§2.1.3: the handler opens a case now; it is due after the stipulated time of its business type")
    void aCaseIsDueAfterItsStipulatedTime() {
        var opened = open("STANDARD");

        assertThat(opened.handler()).isEqualTo(STAFF);
        assertThat(opened.openedAt()).isEqualTo(company.clock.instant());
        assertThat(opened.dueAt()).isEqualTo(company.clock.instant().plus(Duration.ofHours(72)));
        assertThat(cases.serviceCase(company.actor("manager"), opened.id())).isEqualTo(opened);
        assertThat(company.stores.eventLog().after(0, 1000)).extracting(PublishedEvent::type)
                .contains("ServiceCaseOpened");
    }

    @Test
    @DisplayName("§2.1.3: a business type the policy does not know is refused, naming the field and the known types")
    void anUnknownBusinessTypeIsRefused() {
        assertThatThrownBy(() -> open("MORTGAGE")).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("businessType");
                    assertThat(p.message()).contains("ENQUIRY", "STANDARD", "COMPLEX");
                }));
        assertThatThrownBy(() -> cases.open(company.actor("staff"), new ServiceCaseOpening(" ", " ", "not an id!")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("businessType", "customerRef", "handlerId"));
        assertThat(cases.casesOf(company.actor("hr"), STAFF)).isEmpty();
    }

    @Test
    @DisplayName("§2.1.3: the stipulated time is the one of the policy version in force when the case was opened")
    void theStipulatedTimeComesFromThePolicyInForceAtOpening() {
        var before = open("ENQUIRY");
        company.policy.policies().publish(company.actor("hr"), "2026.2", company.clock.instant().plusSeconds(60),
                Map.of("service.case.stipulatedTimes", "ENQUIRY=PT2H,STANDARD=PT72H,COMPLEX=PT240H"));
        company.clock.advance(Duration.ofMinutes(2));

        var after = open("ENQUIRY");

        assertThat(Duration.between(before.openedAt(), before.dueAt())).isEqualTo(Duration.ofHours(4));
        assertThat(Duration.between(after.openedAt(), after.dueAt())).isEqualTo(Duration.ofHours(2));
        assertThat(after.policyVersion()).isEqualTo("2026.2");
    }

    @Test
    @DisplayName("§2.1.3, §2.1.4: finished in time, no finding; the return visit is due 30 days later")
    void aCaseFinishedInTimeOwesItsReturnVisit() {
        var opened = open("ENQUIRY");
        company.clock.advance(Duration.ofHours(3));

        var finished = cases.finish(company.actor("staff"), opened.id());

        assertThat(finished.findings()).isEmpty();
        assertThat(finished.serviceCase().returnVisit().orElseThrow().dueAt())
                .isEqualTo(company.clock.instant().plus(Duration.ofDays(30)));
        assertThatThrownBy(() -> cases.finish(company.actor("staff"), opened.id()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("§2.1.3: a case finished after its due time is a CASE_TIME finding, once: the sweep adds none")
    void aCaseFinishedLateIsAFindingOnce() {
        var opened = open("ENQUIRY");
        company.clock.advance(Duration.ofHours(5));

        var finished = cases.finish(company.actor("staff"), opened.id());

        assertThat(finished.findings()).singleElement().satisfies(f -> {
            assertThat(f.standard()).isEqualTo(ServiceStandard.CASE_TIME);
            assertThat(f.severity()).isEqualTo(Severity.MODERATE);
            assertThat(f.source()).isEqualTo(FindingSource.SERVICE_RECORD);
            assertThat(f.sourceId()).isEqualTo(opened.id().value());
            assertThat(f.observedAt()).isEqualTo(opened.dueAt());
        });
        assertThat(sweep.sweep(company.clock.instant()).marked()).isEmpty();
        assertThat(company.policy.supervision().findingsOf(company.actor("staff"), STAFF)).hasSize(1);
    }

    @Test
    @DisplayName("§2.1.3: a case still open past its due time is the sweep's finding; finishing it later adds none")
    void anOpenCasePastDueIsSweptOnce() {
        var opened = open("ENQUIRY");
        company.clock.advance(Duration.ofHours(5));

        var swept = sweep.sweep(company.clock.instant());
        var again = sweep.sweep(company.clock.instant());
        var finished = cases.finish(company.actor("staff"), opened.id());

        assertThat(swept.marked()).extracting(ServiceRecordMark::standard).containsExactly(ServiceStandard.CASE_TIME);
        assertThat(swept.findings()).singleElement().satisfies(f -> assertThat(f.employee()).isEqualTo(STAFF));
        assertThat(again.marked()).isEmpty();
        assertThat(finished.findings()).isEmpty();
        assertThat(company.policy.supervision().findingsOf(company.actor("hr"), STAFF)).hasSize(1);
    }

    @Test
    @DisplayName("§2.1.4: a return visit not done in 30 days is the sweep's finding; recording it later adds none")
    void aMissedReturnVisitIsSweptOnce() {
        var opened = open("ENQUIRY");
        cases.finish(company.actor("staff"), opened.id());
        company.clock.advance(Duration.ofDays(30).plusSeconds(1));

        var swept = sweep.sweep(company.clock.instant());
        var late = cases.recordReturnVisit(company.actor("inspector"), opened.id(),
                new ReturnVisitReport(3, "reached on the second call"));

        assertThat(swept.findings()).singleElement().satisfies(f -> {
            assertThat(f.standard()).isEqualTo(ServiceStandard.RETURN_VISIT);
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
        });
        assertThat(late.findings()).isEmpty();
        assertThat(late.serviceCase().returnVisit().orElseThrow().satisfaction()).contains(3);
        assertThat(customerScoresOfStaff()).extracting(CustomerScore::score).containsExactly(3);
    }

    @Test
    @DisplayName("§2.1.4, §2.3.3: a done return visit's satisfaction enters the customer-score ledger once, for the handler; a refused one adds none")
    void aDoneReturnVisitScoresTheHandlerOnce() {
        var opened = open("STANDARD");
        cases.finish(company.actor("staff"), opened.id());
        company.clock.advance(Duration.ofDays(10));
        assertThatThrownBy(() -> cases.recordReturnVisit(company.actor("staff"), opened.id(),
                new ReturnVisitReport(5, "my own case"))).isInstanceOf(AccessDeniedException.class);
        assertThat(customerScoresOfStaff()).isEmpty();

        cases.recordReturnVisit(company.actor("manager"), opened.id(), new ReturnVisitReport(4, "no further needs"));
        assertThatThrownBy(() -> cases.recordReturnVisit(company.actor("inspector"), opened.id(),
                new ReturnVisitReport(1, "again"))).isInstanceOf(ConflictException.class);

        assertThat(customerScoresOfStaff()).singleElement().satisfies(score -> {
            assertThat(score.employee()).isEqualTo(STAFF);
            assertThat(score.score()).isEqualTo(4);
            assertThat(score.source()).isEqualTo(CustomerScoreSource.RETURN_VISIT);
            assertThat(score.sourceReference()).isEqualTo(opened.id().value());
            assertThat(score.givenAt()).isEqualTo(company.clock.instant());
            assertThat(score.recordedAt()).isEqualTo(company.clock.instant());
        });
    }

    private List<CustomerScore> customerScoresOfStaff() {
        return company.stores.customerScores().ofAll(List.of(STAFF), Instant.EPOCH,
                company.clock.instant().plusSeconds(1));
    }

    @Test
    @DisplayName("§2.1.4: a return visit done in time records the customer's satisfaction and announces it")
    void aReturnVisitDoneInTime() {
        var opened = open("STANDARD");
        cases.finish(company.actor("staff"), opened.id());
        company.clock.advance(Duration.ofDays(10));

        var done = cases.recordReturnVisit(company.actor("manager"), opened.id(),
                new ReturnVisitReport(5, "no further needs"));

        assertThat(done.findings()).isEmpty();
        var visit = done.serviceCase().returnVisit().orElseThrow();
        assertThat(visit.doneAt()).contains(company.clock.instant());
        assertThat(visit.recordedBy()).contains(EmployeeId.of("manager"));
        assertThat(company.stores.eventLog().after(0, 1000)).filteredOn(e -> e.type().equals("ReturnVisitDone"))
                .singleElement().satisfies(e -> assertThat(e.attributes()).containsEntry("satisfaction", "5")
                        .containsEntry("handlerId", "staff").containsEntry("onTime", "true"));
        assertThatThrownBy(() -> cases.recordReturnVisit(company.actor("manager"), opened.id(),
                new ReturnVisitReport(4, "again"))).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("§2.1.4: a return visit is owed only once the case is finished; the score is 1 to 5")
    void aReturnVisitNeedsAFinishedCaseAndAScoreInRange() {
        var opened = open("STANDARD");

        assertThatThrownBy(() -> cases.recordReturnVisit(company.actor("manager"), opened.id(),
                new ReturnVisitReport(4, "too early"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cases.recordReturnVisit(company.actor("manager"), opened.id(),
                new ReturnVisitReport(6, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("satisfaction", "notes"));
    }

    @Test
    @DisplayName("§2.1.3: a return trip for a document the customer was not told about is a finding; the customer's own choice is not")
    void anUnannouncedDocumentIsAFinding() {
        var opened = open("STANDARD");

        var choice = cases.recordReturnTrip(company.actor("manager"), opened.id(),
                new ServiceCaseTripReport(ServiceCaseReturnTrip.Cause.CUSTOMER_CHOICE, "wanted a second card"));
        var unannounced = cases.recordReturnTrip(company.actor("inspector"), opened.id(),
                new ServiceCaseTripReport(ServiceCaseReturnTrip.Cause.UNANNOUNCED_DOCUMENT,
                        "not told to bring proof of address"));

        assertThat(choice.findings()).isEmpty();
        assertThat(unannounced.findings()).singleElement().satisfies(f -> {
            assertThat(f.standard()).isEqualTo(ServiceStandard.NO_UNANNOUNCED_RETURN_TRIP);
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
        });
        assertThat(unannounced.serviceCase().returnTrips()).extracting(ServiceCaseReturnTrip::recordedBy)
                .containsExactly(EmployeeId.of("manager"), EmployeeId.of("inspector"));
    }

    @Test
    @DisplayName("§2.1.3, §2.3.1: three cases left open past due make three MODERATE findings; the third proposes a SERVICE violation")
    void theThirdLateCaseProposesAViolation() {
        open("ENQUIRY");
        open("ENQUIRY");
        open("ENQUIRY");
        company.clock.advance(Duration.ofHours(5));

        var swept = sweep.sweep(company.clock.instant());

        assertThat(swept.findings()).hasSize(3);
        assertThat(swept.violations()).singleElement().satisfies(v -> {
            assertThat(v.violation().violation().ruleArea()).contains(RuleArea.SERVICE);
            assertThat(v.violation().violation().employee()).isEqualTo(STAFF);
            assertThat(v.decision().decidedBy()).isEmpty();
        });
        assertThat(company.policy.discipline().violations(company.actor("hr"), STAFF)).hasSize(1);
    }

    @Test
    @DisplayName("§1.3.3: nobody records a return trip or visit of their own case; a colleague neither")
    void nobodyJudgesTheirOwnCase() {
        var opened = open("STANDARD");
        cases.finish(company.actor("staff"), opened.id());
        var trip = new ServiceCaseTripReport(ServiceCaseReturnTrip.Cause.CUSTOMER_CHOICE, "came back");
        var visit = new ReturnVisitReport(5, "all good");

        assertThatThrownBy(() -> cases.recordReturnTrip(company.actor("staff"), opened.id(), trip))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("§1.3.3");
        assertThatThrownBy(() -> cases.recordReturnVisit(company.actor("staff"), opened.id(), visit))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("§1.3.3");
        assertThatThrownBy(() -> cases.recordReturnVisit(company.actor("hr"), opened.id(), visit))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cases.serviceCase(company.actor("hr"), opened.id()).returnTrips()).isEmpty();
    }

    @Test
    @DisplayName("§2.1.3: a manager opens a case for their staff; nobody else opens or finishes one for another")
    void onlyTheHandlerOrTheirManagerHandlesACase() {
        var forStaff = cases.open(company.actor("manager"), new ServiceCaseOpening("ENQUIRY", "C-7", "staff"));

        assertThat(forStaff.handler()).isEqualTo(STAFF);
        assertThatThrownBy(() -> cases.open(company.actor("colleague"), new ServiceCaseOpening("ENQUIRY", "C-8",
                "staff"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.open(company.actor("staff"), new ServiceCaseOpening("ENQUIRY", "C-8",
                "nobody"))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("handlerId"));
        assertThatThrownBy(() -> cases.finish(company.actor("inspector"), forStaff.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("§2.1.3: the handler, their manager, the group and HR read a case; a colleague finds none")
    void whoReadsACase() {
        var opened = open("STANDARD");

        for (var reader : new String[] {"staff", "manager", "inspector", "hr"}) {
            assertThat(cases.serviceCase(company.actor(reader), opened.id())).isEqualTo(opened);
            assertThat(cases.casesOf(company.actor(reader), STAFF)).containsExactly(opened);
        }
        assertThatThrownBy(() -> cases.serviceCase(company.actor("colleague"), opened.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.casesOf(company.actor("colleague"), STAFF))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("the sweep runs for the present or the past only, and on request for the group or HR only")
    void theSweepIsGuarded() {
        assertThatThrownBy(() -> sweep.sweep(company.clock.instant().plusSeconds(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("asOf"));
        assertThatThrownBy(() -> sweep.sweepNow(company.actor("staff"))).isInstanceOf(AccessDeniedException.class);
        assertThat(sweep.sweepNow(company.actor("inspector")).marked()).isEmpty();
    }

    @Test
    @DisplayName("§2.1.2: a reply given by the promised time is kept; given after it, a PROMISED_REPLY finding, once")
    void aPromisedReplyIsKeptOrBroken() {
        var opened = open("STANDARD");
        var replyBy = company.clock.instant().plus(Duration.ofHours(2));
        cases.promise(company.actor("staff"), opened.id(), new ServiceCasePromise("whether the limit can be raised",
                replyBy));
        cases.promise(company.actor("manager"), opened.id(), new ServiceCasePromise("the fee for a second card",
                replyBy));
        company.clock.advance(Duration.ofHours(1));

        var kept = cases.reply(company.actor("staff"), opened.id(), 1);
        company.clock.advance(Duration.ofHours(2));
        var broken = cases.reply(company.actor("staff"), opened.id(), 2);

        assertThat(kept.findings()).isEmpty();
        assertThat(broken.findings()).singleElement().satisfies(f -> {
            assertThat(f.standard()).isEqualTo(ServiceStandard.PROMISED_REPLY);
            assertThat(f.severity()).isEqualTo(Severity.MODERATE);
            assertThat(f.observedAt()).isEqualTo(replyBy);
        });
        assertThat(broken.serviceCase().commitments()).extracting(c -> c.promisedBy().value())
                .containsExactly("staff", "manager");
        assertThat(sweep.sweep(company.clock.instant()).marked()).isEmpty();
        assertThatThrownBy(() -> cases.reply(company.actor("staff"), opened.id(), 2))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cases.reply(company.actor("staff"), opened.id(), 3))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("§2.1.2: a reply still not given past its time is the sweep's finding; giving it later adds none")
    void anOwedReplyIsSweptOnce() {
        var opened = open("COMPLEX");
        cases.promise(company.actor("staff"), opened.id(), new ServiceCasePromise("a call back",
                company.clock.instant().plus(Duration.ofHours(1))));
        company.clock.advance(Duration.ofHours(2));

        var swept = sweep.sweep(company.clock.instant());
        var late = cases.reply(company.actor("staff"), opened.id(), 1);

        assertThat(swept.marked()).singleElement().satisfies(m -> {
            assertThat(m.standard()).isEqualTo(ServiceStandard.PROMISED_REPLY);
            assertThat(m.number()).isEqualTo(1);
        });
        assertThat(swept.findings()).hasSize(1);
        assertThat(late.findings()).isEmpty();
        assertThatThrownBy(() -> cases.promise(company.actor("staff"), opened.id(), new ServiceCasePromise(" ",
                company.clock.instant()))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("promise", "replyBy"));
        assertThatThrownBy(() -> cases.promise(company.actor("colleague"), opened.id(), new ServiceCasePromise(
                "x", company.clock.instant().plusSeconds(60)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.reply(company.actor("inspector"), opened.id(), 1))
                .isInstanceOf(AccessDeniedException.class);
    }
}
