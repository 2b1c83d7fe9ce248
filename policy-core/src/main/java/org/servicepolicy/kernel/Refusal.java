package org.servicepolicy.kernel;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a command is refused, as a value: what a pure rule or access function returns instead of
 * throwing. The {@link UnitOfWork} turns it into the matching {@link ServicePolicyException}, so
 * callers of the library see the same typed errors as before.
 */
public sealed interface Refusal {
    /** The exception a caller of the library receives for this refusal. */
    ServicePolicyException toException();

    /** Throws the exception of {@code refusal}, if there is one: for checks that come before any read. */
    static void raise(Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get().toException();
        }
    }

    /** The policy forbids it (§ clause and rule id; the field at fault, when one is). */
    static Refusal policy(String clause, String rule, String message, String field) {
        return new Policy(clause, rule, message, Optional.of(field));
    }

    /** The policy forbids it, and no single field is at fault. */
    static Refusal policy(String clause, String rule, String message) {
        return new Policy(clause, rule, message, Optional.empty());
    }

    /** The actor may not do it. */
    static Refusal access(String message) {
        return new Access(message);
    }

    /** The record named does not exist, or the actor may not see it. */
    static Refusal missing(String kind, Object id) {
        return new Missing(kind, String.valueOf(id));
    }

    /** The input is well formed but wrong. */
    static Refusal invalid(String field, String message) {
        return new Invalid(field, message);
    }

    /** A record with this id exists already. */
    static Refusal duplicate(String kind, Object id) {
        return new Duplicate(kind, String.valueOf(id));
    }

    /** The record is not in a state that allows the act. */
    static Refusal transition(String kind, Object id, Object from, String action) {
        return new Transition(kind, String.valueOf(id), String.valueOf(from), action);
    }

    /**
     * A refusal by the policy.
     *
     * @param clause  the clause, e.g. {@code §3.2.2}
     * @param rule    the rule id, e.g. {@code discipline.leave.covers}
     * @param message why, in words
     * @param field   the input field at fault, when one is
     */
    record Policy(String clause, String rule, String message, Optional<String> field) implements Refusal {
        /** Requires every part. */
        public Policy {
            Objects.requireNonNull(clause, "clause");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(field, "field");
        }

        @Override
        public ServicePolicyException toException() {
            return new PolicyRefusalException(clause, rule, message, field.orElse(null));
        }
    }

    /**
     * The actor may not do what they asked.
     *
     * @param message why, in words
     */
    record Access(String message) implements Refusal {
        /** Requires the message. */
        public Access {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public ServicePolicyException toException() {
            return new AccessDeniedException(message);
        }
    }

    /**
     * The record named does not exist, as far as the actor may know.
     *
     * @param kind what kind of record, e.g. {@code penalty}
     * @param id   the identifier asked for
     */
    record Missing(String kind, String id) implements Refusal {
        /** Requires every part. */
        public Missing {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public ServicePolicyException toException() {
            return new NotFoundException(kind, id);
        }
    }

    /**
     * One field of the input is wrong.
     *
     * @param field   the field
     * @param message what is wrong with it
     */
    record Invalid(String field, String message) implements Refusal {
        /** Requires every part. */
        public Invalid {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public ServicePolicyException toException() {
            return InvalidInputException.of(field, message);
        }
    }

    /**
     * A lifecycle does not allow the act from the record's state.
     *
     * @param kind   what kind of record
     * @param id     the record
     * @param from   the state it is in
     * @param action what was tried, e.g. {@code issue}
     */
    record Transition(String kind, String id, String from, String action) implements Refusal {
        /** Requires every part. */
        public Transition {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(action, "action");
        }

        @Override
        public ServicePolicyException toException() {
            return ConflictException.illegalTransition(kind, id, from, action);
        }
    }

    /**
     * A record with the id asked for exists already.
     *
     * @param kind what kind of record
     * @param id   the id
     */
    record Duplicate(String kind, String id) implements Refusal {
        /** Requires every part. */
        public Duplicate {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public ServicePolicyException toException() {
            return ConflictException.duplicate(kind, id);
        }
    }
}
