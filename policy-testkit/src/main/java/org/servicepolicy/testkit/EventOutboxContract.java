package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.PublishedEvent;

/**
 * The contract of the outbox: what an {@link org.servicepolicy.kernel.EventPublisher} records,
 * the {@link org.servicepolicy.kernel.EventLog} of the same adapter reads back in publishing
 * order, at increasing positions, once the publishing transaction has committed.
 */
public abstract class EventOutboxContract extends PortContract {

    @Test
    void aPublishedEventIsReadBackWithEveryField() {
        var event = Fixtures.event("PenaltyIssued", "P-1", Fixtures.T0,
                Fixtures.attributes("employeeId", "E-1", "step", "FINE", "note", "罚款 — 200.00 CNY", "empty", ""));

        ports().eventPublisher().publish(event);

        var read = ports().eventLog().after(0, 10);
        assertThat(read).singleElement().satisfies(published -> {
            assertThat(published.type()).isEqualTo("PenaltyIssued");
            assertThat(published.aggregateId()).isEqualTo("P-1");
            assertThat(published.occurredAt()).isEqualTo(Fixtures.T0);
            assertThat(published.attributes()).isEqualTo(event.attributes());
            assertThat(published.position()).isPositive();
        });
    }

    @Test
    void eventsAreReadInPublishingOrderAtIncreasingPositions() {
        var published = new ArrayList<DomainEvent>();
        for (int i = 0; i < 3; i++) {
            published.add(publish("Single" + i));
        }
        ports().transactions().inTransaction(() -> {
            for (int i = 0; i < 3; i++) {
                published.add(publish("Batched" + i));
            }
            return null;
        });

        var read = ports().eventLog().after(0, 100);

        assertThat(read).extracting(PublishedEvent::type)
                .containsExactly(published.stream().map(DomainEvent::type).toArray(String[]::new));
        assertThat(read).extracting(PublishedEvent::position).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void afterSkipsTheEventsAtOrBelowThePositionAndLimitCapsThePage() {
        for (int i = 0; i < 5; i++) {
            publish("E" + i);
        }
        var all = ports().eventLog().after(0, 100);

        var page = ports().eventLog().after(all.get(1).position(), 2);

        assertThat(page).containsExactly(all.get(2), all.get(3));
        assertThat(ports().eventLog().after(all.get(4).position(), 10)).isEmpty();
    }

    @Test
    void pagingThroughTheLogReadsEveryEventOnce() {
        var published = new ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            published.add(publish("E" + i).type());
        }

        var read = new ArrayList<String>();
        long position = 0;
        List<PublishedEvent> page;
        while (!(page = ports().eventLog().after(position, 3)).isEmpty()) {
            page.forEach(e -> read.add(e.type()));
            position = page.get(page.size() - 1).position();
        }

        assertThat(read).isEqualTo(published);
    }

    @Test
    void anEventWithoutAttributesIsReadWithAnEmptyMap() {
        ports().eventPublisher().publish(Fixtures.event("Plain", "X-1", Fixtures.T0, Map.of()));

        assertThat(ports().eventLog().after(0, 10)).singleElement()
                .satisfies(e -> assertThat(e.attributes()).isEmpty());
    }

    @Test
    void eventsPublishedInAFailedTransactionAreNeverRead() {
        publish("Kept");

        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
            publish("Lost1");
            publish("Lost2");
            throw new IllegalStateException("the use case failed");
        })).isInstanceOf(IllegalStateException.class);
        publish("AlsoKept");

        assertThat(ports().eventLog().after(0, 10)).extracting(PublishedEvent::type)
                .containsExactly("Kept", "AlsoKept");
    }

    @Test
    void anEmptyLogReadsNothing() {
        assertThat(ports().eventLog().after(0, 10)).isEmpty();
    }

    private DomainEvent publish(String type) {
        var event = Fixtures.event(type, "A-" + type, Fixtures.T0, Fixtures.attributes("name", type));
        ports().eventPublisher().publish(event);
        return event;
    }
}
