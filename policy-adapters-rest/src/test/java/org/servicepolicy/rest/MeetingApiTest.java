package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Meetings, their minutes, attendance and action items, and the sweep of overdue items over HTTP (§5.1.2, §2.2.2). */
class MeetingApiTest {
    private static final String COMPULSORY_SALES_MEETING = """
            {"kind": "DEPARTMENT", "title": "Monthly sales review", "startsAt": "%s", "compulsory": true,
             "departmentIds": ["sales"], "inviteeIds": ["emp-staff", "emp-peer", "emp-manager"]}"""
            .formatted(START.plus(Duration.ofHours(1)));

    @RegisterExtension
    final RestFixture api = new RestFixture();

    /** The sales manager's compulsory meeting, started an hour ago; its id. */
    private String startedMeeting() {
        var scheduled = api.as(User.MANAGER).post("/meetings", COMPULSORY_SALES_MEETING);
        assertThat(scheduled.status()).isEqualTo(201);
        api.clock().advance(Duration.ofHours(2));
        return scheduled.json().get("id").asText();
    }

    @Test
    @DisplayName("§5.1.2: a manager schedules a compulsory meeting; its owner, invitees and HR read it, nobody else")
    void aMeetingIsReadByItsOwnerInviteesAndHrOnly() {
        var scheduled = api.as(User.MANAGER).post("/meetings", COMPULSORY_SALES_MEETING);

        assertThat(scheduled.status()).isEqualTo(201);
        var id = scheduled.json().get("id").asText();
        assertThat(scheduled.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/meetings/" + id));
        assertThat(scheduled.json().get("ownerId").asText()).isEqualTo(User.MANAGER.id());
        assertThat(scheduled.json().get("compulsory").asBoolean()).isTrue();
        assertThat(scheduled.json().has("minutes")).isFalse();
        for (var reader : new User[] {User.MANAGER, User.STAFF, User.PEER, User.HR}) {
            assertThat(api.as(reader).get("/meetings/" + id).json()).as(reader.name()).isEqualTo(scheduled.json());
        }
        assertThat(api.as(User.OUTSIDER).get("/meetings/" + id).status()).isEqualTo(404);
        assertThat(api.as(User.OUTSIDER).get("/meetings/" + id + "/action-items").status()).isEqualTo(404);
        assertThat(api.as(User.OUTSIDER).get("/meetings/not%20an%20id").status()).isEqualTo(404);
        assertThat(values(api.as(User.STAFF).get("/meetings").json(), "id")).containsExactly(id);
        assertThat(api.as(User.OUTSIDER).get("/meetings").json()).isEmpty();
    }

    @Test
    @DisplayName("§5.1.2, §1.3.3: only HR or a manager of its departments makes a meeting compulsory; bad input names the field")
    void schedulingRefusesWhoMayNotAndNamesBadFields() {
        var notTheirs = api.as(User.STAFF).post("/meetings", COMPULSORY_SALES_MEETING);
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.contentType()).contains("problem+json");
        var empty = api.as(User.STAFF).post("/meetings", "{}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(fields(empty.json())).containsExactlyInAnyOrder("kind", "title", "startsAt", "compulsory",
                "inviteeIds");
        var oneDepartment = api.as(User.HR).post("/meetings", """
                {"kind": "CROSS_DEPARTMENT", "title": "Handover", "startsAt": "%s", "compulsory": false,
                 "departmentIds": ["sales"], "inviteeIds": ["emp-staff"]}""".formatted(START.plus(Duration.ofHours(1))));
        assertThat(fields(oneDepartment.json())).containsExactly("departmentIds");
        var past = api.as(User.HR).post("/meetings", """
                {"kind": "COMPANY", "title": "All hands", "startsAt": "%s", "compulsory": false,
                 "inviteeIds": ["emp-staff"]}""".formatted(START.minus(Duration.ofHours(1))));
        assertThat(fields(past.json())).containsExactly("startsAt");
        assertThat(api.as(User.HR).get("/meetings").json()).isEmpty();

        var id = startedMeeting();
        assertThat(fields(api.as(User.MANAGER).post("/meetings/" + id + "/minutes", """
                {"text": " "}""").json())).containsExactly("text");
        var notInvited = api.as(User.MANAGER).post("/meetings/" + id + "/attendance", """
                {"employeeId": "emp-outsider", "attendance": "PRESENT"}""");
        assertThat(notInvited.status()).isEqualTo(422);
        assertThat(fields(notInvited.json())).containsExactly("employeeId");
        var yesterday = api.as(User.MANAGER).post("/meetings/" + id + "/action-items", """
                {"ownerId": "emp-staff", "description": "Call the customer", "dueOn": "2026-03-01"}""");
        assertThat(yesterday.status()).isEqualTo(422);
        assertThat(fields(yesterday.json())).containsExactly("dueOn");
    }

    @Test
    @DisplayName("§5.1.2, §3.1.1: after it starts the owner keeps the minutes once; an unexcused absence is decided with reasons and is a violation")
    void minutesAndAttendanceAfterTheMeetingStarts() {
        var scheduled = api.as(User.MANAGER).post("/meetings", COMPULSORY_SALES_MEETING).json().get("id").asText();
        var early = api.as(User.MANAGER).post("/meetings/" + scheduled + "/minutes", """
                {"text": "Too early."}""");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("rule").asText()).isEqualTo("meetings.not-started");
        api.clock().advance(Duration.ofHours(2));

