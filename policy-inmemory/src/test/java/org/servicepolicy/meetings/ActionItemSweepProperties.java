package org.servicepolicy.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.PublishedEvent;

/**
 * §5.1.2: over generated weeks of action items (added with due dates, marked done, swept, time
 * passing, in any order), every item a sweep finds still open at or after its due instant is
 * marked overdue exactly once, however many sweeps pass, and no other item ever is; an item is
 * never both done and overdue. The weeks are one seeded list, each a different draw.
 */
class ActionItemSweepProperties {
    /** What happens next. */
    enum Act { ADD, DONE, SWEEP }

    /**
     * One step of a generated week.
     *
     * @param act   what happens
     * @param hours how many hours pass first
     * @param pick  which item it is about, or in how many days an added one is due
     */
    record Step(Act act, int hours, int pick) {
    }

    /**
     * One generated week.
     *
     * @param steps what happens, in order
     */
    record Week(List<Step> steps) {
    }

    static Stream<Week> weeks() {
        return Instancio.ofList(Week.class).size(20).withSeed(20261130L)
                .generate(field(Week::steps), gen -> gen.collection().size(30))
                .generate(field(Step::hours), gen -> gen.ints().range(0, 20))
                .generate(field(Step::pick), gen -> gen.ints().range(0, 1000))
                .create().stream();
    }

    @ParameterizedTest
    @MethodSource("weeks")
    @DisplayName("§5.1.2: each item open at its due instant is marked overdue once; one done in time never")
    void eachOverdueItemIsMarkedOnce(Week week) {
        var company = new Company();
        var meetings = company.policy.meetings();
        var owner = company.actor("manager");
        var meeting = meetings.schedule(owner, new ScheduleMeeting(MeetingKind.DEPARTMENT, "Daily stand-up",
                company.clock.instant().plusSeconds(60), false, List.of("service"), List.of("staff", "colleague")));
        company.clock.advance(Duration.ofMinutes(2));
        var items = new ArrayList<ActionItemId>();
        var swept = new HashSet<ActionItemId>();
        for (var step : week.steps()) {
            company.clock.advance(Duration.ofHours(step.hours()));
            switch (step.act()) {
                case ADD -> {
                    var today = company.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
                    var item = meetings.addActionItem(owner, meeting.id(), new AddActionItem(step.pick() % 2 == 0
                            ? "staff" : "colleague", "Item " + step.pick(), today.plusDays(step.pick() % 3)));
                    items.add(item.id());
                }
                case DONE -> {
                    var open = items.stream().map(id -> company.stores.meetings().findItem(id).orElseThrow())
                            .filter(i -> i.status() == ActionItemStatus.OPEN).toList();
                    if (!open.isEmpty()) {
                        var item = open.get(step.pick() % open.size());
                        meetings.markDone(company.actor(item.owner().value()), item.id());
                    }
                }
                case SWEEP -> sweep(company, items, swept);
            }
        }
        company.clock.advance(Duration.ofDays(4));
        sweep(company, items, swept);
        sweep(company, items, swept);

        var overdueEvents = company.stores.eventLog().after(0, 100_000).stream()
                .filter(e -> e.type().equals("MeetingActionItemOverdue")).map(PublishedEvent::aggregateId).toList();
        for (var id : items) {
            var marked = company.stores.meetings().overdueMarkedAt(id);
            assertThat(marked.isPresent()).as("item %s marked", id).isEqualTo(swept.contains(id));
            assertThat(overdueEvents).as("overdue events of %s", id).filteredOn(id.value()::equals)
                    .hasSize(swept.contains(id) ? 1 : 0);
            var item = company.stores.meetings().findItem(id).orElseThrow();
            assertThat(item.status() == ActionItemStatus.DONE && item.overdueAt(company.clock.instant())).isFalse();
        }
    }

    /** Sweeps now, noting in {@code swept} each item the sweep finds still open at or after its due instant. */
    private static void sweep(Company company, List<ActionItemId> items, Set<ActionItemId> swept) {
        var now = company.clock.instant();
        items.stream().map(id -> company.stores.meetings().findItem(id).orElseThrow()).filter(i -> i.overdueAt(now))
                .forEach(i -> swept.add(i.id()));
        company.policy.meetings().sweep(now);
    }
}
