package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.training.ObligationSource;
import org.servicepolicy.training.ObligationStatus;
import org.servicepolicy.training.TrainingAssessment;
import org.servicepolicy.training.TrainingObligation;

/**
 * What an employee owes of a programme and by when (§4.1, §4.2, §2.3.3), computed as of the request.
 *
 * @param employeeId               who owes it
 * @param programme                the programme owed
 * @param source                   why: NEW_HIRE, RECURRING or REMEDIAL
 * @param followUpId               the service evaluation's follow-up that asked for it; null unless REMEDIAL
 * @param due                      when it falls due
 * @param status                   DUE, MET or OVERDUE
 * @param metByAssessmentId        the completion that meets it; null unless MET
 * @param lastCompletionId         the latest completion before, for a recurring programme; else null
 * @param key                      what tells it from the employee's other obligations
 */
public record TrainingObligationView(String employeeId, String programme, ObligationSource source,
                                     String followUpId, Instant due, ObligationStatus status,
                                     String metByAssessmentId, String lastCompletionId, String key) {
    /** The view of {@code obligation}. */
    public static TrainingObligationView of(TrainingObligation obligation) {
        return new TrainingObligationView(obligation.employee().value(), obligation.programme(),
                obligation.source(), obligation.followUp().orElse(null), obligation.due(), obligation.status(),
                obligation.metBy().map(TrainingAssessment::id).orElse(null),
                obligation.lastCompletion().map(TrainingAssessment::id).orElse(null), obligation.key());
    }
}
