package org.servicepolicy.service;

import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;

/**
 * Who may do what with peer service problem reports (§2.3.1, §1.3.3). Each function answers
 * without reading a store. Any employee of the company reports, never about themself; only the
 * service supervision group rules, never on a report of their own or about themself. The
 * reporter, the superior it is addressed to, the group and HR read a report with its reporter;
 * the colleague reported on and their manager read a confirmed one, the one in the colleague's
 * record, without the reporter, whatever other roles they hold.
 */
public final class ServiceReportAccess {
    private ServiceReportAccess() {
    }

    /** Reporting a service problem: any employee of the company, as {@code self}, the actor's own record, shows. */
    public static Optional<Refusal> mayFile(Optional<Employee> self) {
        return self.filter(e -> e.status().employed()).isPresent() ? Optional.empty()
                : Optional.of(Refusal.access("only employees of the company report service problems (§2.3.1)"));
    }

    /** §1.3.3: nobody reports a service problem about themself. */
    public static Optional<Refusal> aboutThemself(Actor actor, ServiceReportSubject subject) {
        return subject.employee().filter(actor::is).isPresent()
                ? Optional.of(Refusal.policy("§1.3.3", "service.report.self",
                        "nobody reports a service problem about themself", "subjectReference"))
                : Optional.empty();
    }

    /** Ruling on any report: the service supervision group only (§2.3.1). */
    public static Optional<Refusal> mayRuleAtAll(Actor actor) {
        return actor.has(Role.SUPERVISION_GROUP) ? Optional.empty()
                : Optional.of(Refusal.access("only the service supervision group rules on service reports (§2.3.1)"));
    }

    /**
     * Ruling on {@code report}: the group, never its reporter nor the colleague it is about
     * (§1.3.3). The superior it is addressed to reads it but does not rule on it.
     */
    public static Optional<Refusal> mayRule(Actor actor, ServiceReport report) {
        return mayRuleAtAll(actor)
                .or(() -> report.reporter().flatMap(r -> Access.ownCase(actor, r, "rule on a service report")))
                .or(() -> report.subject().employee()
                        .flatMap(e -> Access.ownCase(actor, e, "rule on a service report")));
    }

    /** Reading every report: the group and HR. */
    public static Optional<Refusal> mayReadAll(Actor actor) {
        return actor.isHr() || actor.has(Role.SUPERVISION_GROUP) ? Optional.empty()
                : Optional.of(Refusal.access("only the service supervision group and HR read every service report"));
    }

    /**
     * Whether {@code actor} may learn who reported {@code report}: its reporter, the superior it
     * is addressed to, the group and HR, but never the colleague it is about.
     */
    public static boolean mayKnowReporter(Actor actor, ServiceReport report) {
        if (report.subject().employee().filter(actor::is).isPresent()) {
            return false;
        }
        return report.reporter().filter(actor::is).isPresent() || report.superior().filter(actor::is).isPresent()
                || actor.isHr() || actor.has(Role.SUPERVISION_GROUP);
    }

    /**
     * {@code report} as {@code actor} may read it, {@code colleague} being the record of the
     * colleague it is about: whole for those who may know the reporter; without the reporter for
     * the colleague and their manager once it is confirmed; otherwise not at all.
     */
    public static Optional<ServiceReport> visible(Actor actor, ServiceReport report, Optional<Employee> colleague) {
        if (mayKnowReporter(actor, report)) {
            return Optional.of(report);
        }
        var inTheirRecord = report.status() == ServiceReportStatus.CONFIRMED && colleague
                .filter(e -> actor.is(e.id()) || actor.manages(e.department())).isPresent();
        return inTheirRecord ? Optional.of(report.withoutReporter()) : Optional.empty();
    }
}
