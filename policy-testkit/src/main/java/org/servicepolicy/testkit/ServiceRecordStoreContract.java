package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.service.ServiceCaseCommitment;
import org.servicepolicy.service.ServiceCaseId;
import org.servicepolicy.service.ServiceCaseReturnTrip;
import org.servicepolicy.service.ServiceRecordMark;

/**
 * The contract of {@link org.servicepolicy.service.ServiceRecordStore} (§2.1.3, §2.1.4): a case
 * comes back whole, with its return trips and promised replies in order and its return visit; updates are optimistic;
 * the sweep's read finds exactly the cases with an unmarked shortfall due; a shortfall is marked
 * once.
 */
public abstract class ServiceRecordStoreContract extends PortContract {
    private static final EmployeeId OTHER = EmployeeId.of("E-other");
    private static final Instant DUE = Fixtures.T0.plus(Duration.ofHours(72));

    @BeforeEach
    void seedTheHandlers() {
        givenTheFixtureEmployees();
        givenEmployee(Fixtures.SUPERVISOR);
        givenEmployee(OTHER);
    }

    @Test
    void aCaseIsFoundAsAddedAtVersionOne() {
        var added = ports().serviceRecords().add(Fixtures.serviceCase("SC-1").customerRef("客户-0042").build());

        assertThat(added.version()).isEqualTo(1);
        var found = ports().serviceRecords().find(ServiceCaseId.of("SC-1")).orElseThrow();
        assertThat(found).isEqualTo(added);
        assertThat(found.customerRef()).isEqualTo("客户-0042");
        assertThat(found.finished()).isFalse();
        assertThat(found.returnVisit()).isEmpty();
    }

