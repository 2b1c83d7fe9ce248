package org.servicepolicy.training;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.TrainingPolicy;
import org.servicepolicy.policy.TrainingProgramme;
import org.servicepolicy.service.evaluation.ServiceTrainingFollowUp;

/**
 * What an employee owes of training at an instant, and by when (§4.1, §4.2, §2.3.3). Pure; the
 * obligations are computed from the record, the completions and the follow-ups, never stored.
 * <ul>
 *   <li>{@link ObligationSource#NEW_HIRE}: each programme due before post, owed by a hire who
 *       started ONBOARDING, due within its {@code dueWithin} of the start of the hire date, met by
 *       a pass. A hire who started on post (a category that skips onboarding, or a hire before
 *       onboarding was asked for) owes none.</li>
 *   <li>{@link ObligationSource#RECURRING}: each recurring programme, owed from going on post, due
 *       at the last completion's expiry (met while it is current), or within its {@code dueWithin}
 *       of going on post when never completed.</li>
 *   <li>{@link ObligationSource#REMEDIAL}: the policy's remedial programme for each open training
 *       follow-up of the service evaluation, due within its {@code dueWithin} of the follow-up,
 *       met by a pass recorded after the follow-up.</li>
 * </ul>
 * An obligation not met is DUE before its due instant and OVERDUE from it; a met one is never
 * overdue. A leaver or a dismissed employee owes nothing.
 */
public final class TrainingObligations {
    private TrainingObligations() {
    }

    /**
     * The obligations of {@code employee} at {@code at}, by due instant then key.
     *
     * @param employee    the employee as the record stood at {@code at}
     * @param history     every version of their record, oldest first
     * @param assessments their assessments
     * @param followUps   their training follow-ups of the service evaluation
     * @param policy      the training section in force at {@code at}
     * @param zone        the company's time zone, in which periods are counted
     */
    public static List<TrainingObligation> of(Employee employee, List<Employee> history,
                                              List<TrainingAssessment> assessments,
                                              List<ServiceTrainingFollowUp> followUps, TrainingPolicy policy,
                                              ZoneId zone, Instant at) {
        if (!employee.status().employed()) {
            return List.of();
        }
        var passes = assessments.stream().filter(a -> a.passed() && !a.recordedAt().isAfter(at))
                .sorted(Comparator.comparing(TrainingAssessment::recordedAt).thenComparing(TrainingAssessment::id))
                .toList();
        var owed = new ArrayList<TrainingObligation>();
        if (startedOnboarding(history)) {
            var hired = employee.hireDate().atStartOfDay(zone).toInstant();
            for (var programme : policy.mandatoryBeforePost()) {
                var pass = passes.stream().filter(a -> a.programme().equals(programme.id())).findFirst();
                owed.add(obligation(employee, programme, ObligationSource.NEW_HIRE, Optional.empty(),
                        plus(hired, programme, zone), pass, Optional.empty(), at));
            }
        }
        var onPost = history.stream().filter(v -> v.status() == EmploymentStatus.ON_POST
                && !v.effectiveFrom().isAfter(at)).map(Employee::effectiveFrom).findFirst();
        if (onPost.isPresent()) {
            for (var programme : policy.recurring()) {
                var last = passes.stream().filter(a -> a.programme().equals(programme.id()))
                        .reduce((first, second) -> second);
                var due = last.map(pass -> expiry(pass, programme, zone)).orElseGet(() -> plus(onPost.get(), programme,
                        zone));
                owed.add(obligation(employee, programme, ObligationSource.RECURRING, Optional.empty(), due,
                        last.filter(pass -> at.isBefore(due)), last, at));
            }
        }
        policy.remedial().ifPresent(programme -> followUps.stream()
                .filter(f -> f.status() == ServiceTrainingFollowUp.Status.OPEN && !f.createdAt().isAfter(at))
                .forEach(followUp -> owed.add(obligation(employee, programme, ObligationSource.REMEDIAL,
                        Optional.of(followUp.id()), plus(followUp.createdAt(), programme, zone),
                        passes.stream().filter(a -> a.programme().equals(programme.id())
                                && !a.recordedAt().isBefore(followUp.createdAt())).findFirst(), Optional.empty(),
                        at))));
        owed.sort(Comparator.comparing(TrainingObligation::due).thenComparing(TrainingObligation::key));
        return List.copyOf(owed);
    }

    /**
     * The programmes due before post that {@code assessments} hold no pass of, in the policy's
     * order: what keeps an onboarding hire from going on post (§4.1.1).
     */
    public static List<String> notPassedBeforePost(TrainingPolicy policy, List<TrainingAssessment> assessments) {
        return policy.mandatoryBeforePost().stream().map(TrainingProgramme::id)
                .filter(id -> assessments.stream().noneMatch(a -> a.passed() && a.programme().equals(id))).toList();
    }

    /**
     * Whether a recurring obligation is current: met by an unexpired completion, or never completed
     * and still within its first period (§4.1.2, §4.2.2).
     */
    public static boolean current(TrainingObligation obligation) {
        return obligation.status() == ObligationStatus.MET
                || obligation.status() == ObligationStatus.DUE && obligation.lastCompletion().isEmpty();
    }

    /** Whether the first version of the record, the hire, was ONBOARDING. */
    private static boolean startedOnboarding(List<Employee> history) {
        return !history.isEmpty() && history.get(0).status() == EmploymentStatus.ONBOARDING;
    }

    private static TrainingObligation obligation(Employee employee, TrainingProgramme programme,
                                                 ObligationSource source, Optional<String> followUp, Instant due,
                                                 Optional<TrainingAssessment> metBy,
                                                 Optional<TrainingAssessment> lastCompletion, Instant at) {
        var status = metBy.isPresent() ? ObligationStatus.MET
                : at.isBefore(due) ? ObligationStatus.DUE : ObligationStatus.OVERDUE;
        return new TrainingObligation(employee.id(), programme.id(), source, followUp, due, status, metBy,
                lastCompletion);
    }

    /** When {@code pass} stops being current: its recorded expiry, else its time plus the programme's interval. */
    private static Instant expiry(TrainingAssessment pass, TrainingProgramme programme, ZoneId zone) {
        return pass.expiresAt().orElseGet(() -> pass.recordedAt().atZone(zone).plus(programme.every().orElseThrow())
                .toInstant());
    }

    private static Instant plus(Instant from, TrainingProgramme programme, ZoneId zone) {
        return from.atZone(zone).plus(programme.dueWithin()).toInstant();
    }
}
