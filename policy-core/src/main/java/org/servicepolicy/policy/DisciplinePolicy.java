package org.servicepolicy.policy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Money;

/**
 * The work-discipline section of the policy (§3.2, §3.3.3): how severe each violation is, the
 * points of the progressive ladder, fines, compensation and the deadlines of leave and appeal.
 *
 * @param points                       ladder points per severity
 * @param window                       how far back violations count, from the new one
 * @param ladderFrom                   the fewest points that reach each step
 * @param whileDemoted                 the step for any violation while a demotion is in force
 *                                     ("repeated and uncorrected", §3.3.3)
 * @param demotionSubstitute           the step that applies when a demotion cannot (a temporary
 *                                     hire, or an employee at the lowest level)
 * @param demotionLevels               how many levels a demotion takes away
 * @param fines                        the fine per severity of the violation that earns a fine
 * @param lateMinutesModerateAbove     lateness or early leave above this many minutes is
 *                                     MODERATE, otherwise MINOR
 * @param absenceSeriousFromDays       consecutive days of absence from which it is SERIOUS
 * @param absenceGrossFromDays         consecutive days of absence from which it is GROSS
 * @param fixedSeverity                the severity of the types that need no measure
 * @param customerDataLeakSeverity     a confidentiality breach that leaked customer data
 * @param damageSeverity               property damage, by fault
 * @param faultShare                   the share of assessed damage the employee compensates
 * @param instalmentCapShareOfWage     the largest monthly instalment, as a share of the wage
 * @param leaveNotice                  how far in advance leave must be requested
 * @param appealWindow                 how long after issue a penalty may be appealed
 * @param leaveExcusesAbsenceDayFrom   how much of a day of absence approved leave must cover to
 *                                     excuse that day (all of the day's absent part, if shorter)
 */
