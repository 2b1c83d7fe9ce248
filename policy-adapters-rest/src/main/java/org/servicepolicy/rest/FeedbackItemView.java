package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.feedback.FeedbackChannel;
import org.servicepolicy.feedback.FeedbackClock;
import org.servicepolicy.feedback.FeedbackItem;
import org.servicepolicy.feedback.FeedbackStatus;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.FeedbackNature;
import org.servicepolicy.policy.PolicyDefinition;

/**
 * An item of customer feedback as staff see it (§2.3.2), each running clock's due time with its
 * explanation. The customer's contact is left out for a reader who may not see it; the tracking
 * token's hash is never shown.
 *
 * @param id                  identifier
 * @param channel             how it reached the company
 * @param nature              complaint, suggestion, praise or enquiry
 * @param severity            one of the policy's severities
 * @param area                the business area it is about
 * @param summary             what it is about
 * @param details             what the customer said
 * @param contact             how to reach the customer, as the policy stores it; absent when hidden or none
 * @param employeeIdsConcerned the employees it names
 * @param receivedAt          when it was received
 * @param recordedById        who recorded it; absent when submitted online
 * @param policyVersion       the policy version in force at receipt, whose times apply
 * @param departmentId        the department handling it; absent while unrouted
 * @param responsibleId       the employee handling it; absent until assigned
 * @param status              where it stands
 * @param round               the round of handling: 1 plus the results rejected
 * @param firstRespondedAt    when the customer got the first response
 * @param firstResponse       what it said
 * @param waitingOnCustomer   whether the clocks are stopped while the customer is asked something
 * @param question            what the customer was last asked
 * @param answer              the customer's last answer, or the note of one given elsewhere
 * @param roundStartedAt      when the current round's resolution clock started
 * @param lastResult          the last result reported
 * @param resultAt            when it was reported
 * @param causeAnalysis       why the last result was rejected, recorded before the next result
 * @param correctiveAction    what was done about it
 * @param rounds              each result reported, oldest first
 * @param satisfaction        the customer's score on accepting a result, 1 to 5
 * @param closedAt            when it became final
 * @param closeReason         why HR closed it
 * @param ruling              the ruling on it, once made
 * @param firstResponseDue    the first-response clock, while it runs
 * @param resolutionDue       the current round's resolution clock, while it runs
 * @param version             the optimistic-locking version
 */
public record FeedbackItemView(String id, FeedbackChannel channel, FeedbackNature nature, String severity, String area,
                               String summary, String details, String contact, List<String> employeeIdsConcerned,
                               Instant receivedAt, String recordedById, String policyVersion, String departmentId,
                               String responsibleId, FeedbackStatus status, int round, Instant firstRespondedAt,
                               String firstResponse, boolean waitingOnCustomer, String question, String answer,
                               Instant roundStartedAt, String lastResult, Instant resultAt, String causeAnalysis,
                               String correctiveAction, List<FeedbackRoundView> rounds, Integer satisfaction,
                               Instant closedAt, String closeReason, FeedbackRulingView ruling,
                               FeedbackDueView firstResponseDue, FeedbackDueView resolutionDue, long version) {
    /** The view of {@code item}, its due times under {@code policy}, the policy in force at its receipt. */
    public static FeedbackItemView of(FeedbackItem item, PolicyDefinition policy) {
        var firstDue = FeedbackClock.firstResponseRuns(item)
                ? FeedbackDueView.of(FeedbackClock.FIRST_RESPONSE, FeedbackClock.firstResponseDue(item, policy)) : null;
        var resolutionDue = FeedbackClock.resolutionRuns(item) ? FeedbackDueView.of(
                FeedbackClock.resolution(item.round()), FeedbackClock.resolutionDue(item, policy)) : null;
        return new FeedbackItemView(item.id().value(), item.channel(), item.nature(), item.severity(), item.area(),
                item.summary(), item.details(), item.contact().orElse(null),
                item.employeesConcerned().stream().map(EmployeeId::value).toList(), item.receivedAt(),
                item.recordedBy().map(EmployeeId::value).orElse(null), item.policyVersion(),
                item.department().map(DepartmentId::value).orElse(null),
                item.responsible().map(EmployeeId::value).orElse(null), item.status(), item.round(),
                item.firstRespondedAt().orElse(null), item.firstResponse().orElse(null), item.waitingOnCustomer(),
                item.question().orElse(null), item.answer().orElse(null), item.roundStartedAt(),
                item.lastResult().orElse(null), item.resultAt().orElse(null), item.causeAnalysis().orElse(null),
                item.correctiveAction().orElse(null), item.rounds().stream().map(FeedbackRoundView::of).toList(),
                item.satisfaction().orElse(null), item.closedAt().orElse(null), item.closeReason().orElse(null),
                item.ruling().map(FeedbackRulingView::of).orElse(null), firstDue, resolutionDue, item.version());
    }
}
