package org.servicepolicy.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.decided;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.stamp;
import static org.servicepolicy.meetings.Meetings.SERVICE;
import static org.servicepolicy.meetings.Meetings.STARTS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Outcomes;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;

/** §5.1.2: action items agreed at meetings and followed up, decided without stores. */
class ActionItemRulesTest {
    private static final Employee OWNER = Meetings.staff("owner", SERVICE);
    private static final Employee DOER = Meetings.staff("doer", SERVICE);
    private static final LocalDate DUE_ON = LocalDate.of(2026, 5, 8);
    private static final Meeting MEETING = Meetings.meeting(MeetingKind.DEPARTMENT, OWNER.id(), false, DOER.id());

    @Test
    @DisplayName("§5.1.2: an item is due at the end of its due date in the company's zone")
    void anItemIsDueAtTheEndOfItsDueDate() {
        var zone = ZoneId.of("Asia/Shanghai");
        var outcome = decided(ActionItemRules.add(new AddActionItem("doer", " Send the list ", DUE_ON),
                new ActionItemRules.Adding(MEETING, Optional.of(DOER), zone), stamp(Meetings.actor(OWNER), STARTS)));

        assertThat(outcome.changes()).hasSize(1);
        assertThat(outcome.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.ActionItemAdded.class, e -> {
            assertThat(e.owner()).isEqualTo(DOER.id());
            assertThat(e.dueOn()).isEqualTo(DUE_ON);
        });
        var item = Meetings.item(DOER.id(), DUE_ON);
        assertThat(item.overdueAt(Instant.parse("2026-05-08T23:59:59Z"))).isFalse();
        assertThat(item.overdueAt(Instant.parse("2026-05-09T00:00:00Z"))).isTrue();
        assertThat(item.done(STARTS).overdueAt(Instant.parse("2026-05-10T00:00:00Z"))).isFalse();
    }

    @Test
    @DisplayName("§5.1.2: only the owner adds items, after the meeting started, for an employed employee")
    void addingIsRefusedOtherwise() {
        var command = new AddActionItem("doer", "Send the list", DUE_ON);
        var facts = new ActionItemRules.Adding(MEETING, Optional.of(DOER), ZoneId.of("UTC"));
        var left = Meetings.employee("doer", SERVICE, EmployeeCategory.STAFF, EmploymentStatus.LEFT, Optional.empty());

        assertThat(refusal(ActionItemRules.add(command, facts, stamp(Meetings.actor(DOER), STARTS))))
                .isInstanceOf(Refusal.Access.class);
        assertThat(refusal(ActionItemRules.add(command, facts, stamp(Meetings.actor(OWNER), STARTS.minusSeconds(1)))))
                .isInstanceOf(Refusal.Policy.class);
        assertThat(refusal(ActionItemRules.add(command, new ActionItemRules.Adding(MEETING, Optional.of(left),
                ZoneId.of("UTC")), stamp(Meetings.actor(OWNER), STARTS)))).isInstanceOfSatisfying(
                Refusal.Invalid.class, r -> assertThat(r.field()).isEqualTo("ownerId"));
        assertThat(refusal(ActionItemRules.add(command, new ActionItemRules.Adding(MEETING, Optional.empty(),
                ZoneId.of("UTC")), stamp(Meetings.actor(OWNER), STARTS)))).isInstanceOf(Refusal.Invalid.class);
    }

    @Test
    @DisplayName("§5.1.2: the item's owner marks it done once; after its due instant it is done late")
    void markingDone() {
        var item = Meetings.item(DOER.id(), DUE_ON);
        var inTime = decided(ActionItemRules.markDone(item, stamp(Meetings.actor(DOER),
                Instant.parse("2026-05-08T18:00:00Z"))));
        var late = decided(ActionItemRules.markDone(item, stamp(Meetings.actor(DOER),
                Instant.parse("2026-05-09T00:00:00Z"))));

        assertThat(inTime.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.ActionItemDone.class,
                e -> assertThat(e.late()).isFalse());
        assertThat(late.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.ActionItemDone.class,
                e -> assertThat(e.late()).isTrue());
        assertThat(refusal(ActionItemRules.markDone(item.done(STARTS), stamp(Meetings.actor(DOER), STARTS))))
                .isInstanceOf(Refusal.Transition.class);
        assertThat(refusal(ActionItemRules.markDone(item, stamp(Meetings.actor(OWNER), STARTS))))
                .isInstanceOf(Refusal.Access.class);
    }

    @Test
    @DisplayName("§5.1.2: the sweep marks an open item from its due instant on, and reports it with an event and an audit line")
    void theSweepMarksOpenItemsFromTheirDueInstant() {
        var item = Meetings.item(DOER.id(), DUE_ON);
        var due = Instant.parse("2026-05-09T00:00:00Z");

        assertThat(decided(ActionItemRules.mark(item, due)).changes()).hasSize(1);
        assertThat(decided(ActionItemRules.mark(item, due.minusNanos(1_000))).changes()).isEmpty();
        assertThat(decided(ActionItemRules.mark(item.done(STARTS), due)).changes()).isEmpty();
        var report = decided(ActionItemRules.reportOverdue(item, stamp(MeetingService.SWEEP, due)));
        assertThat(report.changes()).isEmpty();
        assertThat(report.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.ActionItemOverdue.class,
                e -> assertThat(e.owner()).isEqualTo(DOER.id()));
        assertThat(report.audit()).singleElement().satisfies(a -> assertThat(a.action())
                .isEqualTo("meetings.action-item.overdue"));
        assertThat(report.answer().apply(Outcomes.NOTHING_STORED)).isEqualTo(item);
    }
}
