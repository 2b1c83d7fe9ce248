package org.servicepolicy.policy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The defaults that encode {@code policy.md}. Where the policy is silent, the value is what an
 * HR team running it would expect, as the library's documentation explains. Every value can be
 * changed by publishing a new {@link PolicyDefinition} version.
 */
public final class StandardPolicy {
    /** The version id of the defaults; in force until a company publishes its own version. */
    public static final String VERSION = "standard";

    private StandardPolicy() {
    }

    /** The default settings, grouped by clause. */
    public static Map<String, String> settings() {
        var s = new LinkedHashMap<String, String>();
        s.put("company.currency", "CNY");
        s.put("company.timeZone", "UTC");
        s.put("company.lowestLevel", "1");
        s.put("company.workingDays", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY");
        // §2.3.2: business time for the stipulated handling times; a lunch break closes 12:00-13:30.
        s.put("company.calendar.hours", "09:00-12:00,13:30-18:00");
        s.put("company.calendar.hoursByDay", "");
        s.put("company.calendar.holidays", "");
        s.put("company.calendar.workdays", "");

        // §3.3.3: penalties by severity, heavier as points accumulate within the window.
        s.put("discipline.points.MINOR", "1");
        s.put("discipline.points.MODERATE", "2");
        s.put("discipline.points.SERIOUS", "4");
        s.put("discipline.points.GROSS", "8");
        s.put("discipline.window", "P12M");
        s.put("discipline.ladder.WARNING.fromPoints", "1");
        s.put("discipline.ladder.FINE.fromPoints", "3");
        s.put("discipline.ladder.DEMOTION.fromPoints", "6");
        s.put("discipline.ladder.DISMISSAL.fromPoints", "8");
        // §3.3.3: "violates repeatedly and does not correct": any violation while demoted.
        s.put("discipline.ladder.whileDemoted", "DISMISSAL");
        s.put("discipline.demotion.substituteWhenImpossible", "FINE");
        s.put("discipline.demotion.levels", "1");
        s.put("discipline.fine.MINOR", "50");
        s.put("discipline.fine.MODERATE", "200");
        s.put("discipline.fine.SERIOUS", "500");
        s.put("discipline.fine.GROSS", "1000");

        // §3.2.2 and §3.1.1: how severe each violation is.
        s.put("discipline.lateness.moderateAboveMinutes", "30");
        s.put("discipline.absence.seriousFromDays", "2");
        s.put("discipline.absence.grossFromDays", "3");
        s.put("discipline.severity.LEAVE_NOT_REQUESTED_IN_ADVANCE", "MINOR");
        s.put("discipline.severity.NON_WORK_ACTIVITY", "MINOR");
        s.put("discipline.severity.MEETING_OR_TRAINING_ABSENCE", "MINOR");
        s.put("discipline.severity.CONFIDENTIALITY_BREACH", "SERIOUS");
        s.put("discipline.severity.CONFIDENTIALITY_BREACH.customerDataLeaked", "GROSS");
        s.put("discipline.severity.TASK_REFUSED_WITHOUT_VALID_REASON", "MODERATE");
        s.put("discipline.severity.PROPERTY_DAMAGE.NEGLIGENCE", "MODERATE");
        s.put("discipline.severity.PROPERTY_DAMAGE.INTENT", "SERIOUS");

        // §3.2.2: damage caused by personal fault is compensated.
        s.put("discipline.compensation.faultShare.NEGLIGENCE", "0.5");
        s.put("discipline.compensation.faultShare.INTENT", "1");
        s.put("discipline.compensation.maxInstalmentShareOfWage", "0.2");

        // §3.2.2: leave is requested in advance; penalties may be appealed.
        s.put("discipline.leave.minNotice", "PT24H");
        s.put("discipline.appeal.window", "P15D");
        // §3.2.2: leave excuses the days of an absence it covers; half a working day of leave on a
        // day of absence excuses that day, an hour does not.
        s.put("discipline.leave.excusesAbsenceDayFrom", "PT4H");

        // §3.1.1: a change is explained in advance; §3.1.2: progress is reported regularly,
        // weekly on a task that runs longer than a week.
        s.put("tasks.adjustment.minNotice", "PT24H");
        s.put("tasks.progress.interval", "P7D");
        s.put("tasks.progress.requiredWhenLongerThan", "P7D");

        // §3.3.1: superior, peer and self-evaluation combine into each component; the components
        // into a total; the total into one of four grades.
        s.put("assessment.evaluatorWeight.SUPERIOR", "0.5");
        s.put("assessment.evaluatorWeight.PEER", "0.3");
        s.put("assessment.evaluatorWeight.SELF", "0.2");
        s.put("assessment.componentWeight.TASK_ACCEPTANCE", "0.3");
        s.put("assessment.componentWeight.TASK_EXECUTION", "0.4");
        s.put("assessment.componentWeight.RULES_AND_DISCIPLINE", "0.3");
        s.put("assessment.peers.minimum", "2");
        // §3.3.1 peer evaluation: colleagues of the same department, never a superior or subordinate.
        s.put("assessment.peers.scope", "DEPARTMENT");
        s.put("assessment.band.EXCELLENT.fromScore", "90");
        s.put("assessment.band.GOOD.fromScore", "75");
        s.put("assessment.band.QUALIFIED.fromScore", "60");
        // §3.3.1 with §3.1 and §3.3.3: objective facts of the period deduct points.
        s.put("assessment.deduction.UNJUSTIFIED_REFUSAL", "10");
        // Silence is no reason (§3.1.1): an assignment left unanswered past its deadline weighs
        // as a refusal without reason; a change asked for late is a small shortfall.
        s.put("assessment.deduction.UNANSWERED_ASSIGNMENT", "10");
        s.put("assessment.deduction.LATE_ADJUSTMENT_REQUEST", "1");
        s.put("assessment.deduction.LATE_COMPLETION", "5");
        // Work still owed after its deadline weighs more than work delivered late (§3.1.2).
        s.put("assessment.deduction.OVERDUE", "8");
        s.put("assessment.deduction.MISSED_PROGRESS_REPORT", "2");
        s.put("assessment.deduction.RETURNED_FOR_REWORK", "3");
        s.put("assessment.deduction.violation.MINOR", "2");
        s.put("assessment.deduction.violation.MODERATE", "5");
        s.put("assessment.deduction.violation.SERIOUS", "10");
        s.put("assessment.deduction.violation.GROSS", "20");
        s.put("assessment.cap.violation.MINOR", "EXCELLENT");
        s.put("assessment.cap.violation.MODERATE", "EXCELLENT");
        s.put("assessment.cap.violation.SERIOUS", "QUALIFIED");
        s.put("assessment.cap.violation.GROSS", "UNQUALIFIED");
        s.put("assessment.cap.demotion", "QUALIFIED");
        // 1 = no limit on the share of EXCELLENT grades per department.
        s.put("assessment.distribution.maxExcellentShare", "1");
        // §1.3.3 favouring no one: equal totals are ranked by discipline, execution, acceptance;
        // employees equal on every one of them all keep EXCELLENT, never ranked by id.
        s.put("assessment.distribution.ties", "COMPONENTS_THEN_ALL_KEEP");
        // §3.3.1: the grade is a basis for salary adjustment (a recommendation, not payroll).
        s.put("assessment.salaryAdjustment.EXCELLENT", "0.08");
        s.put("assessment.salaryAdjustment.GOOD", "0.05");
        s.put("assessment.salaryAdjustment.QUALIFIED", "0.02");
        s.put("assessment.salaryAdjustment.UNQUALIFIED", "0");

        // §3.3.2 and §5.2.1: what earns which reward.
        s.put("reward.rules",
                "excellent-grade,excellent-consecutive,adopted-suggestion,effective-service-report,excellent-service");
        s.put("reward.rule.excellent-grade.trigger", "assessment.grade.EXCELLENT");
        s.put("reward.rule.excellent-grade.kinds", "HONOUR_CERTIFICATE,BONUS,PUBLIC_COMMENDATION");
        s.put("reward.rule.excellent-grade.bonus", "2000");
        s.put("reward.rule.excellent-consecutive.trigger", "assessment.grade.EXCELLENT.consecutive");
        s.put("reward.rule.excellent-consecutive.kinds", "PROMOTION_OPPORTUNITY");
        s.put("reward.rule.excellent-consecutive.bonus", "0");
        s.put("reward.rule.adopted-suggestion.trigger", "suggestion.adopted");
        s.put("reward.rule.adopted-suggestion.kinds", "BONUS");
        s.put("reward.rule.adopted-suggestion.bonus", "500");
        // §2.3.1: employees whose reports provide effective information are rewarded.
        s.put("reward.rule.effective-service-report.trigger", "service.report.effective");
        s.put("reward.rule.effective-service-report.kinds", "BONUS");
        s.put("reward.rule.effective-service-report.bonus", "200");

        // §2.3.3: excellent service is rewarded: honour certificate, bonus, promotion opportunity.
        s.put("reward.rule.excellent-service.trigger", "service.evaluation.EXCELLENT");
        s.put("reward.rule.excellent-service.kinds", "HONOUR_CERTIFICATE,BONUS,PROMOTION_OPPORTUNITY");
        s.put("reward.rule.excellent-service.bonus", "1000");

        // §4.3.2: promotion on the premise of compliance and good performance.
        s.put("career.promotion.recentGrades", "2");
        s.put("career.promotion.minimumGrade", "GOOD");
        s.put("career.promotion.blockingPenalty", "FINE");
        s.put("career.promotion.penaltyLookback", "P12M");
        s.put("career.promotion.timeAtLevel", "P12M");

        // §2.1 and §2.2: the measurable service standards, and how serious falling short of each is.
        s.put("service.standard.RECEPTION_WAIT.maxWait", "PT5M");
        s.put("service.case.stipulatedTimes", "ENQUIRY=PT4H,STANDARD=PT72H,COMPLEX=PT240H");
        s.put("service.standard.RETURN_VISIT.within", "P30D");
        s.put("service.standard.CROSS_DEPARTMENT_REPLY.workingDays", "1");
        s.put("service.standard.RECEPTION_WAIT.severity", "MINOR");
        s.put("service.standard.PROMISED_REPLY.severity", "MODERATE");
        s.put("service.standard.CASE_TIME.severity", "MODERATE");
        s.put("service.standard.NO_UNANNOUNCED_RETURN_TRIP.severity", "MINOR");
        s.put("service.standard.RETURN_VISIT.severity", "MINOR");
        s.put("service.standard.PROBLEM_FOLLOW_UP.severity", "MODERATE");
        s.put("service.standard.CROSS_DEPARTMENT_REPLY.severity", "MINOR");
        s.put("service.standard.INFORMATION_SHARING.severity", "MODERATE");
        s.put("service.standard.FEEDBACK_HANDLING.severity", "MODERATE");

        // §2.3.1, §3.3.3: a SERIOUS finding, or every third MODERATE one within 90 days, proposes a violation.
        s.put("service.supervision.violation.severity", "SERIOUS");
        s.put("service.supervision.repeated.severity", "MODERATE");
        s.put("service.supervision.repeated.count", "3");
        s.put("service.supervision.repeated.within", "P90D");

        // §2.3.3, §5.2.2: the periodic service evaluation combines customer scoring, internal
        // evaluation and data analysis over four dimensions into a score and a band.
        s.put("service.evaluation.dimensionWeight.CUSTOMER_SATISFACTION", "0.4");
        s.put("service.evaluation.dimensionWeight.EFFICIENCY", "0.2");
        s.put("service.evaluation.dimensionWeight.COMMUNICATION", "0.2");
        s.put("service.evaluation.dimensionWeight.ATTITUDE", "0.2");
        s.put("service.evaluation.methodWeight.CUSTOMER_SCORING", "0.4");
        s.put("service.evaluation.methodWeight.INTERNAL_EVALUATION", "0.3");
        s.put("service.evaluation.methodWeight.DATA_ANALYSIS", "0.3");
        s.put("service.evaluation.band.EXCELLENT.fromScore", "90");
        s.put("service.evaluation.band.STANDARD.fromScore", "70");
        s.put("service.evaluation.deduction.MINOR", "5");
        s.put("service.evaluation.deduction.MODERATE", "10");
        s.put("service.evaluation.deduction.SERIOUS", "20");
        s.put("service.evaluation.deduction.GROSS", "40");
        s.put("service.evaluation.dimension.RECEPTION_WAIT", "EFFICIENCY");
        s.put("service.evaluation.dimension.PROMISED_REPLY", "COMMUNICATION");
        s.put("service.evaluation.dimension.CASE_TIME", "EFFICIENCY");
        s.put("service.evaluation.dimension.NO_UNANNOUNCED_RETURN_TRIP", "COMMUNICATION");
        s.put("service.evaluation.dimension.RETURN_VISIT", "CUSTOMER_SATISFACTION");
        s.put("service.evaluation.dimension.PROBLEM_FOLLOW_UP", "CUSTOMER_SATISFACTION");
        s.put("service.evaluation.dimension.CROSS_DEPARTMENT_REPLY", "EFFICIENCY");
        s.put("service.evaluation.dimension.INFORMATION_SHARING", "COMMUNICATION");
        s.put("service.evaluation.dimension.FEEDBACK_HANDLING", "CUSTOMER_SATISFACTION");
        s.put("service.evaluation.customerScoring.dimensions", "CUSTOMER_SATISFACTION,COMMUNICATION,ATTITUDE");
        // A SUBSTANDARD result records a company-rule violation (service) whose ladder points give a
        // WARNING; a second SUBSTANDARD in a row is MODERATE, whose points with the first's reach a FINE.
        s.put("service.evaluation.substandard.violationSeverity", "MINOR");
        s.put("service.evaluation.substandard.repeated.violationSeverity", "MODERATE");
        s.put("service.evaluation.substandard.followUp", "COACHING");
        s.put("service.evaluation.substandard.repeated.followUp", "REMEDIAL_TRAINING");
        // §4.3.2: promotion on the premise of good service.
        s.put("service.evaluation.promotion.minimumBand", "STANDARD");

        // §2.3.2: feedback is handled within business times by severity (a standard day is 7h30),
        // by the department the routing rules name; none by default, so HR or the service
        // supervision group routes each item.
        s.put("feedback.severities", "LOW,MEDIUM,HIGH,CRITICAL");
        s.put("feedback.firstResponse.CRITICAL", "PT1H");
        s.put("feedback.resolution.CRITICAL", "PT7H30M");
        s.put("feedback.firstResponse.HIGH", "PT2H");
        s.put("feedback.resolution.HIGH", "PT15H");
        s.put("feedback.firstResponse.MEDIUM", "PT4H");
        s.put("feedback.resolution.MEDIUM", "PT37H30M");
        s.put("feedback.firstResponse.LOW", "PT7H30M");
        s.put("feedback.resolution.LOW", "PT75H");
        s.put("feedback.warningShare", "0.75");
        s.put("feedback.escalation.hrAfter", "PT7H30M");
        s.put("feedback.rounds.hrMayCloseAfter", "3");
        s.put("feedback.areas", "general");
        s.put("feedback.routing", "");
        s.put("feedback.online.severity", "MEDIUM");
        s.put("feedback.contact", "AS_GIVEN");

        // §5.1.1: a department names a few responders on the internal platform; §5.1.2: attendance
        // of a meeting is recorded within a week of it, while an absence can still be explained.
        s.put("meetings.responders.max", "3");
        s.put("meetings.attendance.recordWithin", "P7D");
        // §4.1.2: external training is encouraged and its cost supported "as appropriate": half of
        // it, up to 10000 a year, for those with a year of service, a GOOD grade and no fine in force.
        s.put("training.sponsorship.minService", "P12M");
        s.put("training.sponsorship.minimumGrade", "GOOD");
        s.put("training.sponsorship.blockingPenalty", "FINE");
        s.put("training.sponsorship.share", "0.5");
        s.put("training.sponsorship.annualCap", "10000");
        s.put("training.sponsorship.commitment", "");
        // §4.1, §4.2: the training programmes as data. The two new-hire programmes are passed
        // before going on post (§4.1.1); the periodic ones are taken again every year.
        s.put("training.programmes", "NEW_HIRE_SERVICE,NEW_HIRE_RULES,PERIODIC_SERVICE,RULES_REFRESHER,"
                + "COMPLIANCE_AWARENESS,REMEDIAL,EXTERNAL");
        programme(s, "NEW_HIRE_SERVICE", "§4.1.1", "NEW_HIRE", "", true);
        programme(s, "NEW_HIRE_RULES", "§4.2.2", "NEW_HIRE", "", true);
        programme(s, "PERIODIC_SERVICE", "§4.1.2", "PERIODIC", "P12M", false);
        programme(s, "RULES_REFRESHER", "§4.2.2", "PERIODIC", "P12M", false);
        programme(s, "COMPLIANCE_AWARENESS", "§4.2.1", "AWARENESS", "", false);
        programme(s, "REMEDIAL", "§2.3.3", "REMEDIAL", "", false);
        programme(s, "EXTERNAL", "§4.1.2", "EXTERNAL", "", false);
        s.put("training.onboarding.skipCategories", "");
        s.put("training.reminder.before", "P14D");
        return s;
    }

    /** One programme's settings: a pass mark of 60, two retakes, due within 30 days. */
    private static void programme(Map<String, String> s, String id, String clause, String kind, String every,
                                  boolean mandatoryBeforePost) {
        var key = "training.programme." + id + ".";
        s.put(key + "clause", clause);
        s.put(key + "kind", kind);
        s.put(key + "passMark", "60");
        s.put(key + "retakes", "2");
        s.put(key + "every", every);
        s.put(key + "mandatoryBeforePost", Boolean.toString(mandatoryBeforePost));
        s.put(key + "dueWithin", "P30D");
    }

    /** The defaults as a definition in force since the epoch. */
    public static PolicyDefinition definition() {
        return PolicyDefinition.of(VERSION, Instant.EPOCH, settings());
    }
}
