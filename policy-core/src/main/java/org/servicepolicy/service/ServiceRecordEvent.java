package org.servicepolicy.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;

/** Events of service records (§2.1.2, §2.1.3, §2.1.4). */
public sealed interface ServiceRecordEvent extends DomainEvent {
    /**
     * A service case was opened.
     *
     * @param serviceCase  which
     * @param handler      the employee handling it
     * @param businessType its type
     * @param dueAt        by when it is to be finished
     * @param occurredAt   when it was opened
     */
    record ServiceCaseOpened(ServiceCaseId serviceCase, EmployeeId handler, String businessType, Instant dueAt,
                             Instant occurredAt) implements ServiceRecordEvent {
        /** Requires every part. */
        public ServiceCaseOpened {
            Objects.requireNonNull(serviceCase, "serviceCase");
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(businessType, "businessType");
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return serviceCase.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("handlerId", handler.value(), "businessType", businessType, "dueAt", dueAt.toString());
        }
    }

    /**
     * A service case was finished; its return visit is owed.
     *
     * @param serviceCase  which
     * @param handler      the employee handling it
     * @param late         whether it was finished after its due time
     * @param returnVisitDueAt by when its return visit is due
     * @param occurredAt   when it was finished
     */
    record ServiceCaseFinished(ServiceCaseId serviceCase, EmployeeId handler, boolean late, Instant returnVisitDueAt,
                               Instant occurredAt) implements ServiceRecordEvent {
        /** Requires every part. */
        public ServiceCaseFinished {
            Objects.requireNonNull(serviceCase, "serviceCase");
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(returnVisitDueAt, "returnVisitDueAt");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return serviceCase.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("handlerId", handler.value(), "late", Boolean.toString(late), "returnVisitDueAt",
                    returnVisitDueAt.toString());
        }
    }

    /**
     * A customer came back for a case.
     *
     * @param serviceCase which
     * @param handler     the employee handling it
     * @param cause       why
     * @param occurredAt  when it was recorded
     */
    record ServiceCaseReturnTripRecorded(ServiceCaseId serviceCase, EmployeeId handler,
                                         ServiceCaseReturnTrip.Cause cause, Instant occurredAt)
            implements ServiceRecordEvent {
        /** Requires every part. */
        public ServiceCaseReturnTripRecorded {
            Objects.requireNonNull(serviceCase, "serviceCase");
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return serviceCase.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("handlerId", handler.value(), "cause", cause.name());
        }
    }

    /**
     * A finished case's return visit was done (§2.1.4): the customer's satisfaction with the
     * employee who handled the case, for whoever keeps customer scores.
     *
     * @param serviceCase  which
     * @param handler      the employee who handled the case
     * @param satisfaction the customer's score, 1 to 5
     * @param onTime       whether it was done by its due time
     * @param occurredAt   when it was done
     */
    record ReturnVisitDone(ServiceCaseId serviceCase, EmployeeId handler, int satisfaction, boolean onTime,
                           Instant occurredAt) implements ServiceRecordEvent {
        /** Requires every part and a score from 1 to 5. */
        public ReturnVisitDone {
            Objects.requireNonNull(serviceCase, "serviceCase");
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(occurredAt, "occurredAt");
            if (satisfaction < ReturnVisit.SATISFACTION_MIN || satisfaction > ReturnVisit.SATISFACTION_MAX) {
                throw new IllegalArgumentException("a satisfaction score is from 1 to 5");
            }
        }

        @Override
        public String aggregateId() {
            return serviceCase.value();
        }

        @Override
        public Map<String, String> attributes() {
            var out = new LinkedHashMap<String, String>();
            out.put("handlerId", handler.value());
            out.put("satisfaction", Integer.toString(satisfaction));
            out.put("onTime", Boolean.toString(onTime));
            return out;
        }
    }

    /**
     * A reply was promised to the customer of a case (§2.1.2).
     *
     * @param serviceCase which
     * @param handler     the employee handling it
     * @param number      the commitment's number
     * @param replyBy     the reply time promised
     * @param occurredAt  when it was promised
     */
    record ServiceCaseReplyPromised(ServiceCaseId serviceCase, EmployeeId handler, int number, Instant replyBy,
                                    Instant occurredAt) implements ServiceRecordEvent {
        /** Requires every part. */
        public ServiceCaseReplyPromised {
            Objects.requireNonNull(serviceCase, "serviceCase");
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(replyBy, "replyBy");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return serviceCase.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("handlerId", handler.value(), "number", Integer.toString(number), "replyBy",
                    replyBy.toString());
        }
    }

    /**
     * The reply promised to the customer of a case was given (§2.1.2).
     *
     * @param serviceCase which
     * @param handler     the employee handling it
     * @param number      the commitment's number
     * @param kept        whether it was given by the time promised
     * @param occurredAt  when it was given
     */
    record ServiceCaseReplied(ServiceCaseId serviceCase, EmployeeId handler, int number, boolean kept,
                              Instant occurredAt) implements ServiceRecordEvent {
        /** Requires every part. */
        public ServiceCaseReplied {
            Objects.requireNonNull(serviceCase, "serviceCase");
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return serviceCase.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("handlerId", handler.value(), "number", Integer.toString(number), "kept",
                    Boolean.toString(kept));
        }
    }
}
