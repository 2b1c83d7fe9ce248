package org.servicepolicy.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.PeopleEvent;
import org.servicepolicy.people.PeopleRules;
import org.servicepolicy.policy.TrainingProgramme;

/**
 * §4.1.1: assessment scores, the posting gate and used-up retakes. Pure: facts and the stamp in,
 * an outcome out.
 */
public final class TrainingAssessmentRules {
    /** The decision kind of a trainee who failed every allowed attempt at a programme. */
    public static final DecisionKind RETAKES_EXHAUSTED = DecisionKind.of("training.retakes-exhausted");
    /** The decision kind of HR's decision about used-up retakes: one more attempt, or the end of employment. */
    public static final DecisionKind RETAKE_RULING = DecisionKind.of("training.retake-ruling");

    private TrainingAssessmentRules() {
    }

    /**
     * Records a present attendee's score, once per session. A score at or above the pass mark is
     * a completion, expiring after the programme's interval where it recurs; the pass that
     * completes the last programme due before post puts an ONBOARDING trainee ON_POST, with a
     * decision {@code people.on-post} naming each programme passed. A fail counts an attempt;
     * the fail that uses the last allowed attempt is a decision {@code training.retakes-exhausted}.
     * Refused: anyone but the trainer or HR, or the trainee themself (§1.3.3); someone not an
     * attendee, not present, or already assessed at the session; a session not started yet; a
     * programme the policy in force no longer has; a trainee who no longer works here; a trainee
     * whose attempts are used up.
     */
    static Outcome<TrainingStores, TrainingAssessment> score(RecordScore command, TrainingFacts.Assessing facts,
                                                             Stamp stamp) {
        var session = facts.session().orElseThrow();
        var trainee = facts.trainee();
        return Outcome.unless(TrainingAccess.mayRecord(stamp.actor(), session, trainee.id()), () -> {
            var refusal = TrainingRules.recordable(session, trainee.id(), stamp, "assessment");
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get());
            }
            if (session.attendanceOf(trainee.id()).filter(a -> a == Attendance.PRESENT).isEmpty()) {
                return Outcome.refused(Refusal.policy("§4.1", "training.score.present", "only an attendee recorded "
                        + "PRESENT at session " + session.id() + " is assessed", "employeeId"));
            }
            if (facts.assessments().stream().anyMatch(a -> a.session().equals(session.id()))) {
                return Outcome.refused(Refusal.duplicate("training assessment", session.id() + "/" + trainee.id()));
            }
            if (!trainee.status().employed()) {
                return Outcome.refused(Refusal.transition("employee", trainee.id(), trainee.status(), "assess"));
            }
            if (facts.programme().isEmpty()) {
                return Outcome.refused(Refusal.policy("§4.1", "training.programme", "the policy in force has no "
                        + "programme " + session.programme()));
            }
            var programme = facts.programme().get();
            var attempts = Attempts.of(programme, facts.assessments(), facts.rulings());
            if (!attempts.mayTryAgain()) {
                return Outcome.refused(Refusal.policy("§4.1.1", "training.retakes-exhausted", trainee.id()
                        + (attempts.ended() ? " has no more attempts at " + programme.id() + ": HR ended them"
                        : " used every allowed attempt at " + programme.id() + "; HR decides what follows")));
            }
            return assessed(command.score(), session, programme, attempts, facts, stamp);
        });
    }

    private static Outcome<TrainingStores, TrainingAssessment> assessed(int score, TrainingSession session,
                                                                        TrainingProgramme programme,
                                                                        Attempts attempts,
                                                                        TrainingFacts.Assessing facts, Stamp stamp) {
        var trainee = facts.trainee();
        var zone = facts.policy().company().zone();
        var passed = score >= programme.passMark();
        var assessment = new TrainingAssessment(stamp.nextId(), session.id(), trainee.id(), programme.id(), score,
                programme.passMark(), passed, passed ? programme.every().map(every -> stamp.now().atZone(zone)
                .plus(every).toInstant()) : Optional.empty(), stamp.now(), stamp.actor().id());
        var draft = Outcome.<TrainingStores>draft();
        var stored = draft.change(Change.of(s -> s.training().addAssessment(assessment)));
        draft.event(new TrainingEvent.Assessed(session.id(), trainee.id(), programme.id(), passed, stamp.now()));
        draft.audit(stamp.audit("training.assess", "training session", session.id().value(), trainee.id() + " scored "
                + score + " of pass mark " + programme.passMark()));
        var after = new ArrayList<>(facts.assessments());
        after.add(assessment);
        if (passed && trainee.status() == EmploymentStatus.ONBOARDING && programme.mandatoryBeforePost()
                && TrainingObligations.notPassedBeforePost(facts.policy().training(), after).isEmpty()) {
            onPost(after, facts, stamp, draft);
        }
        var failures = attempts.failures().size() + (passed ? 0 : 1);
        if (!passed && failures >= attempts.allowed()) {
            var tried = new ArrayList<>(attempts.failures());
            tried.add(assessment);
            draft.decision(stamp.decision(RETAKES_EXHAUSTED, trainee.id(), "EXHAUSTED", List.of(Reason.of(
                    programme.clause(), "training.retakes-exhausted", "%s failed %d attempt(s) at %s, every one "
                            .formatted(trainee.id(), failures, programme.id()) + "allowed (the first, %d retake(s) "
                            .formatted(programme.retakes()) + "and %d extension(s) by HR): %s".formatted(
                            attempts.extensions(), described(tried)), "programme", programme.id(), "passMark",
                    programme.passMark(), "attempts", failures, "allowed", attempts.allowed()), Reason.of("§4.1.1",
                    "training.retakes-exhausted.next", "HR decides: one more attempt (EXTEND) or the end of "
                            + "employment (END)")), facts.policy().version(), stamp.now()));
            draft.event(new TrainingEvent.RetakesExhausted(trainee.id(), programme.id(), failures, stamp.now()));
        }
        return draft.answer(s -> s.of(stored));
    }

    /** §4.1.1: the pass that completes the last programme due before post puts the trainee on post. */
    private static void onPost(List<TrainingAssessment> after, TrainingFacts.Assessing facts, Stamp stamp,
                               Outcome.Draft<TrainingStores> draft) {
        var trainee = facts.trainee();
        var reasons = new ArrayList<Reason>();
        for (var programme : facts.policy().training().mandatoryBeforePost()) {
            var pass = after.stream().filter(a -> a.passed() && a.programme().equals(programme.id())).findFirst()
                    .orElseThrow();
            reasons.add(Reason.of(programme.clause(), "training.posting-gate", "%s passed %s, due before post, with %d "
                            .formatted(trainee.id(), programme.id(), pass.score()) + "(pass mark %d) at %s".formatted(
                            pass.passMark(), pass.recordedAt()), "programme", programme.id(), "score", pass.score(),
                    "passedAt", pass.recordedAt()));
        }
        var posted = trainee.withStatus(EmploymentStatus.ON_POST, stamp.now());
        reasons.add(Reason.of("§4.1.1", "people.on-post", "%s passed every programme due before post and is on post "
                .formatted(trainee.id()) + "from " + posted.effectiveFrom(), "effectiveFrom", posted.effectiveFrom()));
        draft.decision(stamp.decision(PeopleRules.ON_POST, trainee.id(), EmploymentStatus.ON_POST.name(), reasons,
                facts.policy().version(), posted.effectiveFrom()));
        draft.change(Change.of(s -> s.employees().update(posted)));
        draft.event(new PeopleEvent.EmploymentStatusChanged(trainee.id(), trainee.status(), EmploymentStatus.ON_POST,
                "new-hire training passed", stamp.now()));
        draft.audit(stamp.audit("employee.on-post", "employee", trainee.id().value(),
                "passed every programme due before post"));
    }

    /**
     * HR decides about a trainee whose attempts at a programme are used up: EXTEND gives one more
     * attempt; END decides that employment is to end, which HR then records as a departure through
     * the people capability. Refused: anyone but HR, or the trainee themself (§1.3.3); a programme
     * the policy in force does not have; attempts not used up, or already ended.
     */
    static Outcome<TrainingStores, RetakeRuling> ruleOnRetakes(RuleOnRetakes command, TrainingFacts.Assessing facts,
                                                               Stamp stamp) {
        var trainee = facts.trainee();
        return Outcome.unless(TrainingAccess.mayRuleOnRetakes(stamp.actor(), trainee.id()), () -> {
            if (facts.programme().isEmpty()) {
                return Outcome.refused(Refusal.invalid("programme", "is not a programme of the policy in force: "
                        + command.programme()));
            }
            var programme = facts.programme().get();
            var attempts = Attempts.of(programme, facts.assessments(), facts.rulings());
            if (attempts.ended() || !attempts.exhausted()) {
                return Outcome.refused(Refusal.policy("§4.1.1", "training.retake-ruling", trainee.id()
                        + (attempts.ended() ? " has no more attempts at " + programme.id() + ": HR ended them"
                        : " has attempts left at " + programme.id() + " (%d of %d failed)".formatted(
                        attempts.failures().size(), attempts.allowed())), "programme"));
            }
            var reasons = new ArrayList<Reason>();
            reasons.add(Reason.of(programme.clause(), "training.retakes-exhausted", "%s failed every allowed attempt "
                    .formatted(trainee.id()) + "at %s: %s".formatted(programme.id(), described(attempts.failures())),
                    "programme", programme.id(), "attempts", attempts.failures().size(), "allowed",
                    attempts.allowed()));
            reasons.add(command.outcome() == RetakeOutcome.EXTEND
                    ? Reason.of("§4.1.1", "training.retake-ruling.extend", "HR gives one more attempt: "
                    + command.note().strip(), "note", command.note().strip())
                    : Reason.of("§4.1.1", "training.retake-ruling.end", "HR decides that employment is to end, to be "
                    + "recorded as a departure: " + command.note().strip(), "note", command.note().strip()));
            var decision = stamp.decision(RETAKE_RULING, trainee.id(), command.outcome().name(), reasons,
                    facts.policy().version(), attempts.lastFailure().map(TrainingAssessment::recordedAt)
                            .orElse(stamp.now()));
            var ruling = new RetakeRuling(stamp.nextId(), trainee.id(), programme.id(), command.outcome(),
                    command.note().strip(), decision.id(), stamp.now(), stamp.actor().id());
            var draft = Outcome.<TrainingStores>draft();
            draft.decision(decision);
            var stored = draft.change(Change.of(s -> s.training().addRuling(ruling)));
            draft.event(new TrainingEvent.RetakesRuled(trainee.id(), programme.id(), command.outcome(), stamp.now()));
            draft.audit(stamp.audit("training.retake-ruling", "employee", trainee.id().value(), programme.id() + " "
                    + command.outcome()));
            return draft.answer(s -> s.of(stored));
        });
    }

    private static String described(List<TrainingAssessment> attempts) {
        return attempts.stream().map(a -> a.score() + " at " + a.recordedAt()).collect(Collectors.joining(", "));
    }
}
