package org.servicepolicy.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.feedback.FeedbackItems.MONDAY_11;
import static org.servicepolicy.feedback.FeedbackItems.handled;
import static org.servicepolicy.feedback.FeedbackItems.policy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.Reason;

/** §2.3.2: the clocks of an item counted in business time (standard day 09:00-12:00, 13:30-18:00 UTC). */
class FeedbackClockTest {
    private static Instant at(String utc) {
        return Instant.parse(utc + ":00Z");
    }

    private static FeedbackCheckpoint checkpoint(String key, String utc) {
        return new FeedbackCheckpoint(key, at(utc));
    }

    @Test
    @DisplayName("§2.3.2: a HIGH item received Monday 11:00 warns at 75%, breaches and escalates to HR in business time")
    void theStandardCalendarCountsOnlyOpenTime() {
        var item = handled("HIGH", MONDAY_11);

        assertThat(FeedbackClock.checkpoints(item, policy())).containsExactly(
                checkpoint("FIRST_RESPONSE.WARNING", "2026-05-04T14:00"),
                checkpoint("FIRST_RESPONSE.BREACH", "2026-05-04T14:30"),
                checkpoint("FIRST_RESPONSE.HR", "2026-05-05T14:30"),
                checkpoint("R1.RESOLUTION.WARNING", "2026-05-05T16:15"),
                checkpoint("R1.RESOLUTION.BREACH", "2026-05-06T11:00"),
                checkpoint("R1.RESOLUTION.HR", "2026-05-07T11:00"));
    }

    @Test
    @DisplayName("§2.3.2: a wait on the customer stops both clocks; while it is open they have no checkpoints")
    void waitingOnTheCustomerStopsTheClocks() {
        var waiting = handled("HIGH", MONDAY_11).waitingOn("Which branch?", at("2026-05-04T11:30"));
        var answered = waiting.answered("Main street", at("2026-05-04T15:00"));

        assertThat(FeedbackClock.checkpoints(waiting, policy())).isEmpty();
        assertThat(FeedbackClock.firstResponseDue(waiting, policy()).at()).isEmpty();
        assertThat(FeedbackClock.firstResponseDue(answered, policy()).at()).contains(at("2026-05-04T16:30"));
        assertThat(FeedbackClock.resolutionDue(answered, policy()).at()).contains(at("2026-05-06T14:30"));
    }

    @Test
    @DisplayName("§2.3.2: a rejection starts the next round's clock, which earlier waits do not move")
    void aRejectionStartsTheNextRound() {
        var reported = handled("HIGH", MONDAY_11).waitingOn("Which branch?", at("2026-05-04T11:30"))
                .answered("Main street", at("2026-05-04T15:00")).resultReported("Apologised.", at("2026-05-04T16:00"));
        var rejected = reported.rejectedWith("Not enough.", at("2026-05-05T10:00"));

        assertThat(FeedbackClock.checkpoints(reported, policy())).isEmpty();
        assertThat(FeedbackClock.checkpoints(rejected, policy())).extracting(FeedbackCheckpoint::key)
                .containsExactly("R2.RESOLUTION.WARNING", "R2.RESOLUTION.BREACH", "R2.RESOLUTION.HR");
        assertThat(FeedbackClock.resolutionDue(rejected, policy()).at()).contains(at("2026-05-07T10:00"));
    }

    @Test
    @DisplayName("§2.3.2: a holiday is skipped like a closed day")
    void holidaysAreSkipped() {
        var withHoliday = policy(Map.of("company.calendar.holidays", "2026-05-05 Staff Day"));
        var item = handled("HIGH", MONDAY_11);

        assertThat(FeedbackClock.checkpoints(item, withHoliday)).contains(
                checkpoint("FIRST_RESPONSE.HR", "2026-05-06T14:30"),
                checkpoint("R1.RESOLUTION.BREACH", "2026-05-07T11:00"));
        assertThat(FeedbackClock.explain(item, withHoliday)).extracting(Reason::message)
                .anyMatch(m -> m.contains("Staff Day"));
    }

    @Test
    @DisplayName("§2.3.2: a met clock has no checkpoints; a final item none at all")
    void metClocksStop() {
        var responded = handled("CRITICAL", MONDAY_11).respondedWith("On it.", at("2026-05-04T11:10"));
        var accepted = responded.resultReported("Done.", at("2026-05-04T13:40")).acceptedWith(5,
                at("2026-05-04T14:00"));

        assertThat(FeedbackClock.checkpoints(responded, policy())).extracting(FeedbackCheckpoint::clock)
                .containsOnly("R1.RESOLUTION");
        assertThat(FeedbackClock.checkpoints(accepted, policy())).isEmpty();
        assertThat(FeedbackClock.explain(accepted, policy())).isEmpty();
    }

    @Test
    @DisplayName("§2.3.2: the explanation cites §2.3.2 and names each running clock")
    void dueTimesAreExplained() {
        var reasons = FeedbackClock.explain(handled("LOW", MONDAY_11), policy());

        assertThat(reasons).allSatisfy(r -> assertThat(r.clause()).isEqualTo("§2.3.2"));
        assertThat(reasons).filteredOn(r -> r.ruleId().equals("feedback.clock")).extracting(r -> r.facts().get("clock"))
                .containsExactly("FIRST_RESPONSE", "R1.RESOLUTION");
    }
}
