package org.servicepolicy.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.ServiceStandard;

/**
 * §2.1.2, §2.1.3, §2.1.4: a reply promised to a customer is given by its time, service cases are
 * finished within the time stipulated for their business type, customers are told every document
 * in one go, and a finished case is followed by a return visit within the policy's period. What falls short is a finding in the handler's service record, made
 * once, and goes through the supervision escalation (§2.3.1, §3.3.3). Pure: each function decides
 * from the facts loaded and the stamp.
 */
public final class ServiceRecordRules {
    /** The decision kind of a finding a service record made. */
    public static final DecisionKind RECORD_FINDING = DecisionKind.of("service.record-finding");

    private ServiceRecordRules() {
    }

    /**
     * A service record that fell short of a standard, to become a finding.
     *
     * @param serviceCase the case
     * @param standard    the standard not met
     * @param at          when it fell short: the time that passed, or the return trip
     * @param what        what happened, in words
     */
    public record Shortfall(ServiceCaseId serviceCase, ServiceStandard standard, Instant at, String what) {
        /** Requires every part. */
        public Shortfall {
            Objects.requireNonNull(serviceCase, "serviceCase");
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(what, "what");
        }
    }

    /**
     * What a command on a case decided, before the findings are made.
     *
     * @param serviceCase the case as stored
     * @param shortfalls  what fell short and was marked by this command
     */
    public record Changed(ServiceCase serviceCase, List<Shortfall> shortfalls) {
        /** Requires every part. */
        public Changed {
            Objects.requireNonNull(serviceCase, "serviceCase");
            shortfalls = List.copyOf(shortfalls);
        }
    }

    /**
     * The findings made of shortfalls, and those that propose a violation.
     *
     * @param findings    the findings, one per shortfall
     * @param escalations the findings that propose a violation
     */
    public record Found(List<ServiceFinding> findings, List<Escalation> escalations) {
        /** Copies both lists. */
        public Found {
            findings = List.copyOf(findings);
            escalations = List.copyOf(escalations);
        }
    }

    /**
     * §2.1.3: a case is opened now, by the handler or their manager, for a business type the
     * policy in force knows; it is due after that type's stipulated time.
     */
    public static Outcome<ServiceRecordStores, Changed> open(ServiceCaseOpening command, Employee handler,
                                                             PolicyDefinition policy, Stamp stamp) {
        return Outcome.unless(ServiceRecordAccess.mayHandle(stamp.actor(), handler), () -> {
            var type = command.businessType().strip();
            var time = policy.service().stipulatedTime(type);
            if (time.isEmpty()) {
                return Outcome.refused(Refusal.invalid("businessType", "is not a business type of policy version "
                        + policy.version() + "; known: " + String.join(", ", policy.service().stipulatedTimes().keySet())));
            }
            var opened = new ServiceCase(ServiceCaseId.of(stamp.nextId()), type, command.customerRef().strip(),
                    handler.id(), stamp.now(), stamp.now().plus(time.get()), policy.version(), Optional.empty(),
                    List.of(), List.of(), Optional.empty(), 0);
            var draft = Outcome.<ServiceRecordStores>draft();
            var stored = draft.change(Change.of(s -> s.records().add(opened)));
            draft.event(new ServiceRecordEvent.ServiceCaseOpened(opened.id(), handler.id(), type, opened.dueAt(),
                    stamp.now()));
            draft.audit(stamp.audit("service.case.open", "service-case", opened.id().value(),
                    type + " due " + opened.dueAt()));
            return draft.answer(s -> new Changed(s.of(stored), List.of()));
        });
    }

    /**
     * §2.1.3, §2.1.4: a case is finished now, by the handler or their manager; its return visit
     * is due within the period of the policy in force now. Finished after its due time, the case
     * is marked for CASE_TIME unless the sweep marked it already.
     */
    public static Outcome<ServiceRecordStores, Changed> finish(ServiceCase open, Employee handler,
                                                               PolicyDefinition policy, Stamp stamp) {
        return Outcome.unless(ServiceRecordAccess.mayHandle(stamp.actor(), handler).or(() -> open.finished()
                ? Optional.of(Refusal.transition("service case", open.id(), "FINISHED", "finish"))
                : Optional.empty()), () -> {
            var now = stamp.now();
            var visitDue = now.atZone(policy.company().zone()).plus(policy.service().returnVisitWithin()).toInstant();
            var finished = open.finish(now, visitDue);
            var late = now.isAfter(open.dueAt());
            var draft = Outcome.<ServiceRecordStores>draft();
            var stored = draft.change(Change.of(s -> s.records().update(finished)));
            var marked = late ? Optional.of(draft.change(Change.of(s -> s.records().markOnce(
                    new ServiceRecordMark(open.id(), ServiceStandard.CASE_TIME, open.dueAt(), now)))))
                    : Optional.<Change<ServiceRecordStores, Boolean>>empty();
            draft.event(new ServiceRecordEvent.ServiceCaseFinished(open.id(), handler.id(), late, visitDue, now));
            draft.audit(stamp.audit("service.case.finish", "service-case", open.id().value(),
                    late ? "late, due " + open.dueAt() : "on time"));
            return draft.answer(s -> new Changed(s.of(stored), marked.filter(s::of)
                    .map(m -> List.of(caseTime(finished, now))).orElse(List.of())));
        });
    }

