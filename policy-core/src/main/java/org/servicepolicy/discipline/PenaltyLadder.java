package org.servicepolicy.discipline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Verdict;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.Severity;

/**
 * §3.3.3: violations are penalised by severity, and an employee who violates repeatedly and
 * does not correct is dismissed. Pure: the same violation, history and policy always give the
 * same proposal and the same explanation.
 *
 * <p>The points of the new violation and of every earlier, non-voided violation of the same
 * employee that occurred within the policy's window before it pick the step. A violation while
 * a demotion stands (issued and not under appeal, or upheld) earns the policy's "repeated and
 * uncorrected" step; while the demotion's appeal is pending, the points alone decide. Where a demotion
 * cannot apply (a temporary hire, or an employee at the lowest level) the policy's substitute
 * applies instead.
 */
public final class PenaltyLadder {
    private static final Comparator<Violation> BY_TIME_THEN_ID = Comparator.comparing(Violation::occurredAt)
            .thenComparing(h -> h.id().value());

    private PenaltyLadder() {
    }

    /**
     * The step {@code violation} earns.
     *
     * @param violation the new violation, already given its severity
     * @param history   the employee's violations (the new one may be among them; it is not counted twice)
     * @param penalties the employee's penalties, to find a demotion in force
     * @param employee  the employee, for their category and level
     * @param policy    the policy version in force when the violation occurred
     */
    public static Verdict<LadderProposal> propose(Violation violation, List<Violation> history, List<Penalty> penalties,
                                                  Employee employee, PolicyDefinition policy) {
        var discipline = policy.discipline();
        var at = violation.occurredAt();
        var windowStart = at.atZone(policy.company().zone()).minus(discipline.window()).toInstant();
        var counted = new ArrayList<Violation>();
        var voided = new ArrayList<Violation>();
        int own = discipline.points().get(violation.severity());
        int points = own;
        for (var h : history) {
            if (h.id().equals(violation.id()) || !h.occurredAt().isAfter(windowStart) || h.occurredAt().isAfter(at)) {
                continue;
            }
            if (h.voided()) {
                voided.add(h);
            } else {
                counted.add(h);
                points += discipline.points().get(h.severity());
            }
        }
        // The explanation is rendered when read: deciding pays for the facts it keeps, not for the words.
        var reasons = new ArrayList<Reason>(4);
        int total = points;
        reasons.add(Reason.of("§3.3.3", "discipline.ladder.points",
                () -> total + " point(s) in the " + discipline.window() + " up to " + at + ": " + own + " for this "
                        + violation.severity() + " violation and " + (total - own) + " from " + counted.size()
                        + " earlier violation(s)",
                "violation", violation.id(), "severity", violation.severity(), "points", points,
                "windowStart", windowStart, "counted", Reason.later(() -> describe(counted, discipline.points())),
                "notCountedVoided", Reason.later(() -> describe(voided, discipline.points()))));

        var reached = discipline.stepFor(points);
        if (reached.isEmpty()) {
            reasons.add(Reason.of("§3.3.3", "discipline.ladder.band",
                    () -> total + " point(s) reach no step: the ladder starts at "
                            + discipline.band(PenaltyStep.WARNING), "points", points));
            return new Verdict<>(new LadderProposal(Optional.empty(), points, Optional.empty()), reasons);
        }
        var banded = reached.get();
        reasons.add(Reason.of("§3.3.3", "discipline.ladder.band",
                () -> total + " point(s) fall in the " + banded + " band (" + discipline.band(banded) + ")",
                "points", points, "band", banded, "range", Reason.later(() -> discipline.band(banded))));
        var step = banded;

        // "Repeated and uncorrected" needs a demotion that stands: issued and not under appeal, or
        // upheld. One whose appeal is pending may yet be revoked, so it does not escalate.
        Penalty demotionInForce = null;
        Penalty pending = null;
        for (var p : penalties) {
            if (p.step() != PenaltyStep.DEMOTION || !p.status().inForce()) {
                continue;
            }
            var issued = p.entered(PenaltyStatus.ISSUED);
            if (issued.isEmpty() || !issuedWithin(issued.get().at(), windowStart, at)) {
                continue;
            }
            if (p.status() == PenaltyStatus.APPEALED) {
                pending = earliestIssued(pending, p);
            } else {
                demotionInForce = earliestIssued(demotionInForce, p);
            }
        }
        if (demotionInForce == null && pending != null && discipline.whileDemoted().heavierThan(step)) {
            var appealed = pending;
            reasons.add(Reason.of("§3.3.3", "discipline.ladder.repeated-pending-appeal",
                    () -> "demotion penalty %s (issued %s) is under appeal since %s: until the appeal is upheld it does not make this violation repeated and uncorrected, so the step comes from the points alone (%s)"
                            .formatted(appealed.id(), appealed.entered(PenaltyStatus.ISSUED).orElseThrow().at(),
                                    appealed.entered(PenaltyStatus.APPEALED).orElseThrow().at(), banded),
                    "demotionPenalty", appealed.id(), "status", appealed.status(), "step", step));
        }
        if (demotionInForce != null && discipline.whileDemoted().heavierThan(step)) {
            var demotion = demotionInForce;
            var repeated = discipline.whileDemoted();
            step = repeated;
            reasons.add(Reason.of("§3.3.3", "discipline.ladder.repeated",
                    () -> "a demotion is in force (penalty %s, issued %s): violating again without correcting earns %s"
                            .formatted(demotion.id(), demotion.entered(PenaltyStatus.ISSUED).orElseThrow().at(), repeated),
                    "demotionPenalty", demotion.id(), "step", step));
        }

        if (step == PenaltyStep.DEMOTION) {
            var impossible = demotionImpossible(employee, policy);
            if (impossible.isPresent()) {
                var substitute = discipline.demotionSubstitute();
                step = substitute;
                reasons.add(Reason.of("§3.3.3", "discipline.ladder.substitute",
                        () -> "DEMOTION cannot apply: %s; the policy substitutes %s".formatted(impossible.get(), substitute),
                        "category", employee.category(), "level", employee.level(),
                        "lowestLevel", policy.company().lowestLevel(), "substitute", step));
            }
        }

        var fine = step == PenaltyStep.FINE ? Optional.of(discipline.fines().get(violation.severity())) : Optional.<Money>empty();
        if (fine.isPresent()) {
            var amount = fine.get();
            reasons.add(Reason.of("§3.3.3", "discipline.fine",
                    () -> "the fine for a %s violation is %s".formatted(violation.severity(), amount),
                    "severity", violation.severity(), "fine", amount));
        }
        return new Verdict<>(new LadderProposal(Optional.of(step), points, fine), reasons);
    }

