package org.servicepolicy.feedback;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Department;
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

    /**
     * What receiving feedback needs: the recorder's record (none online), the employees named, the
     * policy in force {@code now}, the department its first matching routing rule names if that
     * department exists, and that department's manager.
     */
    static FeedbackIntakeRules.Receiving receiving(FeedbackStores stores, FeedbackIntakeRules.Said said,
                                                   Optional<EmployeeId> recorder, Instant now, String token) {
        var policy = stores.policies().inForceAt(now);
        var routedTo = policy.feedback().route(said.nature(), said.severity(), said.area())
                .flatMap(r -> stores.departments().find(r.department()));
        return new FeedbackIntakeRules.Receiving(recorder.map(id -> stores.employees().find(id)
                .orElseThrow(() -> new NotFoundException("employee", id))), stores.employees().findAll(
                said.concernedIds().stream().map(EmployeeId::of).toList()), policy, routedTo,
                managerOf(stores, routedTo.map(Department::id)), token);
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

    /** What the customer sees of {@code item}: its department by name, its due times under its policy. */
    static PublicFeedbackView view(FeedbackStores stores, FeedbackItem item) {
        return PublicFeedbackView.of(item, item.department().flatMap(d -> stores.departments().find(d))
                .map(Department::name), policyOf(stores, item));
    }

    /** {@code item} as {@code actor} is shown it: without the customer's contact unless they may see it. */
    static FeedbackItem shown(Actor actor, FeedbackItem item) {
        return FeedbackAccess.maySeeContact(actor, item) ? item : item.withoutContact();
    }
}