    /**
     * §2.1.3: the group or the handler's manager records that the customer came back; for a
     * document they were not told about, it is a finding of NO_UNANNOUNCED_RETURN_TRIP.
     */
    public static Outcome<ServiceRecordStores, Changed> returnTrip(ServiceCase serviceCase, Employee handler,
                                                                   ServiceCaseTripReport command, Stamp stamp) {
        return Outcome.unless(ServiceRecordAccess.mayJudge(stamp.actor(), handler, "record a return trip"), () -> {
            var trip = new ServiceCaseReturnTrip(command.cause(), command.note().strip(), stamp.now(),
                    stamp.actor().id());
            var draft = Outcome.<ServiceRecordStores>draft();
            var stored = draft.change(Change.of(s -> s.records().update(serviceCase.withReturnTrip(trip))));
            draft.event(new ServiceRecordEvent.ServiceCaseReturnTripRecorded(serviceCase.id(), handler.id(),
                    command.cause(), stamp.now()));
            draft.audit(stamp.audit("service.case.return-trip", "service-case", serviceCase.id().value(),
                    command.cause().name()));
            var shortfalls = command.cause().nonconformity()
                    ? List.of(new Shortfall(serviceCase.id(), ServiceStandard.NO_UNANNOUNCED_RETURN_TRIP, stamp.now(),
                            "the customer came back for a document or step they were not told about: "
                                    + trip.note()))
                    : List.<Shortfall>of();
            return draft.answer(s -> new Changed(s.of(stored), shortfalls));
        });
    }

    /**
     * §2.1.4: the group or the handler's manager records the return visit of a finished case as
     * done, with the customer's satisfaction; done after its due time, it is marked for
     * RETURN_VISIT unless the sweep marked it already. Late or not, the satisfaction enters the
     * customer-score ledger for the handler (§2.3.3: customer scoring).
     */
    public static Outcome<ServiceRecordStores, Changed> returnVisit(ServiceCase serviceCase, Employee handler,
                                                                    ReturnVisitReport command, Stamp stamp) {
        var visit = serviceCase.returnVisit();
        return Outcome.unless(ServiceRecordAccess.mayJudge(stamp.actor(), handler, "record a return visit")
                .or(() -> visit.isEmpty() ? Optional.of(Refusal.transition("service case", serviceCase.id(), "OPEN",
                        "record a return visit")) : Optional.empty())
                .or(() -> visit.filter(ReturnVisit::done).map(v -> Refusal.transition("return visit",
                        serviceCase.id(), "DONE", "record a return visit"))), () -> {
            var now = stamp.now();
            var owed = visit.orElseThrow();
            var late = now.isAfter(owed.dueAt());
            var done = owed.doneAt(now, command.satisfaction(), command.notes().strip(), stamp.actor().id());
            var draft = Outcome.<ServiceRecordStores>draft();
            var stored = draft.change(Change.of(s -> s.records().update(serviceCase.withReturnVisit(done))));
            var marked = late ? Optional.of(draft.change(Change.of(s -> s.records().markOnce(
                    new ServiceRecordMark(serviceCase.id(), ServiceStandard.RETURN_VISIT, owed.dueAt(), now)))))
                    : Optional.<Change<ServiceRecordStores, Boolean>>empty();
            var score = new ReturnVisitScore(stamp.nextId(), handler.id(), command.satisfaction(), serviceCase.id(),
                    now);
            draft.change(Change.of(s -> {
                s.scores().add(score);
                return score;
            }));
            draft.event(new ServiceRecordEvent.ReturnVisitDone(serviceCase.id(), handler.id(),
                    command.satisfaction(), !late, now));
            draft.audit(stamp.audit("service.return-visit", "service-case", serviceCase.id().value(),
                    "satisfaction " + command.satisfaction() + (late ? ", late" : "")));
            return draft.answer(s -> new Changed(s.of(stored), marked.filter(s::of)
                    .map(m -> List.of(returnVisitMissed(serviceCase, owed))).orElse(List.of())));
        });
    }

