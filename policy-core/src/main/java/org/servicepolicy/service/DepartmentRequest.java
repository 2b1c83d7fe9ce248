package org.servicepolicy.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;

/**
 * A request from an employee of one department to another department (§2.2.1), optionally to a
 * named employee of it, due after the working days the policy in force when it was asked gives.
 *
 * @param id             its identifier
 * @param requester      the employee who asked
 * @param fromDepartment the requester's department when they asked
 * @param toDepartment   the department asked
 * @param addressee      the employee of {@code toDepartment} named to answer; empty for the department
 * @param responsible    who answers for the reply in time: the addressee, else the first responder
 *                       {@code toDepartment} named (§5.1.1), else its manager, when it was asked
 * @param subject        what it is about, in a line
 * @param description    what is asked
 * @param askedAt        when it was asked
 * @param dueAt          by when it is to be answered
 * @param policyVersion  the policy version in force when it was asked
 * @param status         where it stands
 * @param answer         the last answer; present exactly when answered or accepted
 * @param answeredAt     when the last answer was given; present with {@code answer}
 * @param answeredBy     who gave the last answer; present with {@code answer}
 * @param returns        how many answers the requester returned as unclear
 * @param returnReason   why the last answer was returned as unclear; present once one was
 * @param version        the optimistic-locking version
 */
public record DepartmentRequest(DepartmentRequestId id, EmployeeId requester, DepartmentId fromDepartment,
                                DepartmentId toDepartment, Optional<EmployeeId> addressee, EmployeeId responsible,
                                String subject, String description, Instant askedAt, Instant dueAt,
                                String policyVersion, DepartmentRequestStatus status, Optional<String> answer,
                                Optional<Instant> answeredAt, Optional<EmployeeId> answeredBy, int returns,
                                Optional<String> returnReason, long version) {
    /** Requires every part, two different departments, and an answer exactly when answered or accepted. */
    public DepartmentRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(fromDepartment, "fromDepartment");
        Objects.requireNonNull(toDepartment, "toDepartment");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(answeredBy, "answeredBy");
        Objects.requireNonNull(returnReason, "returnReason");
        if (fromDepartment.equals(toDepartment)) {
            throw new IllegalArgumentException("a department does not request itself");
        }
        var answered = status != DepartmentRequestStatus.OPEN;
        if (answer.isPresent() != answered || answeredAt.isPresent() != answered
                || answeredBy.isPresent() != answered) {
            throw new IllegalArgumentException("an answered request has an answer, its time and who gave it; "
                    + "an open one none");
        }
        if (returns < 0 || returnReason.isPresent() != returns > 0) {
            throw new IllegalArgumentException("a returned request has a reason; one never returned none");
        }
    }

    /** This request answered at {@code at} by {@code by} with {@code text}. */
    public DepartmentRequest answeredWith(String text, Instant at, EmployeeId by) {
        return new DepartmentRequest(id, requester, fromDepartment, toDepartment, addressee, responsible, subject,
                description, askedAt, dueAt, policyVersion, DepartmentRequestStatus.ANSWERED, Optional.of(text),
                Optional.of(at), Optional.of(by), returns, returnReason, version);
    }

    /** This request with its answer accepted as clear. */
    public DepartmentRequest accepted() {
        return new DepartmentRequest(id, requester, fromDepartment, toDepartment, addressee, responsible, subject,
                description, askedAt, dueAt, policyVersion, DepartmentRequestStatus.ACCEPTED, answer, answeredAt,
                answeredBy, returns, returnReason, version);
    }

    /** This request open again, its answer returned as unclear for {@code reason}; still due by {@link #dueAt}. */
    public DepartmentRequest returnedAsUnclear(String reason) {
        return new DepartmentRequest(id, requester, fromDepartment, toDepartment, addressee, responsible, subject,
                description, askedAt, dueAt, policyVersion, DepartmentRequestStatus.OPEN, Optional.empty(),
                Optional.empty(), Optional.empty(), returns + 1, Optional.of(reason), version);
    }

    /** This request as stored at {@code storedVersion}. */
    public DepartmentRequest atVersion(long storedVersion) {
        return new DepartmentRequest(id, requester, fromDepartment, toDepartment, addressee, responsible, subject,
                description, askedAt, dueAt, policyVersion, status, answer, answeredAt, answeredBy, returns,
                returnReason, storedVersion);
    }
}
