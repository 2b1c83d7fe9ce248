package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.training.ScheduleSession;

/**
 * Body of {@code POST /api/v1/training/sessions} (§4.1): a session of a programme, scheduled now
 * by the caller, HR or the manager of every attendee.
 *
 * @param id             the identifier wanted; omitted to have one generated
 * @param programme      the programme's id in the policy in force, e.g. {@code NEW_HIRE_SERVICE}
 * @param startsAt       when the session starts (ISO-8601 instant)
 * @param trainerId      the training employee; omitted when an outside expert trains
 * @param outsideTrainer the outside expert's name (at most 200 characters); omitted when an employee trains
 * @param attendeeIds    the attendees, each once
 */
public record ScheduleTrainingSessionBody(String id, String programme, Instant startsAt, String trainerId,
                                          String outsideTrainer, List<String> attendeeIds) {
    /** The core command. */
    public ScheduleSession toCommand() {
        return new ScheduleSession(id, programme, startsAt, trainerId, outsideTrainer, attendeeIds);
    }
}
