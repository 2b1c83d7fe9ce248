package org.servicepolicy.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.PublishedEvent;

class EventFeedTest {
    private final Company company = new Company();
    private final EventFeed feed = company.policy.eventFeed();

    @Test
    void aReaderFollowsTheOutboxFromThePositionItLastHandled() {
        var seen = feed.after(company.actor("hr"), 0, EventFeed.MAX_LIMIT);
        var last = seen.get(seen.size() - 1).position();
        var recorded = company.late("staff", 10);
        var next = feed.after(company.actor("hr"), last, 10);
        assertThat(next).extracting(PublishedEvent::type).containsExactly("ViolationRecorded", "PenaltyProposed");
        assertThat(next.get(1).aggregateId()).isEqualTo(recorded.penalty().orElseThrow().id().value());
        assertThat(feed.after(company.actor("hr"), next.get(1).position(), 10)).isEmpty();
    }

    @Test
    void aReadReturnsAtMostTheLimitInOrder() {
        var page = feed.after(company.actor("hr"), 0, 3);
        assertThat(page).hasSize(3);
        assertThat(page).extracting(PublishedEvent::position).isSorted();
        assertThat(feed.after(company.actor("hr"), page.get(2).position(), 1).get(0).position())
                .isGreaterThan(page.get(2).position());
    }

    @Test
    void onlyHrReadsTheFeed() {
        assertThatThrownBy(() -> feed.after(company.actor("manager"), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feed.after(company.actor("inspector"), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNegativePositionAndAnOutOfRangeLimitAreRefusedTogether() {
        assertThatThrownBy(() -> feed.after(company.actor("hr"), -1, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("after", "limit"));
        assertThatThrownBy(() -> feed.after(company.actor("hr"), 0, EventFeed.MAX_LIMIT + 1))
                .isInstanceOf(InvalidInputException.class);
    }
}