    @Test
    void anExistingIdIsADuplicate() {
        ports().serviceRecords().add(Fixtures.serviceCase("SC-1").build());

        assertThatThrownBy(() -> ports().serviceRecords().add(Fixtures.serviceCase("SC-1").build()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void updatesKeepTripsInOrderAndTheReturnVisitWhole() {
        var stored = ports().serviceRecords().add(Fixtures.serviceCase("SC-1").build());
        var tripAt = Fixtures.minutesAfterT0(60);
        var withTrip = ports().serviceRecords().update(stored.withReturnTrip(new ServiceCaseReturnTrip(
                ServiceCaseReturnTrip.Cause.UNANNOUNCED_DOCUMENT, "came back for the residence permit — 居住证",
                tripAt, Fixtures.SUPERVISOR)));
        var finishedAt = Fixtures.minutesAfterT0(120);
        var finished = ports().serviceRecords().update(withTrip.withReturnTrip(new ServiceCaseReturnTrip(
                ServiceCaseReturnTrip.Cause.CUSTOMER_CHOICE, "added a second account", finishedAt,
                Fixtures.SUPERVISOR)).finish(finishedAt, finishedAt.plus(Duration.ofDays(30))));
        var done = ports().serviceRecords().update(finished.withReturnVisit(finished.returnVisit().orElseThrow()
                .doneAt(Fixtures.minutesAfterT0(600), 4, "happy; asked about online banking", Fixtures.SUPERVISOR)));

        assertThat(done.version()).isEqualTo(4);
        var found = ports().serviceRecords().find(ServiceCaseId.of("SC-1")).orElseThrow();
        assertThat(found).isEqualTo(done);
        assertThat(found.returnTrips()).extracting(ServiceCaseReturnTrip::cause).containsExactly(
                ServiceCaseReturnTrip.Cause.UNANNOUNCED_DOCUMENT, ServiceCaseReturnTrip.Cause.CUSTOMER_CHOICE);
        assertThat(found.returnTrips().get(0).note()).isEqualTo("came back for the residence permit — 居住证");
        assertThat(found.returnVisit().orElseThrow().satisfaction()).contains(4);
        assertThat(found.returnVisit().orElseThrow().recordedBy()).contains(Fixtures.SUPERVISOR);
    }

    @Test
    void aStaleUpdateIsAConflictAndChangesNothing() {
        var stored = ports().serviceRecords().add(Fixtures.serviceCase("SC-1").build());
        ports().serviceRecords().update(stored.finish(DUE, DUE.plus(Duration.ofDays(30))));

        assertThatThrownBy(() -> ports().serviceRecords().update(stored.finish(DUE.plusSeconds(1),
                DUE.plus(Duration.ofDays(31))))).isInstanceOf(ConflictException.class);
        assertThat(ports().serviceRecords().find(stored.id()).orElseThrow().finishedAt()).contains(DUE);
    }

    @Test
    void updatingACaseThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> ports().serviceRecords().update(Fixtures.serviceCase("SC-9").build().atVersion(1)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aHandlersCasesAreListedOldestOpeningFirst() {
        ports().serviceRecords().add(Fixtures.serviceCase("SC-2").openedAt(Fixtures.minutesAfterT0(5)).build());
        ports().serviceRecords().add(Fixtures.serviceCase("SC-3").openedAt(Fixtures.T0).build());
        ports().serviceRecords().add(Fixtures.serviceCase("SC-1").openedAt(Fixtures.T0).build());
        ports().serviceRecords().add(Fixtures.serviceCase("SC-4").handler(OTHER).build());

        assertThat(ports().serviceRecords().handledBy(Fixtures.EMPLOYEE)).extracting(c -> c.id().value())
                .containsExactly("SC-1", "SC-3", "SC-2");
        assertThat(ports().serviceRecords().handledBy(Fixtures.HR)).isEmpty();
    }

    @Test
    void theSweepFindsOpenCasesPastDueAndOwedVisitsPastDueOnly() {
        var visitDue = DUE.plus(Duration.ofDays(30));
        var asOf = visitDue.plusSeconds(1);
        ports().serviceRecords().add(Fixtures.serviceCase("SC-open-late").build());
        ports().serviceRecords().add(Fixtures.serviceCase("SC-open-due-exactly").dueAt(asOf).build());
        ports().serviceRecords().add(Fixtures.serviceCase("SC-visit-owed").finished(DUE, visitDue).build());
        ports().serviceRecords().add(Fixtures.serviceCase("SC-visit-done").finished(DUE, visitDue)
                .visitDone(DUE.plusSeconds(60), 5, "fine", Fixtures.SUPERVISOR).build());
        ports().serviceRecords().add(Fixtures.serviceCase("SC-visit-not-due").finished(DUE, asOf.plusSeconds(1))
                .build());

        assertThat(ports().serviceRecords().dueForSweep(asOf)).extracting(c -> c.id().value())
                .containsExactlyInAnyOrder("SC-open-late", "SC-visit-owed");
    }

    @Test
    void aMarkedShortfallIsNoLongerTheSweepsWork() {
        ports().serviceRecords().add(Fixtures.serviceCase("SC-1").build());
        var asOf = DUE.plusSeconds(1);

        ports().serviceRecords().markOnce(new ServiceRecordMark(ServiceCaseId.of("SC-1"), ServiceStandard.CASE_TIME,
                DUE, asOf));

        assertThat(ports().serviceRecords().dueForSweep(asOf)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ServiceStandard.class, names = {"CASE_TIME", "RETURN_VISIT"})
    void aShortfallIsMarkedOnce(ServiceStandard standard) {
        ports().serviceRecords().add(Fixtures.serviceCase("SC-1").build());
        var mark = new ServiceRecordMark(ServiceCaseId.of("SC-1"), standard, DUE, DUE.plusSeconds(1));

        assertThat(ports().serviceRecords().markOnce(mark)).isTrue();
        assertThat(ports().serviceRecords().markOnce(new ServiceRecordMark(mark.serviceCase(), standard, DUE,
                DUE.plusSeconds(99)))).isFalse();
        assertThat(ports().serviceRecords().marks(mark.serviceCase())).containsExactly(mark);
    }

    @Test
    void bothShortfallsOfACaseAreMarkedApart() {
        ports().serviceRecords().add(Fixtures.serviceCase("SC-1").build());
        var late = new ServiceRecordMark(ServiceCaseId.of("SC-1"), ServiceStandard.CASE_TIME, DUE, DUE.plusSeconds(1));
        var missed = new ServiceRecordMark(ServiceCaseId.of("SC-1"), ServiceStandard.RETURN_VISIT,
                DUE.plus(Duration.ofDays(30)), DUE.plus(Duration.ofDays(31)));

        assertThat(ports().serviceRecords().markOnce(late)).isTrue();
        assertThat(ports().serviceRecords().markOnce(missed)).isTrue();
        assertThat(ports().serviceRecords().marks(ServiceCaseId.of("SC-1"))).containsExactly(late, missed);
        assertThat(ports().serviceRecords().marks(ServiceCaseId.of("SC-2"))).isEmpty();
    }

    @Test
    void promisedRepliesComeBackInOrderAndAReplyIsKept() {
        var stored = ports().serviceRecords().add(Fixtures.serviceCase("SC-1")
                .commitment("whether the transfer limit can be raised", Fixtures.T0, DUE, null).build());
        var second = new ServiceCaseCommitment(2, "the fee for a second card — 第二张卡的费用", Fixtures.minutesAfterT0(5),
                DUE.plusSeconds(60), Optional.empty(), Fixtures.SUPERVISOR);
        var withSecond = ports().serviceRecords().update(stored.withCommitment(second));
        var replied = ports().serviceRecords().update(withSecond.withCommitment(
                withSecond.commitments().get(0).repliedAt(Fixtures.minutesAfterT0(90))));

        var found = ports().serviceRecords().find(ServiceCaseId.of("SC-1")).orElseThrow();
        assertThat(found).isEqualTo(replied);
        assertThat(found.commitments()).extracting(ServiceCaseCommitment::replied).containsExactly(true, false);
        assertThat(found.commitments().get(1).promise()).isEqualTo("the fee for a second card — 第二张卡的费用");
        assertThat(found.commitments().get(1).promisedBy()).isEqualTo(Fixtures.SUPERVISOR);
    }

    @Test
    void theSweepFindsAReplyOwedPastItsTimeUntilItIsMarked() {
        var asOf = DUE.plusSeconds(1);
        ports().serviceRecords().add(Fixtures.serviceCase("SC-owed").dueAt(asOf.plusSeconds(3600))
                .commitment("a call back", Fixtures.T0, DUE, null).build());
        ports().serviceRecords().add(Fixtures.serviceCase("SC-replied").dueAt(asOf.plusSeconds(3600))
                .commitment("a call back", Fixtures.T0, DUE, DUE.minusSeconds(60)).build());
        ports().serviceRecords().add(Fixtures.serviceCase("SC-not-yet").dueAt(asOf.plusSeconds(3600))
                .commitment("a call back", Fixtures.T0, asOf.plusSeconds(1), null).build());

        assertThat(ports().serviceRecords().dueForSweep(asOf)).extracting(c -> c.id().value())
                .containsExactly("SC-owed");
        ports().serviceRecords().markOnce(new ServiceRecordMark(ServiceCaseId.of("SC-owed"),
                ServiceStandard.PROMISED_REPLY, 1, DUE, asOf));
        assertThat(ports().serviceRecords().dueForSweep(asOf)).isEmpty();
    }

    @Test
    void eachPromisedReplyIsMarkedApartByNumber() {
        ports().serviceRecords().add(Fixtures.serviceCase("SC-1").build());
        var first = new ServiceRecordMark(ServiceCaseId.of("SC-1"), ServiceStandard.PROMISED_REPLY, 1, DUE,
                DUE.plusSeconds(1));
        var second = new ServiceRecordMark(ServiceCaseId.of("SC-1"), ServiceStandard.PROMISED_REPLY, 2, DUE,
                DUE.plusSeconds(1));

        assertThat(ports().serviceRecords().markOnce(first)).isTrue();
        assertThat(ports().serviceRecords().markOnce(second)).isTrue();
        assertThat(ports().serviceRecords().markOnce(first)).isFalse();
        assertThat(ports().serviceRecords().marks(ServiceCaseId.of("SC-1"))).containsExactly(first, second);
    }
}
