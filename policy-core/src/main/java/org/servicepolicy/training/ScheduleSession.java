package org.servicepolicy.training;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: schedule a session of a programme (§4.1), by HR or the attendees' manager. The trainer
 * is an employee ({@code trainerId}) or an outside expert named in words ({@code outsideTrainer}),
 * exactly one of them.
 *
 * @param id             the identifier wanted, or null to have one generated
 * @param programme      the programme's id in the policy in force
 * @param startsAt       when the session starts
 * @param trainerId      the training employee's id, or null
 * @param outsideTrainer the outside expert's name, or null
 * @param attendeeIds    the attendees' ids, each once
 */
public record ScheduleSession(String id, String programme, Instant startsAt, String trainerId,
                              String outsideTrainer, List<String> attendeeIds) {
    /** Copies the attendees; an absent list is none. */
    public ScheduleSession {
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
    }

    /** Throws {@code InvalidInputException} listing every problem of the command at once. */
    public void requireValid() {
        new Inputs().require(id == null || Ids.isValid(id), "id", "must be 1-64 letters, digits, '.', '_' or '-'")
                .notBlank(programme, "programme")
                .present(startsAt, "startsAt")
                .require((trainerId == null) != (outsideTrainer == null), "trainerId",
                        "name either a training employee or an outside trainer, exactly one")
                .require(trainerId == null || Ids.isValid(trainerId), "trainerId", "is not a valid id")
                .require(outsideTrainer == null || !outsideTrainer.isBlank() && outsideTrainer.length() <= 200,
                        "outsideTrainer", "must be 1-200 characters")
                .require(!attendeeIds.isEmpty(), "attendeeIds", "name at least one attendee")
                .require(attendeeIds.stream().allMatch(a -> a != null && Ids.isValid(a)), "attendeeIds",
                        "must be valid ids")
                .require(attendeeIds.stream().distinct().count() == attendeeIds.size(), "attendeeIds",
                        "name each attendee once")
                .require(attendeeIds.size() <= 200, "attendeeIds", "name at most 200 attendees")
                .throwIfAny();
    }
}
