package org.servicepolicy.feedback;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.policy.FeedbackNature;

/**
 * {@link Company} handling customer feedback: tracking tokens counted ({@code 000...001}), and a
 * policy version in force from 09:01 on the first Monday that routes complaints to the service
 * department and lets HR close an item after one rejected result.
 */
final class FeedbackCompany {
    final Company company = new Company((builder, stores) -> builder.feedbackTokens(FeedbackCompany::nextToken));
    final FeedbackService feedback = company.policy.feedback();
    private static final AtomicInteger TOKENS = new AtomicInteger();

    FeedbackCompany() {
        company.policy.policies().publish(company.actor("hr"), "2026.2", company.clock.instant().plusSeconds(60),
                Map.of("feedback.routing", "COMPLAINT/*/*=service", "feedback.rounds.hrMayCloseAfter", "1",
                        "feedback.areas", "general,billing"));
        company.clock.advance(Duration.ofMinutes(2));
    }

    private static String nextToken() {
        return "%043d".formatted(TOKENS.incrementAndGet());
    }

    /** A HIGH hotline complaint about {@code concerned} recorded by the inspector. */
    FeedbackIntake complaint(String severity, String... concerned) {
        return feedback.record(company.actor("inspector"), new RecordFeedback(FeedbackChannel.COMPLAINT_HOTLINE,
                FeedbackNature.COMPLAINT, severity, "general", "Rude at the counter",
                "The clerk at counter 3 would not listen to 客户-7.", "13800138000", List.of(concerned)));
    }

    /** The types of the events published so far. */
    List<String> eventTypes() {
        return company.stores.eventLog().after(0, 10_000).stream().map(PublishedEvent::type).toList();
    }

    FeedbackText text(String text) {
        return new FeedbackText(text);
    }
}
