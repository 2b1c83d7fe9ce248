package org.servicepolicy.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;

/** The forms of the meetings' commands: every problem named by its field at once. */
class MeetingCommandsTest {
    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    private static List<String> fields(Runnable validation) {
        try {
            validation.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
        return List.of();
    }

    @Test
    @DisplayName("scheduling: kind, title, a future start, the compulsory flag and invitees are required")
    void schedulingNamesEveryProblem() {
        var empty = new ScheduleMeeting(null, " ", NOW, null, null, List.of());

        assertThat(fields(() -> empty.requireValid(NOW))).containsExactly("kind", "title", "startsAt", "compulsory",
                "inviteeIds");
        assertThatCode(() -> new ScheduleMeeting(MeetingKind.COMPANY, "All hands", NOW.plusSeconds(60), true, null,
                List.of("e-1")).requireValid(NOW)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("scheduling: the departments fit the kind, and every id is valid")
    void schedulingChecksTheDepartmentsAgainstTheKind() {
        var later = NOW.plusSeconds(60);

        assertThat(fields(() -> new ScheduleMeeting(MeetingKind.COMPANY, "t", later, false, List.of("d-1"),
                List.of("e-1")).requireValid(NOW))).containsExactly("departmentIds");
        assertThat(fields(() -> new ScheduleMeeting(MeetingKind.DEPARTMENT, "t", later, false, List.of("d-1", "d-2"),
                List.of("e-1")).requireValid(NOW))).containsExactly("departmentIds");
        assertThat(fields(() -> new ScheduleMeeting(MeetingKind.CROSS_DEPARTMENT, "t", later, false,
                List.of("d-1", "d-1"), List.of("e 1")).requireValid(NOW))).containsExactly("inviteeIds[0]",
                "departmentIds");
        assertThat(new ScheduleMeeting(MeetingKind.COMPANY, "t", later, false, null, List.of("e-2", "e-1", "e-2"))
                .invitees()).extracting(e -> e.value()).containsExactly("e-2", "e-1");
    }

    @Test
    @DisplayName("attendance, minutes, action items and responders name their fields")
    void theOtherCommandsNameTheirFields() {
        assertThat(fields(() -> new MarkAttendance("bad id", null).requireValid())).containsExactly("employeeId",
                "attendance");
        assertThat(fields(() -> new MeetingMinutes(" ").requireValid())).containsExactly("text");
        assertThat(fields(() -> new AddActionItem(null, "", LocalDate.of(2026, 5, 3))
                .requireValid(LocalDate.of(2026, 5, 4)))).containsExactly("ownerId", "description", "dueOn");
        assertThat(fields(() -> new NameResponders(null).requireValid())).containsExactly("employeeIds");
        assertThat(fields(() -> new NameResponders(List.of("ok", "not ok")).requireValid()))
                .containsExactly("employeeIds[1]");
        assertThatThrownBy(() -> new AddActionItem("e-1", "x", null).requireValid(LocalDate.of(2026, 5, 4)))
                .isInstanceOf(InvalidInputException.class);
    }
}
