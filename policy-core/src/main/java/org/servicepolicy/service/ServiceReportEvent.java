package org.servicepolicy.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.policy.ServiceStandard;

/**
 * Events of peer service problem reports (§2.3.1). None names the reporter or the superior a
 * report is addressed to: they are never told to the colleague reported on.
 */
public sealed interface ServiceReportEvent extends DomainEvent {
    /** The report the event is about. */
    ServiceReportId report();

    /**
     * A report entered a status: ServiceReportFiled, ServiceReportConfirmed or ServiceReportDismissed.
     *
     * @param report      which
     * @param status      the status entered
     * @param subjectKind what it is about
     * @param addressedTo the group or a superior
     * @param standard    the standard it concerns, if named
     * @param occurredAt  when
     */
    record StatusChanged(ServiceReportId report, ServiceReportStatus status, ServiceReportSubjectKind subjectKind,
                         ServiceReportAddressee addressedTo, Optional<ServiceStandard> standard, Instant occurredAt)
            implements ServiceReportEvent {
        /** Requires every part. */
        public StatusChanged {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(subjectKind, "subjectKind");
            Objects.requireNonNull(addressedTo, "addressedTo");
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        /** The event of {@code report} entering its current status at {@code at}. */
        static StatusChanged of(ServiceReport report, Instant at) {
            var standard = report.ruling().flatMap(ServiceReportRuling::standard).or(report::standard);
            return new StatusChanged(report.id(), report.status(), report.subject().kind(), report.addressedTo(),
                    standard, at);
        }

        @Override
        public String type() {
            return "ServiceReport" + switch (status) {
                case OPEN -> "Filed";
                case CONFIRMED -> "Confirmed";
                case DISMISSED -> "Dismissed";
            };
        }

        @Override
        public String aggregateId() {
            return report.value();
        }

        @Override
        public Map<String, String> attributes() {
            var out = new LinkedHashMap<String, String>();
            out.put("status", status.name());
            out.put("subjectKind", subjectKind.name());
            out.put("addressedTo", addressedTo.name());
            out.put("standard", standard.map(ServiceStandard::name).orElse(""));
            return out;
        }
    }
}
