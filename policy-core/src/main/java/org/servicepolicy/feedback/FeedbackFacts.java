package org.servicepolicy.feedback;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;

/** How the feedback use cases load their facts (§2.3.2); reads only, no decision. */
final class FeedbackFacts {
    private FeedbackFacts() {
    }

    /**
     * An item and the other facts a command on it needs.
     *
     * @param item  the item as stored
     * @param facts the other facts
     * @param <F>   their type
     */
    record Loaded<F>(FeedbackItem item, F facts) {
        Loaded {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(facts, "facts");
        }
    }

    /** The item, as one that does not exist when {@code actor} may not read it. */
    static FeedbackItem readable(FeedbackStores stores, Actor actor, FeedbackItemId id) {
        return stores.feedback().find(id).filter(i -> FeedbackAccess.mayRead(actor, i))
                .orElseThrow(() -> new NotFoundException("feedback item", id));
    }

    /** The item whose tracking token is {@code token}; a malformed, unknown or wrong token is not found alike. */
    static FeedbackItem byToken(FeedbackStores stores, String token) {
        return Optional.ofNullable(token).filter(t -> t.length() == FeedbackTokens.LENGTH)
                .flatMap(t -> stores.feedback().findByTokenHash(FeedbackTokens.hash(t)))
                .orElseThrow(() -> new NotFoundException("feedback item", "of this tracking token"));
    }

    /** The policy in force when {@code item} was received: its deadlines always come from it. */
    static PolicyDefinition policyOf(FeedbackStores stores, FeedbackItem item) {
        return stores.policies().find(item.policyVersion()).orElseThrow(() -> new IllegalStateException(
                "feedback item " + item.id() + " names policy version " + item.policyVersion() + ", which is gone"));
    }

    /** The manager of {@code department}: of its employed members who manage, the first by id. */
    static Optional<EmployeeId> managerOf(FeedbackStores stores, Optional<DepartmentId> department) {
        return department.flatMap(d -> stores.employees().inDepartment(d).stream()
                .filter(e -> e.roles().contains(Role.MANAGER)).map(Employee::id)
                .min(Comparator.comparing(EmployeeId::value)));
    }

    /** {@code item} with what handling it needs. */
    static Loaded<FeedbackHandlingRules.Handling> handling(FeedbackStores stores, FeedbackItem item) {
        return new Loaded<>(item, new FeedbackHandlingRules.Handling(policyOf(stores, item),
                managerOf(stores, item.department())));
    }
}
