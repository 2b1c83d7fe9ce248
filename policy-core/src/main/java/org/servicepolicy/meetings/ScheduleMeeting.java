package org.servicepolicy.meetings;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.StoredPrecision;

/**
 * Command: schedule a meeting (§5.1.2, §2.2.2), owned by the caller. {@link #requireValid} lists
 * every problem of its form at once; whether the departments and invitees exist, and whether the
 * caller may make it compulsory, is decided with what is stored.
 *
 * @param kind          company, department or cross-department
 * @param title         what it is, at most {@link #TITLE_MAX} characters
 * @param startsAt      when it starts; in the future
 * @param compulsory    whether an unexcused absence is a violation (§3.1.1)
 * @param departmentIds the departments it is held for: none for COMPANY, one for DEPARTMENT, two
 *                      or more for CROSS_DEPARTMENT
 * @param inviteeIds    who is invited; at least one
 */
public record ScheduleMeeting(MeetingKind kind, String title, Instant startsAt, Boolean compulsory,
                              List<String> departmentIds, List<String> inviteeIds) {
    /** The longest title. */
    public static final int TITLE_MAX = 200;

    /** Keeps {@code startsAt} at the stores' precision, so that it reads back as given. */
    public ScheduleMeeting {
        startsAt = StoredPrecision.truncate(startsAt);
    }

    /** Throws {@code InvalidInputException} listing every problem of the command's form as of {@code now}. */
    public void requireValid(Instant now) {
        var inputs = new Inputs().present(kind, "kind")
                .notBlank(title, "title")
                .require(title == null || title.strip().length() <= TITLE_MAX, "title",
                        "is at most " + TITLE_MAX + " characters")
                .present(startsAt, "startsAt")
                .require(startsAt == null || startsAt.isAfter(now), "startsAt",
                        "must be in the future (now is " + now + ")")
                .present(compulsory, "compulsory")
                .present(inviteeIds, "inviteeIds")
                .require(inviteeIds == null || !inviteeIds.isEmpty(), "inviteeIds", "must invite someone");
        MeetingInputs.ids(inputs, departmentIds, "departmentIds");
        MeetingInputs.ids(inputs, inviteeIds, "inviteeIds");
        var count = departments().size();
        inputs.require(kind != MeetingKind.COMPANY || count == 0, "departmentIds",
                        "a COMPANY meeting names no department")
                .require(kind != MeetingKind.DEPARTMENT || count == 1, "departmentIds",
                        "a DEPARTMENT meeting names exactly one department")
                .require(kind != MeetingKind.CROSS_DEPARTMENT || count >= 2, "departmentIds",
                        "a CROSS_DEPARTMENT meeting names two departments or more (§2.2.2)");
        inputs.throwIfAny();
    }

    /** The departments, each once, in the order given. */
    public List<DepartmentId> departments() {
        return MeetingInputs.distinct(departmentIds, DepartmentId::of);
    }

    /** The invitees, each once, in the order given. */
    public List<EmployeeId> invitees() {
        return MeetingInputs.distinct(inviteeIds, EmployeeId::of);
    }
}
