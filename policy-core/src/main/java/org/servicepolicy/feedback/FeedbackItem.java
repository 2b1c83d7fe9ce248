package org.servicepolicy.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.servicepolicy.calendar.Pause;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.FeedbackNature;

/**
 * An item of customer feedback (§2.3.2): what the customer said, through which channel, and how
 * it is handled: routed to a department, handled by a responsible employee within the business
 * times the policy in force at receipt gives its severity, in rounds until the customer accepts
 * a result or HR closes it.
 *
 * @param id                 its identifier
 * @param channel            how it reached the company
 * @param nature             complaint, suggestion, praise or enquiry
 * @param severity           one of the severities of the policy in force at receipt
 * @param area               the business area it is about, one of the policy's
 * @param summary            what it is about, at most {@value #SUMMARY_MAX} characters
 * @param details            what the customer said, at most {@value #DETAILS_MAX} characters
 * @param contact            how to reach the customer, as the policy stores it; at most {@value #CONTACT_MAX}
 * @param employeesConcerned the employees it names, at most {@value #CONCERNED_MAX}, distinct
 * @param receivedAt         when it was received
 * @param recordedBy         the employee who recorded it; empty when submitted online
 * @param policyVersion      the policy version in force at receipt; its deadlines always come from it
 * @param department         the department handling it; empty while unrouted
 * @param responsible        the employee of that department handling it; empty until assigned
 * @param status             where it stands
 * @param round              the round of handling: 1 plus the results rejected
 * @param firstRespondedAt   when the customer got the first response
 * @param firstResponse      what the first response said; present with {@code firstRespondedAt}
 *                           unless a result was the first response
 * @param pauses             the waits on the customer, oldest first; only the last may be open
 * @param question           what the customer was last asked while waiting
 * @param answer             the customer's last answer, or the responsible employee's note of an
 *                           answer given elsewhere
 * @param roundStartedAt     when the current round's resolution clock started: receipt for round 1,
 *                           the rejection for later rounds
 * @param lastResult         the last result reported
 * @param resultAt           when the last result was reported; present with {@code lastResult}
 * @param causeAnalysis      why the last result was rejected, recorded before the next result
 * @param correctiveAction   what was done about it; present with {@code causeAnalysis}
 * @param rounds             each result reported, oldest first, with its rejection if any
 * @param satisfaction       the customer's score (1 to 5) on accepting a result
 * @param closedAt           when it became final (accepted or closed)
 * @param closeReason        why HR closed it
 * @param ruling             the ruling on a complaint or a praise, once made
 * @param trackingTokenHash  the hex SHA-256 of the customer's tracking token
 * @param version            the optimistic-locking version
 */
