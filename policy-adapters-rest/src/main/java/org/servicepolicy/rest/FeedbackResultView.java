package org.servicepolicy.rest;

import java.util.List;

/**
 * What ruling on an item of customer feedback did (§2.3.2, §2.3.1): the item, one finding per
 * employee a justified complaint names with the violations they proposed, one customer score per
 * employee a confirmed praise concerns.
 *
 * @param item       the item as stored
 * @param findings   the findings made
 * @param violations the violations they proposed
 * @param scores     the customer scores given
 */
public record FeedbackResultView(FeedbackItemView item, List<ServiceFindingView> findings,
                                 List<FindingViolationView> violations, List<CustomerScoreView> scores) {
}
