package org.servicepolicy.rest;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Request bodies the tests send, as JSON text. */
final class Payloads {
    private Payloads() {
    }

    static String lateArrival(User employee, Instant occurredAt, int minutes) {
        return """
                {"employeeId": "%s", "type": "LATE_ARRIVAL", "occurredAt": "%s", "minutes": %d,
                 "description": "arrived %d minutes late"}""".formatted(employee.id(), occurredAt, minutes, minutes);
    }

    static String absence(User employee, Instant occurredAt, int days) {
        return """
                {"employeeId": "%s", "type": "ABSENTEEISM", "occurredAt": "%s", "days": %d,
                 "description": "absent %d day(s) without leave"}""".formatted(employee.id(), occurredAt, days, days);
    }

    static String leave(User employee, Instant startsAt, Instant endsAt, boolean emergency, String reason) {
        return """
                {"employeeId": "%s", "startsAt": "%s", "endsAt": "%s", "emergency": %s, "reason": %s}"""
                .formatted(employee.id(), startsAt, endsAt, emergency, reason == null ? "null" : "\"" + reason + "\"");
    }

    static String reason(String reason) {
        return "{\"reason\": \"" + reason + "\"}";
    }

    static String appealDecision(String outcome, String reason) {
        return "{\"outcome\": \"" + outcome + "\", \"reason\": \"" + reason + "\"}";
    }

    /** A task for {@code assignee} due at {@code deadline} with these requirements, copying nobody. */
    static String task(User assignee, Instant deadline, String... requirements) {
        return """
                {"assigneeId": "%s", "title": "Quarterly sales report",
                 "objective": "Tell the board how the quarter went", "requirements": %s, "qualityStandard": "Figures reconcile with the ledger", "deadline": "%s"}"""
                .formatted(assignee.id(), strings(requirements), deadline);
    }

    static String adjustment(Instant newDeadline, String reason) {
        return """
                {"newDeadline": "%s", "reason": "%s", "proposedAlternative": "deliver the summary first"}"""
                .formatted(newDeadline, reason);
    }

    static String progress(int percentDone, String... blockers) {
        return """
                {"text": "figures collected", "percentDone": %d, "blockers": %s}""".formatted(percentDone,
                strings(blockers));
    }

    /** A completion report whose self-check finds each requirement met. */
    static String completion(int... requirements) {
        return """
                {"summary": "report sent to the board", "checks": [%s]}""".formatted(Arrays.stream(requirements)
                .mapToObj(n -> "{\"requirement\": %d, \"met\": true}".formatted(n)).collect(Collectors.joining(", ")));
    }

    static String acceptResult(int qualityScore) {
        return """
                {"outcome": "ACCEPTED", "qualityScore": %d, "comments": "clear and complete"}"""
                .formatted(qualityScore);
    }

    static String returnForRework(String comments) {
        return """
                {"outcome": "RETURNED", "comments": "%s"}""".formatted(comments);
    }

    static String ruling(boolean justified, String comment) {
        return """
                {"justified": %s, "comment": "%s"}""".formatted(justified, comment);
    }

    private static String strings(String... values) {
        return Arrays.stream(values).map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