    /**
     * §2.1.2: the handler or their manager records a reply promised to the customer by a time,
     * numbered after the case's earlier commitments.
     */
    public static Outcome<ServiceRecordStores, Changed> promise(ServiceCase serviceCase, Employee handler,
                                                                ServiceCasePromise command, Stamp stamp) {
        return Outcome.unless(ServiceRecordAccess.mayHandle(stamp.actor(), handler), () -> {
            var commitment = new ServiceCaseCommitment(serviceCase.commitments().size() + 1, command.promise().strip(),
                    stamp.now(), command.replyBy(), Optional.empty(), stamp.actor().id());
            var draft = Outcome.<ServiceRecordStores>draft();
            var stored = draft.change(Change.of(s -> s.records().update(serviceCase.withCommitment(commitment))));
            draft.event(new ServiceRecordEvent.ServiceCaseReplyPromised(serviceCase.id(), handler.id(),
                    commitment.number(), commitment.replyBy(), stamp.now()));
            draft.audit(stamp.audit("service.case.promise", "service-case", serviceCase.id().value(),
                    "reply " + commitment.number() + " by " + commitment.replyBy()));
            return draft.answer(s -> new Changed(s.of(stored), List.of()));
        });
    }

    /**
     * §2.1.2: the handler or their manager records that the promised reply {@code number} was
     * given, now; given after its time, it is marked for PROMISED_REPLY unless the sweep marked it.
     */
    public static Outcome<ServiceRecordStores, Changed> reply(ServiceCase serviceCase, Employee handler, int number,
                                                              Stamp stamp) {
        var found = number >= 1 && number <= serviceCase.commitments().size()
                ? Optional.of(serviceCase.commitments().get(number - 1)) : Optional.<ServiceCaseCommitment>empty();
        return Outcome.unless(ServiceRecordAccess.mayHandle(stamp.actor(), handler)
                .or(() -> found.isEmpty() ? Optional.of(Refusal.missing("commitment", serviceCase.id() + "/" + number))
                        : Optional.empty())
                .or(() -> found.filter(ServiceCaseCommitment::replied).map(c -> Refusal.transition("commitment",
                        serviceCase.id() + "/" + number, "REPLIED", "reply"))), () -> {
            var now = stamp.now();
            var owed = found.orElseThrow();
            var late = now.isAfter(owed.replyBy());
            var replied = owed.repliedAt(now);
            var draft = Outcome.<ServiceRecordStores>draft();
            var stored = draft.change(Change.of(s -> s.records().update(serviceCase.withCommitment(replied))));
            var marked = late ? Optional.of(draft.change(Change.of(s -> s.records().markOnce(
                    new ServiceRecordMark(serviceCase.id(), ServiceStandard.PROMISED_REPLY, number, owed.replyBy(),
                            now))))) : Optional.<Change<ServiceRecordStores, Boolean>>empty();
            draft.event(new ServiceRecordEvent.ServiceCaseReplied(serviceCase.id(), handler.id(), number, !late, now));
            draft.audit(stamp.audit("service.case.reply", "service-case", serviceCase.id().value(),
                    "reply " + number + (late ? ", late" : ", in time")));
            var withReply = serviceCase.withCommitment(replied);
            return draft.answer(s -> new Changed(s.of(stored), marked.filter(s::of)
                    .map(m -> List.of(replyLate(withReply, replied, now))).orElse(List.of())));
        });
    }

    /** What is due on {@code serviceCase} as of {@code now}, whether or not it was marked already. */
    public static List<ServiceRecordMark> dueMarks(ServiceCase serviceCase, Instant now) {
        var marks = new ArrayList<ServiceRecordMark>();
        if (!serviceCase.finished() && now.isAfter(serviceCase.dueAt())) {
            marks.add(new ServiceRecordMark(serviceCase.id(), ServiceStandard.CASE_TIME, serviceCase.dueAt(), now));
        }
        serviceCase.commitments().stream().filter(c -> !c.replied() && now.isAfter(c.replyBy())).forEach(c ->
                marks.add(new ServiceRecordMark(serviceCase.id(), ServiceStandard.PROMISED_REPLY, c.number(),
                        c.replyBy(), now)));
        serviceCase.returnVisit().filter(v -> !v.done() && now.isAfter(v.dueAt())).ifPresent(v ->
                marks.add(new ServiceRecordMark(serviceCase.id(), ServiceStandard.RETURN_VISIT, v.dueAt(), now)));
        return marks;
    }

    /**
     * §2.1.3, §2.1.4: the sweep marks what is due on {@code serviceCase} as of {@code now}; each
     * mark is recorded only if no sweep or late act recorded it before. The answer is what this
     * sweep marked, as shortfalls.
     */
    public static Outcome<ServiceRecordStores, Changed> sweep(ServiceCase serviceCase, Instant now) {
        var due = dueMarks(serviceCase, now);
        var draft = Outcome.<ServiceRecordStores>draft();
        var changes = due.stream().map(mark -> draft.change(Change.of(s -> s.records().markOnce(mark)))).toList();
        return draft.answer(stored -> new Changed(serviceCase, IntStream.range(0, due.size())
                .filter(i -> stored.of(changes.get(i))).mapToObj(i -> shortfallOf(serviceCase, due.get(i), now))
                .toList()));
    }

