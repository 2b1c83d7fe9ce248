package org.servicepolicy.training.sponsorship;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;

/** Events of the sponsorship of external training (§4.1.2). */
public sealed interface SponsorshipEvent extends DomainEvent {
    /** The request. */
    SponsorshipId sponsorship();

    /** The employee it is for. */
    EmployeeId employee();

    @Override
    default String aggregateId() {
        return sponsorship().value();
    }

    /** {@code Sponsorship} and the record's name, such as {@code SponsorshipRequested}. */
    @Override
    default String type() {
        return "Sponsorship" + getClass().getSimpleName();
    }

    /**
     * An employee asked for sponsorship.
     *
     * @param sponsorship which request
     * @param employee    who
     * @param cost        what the course costs
     * @param occurredAt  when
     */
    record Requested(SponsorshipId sponsorship, EmployeeId employee, Money cost, Instant occurredAt)
            implements SponsorshipEvent {
        /** Requires every part. */
        public Requested {
            Objects.requireNonNull(sponsorship, "sponsorship");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(cost, "cost");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value(), "cost", cost.toString());
        }
    }

    /**
     * HR approved a request: the company bears {@code companyShare}.
     *
     * @param sponsorship  which request
     * @param employee     whose
     * @param companyShare what the company bears
     * @param decision     the decision that records it
     * @param occurredAt   when
     */
    record Approved(SponsorshipId sponsorship, EmployeeId employee, Money companyShare, DecisionId decision,
                    Instant occurredAt) implements SponsorshipEvent {
        /** Requires every part. */
        public Approved {
            Objects.requireNonNull(sponsorship, "sponsorship");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(companyShare, "companyShare");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value(), "companyShare", companyShare.toString(),
                    "decisionId", decision.value());
        }
    }

    /**
     * HR rejected a request.
     *
     * @param sponsorship which request
     * @param employee    whose
     * @param decision    the decision that records it
     * @param occurredAt  when
     */
    record Rejected(SponsorshipId sponsorship, EmployeeId employee, DecisionId decision, Instant occurredAt)
            implements SponsorshipEvent {
        /** Requires every part. */
        public Rejected {
            Objects.requireNonNull(sponsorship, "sponsorship");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value(), "decisionId", decision.value());
        }
    }

    /**
     * An employee who left within the commitment of a sponsorship owes part of it back.
     *
     * @param sponsorship which sponsorship
     * @param employee    the leaver
     * @param owed        what they owe
     * @param decision    the decision that records it
     * @param occurredAt  when
     */
    record RepaymentOwed(SponsorshipId sponsorship, EmployeeId employee, Money owed, DecisionId decision,
                         Instant occurredAt) implements SponsorshipEvent {
        /** Requires every part. */
        public RepaymentOwed {
            Objects.requireNonNull(sponsorship, "sponsorship");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(owed, "owed");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value(), "owed", owed.toString(), "decisionId", decision.value());
        }
    }
}