    /** Of two demotions, the one issued first; the one seen first on a tie, as a stable sort keeps it. */
    private static Penalty earliestIssued(Penalty sofar, Penalty candidate) {
        if (sofar == null) {
            return candidate;
        }
        var candidateAt = candidate.entered(PenaltyStatus.ISSUED).orElseThrow().at();
        return candidateAt.isBefore(sofar.entered(PenaltyStatus.ISSUED).orElseThrow().at()) ? candidate : sofar;
    }

    /** Why {@code employee} cannot be demoted under {@code policy}, if they cannot. */
    public static Optional<String> demotionImpossible(Employee employee, PolicyDefinition policy) {
        if (employee.category() == EmployeeCategory.TEMPORARY) {
            return Optional.of("a temporary hire has no level to lose");
        }
        if (employee.level() <= policy.company().lowestLevel()) {
            return Optional.of("level " + employee.level() + " is already the lowest");
        }
        return Optional.empty();
    }

    private static boolean issuedWithin(Instant issuedAt, Instant windowStart, Instant at) {
        return issuedAt.isAfter(windowStart) && !issuedAt.isAfter(at);
    }

    /**
     * The violations in time order, each as "id (type, occurred, severity, n point(s))". Built by
     * appending rather than formatting: a store renders it for every counted violation of every
     * decision it keeps, and digits stay ASCII whatever the machine's locale.
     */
    private static String describe(List<Violation> violations, Map<Severity, Integer> points) {
        if (violations.isEmpty()) {
            return "none";
        }
        var text = new StringBuilder(violations.size() * 96);
        for (var v : violations.stream().sorted(BY_TIME_THEN_ID).toList()) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(v.id()).append(" (").append(v.type()).append(", ").append(v.occurredAt()).append(", ")
                    .append(v.severity()).append(", ").append(points.get(v.severity())).append(" point(s))");
        }
        return text.toString();
    }
}
