package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.service.DepartmentRequest;
import org.servicepolicy.service.DepartmentRequestStatus;

/**
 * A request from one department to another (§2.2.1).
 *
 * @param id               identifier
 * @param requesterId      who asked
 * @param fromDepartmentId the requester's department
 * @param toDepartmentId   the department asked
 * @param addresseeId      the employee named to answer; null for the department
 * @param responsibleId    who answers for the reply in time: the addressee, else the department's manager
 * @param subject          what it is about
 * @param description      what is asked
 * @param askedAt          when it was asked
 * @param dueAt            by when it is to be answered
 * @param policyVersion    the policy version in force when it was asked
 * @param status           OPEN, ANSWERED or ACCEPTED
 * @param answer           the last answer; null while open
 * @param answeredAt       when it was given
 * @param answeredById     who gave it
 * @param returns          how many answers were returned as unclear
 * @param returnReason     why the last one was; null if none was
 * @param version          the optimistic-locking version
 */
public record DepartmentRequestView(String id, String requesterId, String fromDepartmentId, String toDepartmentId,
                                    String addresseeId, String responsibleId, String subject, String description,
                                    Instant askedAt, Instant dueAt, String policyVersion,
                                    DepartmentRequestStatus status, String answer, Instant answeredAt,
                                    String answeredById, int returns, String returnReason, long version) {
    /** The view of {@code request}. */
    public static DepartmentRequestView of(DepartmentRequest request) {
        return new DepartmentRequestView(request.id().value(), request.requester().value(),
                request.fromDepartment().value(), request.toDepartment().value(),
                request.addressee().map(EmployeeId::value).orElse(null), request.responsible().value(),
                request.subject(), request.description(), request.askedAt(), request.dueAt(),
                request.policyVersion(), request.status(), request.answer().orElse(null),
                request.answeredAt().orElse(null), request.answeredBy().map(EmployeeId::value).orElse(null),
                request.returns(), request.returnReason().orElse(null), request.version());
    }
}
