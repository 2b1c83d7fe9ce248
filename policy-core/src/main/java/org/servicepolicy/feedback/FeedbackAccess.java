package org.servicepolicy.feedback;

import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Employee;

/**
 * Who may do what with customer feedback (§2.3.2, §1.3.3). Each function answers without reading
 * a store.
 *
 * <p>Any employed staff member records feedback from the hotline or the suggestion box, never
 * feedback naming themself. HR or the service supervision group routes an item; the routed
 * department's manager or HR assigns it; the responsible employee handles it (the department's
 * manager may give the first response); the department's manager, HR or the service
 * supervision group rules on it; HR closes it after repeated rejected results. Nobody handles,
 * rules on or decides anything about an item that names them. HR, the service supervision group,
 * the routed department's members, the recorder, the responsible employee and the employees
 * concerned read an item; only HR, the department's manager and the responsible employee see the
 * customer's contact.
 */
public final class FeedbackAccess {
    private FeedbackAccess() {
    }

    /** Recording feedback naming {@code concerned}: an employed staff member not among them. */
    public static Optional<Refusal> mayRecord(Actor actor, Employee recorder, Iterable<EmployeeId> concerned) {
        if (!actor.is(recorder.id()) || !recorder.status().employed()) {
            return Optional.of(Refusal.access("feedback is recorded by an employed staff member, as themself "
                    + "(§2.3.2)"));
        }
        for (var employee : concerned) {
            if (actor.is(employee)) {
                return Optional.of(ownCase("record feedback"));
            }
        }
        return Optional.empty();
    }

    /** Routing {@code item} or changing its severity: HR or the service supervision group. */
    public static Optional<Refusal> mayRoute(Actor actor, FeedbackItem item) {
        return notConcerned(actor, item, "route feedback").or(() -> actor.isHr() || actor.has(Role.SUPERVISION_GROUP)
                ? Optional.empty()
                : Optional.of(Refusal.access("only HR or the service supervision group routes feedback (§2.3.2)")));
    }

    /** Making someone responsible for {@code item}: the routed department's manager or HR. */
    public static Optional<Refusal> mayAssign(Actor actor, FeedbackItem item) {
        return notConcerned(actor, item, "assign feedback").or(() -> actor.isHr() || managesIt(actor, item)
                ? Optional.empty()
                : Optional.of(Refusal.access("only the manager of the department handling feedback, or HR, assigns "
                        + "it (§2.3.2)")));
    }

    /** Giving the first response on {@code item}: the responsible employee or the department's manager. */
    public static Optional<Refusal> mayRespond(Actor actor, FeedbackItem item) {
        return notConcerned(actor, item, "respond to feedback").or(() -> isResponsible(actor, item)
                || managesIt(actor, item) ? Optional.empty()
                : Optional.of(Refusal.access("only the employee responsible for feedback, or their department's "
                        + "manager, responds to it (§2.3.2)")));
    }

    /** Handling {@code item}: asking the customer, noting their answer, correcting, reporting a result. */
    public static Optional<Refusal> mayHandle(Actor actor, FeedbackItem item) {
        return notConcerned(actor, item, "handle feedback").or(() -> isResponsible(actor, item) ? Optional.empty()
                : Optional.of(Refusal.access("only the employee responsible for feedback handles it (§2.3.2)")));
    }

    /** Ruling on {@code item}: the department's manager, HR or the service supervision group, none concerned. */
    public static Optional<Refusal> mayRule(Actor actor, FeedbackItem item) {
        return notConcerned(actor, item, "rule on feedback").or(() -> actor.isHr()
                || actor.has(Role.SUPERVISION_GROUP) || managesIt(actor, item) ? Optional.empty()
                : Optional.of(Refusal.access("only the manager of the department handling feedback, HR or the "
                        + "service supervision group rules on it (§2.3.2)")));
    }

    /** Closing {@code item} after repeated rejected results: HR only. */
    public static Optional<Refusal> mayClose(Actor actor, FeedbackItem item) {
        return notConcerned(actor, item, "close feedback").or(() -> actor.isHr() ? Optional.empty()
                : Optional.of(Refusal.access("only HR closes feedback whose results were rejected (§2.3.2)")));
    }

    /** Whether {@code actor} may read {@code item}. */
    public static boolean mayRead(Actor actor, FeedbackItem item) {
        return mayReadAll(actor) || item.department().flatMap(d -> actor.department().filter(d::equals)).isPresent()
                || item.recordedBy().filter(actor::is).isPresent() || isResponsible(actor, item)
                || item.employeesConcerned().stream().anyMatch(actor::is);
    }

    /** Whether {@code actor} may read every item: HR and the service supervision group. */
    public static boolean mayReadAll(Actor actor) {
        return actor.isHr() || actor.has(Role.SUPERVISION_GROUP);
    }

    /** Listing every item: HR and the service supervision group. */
    public static Optional<Refusal> mayList(Actor actor) {
        return mayReadAll(actor) ? Optional.empty()
                : Optional.of(Refusal.access("only HR or the service supervision group reads all feedback"));
    }

    /** Whether {@code actor} may see the customer's contact on {@code item}: HR, the department's manager, the responsible employee. */
    public static boolean maySeeContact(Actor actor, FeedbackItem item) {
        return item.employeesConcerned().stream().noneMatch(actor::is)
                && (actor.isHr() || managesIt(actor, item) || isResponsible(actor, item));
    }

    /** Sweeping feedback on request: the service supervision group or HR. */
    public static Optional<Refusal> maySweep(Actor actor) {
        return mayReadAll(actor) ? Optional.empty()
                : Optional.of(Refusal.access("only the service supervision group or HR runs the feedback sweep"));
    }

    private static boolean managesIt(Actor actor, FeedbackItem item) {
        return item.department().filter(actor::manages).isPresent();
    }

    private static boolean isResponsible(Actor actor, FeedbackItem item) {
        return item.responsible().filter(actor::is).isPresent();
    }

    private static Optional<Refusal> notConcerned(Actor actor, FeedbackItem item, String action) {
        return item.employeesConcerned().stream().anyMatch(actor::is) ? Optional.of(ownCase(action))
                : Optional.empty();
    }

    private static Refusal ownCase(String action) {
        return Refusal.access("nobody may " + action + " that names them (§1.3.3); another authorised person must");
    }
}