    /**
     * §2.1.3, §2.1.4, §2.3.1: one finding in the handler's record per shortfall, with the
     * severity the policy in force when it fell short gives its standard, explained by a decision
     * that names no maker (the record made it, not a person), and which of them propose a
     * violation given the handler's {@code earlier} findings.
     */
    public static Outcome<ServiceRecordStores, Found> findings(List<Shortfall> shortfalls, Employee handler,
                                                                          List<ServiceFinding> earlier,
                                                                          Function<Instant, PolicyDefinition> policyAt,
                                                                          Stamp stamp) {
        var draft = Outcome.<ServiceRecordStores>draft();
        var counted = new ArrayList<>(earlier);
        var escalations = new ArrayList<Escalation>();
        var made = new ArrayList<ServiceFinding>();
        for (var shortfall : shortfalls) {
            var policy = policyAt.apply(shortfall.at());
            var severity = policy.service().severity(shortfall.standard());
            var finding = new ServiceFinding(stamp.nextId(), handler.id(), shortfall.standard(), severity,
                    shortfall.at(), FindingSource.SERVICE_RECORD, shortfall.serviceCase().value(), stamp.now());
            draft.change(Change.of(s -> s.supervision().add(finding)));
            draft.decision(new Decision(DecisionId.of(stamp.nextId()), RECORD_FINDING, handler.id(), severity.name(),
                    List.of(Reason.of(shortfall.standard().clause(), "service.record.shortfall", shortfall.what(),
                                    "serviceCase", shortfall.serviceCase(), "standard", shortfall.standard()),
                            Reason.of(shortfall.standard().clause(), "service.standard",
                                    policy.service().criterion(shortfall.standard()), "standard", shortfall.standard()),
                            Reason.of("§2.3.1", "service.severity.standard", "policy version %s gives a nonconformity "
                                    .formatted(policy.version()) + "with %s the severity %s".formatted(
                                    shortfall.standard(), severity), "severity", severity)),
                    policy.version(), shortfall.at(), stamp.now(), Optional.empty()));
            draft.event(ServiceEvent.FindingRecorded.of(finding));
            draft.audit(stamp.audit("service.record-finding", "service-finding", finding.id(),
                    shortfall.standard() + " " + severity + ", case " + shortfall.serviceCase()));
            ServiceRules.escalation(finding, counted, policy.service().escalation(), policy.company().zone())
                    .ifPresent(escalations::add);
            counted.add(finding);
            made.add(finding);
        }
        return draft.answer(s -> new Found(made, escalations));
    }

    private static Shortfall shortfallOf(ServiceCase serviceCase, ServiceRecordMark mark, Instant now) {
        return switch (mark.standard()) {
            case CASE_TIME -> caseTime(serviceCase, now);
            case PROMISED_REPLY -> replyLate(serviceCase, serviceCase.commitments().get(mark.number() - 1), now);
            default -> returnVisitMissed(serviceCase, serviceCase.returnVisit().orElseThrow());
        };
    }

    private static Shortfall replyLate(ServiceCase serviceCase, ServiceCaseCommitment commitment, Instant now) {
        return new Shortfall(serviceCase.id(), ServiceStandard.PROMISED_REPLY, commitment.replyBy(),
                "the reply promised at %s on case %s (%s) was due at %s and %s".formatted(commitment.promisedAt(),
                        serviceCase.id(), commitment.promise(), commitment.replyBy(), commitment.repliedAt()
                                .map(at -> "was given at " + at).orElse("was still not given at " + now)));
    }

    private static Shortfall caseTime(ServiceCase serviceCase, Instant now) {
        return new Shortfall(serviceCase.id(), ServiceStandard.CASE_TIME, serviceCase.dueAt(),
                "%s case %s was due at %s (opened %s) and %s".formatted(serviceCase.businessType(), serviceCase.id(),
                        serviceCase.dueAt(), serviceCase.openedAt(), serviceCase.finished()
                                ? "was finished at " + serviceCase.finishedAt().orElseThrow()
                                : "was still open at " + now));
    }

    private static Shortfall returnVisitMissed(ServiceCase serviceCase, ReturnVisit visit) {
        return new Shortfall(serviceCase.id(), ServiceStandard.RETURN_VISIT, visit.dueAt(),
                "the return visit of case %s, finished %s, was due at %s and not done by then".formatted(
                        serviceCase.id(), serviceCase.finishedAt().orElseThrow(), visit.dueAt()));
    }
}