        assertThat(api.as(User.STAFF).post("/meetings/" + scheduled + "/minutes", """
                {"text": "Not mine."}""").status()).isEqualTo(403);
        assertThat(api.as(User.OUTSIDER).post("/meetings/" + scheduled + "/minutes", """
                {"text": "Not even invited."}""").status()).isEqualTo(404);
        var minuted = api.as(User.MANAGER).post("/meetings/" + scheduled + "/minutes", """
                {"text": "Targets agreed for March."}""");
        assertThat(minuted.status()).isEqualTo(200);
        assertThat(minuted.json().get("minutes").asText()).isEqualTo("Targets agreed for March.");
        assertThat(api.as(User.MANAGER).post("/meetings/" + scheduled + "/minutes", """
                {"text": "Again."}""").json().get("rule").asText()).isEqualTo("meetings.minutes.once");

        var present = api.as(User.MANAGER).post("/meetings/" + scheduled + "/attendance", """
                {"employeeId": "emp-staff", "attendance": "PRESENT"}""");
        assertThat(present.status()).isEqualTo(200);
        assertThat(present.json().has("decision")).isFalse();
        assertThat(present.json().has("violation")).isFalse();
        var absent = api.as(User.MANAGER).post("/meetings/" + scheduled + "/attendance", """
                {"employeeId": "emp-peer", "attendance": "UNEXCUSED"}""");
        assertThat(absent.status()).isEqualTo(200);
        assertThat(values(absent.json().at("/decision/reasons"), "clause")).containsExactly("§5.1.2", "§3.1.1");
        assertThat(absent.json().at("/decision/subjectId").asText()).isEqualTo(User.PEER.id());
        assertThat(absent.json().at("/violation/violation/type").asText()).isEqualTo("MEETING_OR_TRAINING_ABSENCE");
        assertThat(absent.json().at("/violation/decision/reasons")).isNotEmpty();
        assertThat(api.as(User.MANAGER).post("/meetings/" + scheduled + "/attendance", """
                {"employeeId": "emp-peer", "attendance": "EXCUSED"}""").json().get("field").asText())
                .isEqualTo("employeeId");
        assertThat(api.as(User.HR).get("/employees/" + User.PEER.id() + "/violations").json()).hasSize(1);

        assertThat(api.as(User.MANAGER).post("/meetings/" + scheduled + "/attendance", """
                {"employeeId": "emp-manager", "attendance": "PRESENT"}""").status()).isEqualTo(403);
        var byHr = api.as(User.HR).post("/meetings/" + scheduled + "/attendance", """
                {"employeeId": "emp-manager", "attendance": "PRESENT"}""");
        assertThat(byHr.status()).isEqualTo(200);
        assertThat(values(byHr.json().at("/meeting/attendance"), "employeeId")).containsExactly(User.STAFF.id(),
                User.PEER.id(), User.MANAGER.id());
        assertThat(values(byHr.json().at("/meeting/attendance"), "recordedById")).containsExactly(User.MANAGER.id(),
                User.MANAGER.id(), User.HR.id());
    }

    @Test
    @DisplayName("§5.1.2: an action item is followed up: its owner marks it done; overdue, the sweep marks it once and its meeting's owner lists it")
    void actionItemsAreFollowedUp() {
        var id = startedMeeting();
        var item = api.as(User.MANAGER).post("/meetings/" + id + "/action-items", """
                {"ownerId": "emp-staff", "description": "Call the customer back", "dueOn": "2026-03-04"}""");
        assertThat(item.status()).isEqualTo(201);
        var itemId = item.json().get("id").asText();
        assertThat(item.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/action-items/" + itemId));
        assertThat(item.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(api.as(User.STAFF).post("/meetings/" + id + "/action-items", """
                {"ownerId": "emp-peer", "description": "Not my meeting", "dueOn": "2026-03-04"}""").status())
                .isEqualTo(403);
        assertThat(values(api.as(User.PEER).get("/meetings/" + id + "/action-items").json(), "id"))
                .containsExactly(itemId);
        assertThat(values(api.as(User.STAFF).get("/action-items").json(), "id")).containsExactly(itemId);
        assertThat(api.as(User.PEER).get("/action-items").json()).isEmpty();
        assertThat(api.as(User.MANAGER).get("/action-items/overdue").json()).isEmpty();

        api.clock().advance(Duration.ofDays(4));
        assertThat(values(api.as(User.MANAGER).get("/action-items/overdue").json(), "id")).containsExactly(itemId);
        assertThat(api.as(User.STAFF).get("/action-items/overdue").json()).isEmpty();
        assertThat(api.as(User.STAFF).post("/action-items/sweep").status()).isEqualTo(403);
        var swept = api.as(User.HR).post("/action-items/sweep");
        assertThat(swept.status()).isEqualTo(200);
        assertThat(swept.json().get("markedActionItemIds").get(0).asText()).isEqualTo(itemId);
        assertThat(api.as(User.HR).post("/action-items/sweep").json().get("markedActionItemIds")).isEmpty();

        assertThat(api.as(User.PEER).post("/action-items/" + itemId + "/done").status()).isEqualTo(403);
        assertThat(api.as(User.OUTSIDER).post("/action-items/" + itemId + "/done").status()).isEqualTo(404);
        var done = api.as(User.STAFF).post("/action-items/" + itemId + "/done");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("status").asText()).isEqualTo("DONE");
        assertThat(done.json().get("doneAt").asText()).isEqualTo(api.clock().instant().toString());
        assertThat(api.as(User.STAFF).post("/action-items/" + itemId + "/done").status()).isEqualTo(409);
        assertThat(api.as(User.STAFF).post("/action-items/not%20an%20id/done").status()).isEqualTo(404);
        assertThat(api.as(User.MANAGER).get("/action-items/overdue").json()).isEmpty();
    }
}
