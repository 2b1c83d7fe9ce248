package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.tasks.Refusal;

/**
 * The assignee refused the task with a reason (§3.1.1).
 *
 * @param number the refusal's number on its task, from 1
 * @param at     when
 * @param reason the assignee's reason
 * @param ruling the ruling on it; absent while it awaits one
 */
public record RefusalView(int number, Instant at, String reason, RefusalRulingView ruling) {
    /** The view of {@code refusal}. */
    public static RefusalView of(Refusal refusal) {
        return new RefusalView(refusal.number(), refusal.at(), refusal.reason(),
                refusal.ruling().map(RefusalRulingView::of).orElse(null));
    }
}