public record DisciplinePolicy(Map<Severity, Integer> points, Period window, Map<PenaltyStep, Integer> ladderFrom,
                               PenaltyStep whileDemoted, PenaltyStep demotionSubstitute, int demotionLevels,
                               Map<Severity, Money> fines, int lateMinutesModerateAbove,
                               int absenceSeriousFromDays, int absenceGrossFromDays,
                               Map<ViolationType, Severity> fixedSeverity, Severity customerDataLeakSeverity,
                               Map<Fault, Severity> damageSeverity, Map<Fault, BigDecimal> faultShare,
                               BigDecimal instalmentCapShareOfWage, Duration leaveNotice, Period appealWindow,
                               Duration leaveExcusesAbsenceDayFrom) {

    /** Copies the maps and requires every part. */
    public DisciplinePolicy {
        points = copy(points, Severity.class);
        ladderFrom = copy(ladderFrom, PenaltyStep.class);
        fines = copy(fines, Severity.class);
        fixedSeverity = copy(fixedSeverity, ViolationType.class);
        damageSeverity = copy(damageSeverity, Fault.class);
        faultShare = copy(faultShare, Fault.class);
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(whileDemoted, "whileDemoted");
        Objects.requireNonNull(demotionSubstitute, "demotionSubstitute");
        Objects.requireNonNull(customerDataLeakSeverity, "customerDataLeakSeverity");
        Objects.requireNonNull(instalmentCapShareOfWage, "instalmentCapShareOfWage");
        Objects.requireNonNull(leaveNotice, "leaveNotice");
        Objects.requireNonNull(appealWindow, "appealWindow");
        Objects.requireNonNull(leaveExcusesAbsenceDayFrom, "leaveExcusesAbsenceDayFrom");
    }

    private static <K extends Enum<K>, V> Map<K, V> copy(Map<K, V> map, Class<K> type) {
        var copy = new EnumMap<K, V>(type);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }

    /** The step that {@code totalPoints} reach, or empty when they reach none. */
    public Optional<PenaltyStep> stepFor(int totalPoints) {
        PenaltyStep reached = null;
        for (var step : PenaltyStep.values()) {
            if (totalPoints >= ladderFrom.get(step)) {
                reached = step;
            }
        }
        return Optional.ofNullable(reached);
    }

    /** The points range of {@code step}, e.g. "3-5 points" or "8+ points". */
    public String band(PenaltyStep step) {
        int from = ladderFrom.get(step);
        if (step.ordinal() == PenaltyStep.values().length - 1) {
            return from + "+ points";
        }
        int to = ladderFrom.get(PenaltyStep.values()[step.ordinal() + 1]) - 1;
        return from == to ? from + " points" : from + "-" + to + " points";
    }

    /** The types whose severity is fixed by the policy rather than measured or given. */
    static ViolationType[] fixedTypes() {
        return Arrays.stream(ViolationType.values())
                .filter(t -> t.measure() == ViolationType.Measure.NONE)
                .toArray(ViolationType[]::new);
    }

    static DisciplinePolicy read(PolicySettings s, CompanyPolicy company) {
        var points = new EnumMap<Severity, Integer>(Severity.class);
        for (var severity : Severity.values()) {
            points.put(severity, s.integer("discipline.points." + severity, 0, 1000));
        }
        var ladder = new EnumMap<PenaltyStep, Integer>(PenaltyStep.class);
        for (var step : PenaltyStep.values()) {
            ladder.put(step, s.integer("discipline.ladder." + step + ".fromPoints", 1, 10_000));
        }
        for (var step : PenaltyStep.values()) {
            if (step.ordinal() > 0 && ladder.get(step) <= ladder.get(PenaltyStep.values()[step.ordinal() - 1])) {
                s.problem("discipline.ladder." + step + ".fromPoints",
                        "must be above the points of the lighter step; the ladder's bands may not overlap");
            }
        }
        var fines = new EnumMap<Severity, Money>(Severity.class);
        for (var severity : Severity.values()) {
            fines.put(severity, s.money("discipline.fine." + severity, company.currency()));
        }
        var fixed = new EnumMap<ViolationType, Severity>(ViolationType.class);
        for (var type : fixedTypes()) {
            fixed.put(type, s.constant("discipline.severity." + type, Severity.class, Severity.MINOR));
        }
        var damage = new EnumMap<Fault, Severity>(Fault.class);
        var share = new EnumMap<Fault, BigDecimal>(Fault.class);
        for (var fault : Fault.values()) {
            damage.put(fault, s.constant("discipline.severity.PROPERTY_DAMAGE." + fault, Severity.class, Severity.MINOR));
            share.put(fault, s.fraction("discipline.compensation.faultShare." + fault));
        }
        int seriousFrom = s.integer("discipline.absence.seriousFromDays", 2, 365);
        int grossFrom = s.integer("discipline.absence.grossFromDays", 2, 365);
        if (grossFrom <= seriousFrom) {
            s.problem("discipline.absence.grossFromDays", "must be above discipline.absence.seriousFromDays");
        }
        var substitute = s.constant("discipline.demotion.substituteWhenImpossible", PenaltyStep.class, PenaltyStep.FINE);
        if (substitute == PenaltyStep.DEMOTION) {
            s.problem("discipline.demotion.substituteWhenImpossible", "must be a step other than DEMOTION");
        }
        var excusesDayFrom = s.duration("discipline.leave.excusesAbsenceDayFrom");
        if (excusesDayFrom.isZero() || excusesDayFrom.compareTo(Duration.ofDays(1)) > 0) {
            s.problem("discipline.leave.excusesAbsenceDayFrom", "must be more than PT0S and at most PT24H");
        }
        return new DisciplinePolicy(points, s.period("discipline.window"), ladder,
                s.constant("discipline.ladder.whileDemoted", PenaltyStep.class, PenaltyStep.DISMISSAL), substitute,
                s.integer("discipline.demotion.levels", 1, 100), fines,
                s.integer("discipline.lateness.moderateAboveMinutes", 0, 24 * 60), seriousFrom, grossFrom, fixed,
                s.constant("discipline.severity.CONFIDENTIALITY_BREACH.customerDataLeaked", Severity.class,
                        Severity.GROSS), damage, share,
                s.fraction("discipline.compensation.maxInstalmentShareOfWage"),
                s.duration("discipline.leave.minNotice"), s.period("discipline.appeal.window"), excusesDayFrom);
    }

    void write(Map<String, String> out) {
        points.forEach((k, v) -> out.put("discipline.points." + k, v.toString()));
        out.put("discipline.window", window.toString());
        ladderFrom.forEach((k, v) -> out.put("discipline.ladder." + k + ".fromPoints", v.toString()));
        out.put("discipline.ladder.whileDemoted", whileDemoted.name());
        out.put("discipline.demotion.substituteWhenImpossible", demotionSubstitute.name());
        out.put("discipline.demotion.levels", Integer.toString(demotionLevels));
        fines.forEach((k, v) -> out.put("discipline.fine." + k, v.amount().stripTrailingZeros().toPlainString()));
        out.put("discipline.lateness.moderateAboveMinutes", Integer.toString(lateMinutesModerateAbove));
        out.put("discipline.absence.seriousFromDays", Integer.toString(absenceSeriousFromDays));
        out.put("discipline.absence.grossFromDays", Integer.toString(absenceGrossFromDays));
        fixedSeverity.forEach((k, v) -> out.put("discipline.severity." + k, v.name()));
        out.put("discipline.severity.CONFIDENTIALITY_BREACH.customerDataLeaked", customerDataLeakSeverity.name());
        damageSeverity.forEach((k, v) -> out.put("discipline.severity.PROPERTY_DAMAGE." + k, v.name()));
        faultShare.forEach((k, v) -> out.put("discipline.compensation.faultShare." + k, v.toPlainString()));
        out.put("discipline.compensation.maxInstalmentShareOfWage", instalmentCapShareOfWage.toPlainString());
        out.put("discipline.leave.minNotice", leaveNotice.toString());
        out.put("discipline.appeal.window", appealWindow.toString());
        out.put("discipline.leave.excusesAbsenceDayFrom", leaveExcusesAbsenceDayFrom.toString());
    }
}