public record FeedbackItem(FeedbackItemId id, FeedbackChannel channel, FeedbackNature nature, String severity,
                           String area, String summary, String details, Optional<String> contact,
                           List<EmployeeId> employeesConcerned, Instant receivedAt, Optional<EmployeeId> recordedBy,
                           String policyVersion, Optional<DepartmentId> department, Optional<EmployeeId> responsible,
                           FeedbackStatus status, int round, Optional<Instant> firstRespondedAt,
                           Optional<String> firstResponse, List<Pause> pauses, Optional<String> question,
                           Optional<String> answer, Instant roundStartedAt, Optional<String> lastResult, Optional<Instant> resultAt,
                           Optional<String> causeAnalysis, Optional<String> correctiveAction,
                           List<FeedbackRound> rounds, Optional<Integer> satisfaction, Optional<Instant> closedAt,
                           Optional<String> closeReason, Optional<FeedbackRuling> ruling, String trackingTokenHash,
                           long version) {
    /** The longest summary. */
    public static final int SUMMARY_MAX = 200;
    /** The longest details. */
    public static final int DETAILS_MAX = 4000;
    /** The longest contact. */
    public static final int CONTACT_MAX = 200;
    /** The most employees an item names. */
    public static final int CONCERNED_MAX = 10;

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    /** Requires every part and a consistent state (see each part). */
    public FeedbackItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(contact, "contact");
        employeesConcerned = List.copyOf(employeesConcerned);
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(firstRespondedAt, "firstRespondedAt");
        Objects.requireNonNull(firstResponse, "firstResponse");
        pauses = List.copyOf(pauses);
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(roundStartedAt, "roundStartedAt");
        Objects.requireNonNull(lastResult, "lastResult");
        Objects.requireNonNull(resultAt, "resultAt");
        Objects.requireNonNull(causeAnalysis, "causeAnalysis");
        Objects.requireNonNull(correctiveAction, "correctiveAction");
        rounds = List.copyOf(rounds);
        Objects.requireNonNull(satisfaction, "satisfaction");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(closeReason, "closeReason");
        Objects.requireNonNull(ruling, "ruling");
        ruling.ifPresent(FeedbackRuling::requireComplete);
        Objects.requireNonNull(trackingTokenHash, "trackingTokenHash");
        requireForm(summary, details, contact, employeesConcerned, trackingTokenHash);
        requireOnline(channel, recordedBy);
        requireHandling(status, department, responsible, pauses);
        requireRounds(status, round, rounds, lastResult, resultAt, causeAnalysis, correctiveAction);
        requireEnd(status, satisfaction, closedAt, closeReason);
        if (firstResponse.isPresent() && firstRespondedAt.isEmpty()) {
            throw new IllegalArgumentException("a first response has its time");
        }
    }

    private static void requireForm(String summary, String details, Optional<String> contact,
                                    List<EmployeeId> concerned, String tokenHash) {
        if (summary.isBlank() || summary.length() > SUMMARY_MAX || details.isBlank()
                || details.length() > DETAILS_MAX || contact.filter(c -> c.length() > CONTACT_MAX).isPresent()) {
            throw new IllegalArgumentException("a summary of 1 to " + SUMMARY_MAX + " characters, details of 1 to "
                    + DETAILS_MAX + ", a contact of at most " + CONTACT_MAX);
        }
        if (concerned.size() > CONCERNED_MAX || new HashSet<>(concerned).size() != concerned.size()) {
            throw new IllegalArgumentException("at most " + CONCERNED_MAX + " distinct employees concerned");
        }
        if (!SHA_256_HEX.matcher(tokenHash).matches()) {
            throw new IllegalArgumentException("the tracking token's hash is 64 lower-case hex digits");
        }
    }

    private static void requireOnline(FeedbackChannel channel, Optional<EmployeeId> recordedBy) {
        if ((channel == FeedbackChannel.ONLINE_PLATFORM) == recordedBy.isPresent()) {
            throw new IllegalArgumentException("an item submitted online has no recorder, any other one has");
        }
    }

    private static void requireHandling(FeedbackStatus status, Optional<DepartmentId> department,
                                        Optional<EmployeeId> responsible, List<Pause> pauses) {
        if ((status == FeedbackStatus.UNROUTED) != department.isEmpty()) {
            throw new IllegalArgumentException("an item is unrouted exactly when it has no department");
        }
        var assigned = status != FeedbackStatus.UNROUTED && status != FeedbackStatus.ROUTED;
        if (responsible.isPresent() != assigned && !status.isFinal()) {
            throw new IllegalArgumentException("an item is handled by a responsible employee exactly once assigned");
        }
        for (int i = 0; i < pauses.size() - 1; i++) {
            if (!pauses.get(i).ends()) {
                throw new IllegalArgumentException("only the last wait on the customer may be open");
            }
        }
        var waiting = !pauses.isEmpty() && !pauses.get(pauses.size() - 1).ends();
        if (waiting != (status == FeedbackStatus.WAITING_ON_CUSTOMER)) {
            throw new IllegalArgumentException("an item waits on the customer exactly while a wait is open");
        }
    }

    private static void requireRounds(FeedbackStatus status, int round, List<FeedbackRound> rounds,
                                      Optional<String> lastResult, Optional<Instant> resultAt,
                                      Optional<String> causeAnalysis, Optional<String> correctiveAction) {
        if (round < 1 || rounds.size() < round - 1 || rounds.size() > round) {
            throw new IllegalArgumentException("round " + round + " follows " + (round - 1)
                    + " rejected result(s) and has at most one of its own");
        }
        for (int i = 0; i < rounds.size(); i++) {
            if (rounds.get(i).number() != i + 1 || (i < round - 1) != rounds.get(i).rejected()) {
                throw new IllegalArgumentException("the rounds are numbered in order and all but the current "
                        + "one rejected");
            }
        }
        var reported = status == FeedbackStatus.RESULT_REPORTED || status == FeedbackStatus.ACCEPTED;
        if (reported && rounds.size() != round) {
            throw new IllegalArgumentException("a reported result is the current round's");
        }
        if (lastResult.isPresent() != resultAt.isPresent() || lastResult.isPresent() != !rounds.isEmpty()) {
            throw new IllegalArgumentException("the last result has its time, and exists once a round has one");
        }
        if (causeAnalysis.isPresent() != correctiveAction.isPresent()) {
            throw new IllegalArgumentException("a cause analysis goes with a corrective action");
        }
    }

    private static void requireEnd(FeedbackStatus status, Optional<Integer> satisfaction, Optional<Instant> closedAt,
                                   Optional<String> closeReason) {
        if (satisfaction.isPresent() != (status == FeedbackStatus.ACCEPTED)
                || satisfaction.filter(s -> s < 1 || s > 5).isPresent()) {
            throw new IllegalArgumentException("an accepted item, and only one, has a score from 1 to 5");
        }
        if (closedAt.isPresent() != status.isFinal() || closeReason.isPresent() != (status == FeedbackStatus.CLOSED)) {
            throw new IllegalArgumentException("a final item has its time, a closed one its reason");
        }
    }

    /** Whether the customer is being waited on: the last pause is open. */
    public boolean waitingOnCustomer() {
        return status == FeedbackStatus.WAITING_ON_CUSTOMER;
    }

    /** The pauses that fall in the current round: those ending after it started, or still open. */
    public List<Pause> pausesOfRound() {
        return pauses.stream().filter(p -> p.until().map(u -> u.isAfter(roundStartedAt)).orElse(true)).toList();
    }

    /** This item routed to {@code to} at {@code newSeverity}, nobody responsible yet. */
    public FeedbackItem routedTo(DepartmentId to, String newSeverity) {
        var next = edit();
        next.department = Optional.of(to);
        next.severity = newSeverity;
        next.responsible = Optional.empty();
        next.status = FeedbackStatus.ROUTED;
        return next.build();
    }

    /** This item handled by {@code employee}; a reopened item stays reopened. */
    public FeedbackItem assignedTo(EmployeeId employee) {
        var next = edit();
        next.responsible = Optional.of(employee);
        next.status = round > 1 ? FeedbackStatus.REOPENED : FeedbackStatus.IN_HANDLING;
        return next.build();
    }

    /** This item with its first response {@code text} given at {@code at}. */
    public FeedbackItem respondedWith(String text, Instant at) {
        var next = edit();
        next.firstRespondedAt = Optional.of(at);
        next.firstResponse = Optional.of(text);
        return next.build();
    }

    /** This item waiting on the customer from {@code at}, who was asked {@code text}. */
    public FeedbackItem waitingOn(String text, Instant at) {
        var next = edit();
        next.pauses.add(Pause.since(at));
        next.question = Optional.of(text);
        next.status = FeedbackStatus.WAITING_ON_CUSTOMER;
        return next.build();
    }

    /** This item no longer waiting: the customer answered {@code text} at {@code at}, after the wait began. */
    public FeedbackItem answered(String text, Instant at) {
        var next = edit();
        next.answer = Optional.of(text);
        var open = next.pauses.remove(next.pauses.size() - 1);
        next.pauses.add(Pause.between(open.from(), at));
        next.status = round > 1 ? FeedbackStatus.REOPENED : FeedbackStatus.IN_HANDLING;
        return next.build();
    }

    /** This item with the cause of the last rejection analysed and {@code action} taken. */
    public FeedbackItem corrected(String analysis, String action) {
        var next = edit();
        next.causeAnalysis = Optional.of(analysis);
        next.correctiveAction = Optional.of(action);
        return next.build();
    }

    /** This item with {@code text} reported as the current round's result at {@code at}; it answers first if none did. */
    public FeedbackItem resultReported(String text, Instant at) {
        var next = edit();
        next.lastResult = Optional.of(text);
        next.resultAt = Optional.of(at);
        next.rounds.add(new FeedbackRound(round, text, at, Optional.empty(), Optional.empty(), causeAnalysis,
                correctiveAction));
        next.firstRespondedAt = Optional.of(firstRespondedAt.orElse(at));
        next.status = FeedbackStatus.RESULT_REPORTED;
        return next.build();
    }

    /** This item accepted by the customer at {@code at} with {@code score}. */
    public FeedbackItem acceptedWith(int score, Instant at) {
        var next = edit();
        next.satisfaction = Optional.of(score);
        next.closedAt = Optional.of(at);
        next.status = FeedbackStatus.ACCEPTED;
        return next.build();
    }

    /** This item's result rejected at {@code at} with {@code comment}: a new round starts, its correction cleared. */
    public FeedbackItem rejectedWith(String comment, Instant at) {
        var next = edit();
        var last = next.rounds.remove(next.rounds.size() - 1);
        next.rounds.add(last.rejectedWith(comment, at));
        next.round = round + 1;
        next.roundStartedAt = at;
        next.causeAnalysis = Optional.empty();
        next.correctiveAction = Optional.empty();
        next.status = FeedbackStatus.REOPENED;
        return next.build();
    }

    /** This item closed by HR at {@code at} for {@code reason}. */
    public FeedbackItem closedFor(String reason, Instant at) {
        var next = edit();
        next.closeReason = Optional.of(reason);
        next.closedAt = Optional.of(at);
        next.status = FeedbackStatus.CLOSED;
        return next.build();
    }

    /** This item with {@code made} ruled on it. */
    public FeedbackItem ruled(FeedbackRuling made) {
        var next = edit();
        next.ruling = Optional.of(made);
        return next.build();
    }

    /** This item as stored at {@code storedVersion}. */
    public FeedbackItem atVersion(long storedVersion) {
        var next = edit();
        next.version = storedVersion;
        return next.build();
    }

    /** This item without the customer's contact, for a reader who may not see it. */
    public FeedbackItem withoutContact() {
        return new FeedbackItem(id, channel, nature, severity, area, summary, details, Optional.empty(),
                employeesConcerned, receivedAt, recordedBy, policyVersion, department, responsible, status, round,
                firstRespondedAt, firstResponse, pauses, question, answer, roundStartedAt, lastResult, resultAt,
                causeAnalysis, correctiveAction, rounds, satisfaction, closedAt, closeReason, ruling,
                trackingTokenHash, version);
    }

    private Edit edit() {
        return new Edit(this);
    }

    /** The parts a transition changes, copied from an item; the others are the item's. */
    private static final class Edit {
        private final FeedbackItem from;
        private String severity;
        private Optional<DepartmentId> department;
        private Optional<EmployeeId> responsible;
        private FeedbackStatus status;
        private int round;
        private Optional<Instant> firstRespondedAt;
        private Optional<String> firstResponse;
        private final List<Pause> pauses;
        private Optional<String> question;
        private Optional<String> answer;
        private Instant roundStartedAt;
        private Optional<String> lastResult;
        private Optional<Instant> resultAt;
        private Optional<String> causeAnalysis;
        private Optional<String> correctiveAction;
        private final List<FeedbackRound> rounds;
        private Optional<Integer> satisfaction;
        private Optional<Instant> closedAt;
        private Optional<String> closeReason;
        private Optional<FeedbackRuling> ruling;
        private long version;

        private Edit(FeedbackItem from) {
            this.from = from;
            severity = from.severity;
            department = from.department;
            responsible = from.responsible;
            status = from.status;
            round = from.round;
            firstRespondedAt = from.firstRespondedAt;
            firstResponse = from.firstResponse;
            pauses = new ArrayList<>(from.pauses);
            question = from.question;
            answer = from.answer;
            roundStartedAt = from.roundStartedAt;
            lastResult = from.lastResult;
            resultAt = from.resultAt;
            causeAnalysis = from.causeAnalysis;
            correctiveAction = from.correctiveAction;
            rounds = new ArrayList<>(from.rounds);
            satisfaction = from.satisfaction;
            closedAt = from.closedAt;
            closeReason = from.closeReason;
            ruling = from.ruling;
            version = from.version;
        }

        private FeedbackItem build() {
            return new FeedbackItem(from.id, from.channel, from.nature, severity, from.area, from.summary,
                    from.details, from.contact, from.employeesConcerned, from.receivedAt, from.recordedBy,
                    from.policyVersion, department, responsible, status, round, firstRespondedAt, firstResponse,
                    pauses, question, answer, roundStartedAt, lastResult, resultAt, causeAnalysis, correctiveAction, rounds,
                    satisfaction, closedAt, closeReason, ruling, from.trackingTokenHash, version);
        }
    }
}
