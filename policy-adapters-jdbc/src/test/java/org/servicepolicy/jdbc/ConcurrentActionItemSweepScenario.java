package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.meetings.ActionItem;
import org.servicepolicy.meetings.ActionItemId;
import org.servicepolicy.meetings.ActionItemSweepResult;
import org.servicepolicy.meetings.AddActionItem;
import org.servicepolicy.meetings.MeetingKind;
import org.servicepolicy.meetings.ScheduleMeeting;
import org.servicepolicy.testkit.MutableClock;

/**
 * §5.1.2: several instances of the library, each with its own stores over one database, sweep the
 * same overdue action items at the same moment. Each open item is marked once, by one of them;
 * the item its owner marked done in time is never marked; a later sweep finds nothing left.
 */
abstract class ConcurrentActionItemSweepScenario {
    private static final int ITEMS = 9;
    private static final int INSTANCES = 4;

    private TestDatabase database;
    private ExecutorService sweepers;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
        sweepers = Executors.newFixedThreadPool(INSTANCES);
    }

    @AfterEach
    void close() {
        sweepers.shutdownNow();
        database.close();
    }

    @Test
    @DisplayName("§5.1.2: four instances sweep nine overdue action items at once: each is marked once, the done one never")
    void eachOverdueItemIsMarkedOnceAcrossInstances() throws Exception {
        var clock = new MutableClock(Company.NOW);
        var company = Company.hiredOn(database.migratedStores(), builder -> builder.clock(clock));
        var staff = company.policy.people().actorFor(Company.STAFF).orElseThrow();
        var meeting = company.policy.meetings().schedule(company.hr, new ScheduleMeeting(MeetingKind.DEPARTMENT,
                "Weekly service review", clock.instant().plus(Duration.ofHours(1)), false, List.of("service"),
                List.of(Company.STAFF.value())));
        clock.advance(Duration.ofHours(2));
        var dueOn = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        var items = new ArrayList<ActionItem>();
        for (int i = 0; i < ITEMS + 1; i++) {
            items.add(company.policy.meetings().addActionItem(company.hr, meeting.id(),
                    new AddActionItem(Company.STAFF.value(), "Call back customer " + i, dueOn)));
        }
        var doneInTime = company.policy.meetings().markDone(staff, items.get(0).id());
        clock.advance(Duration.ofDays(3));

        var results = atOnce(clock);

        var marked = results.stream().flatMap(r -> r.marked().stream()).toList();
        assertThat(marked).hasSize(ITEMS).doesNotContain(doneInTime.id());
        assertThat(new HashSet<>(marked)).containsExactlyInAnyOrderElementsOf(items.subList(1, ITEMS + 1).stream()
                .map(ActionItem::id).toList());
        var stores = database.migratedStores();
        for (ActionItemId id : marked) {
            assertThat(stores.meetings().overdueMarkedAt(id)).isPresent();
        }
        assertThat(stores.meetings().overdueMarkedAt(doneInTime.id())).isEmpty();
        assertThat(company.policy.meetings().overdueOfMyMeetings(company.hr)).hasSize(ITEMS);
        assertThat(company.policy.meetings().sweep(clock.instant()).marked()).isEmpty();
    }

    private List<ActionItemSweepResult> atOnce(MutableClock clock) throws Exception {
        return SweepInstances.atOnce(INSTANCES, database.dataSource(), clock, sweepers,
                instance -> instance.meetings().sweep(clock.instant()));
    }
}
