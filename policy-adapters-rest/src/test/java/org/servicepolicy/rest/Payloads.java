package org.servicepolicy.rest;

import java.time.Instant;

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
}
