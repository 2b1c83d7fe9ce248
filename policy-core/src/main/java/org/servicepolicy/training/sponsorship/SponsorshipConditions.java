package org.servicepolicy.training.sponsorship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.discipline.PenaltyTransition;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Reason;

/**
 * §4.1.2: the conditions of a sponsorship, each with its reason, and the company's share. Pure.
 * The conditions, configurable in the policy's {@code training.sponsorship} section:
 * <ol>
 *   <li>{@code employed}: the employee still works here, not dismissed;</li>
 *   <li>{@code min-service}: they were hired at least {@code minService} ago;</li>
 *   <li>{@code last-grade}: their last finalised compliance grade is {@code minimumGrade} or better;</li>
 *   <li>{@code no-penalty-in-force}: no {@code blockingPenalty} or heavier is in force, issued within
 *       the career section's penalty look-back (an issued fine never leaves ISSUED);</li>
 *   <li>{@code annual-cap}: the share, the cost times {@code share} capped at what is left of
 *       {@code annualCap} this calendar year in the company's zone, is above zero.</li>
 * </ol>
 */
public final class SponsorshipConditions {
    private SponsorshipConditions() {
    }

    /**
     * One condition, met or not, with its reason.
     *
     * @param id     the condition's id
     * @param met    whether it is met
     * @param reason why
     */
    public record Condition(String id, boolean met, Reason reason) {
        /** Requires every part. */
        public Condition {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The conditions of a request at an instant and the share the company would bear.
     *
     * @param conditions each condition, in the order above
     * @param share      the company's share: the cost times the policy's share, capped at what is left
     *                   of the year's cap
     * @param capLeft    what was left of the year's cap before this request
     */
    public record Assessed(List<Condition> conditions, Money share, Money capLeft) {
        /** Requires every part and copies the conditions. */
        public Assessed {
            conditions = List.copyOf(conditions);
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(capLeft, "capLeft");
        }

        /** Whether every condition is met. */
        public boolean met() {
            return conditions.stream().allMatch(Condition::met);
        }

        /** The message of each unmet condition. */
        public List<String> unmetMessages() {
            return conditions.stream().filter(c -> !c.met()).map(c -> c.id() + ": " + c.reason().message()).toList();
        }

        /** The reason of each condition. */
        public List<Reason> reasons() {
            return conditions.stream().map(Condition::reason).toList();
        }
    }

    /** The conditions of {@code facts}' request at {@code now}, under the policy loaded with them. */
    public static Assessed assess(SponsorshipFacts.Deciding facts, Instant now) {
        var policy = facts.policy();
        var rules = policy.sponsorship();
        var zone = policy.company().zone();
        var employee = facts.employee();
        var conditions = new ArrayList<Condition>();

        boolean employed = employee.status().employed();
        conditions.add(new Condition("employed", employed, Reason.of("§4.1.2", "training.sponsorship.employed",
                employed ? "employed (" + employee.status() + ")" : "not employed (" + employee.status() + ")",
                "met", employed, "status", employee.status())));

        var serviceFrom = employee.hireDate().atStartOfDay(zone).plus(rules.minService()).toInstant();
        boolean served = !serviceFrom.isAfter(now);
        conditions.add(new Condition("min-service", served, Reason.of("§4.1.2", "training.sponsorship.min-service",
                "hired on %s: %s %s of service (from %s)".formatted(employee.hireDate(),
                        served ? "has" : "has not yet", rules.minService(), serviceFrom),
                "met", served, "hireDate", employee.hireDate(), "required", rules.minService(),
                "eligibleFrom", serviceFrom)));

        var last = facts.grades().stream().filter(g -> !g.finalizedAt().isAfter(now))
                .max(Comparator.comparing(CycleGrade::periodTo).thenComparing(g -> g.cycle().value()));
        boolean graded = last.filter(g -> g.grade().atLeast(rules.minimumGrade())).isPresent();
        conditions.add(new Condition("last-grade", graded, Reason.of("§4.1.2", "training.sponsorship.last-grade",
                last.map(g -> "the last finalised grade (%s to %s) is %s, %s %s".formatted(g.periodFrom(),
                        g.periodTo(), g.grade(), graded ? "at least" : "below", rules.minimumGrade()))
                        .orElse("no finalised grade yet; needs " + rules.minimumGrade() + " or better"),
                "met", graded, "required", rules.minimumGrade(),
                "last", last.map(g -> g.grade().name()).orElse("none"))));

        var lookbackStart = now.atZone(zone).minus(policy.career().penaltyLookback()).toInstant();
        var blocking = facts.penalties().stream()
                .filter(p -> p.step().compareTo(rules.blockingPenalty()) >= 0 && p.status().inForce())
                .filter(p -> p.entered(PenaltyStatus.ISSUED).map(PenaltyTransition::at)
                        .filter(issued -> issued.isAfter(lookbackStart) && !issued.isAfter(now)).isPresent())
                .sorted(Comparator.comparing(Penalty::proposedAt).thenComparing(p -> p.id().value()))
                .map(p -> p.id() + " (" + p.step() + ", " + p.status() + ")").toList();
        conditions.add(new Condition("no-penalty-in-force", blocking.isEmpty(), Reason.of("§4.1.2",
                "training.sponsorship.penalties", blocking.isEmpty()
                        ? "no %s or heavier penalty issued since %s is in force".formatted(rules.blockingPenalty(),
                        lookbackStart)
                        : "%s or heavier penalty in force: %s".formatted(rules.blockingPenalty(),
                        String.join(", ", blocking)),
                "met", blocking.isEmpty(), "blockingFrom", rules.blockingPenalty(), "since", lookbackStart,
                "penalties", blocking.isEmpty() ? "none" : String.join(",", blocking))));

        var year = LocalDate.ofInstant(now, zone).getYear();
        var cap = rules.annualCap();
        var used = facts.theirs().stream()
                .filter(s -> s.status() == SponsorshipStatus.APPROVED && !s.id().equals(facts.sponsorship().id()))
                .filter(s -> s.decidedAt().filter(at -> LocalDate.ofInstant(at, zone).getYear() == year).isPresent())
                .map(s -> s.companyShare().orElseThrow().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        var capLeft = new Money(cap.amount().subtract(used).max(BigDecimal.ZERO), cap.currency());
        var asked = facts.sponsorship().cost().times(rules.share());
        var share = new Money(asked.amount().min(capLeft.amount()), cap.currency());
        boolean within = share.amount().signum() > 0;
        conditions.add(new Condition("annual-cap", within, Reason.of("§4.1.2", "training.sponsorship.share",
                "%s of the cost %s is %s; %s of the %d cap of %s is left: the company bears %s".formatted(
                        rules.share().toPlainString(), facts.sponsorship().cost(), asked, capLeft, year, cap, share),
                "met", within, "cost", facts.sponsorship().cost(), "share", rules.share().toPlainString(),
                "year", year, "cap", cap, "used", new Money(used, cap.currency()), "capLeft", capLeft,
                "companyShare", share)));
        return new Assessed(conditions, share, capLeft);
    }
}
